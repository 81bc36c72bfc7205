use crate::runtime::wire;

/// An event generated when a new app version is uploaded to Google Play and its app
/// restrictions schema changed. To fetch the app restrictions schema for an app, use
/// Products.getAppRestrictionsSchema on the EMM API.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AppRestrictionsSchemaChangeEvent {
    /// The id of the product (e.g. "app:com.google.android.gm") for which the app restriction
    /// schema changed. This field will always be present.
    pub product_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AppRestrictionsSchemaChangeEvent {
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
}

impl serde::Serialize for AppRestrictionsSchemaChangeEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AppRestrictionsSchemaChangeEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AppRestrictionsSchemaChangeEvent {
    const NAME: &'static str = "AppRestrictionsSchemaChangeEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "productId" => self.product_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
