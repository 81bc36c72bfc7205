use crate::runtime::{wire, Timestamp};

/// A bulk restore objects request.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BulkRestoreObjectsRequest {
    /// If false (default), the restore will not overwrite live objects with the same name at the
    /// destination. This means some deleted objects may be skipped. If true, live objects will be
    /// overwritten resulting in a noncurrent object (if versioning is enabled). If versioning is
    /// not enabled, overwriting the object will result in a soft-deleted object. In either case, if
    /// a noncurrent object already exists with the same name, a live version can be written without
    /// issue.
    pub allow_overwrite: Option<bool>,
    /// If true, copies the source object's ACL; otherwise, uses the bucket's default object ACL.
    /// The default is false.
    pub copy_source_acl: Option<bool>,
    /// Restores only the objects that were created after this time.
    pub created_after_time: Option<Timestamp>,
    /// Restores only the objects that were created before this time.
    pub created_before_time: Option<Timestamp>,
    /// Restores only the objects matching any of the specified glob(s). If this parameter is not
    /// specified, all objects will be restored within the specified time range.
    pub match_globs: Option<Vec<String>>,
    /// Restores only the objects that were soft-deleted after this time.
    pub soft_deleted_after_time: Option<Timestamp>,
    /// Restores only the objects that were soft-deleted before this time.
    pub soft_deleted_before_time: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BulkRestoreObjectsRequest {
    /// Sets `allowOverwrite` (chainable).
    pub fn set_allow_overwrite(mut self, value: impl Into<bool>) -> Self {
        self.allow_overwrite = Some(value.into());
        self.unknown_fields.remove("allowOverwrite");
        self
    }

    /// Sends `allowOverwrite` as JSON `null`, which clears it on the server (chainable);
    /// `set_allow_overwrite` takes it back.
    #[inline]
    pub fn clear_allow_overwrite(mut self) -> Self {
        self.allow_overwrite = None;
        self.unknown_fields.insert("allowOverwrite".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `copySourceAcl` (chainable).
    pub fn set_copy_source_acl(mut self, value: impl Into<bool>) -> Self {
        self.copy_source_acl = Some(value.into());
        self.unknown_fields.remove("copySourceAcl");
        self
    }

    /// Sends `copySourceAcl` as JSON `null`, which clears it on the server (chainable);
    /// `set_copy_source_acl` takes it back.
    #[inline]
    pub fn clear_copy_source_acl(mut self) -> Self {
        self.copy_source_acl = None;
        self.unknown_fields.insert("copySourceAcl".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `createdAfterTime` (chainable).
    pub fn set_created_after_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.created_after_time = Some(value.into());
        self.unknown_fields.remove("createdAfterTime");
        self
    }

    /// Sends `createdAfterTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_created_after_time` takes it back.
    #[inline]
    pub fn clear_created_after_time(mut self) -> Self {
        self.created_after_time = None;
        self.unknown_fields
            .insert("createdAfterTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `createdBeforeTime` (chainable).
    pub fn set_created_before_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.created_before_time = Some(value.into());
        self.unknown_fields.remove("createdBeforeTime");
        self
    }

    /// Sends `createdBeforeTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_created_before_time` takes it back.
    #[inline]
    pub fn clear_created_before_time(mut self) -> Self {
        self.created_before_time = None;
        self.unknown_fields
            .insert("createdBeforeTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `matchGlobs` (chainable).
    pub fn set_match_globs(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.match_globs = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("matchGlobs");
        self
    }

    /// Sends `matchGlobs` as JSON `null`, which clears it on the server (chainable);
    /// `set_match_globs` takes it back.
    #[inline]
    pub fn clear_match_globs(mut self) -> Self {
        self.match_globs = None;
        self.unknown_fields.insert("matchGlobs".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `softDeletedAfterTime` (chainable).
    pub fn set_soft_deleted_after_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.soft_deleted_after_time = Some(value.into());
        self.unknown_fields.remove("softDeletedAfterTime");
        self
    }

    /// Sends `softDeletedAfterTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_soft_deleted_after_time` takes it back.
    #[inline]
    pub fn clear_soft_deleted_after_time(mut self) -> Self {
        self.soft_deleted_after_time = None;
        self.unknown_fields
            .insert("softDeletedAfterTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `softDeletedBeforeTime` (chainable).
    pub fn set_soft_deleted_before_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.soft_deleted_before_time = Some(value.into());
        self.unknown_fields.remove("softDeletedBeforeTime");
        self
    }

    /// Sends `softDeletedBeforeTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_soft_deleted_before_time` takes it back.
    #[inline]
    pub fn clear_soft_deleted_before_time(mut self) -> Self {
        self.soft_deleted_before_time = None;
        self.unknown_fields
            .insert("softDeletedBeforeTime".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BulkRestoreObjectsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.allow_overwrite {
            map.serialize_entry("allowOverwrite", value)?;
        }
        if let Some(value) = &self.copy_source_acl {
            map.serialize_entry("copySourceAcl", value)?;
        }
        if let Some(value) = &self.created_after_time {
            map.serialize_entry("createdAfterTime", value)?;
        }
        if let Some(value) = &self.created_before_time {
            map.serialize_entry("createdBeforeTime", value)?;
        }
        if let Some(value) = &self.match_globs {
            map.serialize_entry("matchGlobs", value)?;
        }
        if let Some(value) = &self.soft_deleted_after_time {
            map.serialize_entry("softDeletedAfterTime", value)?;
        }
        if let Some(value) = &self.soft_deleted_before_time {
            map.serialize_entry("softDeletedBeforeTime", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BulkRestoreObjectsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BulkRestoreObjectsRequest {
    const NAME: &'static str = "BulkRestoreObjectsRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "allowOverwrite" => self.allow_overwrite = map.next_value()?,
            "copySourceAcl" => self.copy_source_acl = map.next_value()?,
            "createdAfterTime" => self.created_after_time = map.next_value()?,
            "createdBeforeTime" => self.created_before_time = map.next_value()?,
            "matchGlobs" => self.match_globs = map.next_value()?,
            "softDeletedAfterTime" => self.soft_deleted_after_time = map.next_value()?,
            "softDeletedBeforeTime" => self.soft_deleted_before_time = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
