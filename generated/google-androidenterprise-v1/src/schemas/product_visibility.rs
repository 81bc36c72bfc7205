use crate::runtime::{impl_open_enum, wire};

/// A product to be made visible to a user.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ProductVisibility {
    /// The product ID to make visible to the user. Required for each item in the productVisibility
    /// list.
    pub product_id: Option<String>,
    /// Grants the user visibility to the specified product track(s), identified by trackIds.
    pub track_ids: Option<Vec<String>>,
    /// Deprecated. Use trackIds instead.
    pub tracks: Option<Vec<crate::schemas::ProductVisibilityTracks>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ProductVisibility {
    /// Sets `productId` (chainable).
    pub fn set_product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
        self.unknown_fields.remove("productId");
        self
    }

    /// Sends `productId` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_id` takes it back.
    #[inline]
    pub fn clear_product_id(mut self) -> Self {
        self.product_id = None;
        self.unknown_fields.insert("productId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `trackIds` (chainable).
    pub fn set_track_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.track_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("trackIds");
        self
    }

    /// Sends `trackIds` as JSON `null`, which clears it on the server (chainable); `set_track_ids`
    /// takes it back.
    #[inline]
    pub fn clear_track_ids(mut self) -> Self {
        self.track_ids = None;
        self.unknown_fields.insert("trackIds".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `tracks` (chainable).
    pub fn set_tracks(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ProductVisibilityTracks>,
        >,
    ) -> Self {
        self.tracks = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("tracks");
        self
    }

    /// Sends `tracks` as JSON `null`, which clears it on the server (chainable); `set_tracks` takes
    /// it back.
    #[inline]
    pub fn clear_tracks(mut self) -> Self {
        self.tracks = None;
        self.unknown_fields.insert("tracks".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ProductVisibility {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        if let Some(value) = &self.track_ids {
            map.serialize_entry("trackIds", value)?;
        }
        if let Some(value) = &self.tracks {
            map.serialize_entry("tracks", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductVisibility {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ProductVisibility {
    const NAME: &'static str = "ProductVisibility";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "productId" => self.product_id = map.next_value()?,
            "trackIds" => self.track_ids = map.next_value()?,
            "tracks" => self.tracks = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductVisibilityTracks {
    /// `appTrackUnspecified` on the wire.
    #[default]
    AppTrackUnspecified,
    /// `production` on the wire.
    Production,
    /// `beta` on the wire.
    Beta,
    /// `alpha` on the wire.
    Alpha,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductVisibilityTracks {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AppTrackUnspecified => "appTrackUnspecified",
            Self::Production => "production",
            Self::Beta => "beta",
            Self::Alpha => "alpha",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "appTrackUnspecified" => Self::AppTrackUnspecified,
            "production" => Self::Production,
            "beta" => Self::Beta,
            "alpha" => Self::Alpha,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductVisibilityTracks);
