use crate::runtime::{impl_open_enum, wire};

/// General setting for the managed Google Play store layout, currently only specifying the page
/// to display the first time the store is opened.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StoreLayout {
    /// The ID of the store page to be used as the homepage. The homepage is the first page shown in
    /// the managed Google Play Store. Not specifying a homepage is equivalent to setting the store
    /// layout type to "basic".
    pub homepage_id: Option<String>,
    /// The store layout type. By default, this value is set to "basic" if the homepageId field is
    /// not set, and to "custom" otherwise. If set to "basic", the layout will consist of all
    /// approved apps that have been whitelisted for the user.
    pub store_layout_type: Option<crate::schemas::StoreLayoutStoreLayoutType>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl StoreLayout {
    /// Sets `homepageId` (chainable).
    pub fn set_homepage_id(mut self, value: impl Into<String>) -> Self {
        self.homepage_id = Some(value.into());
        self.unknown_fields.remove("homepageId");
        self
    }

    /// Sends `homepageId` as JSON `null`, which clears it on the server (chainable);
    /// `set_homepage_id` takes it back.
    #[inline]
    pub fn clear_homepage_id(mut self) -> Self {
        self.homepage_id = None;
        self.unknown_fields.insert("homepageId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `storeLayoutType` (chainable).
    pub fn set_store_layout_type(
        mut self,
        value: impl Into<crate::schemas::StoreLayoutStoreLayoutType>,
    ) -> Self {
        self.store_layout_type = Some(value.into());
        self.unknown_fields.remove("storeLayoutType");
        self
    }

    /// Sends `storeLayoutType` as JSON `null`, which clears it on the server (chainable);
    /// `set_store_layout_type` takes it back.
    #[inline]
    pub fn clear_store_layout_type(mut self) -> Self {
        self.store_layout_type = None;
        self.unknown_fields
            .insert("storeLayoutType".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for StoreLayout {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.homepage_id {
            map.serialize_entry("homepageId", value)?;
        }
        if let Some(value) = &self.store_layout_type {
            map.serialize_entry("storeLayoutType", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreLayout {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for StoreLayout {
    const NAME: &'static str = "StoreLayout";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "homepageId" => self.homepage_id = map.next_value()?,
            "storeLayoutType" => self.store_layout_type = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The store layout type. By default, this value is set to "basic" if the homepageId field is
/// not set, and to "custom" otherwise. If set to "basic", the layout will consist of all
/// approved apps that have been whitelisted for the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum StoreLayoutStoreLayoutType {
    /// `unknown` on the wire.
    #[default]
    Unknown,
    /// `basic` on the wire.
    Basic,
    /// `custom` on the wire.
    Custom,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for StoreLayoutStoreLayoutType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Basic => "basic",
            Self::Custom => "custom",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "unknown" => Self::Unknown,
            "basic" => Self::Basic,
            "custom" => Self::Custom,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(StoreLayoutStoreLayoutType);
