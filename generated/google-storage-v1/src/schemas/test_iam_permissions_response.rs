use crate::runtime::wire;

/// A storage.(buckets|objects|managedFolders).testIamPermissions response.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TestIamPermissionsResponse {
    /// The kind of item this is.
    pub kind: Option<String>,
    /// The permissions held by the caller. Permissions are always of the format
    /// storage.resource.capability, where resource is one of buckets, objects, or managedFolders.
    /// The supported permissions are as follows:
    /// - storage.buckets.delete - Delete bucket.
    /// - storage.buckets.get - Read bucket metadata.
    /// - storage.buckets.getIamPolicy - Read bucket IAM policy.
    /// - storage.buckets.create - Create bucket.
    /// - storage.buckets.list - List buckets.
    /// - storage.buckets.setIamPolicy - Update bucket IAM policy.
    /// - storage.buckets.update - Update bucket metadata.
    /// - storage.objects.delete - Delete object.
    /// - storage.objects.get - Read object data and metadata.
    /// - storage.objects.getIamPolicy - Read object IAM policy.
    /// - storage.objects.create - Create object.
    /// - storage.objects.list - List objects.
    /// - storage.objects.setIamPolicy - Update object IAM policy.
    /// - storage.objects.update - Update object metadata.
    /// - storage.managedFolders.delete - Delete managed folder.
    /// - storage.managedFolders.get - Read managed folder metadata.
    /// - storage.managedFolders.getIamPolicy - Read managed folder IAM policy.
    /// - storage.managedFolders.create - Create managed folder.
    /// - storage.managedFolders.list - List managed folders.
    /// - storage.managedFolders.setIamPolicy - Update managed folder IAM policy.
    pub permissions: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl TestIamPermissionsResponse {
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `permissions` (chainable).
    pub fn set_permissions(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.permissions = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("permissions");
        self
    }

    /// Sends `permissions` as JSON `null`, which clears it on the server (chainable);
    /// `set_permissions` takes it back.
    #[inline]
    pub fn clear_permissions(mut self) -> Self {
        self.permissions = None;
        self.unknown_fields.insert("permissions".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for TestIamPermissionsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.permissions {
            map.serialize_entry("permissions", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TestIamPermissionsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for TestIamPermissionsResponse {
    const NAME: &'static str = "TestIamPermissionsResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "kind" => self.kind = map.next_value()?,
            "permissions" => self.permissions = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
