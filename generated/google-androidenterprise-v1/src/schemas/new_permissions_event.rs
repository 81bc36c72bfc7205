use crate::runtime::wire;

/// An event generated when new permissions are added to an app.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct NewPermissionsEvent {
    /// The set of permissions that the enterprise admin has already approved for this application.
    /// Use Permissions.Get on the EMM API to retrieve details about these permissions.
    pub approved_permissions: Option<Vec<String>>,
    /// The id of the product (e.g. "app:com.google.android.gm") for which new permissions were
    /// added. This field will always be present.
    pub product_id: Option<String>,
    /// The set of permissions that the app is currently requesting. Use Permissions.Get on the EMM
    /// API to retrieve details about these permissions.
    pub requested_permissions: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl NewPermissionsEvent {
    /// Sets `approvedPermissions` (chainable).
    pub fn set_approved_permissions(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.approved_permissions = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("approvedPermissions");
        self
    }

    /// Sends `approvedPermissions` as JSON `null`, which clears it on the server (chainable);
    /// `set_approved_permissions` takes it back.
    #[inline]
    pub fn clear_approved_permissions(mut self) -> Self {
        self.approved_permissions = None;
        self.unknown_fields
            .insert("approvedPermissions".to_owned(), serde_json::Value::Null);
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

    /// Sets `requestedPermissions` (chainable).
    pub fn set_requested_permissions(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.requested_permissions = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("requestedPermissions");
        self
    }

    /// Sends `requestedPermissions` as JSON `null`, which clears it on the server (chainable);
    /// `set_requested_permissions` takes it back.
    #[inline]
    pub fn clear_requested_permissions(mut self) -> Self {
        self.requested_permissions = None;
        self.unknown_fields
            .insert("requestedPermissions".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for NewPermissionsEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.approved_permissions {
            map.serialize_entry("approvedPermissions", value)?;
        }
        if let Some(value) = &self.product_id {
            map.serialize_entry("productId", value)?;
        }
        if let Some(value) = &self.requested_permissions {
            map.serialize_entry("requestedPermissions", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewPermissionsEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for NewPermissionsEvent {
    const NAME: &'static str = "NewPermissionsEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "approvedPermissions" => self.approved_permissions = map.next_value()?,
            "productId" => self.product_id = map.next_value()?,
            "requestedPermissions" => self.requested_permissions = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
