use crate::runtime::wire;

/// Information about the permissions required by a specific app and whether they have been
/// accepted by the enterprise.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ProductPermissions {
    /// The permissions required by the app.
    pub permission: Option<Vec<crate::schemas::ProductPermission>>,
    /// The ID of the app that the permissions relate to, e.g. "app:com.google.android.gm".
    pub product_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ProductPermissions {
    /// Sets `permission` (chainable).
    pub fn set_permission(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ProductPermission>>,
    ) -> Self {
        self.permission = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("permission");
        self
    }

    /// Sends `permission` as JSON `null`, which clears it on the server (chainable);
    /// `set_permission` takes it back.
    #[inline]
    pub fn clear_permission(mut self) -> Self {
        self.permission = None;
        self.unknown_fields.insert("permission".to_owned(), serde_json::Value::Null);
        self
    }

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

impl serde::Serialize for ProductPermissions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.permission {
            map.serialize_entry("permission", value)?;
        }
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductPermissions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ProductPermissions {
    const NAME: &'static str = "ProductPermissions";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "permission" => self.permission = map.next_value()?,
            "productId" => self.product_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
