use crate::runtime::{wire, Timestamp};

/// A managed folder.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ManagedFolder {
    /// The name of the bucket containing this managed folder.
    pub bucket: Option<String>,
    /// The creation time of the managed folder in RFC 3339 format.
    pub create_time: Option<Timestamp>,
    /// The ID of the managed folder, including the bucket name and managed folder name.
    pub id: Option<String>,
    /// The kind of item this is. For managed folders, this is always storage#managedFolder.
    pub kind: Option<String>,
    /// The version of the metadata for this managed folder. Used for preconditions and for
    /// detecting changes in metadata.
    pub metageneration: Option<i64>,
    /// The name of the managed folder. Required if not specified by URL parameter.
    pub name: Option<String>,
    /// The rapid cache configuration for the managed folder.
    pub rapid_cache_config: Option<crate::schemas::RapidCacheConfig>,
    /// The link to this managed folder.
    pub self_link: Option<String>,
    /// The last update time of the managed folder metadata in RFC 3339 format.
    pub update_time: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ManagedFolder {
    /// Sets `bucket` (chainable).
    pub fn set_bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self.unknown_fields.remove("bucket");
        self
    }

    /// Sends `bucket` as JSON `null`, which clears it on the server (chainable); `set_bucket` takes
    /// it back.
    #[inline]
    pub fn clear_bucket(mut self) -> Self {
        self.bucket = None;
        self.unknown_fields.insert("bucket".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `createTime` (chainable).
    pub fn set_create_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.create_time = Some(value.into());
        self.unknown_fields.remove("createTime");
        self
    }

    /// Sends `createTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_create_time` takes it back.
    #[inline]
    pub fn clear_create_time(mut self) -> Self {
        self.create_time = None;
        self.unknown_fields.insert("createTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `metageneration` (chainable).
    pub fn set_metageneration(mut self, value: impl Into<i64>) -> Self {
        self.metageneration = Some(value.into());
        self.unknown_fields.remove("metageneration");
        self
    }

    /// Sends `metageneration` as JSON `null`, which clears it on the server (chainable);
    /// `set_metageneration` takes it back.
    #[inline]
    pub fn clear_metageneration(mut self) -> Self {
        self.metageneration = None;
        self.unknown_fields.insert("metageneration".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `rapidCacheConfig` (chainable).
    pub fn set_rapid_cache_config(
        mut self,
        value: impl Into<crate::schemas::RapidCacheConfig>,
    ) -> Self {
        self.rapid_cache_config = Some(value.into());
        self.unknown_fields.remove("rapidCacheConfig");
        self
    }

    /// Sends `rapidCacheConfig` as JSON `null`, which clears it on the server (chainable);
    /// `set_rapid_cache_config` takes it back.
    #[inline]
    pub fn clear_rapid_cache_config(mut self) -> Self {
        self.rapid_cache_config = None;
        self.unknown_fields
            .insert("rapidCacheConfig".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `selfLink` (chainable).
    pub fn set_self_link(mut self, value: impl Into<String>) -> Self {
        self.self_link = Some(value.into());
        self.unknown_fields.remove("selfLink");
        self
    }

    /// Sends `selfLink` as JSON `null`, which clears it on the server (chainable); `set_self_link`
    /// takes it back.
    #[inline]
    pub fn clear_self_link(mut self) -> Self {
        self.self_link = None;
        self.unknown_fields.insert("selfLink".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `updateTime` (chainable).
    pub fn set_update_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.update_time = Some(value.into());
        self.unknown_fields.remove("updateTime");
        self
    }

    /// Sends `updateTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_update_time` takes it back.
    #[inline]
    pub fn clear_update_time(mut self) -> Self {
        self.update_time = None;
        self.unknown_fields.insert("updateTime".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ManagedFolder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.bucket {
            map.serialize_entry("bucket", value)?;
        }
        if let Some(value) = &self.create_time {
            map.serialize_entry("createTime", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if self.metageneration.is_some() {
            map.serialize_entry(
                "metageneration",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.metageneration),
            )?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.rapid_cache_config {
            map.serialize_entry("rapidCacheConfig", value)?;
        }
        if let Some(value) = &self.self_link {
            map.serialize_entry("selfLink", value)?;
        }
        if let Some(value) = &self.update_time {
            map.serialize_entry("updateTime", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ManagedFolder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ManagedFolder {
    const NAME: &'static str = "ManagedFolder";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "bucket" => self.bucket = map.next_value()?,
            "createTime" => self.create_time = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "metageneration" => {
                self.metageneration = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "name" => self.name = map.next_value()?,
            "rapidCacheConfig" => self.rapid_cache_config = map.next_value()?,
            "selfLink" => self.self_link = map.next_value()?,
            "updateTime" => self.update_time = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
