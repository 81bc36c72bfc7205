use crate::runtime::{wire, Duration, Timestamp};

/// A Rapid Cache instance.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RapidCache {
    /// The cache-level entry admission policy.
    pub admission_policy: Option<String>,
    /// The name of the bucket containing this cache instance.
    pub bucket: Option<String>,
    /// The type of Rapid Cache this represents. Valid values include: "rapid-cache" and
    /// "rapid-cache-ultra".
    pub cache_type: Option<String>,
    /// The creation time of the cache instance in RFC 3339 format.
    pub create_time: Option<Timestamp>,
    /// The ID of the resource, including the project number, bucket name and rapid cache ID.
    pub id: Option<String>,
    /// Specifies whether objects are ingested into the cache upon write.
    pub ingest_on_write: Option<bool>,
    /// The kind of item this is. For Rapid Cache, this is always storage#rapidCache.
    pub kind: Option<String>,
    /// True if the cache instance has an active Update long-running operation.
    pub pending_update: Option<bool>,
    /// The ID of the Rapid cache instance.
    pub rapid_cache_id: Option<String>,
    /// The link to this cache instance.
    pub self_link: Option<String>,
    /// The current state of the cache instance.
    pub state: Option<String>,
    /// The TTL of all cache entries in whole seconds. e.g., "7200s".
    pub ttl: Option<Duration>,
    /// The modification time of the cache instance metadata in RFC 3339 format.
    pub update_time: Option<Timestamp>,
    /// The zone in which the cache instance is running. For example, us-central1-a.
    pub zone: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl RapidCache {
    /// Sets `admissionPolicy` (chainable).
    pub fn set_admission_policy(mut self, value: impl Into<String>) -> Self {
        self.admission_policy = Some(value.into());
        self.unknown_fields.remove("admissionPolicy");
        self
    }

    /// Sends `admissionPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_admission_policy` takes it back.
    #[inline]
    pub fn clear_admission_policy(mut self) -> Self {
        self.admission_policy = None;
        self.unknown_fields
            .insert("admissionPolicy".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `cacheType` (chainable).
    pub fn set_cache_type(mut self, value: impl Into<String>) -> Self {
        self.cache_type = Some(value.into());
        self.unknown_fields.remove("cacheType");
        self
    }

    /// Sends `cacheType` as JSON `null`, which clears it on the server (chainable);
    /// `set_cache_type` takes it back.
    #[inline]
    pub fn clear_cache_type(mut self) -> Self {
        self.cache_type = None;
        self.unknown_fields.insert("cacheType".to_owned(), serde_json::Value::Null);
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

    /// Sets `ingestOnWrite` (chainable).
    pub fn set_ingest_on_write(mut self, value: impl Into<bool>) -> Self {
        self.ingest_on_write = Some(value.into());
        self.unknown_fields.remove("ingestOnWrite");
        self
    }

    /// Sends `ingestOnWrite` as JSON `null`, which clears it on the server (chainable);
    /// `set_ingest_on_write` takes it back.
    #[inline]
    pub fn clear_ingest_on_write(mut self) -> Self {
        self.ingest_on_write = None;
        self.unknown_fields.insert("ingestOnWrite".to_owned(), serde_json::Value::Null);
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

    /// Sets `pendingUpdate` (chainable).
    pub fn set_pending_update(mut self, value: impl Into<bool>) -> Self {
        self.pending_update = Some(value.into());
        self.unknown_fields.remove("pendingUpdate");
        self
    }

    /// Sends `pendingUpdate` as JSON `null`, which clears it on the server (chainable);
    /// `set_pending_update` takes it back.
    #[inline]
    pub fn clear_pending_update(mut self) -> Self {
        self.pending_update = None;
        self.unknown_fields.insert("pendingUpdate".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `rapidCacheId` (chainable).
    pub fn set_rapid_cache_id(mut self, value: impl Into<String>) -> Self {
        self.rapid_cache_id = Some(value.into());
        self.unknown_fields.remove("rapidCacheId");
        self
    }

    /// Sends `rapidCacheId` as JSON `null`, which clears it on the server (chainable);
    /// `set_rapid_cache_id` takes it back.
    #[inline]
    pub fn clear_rapid_cache_id(mut self) -> Self {
        self.rapid_cache_id = None;
        self.unknown_fields.insert("rapidCacheId".to_owned(), serde_json::Value::Null);
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

    /// Sets `state` (chainable).
    pub fn set_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self.unknown_fields.remove("state");
        self
    }

    /// Sends `state` as JSON `null`, which clears it on the server (chainable); `set_state` takes
    /// it back.
    #[inline]
    pub fn clear_state(mut self) -> Self {
        self.state = None;
        self.unknown_fields.insert("state".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `ttl` (chainable).
    pub fn set_ttl(mut self, value: impl Into<Duration>) -> Self {
        self.ttl = Some(value.into());
        self.unknown_fields.remove("ttl");
        self
    }

    /// Sends `ttl` as JSON `null`, which clears it on the server (chainable); `set_ttl` takes it
    /// back.
    #[inline]
    pub fn clear_ttl(mut self) -> Self {
        self.ttl = None;
        self.unknown_fields.insert("ttl".to_owned(), serde_json::Value::Null);
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

    /// Sets `zone` (chainable).
    pub fn set_zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self.unknown_fields.remove("zone");
        self
    }

    /// Sends `zone` as JSON `null`, which clears it on the server (chainable); `set_zone` takes it
    /// back.
    #[inline]
    pub fn clear_zone(mut self) -> Self {
        self.zone = None;
        self.unknown_fields.insert("zone".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for RapidCache {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.admission_policy {
            map.serialize_entry("admissionPolicy", value)?;
        }
        if let Some(value) = &self.bucket {
            map.serialize_entry("bucket", value)?;
        }
        if let Some(value) = &self.cache_type {
            map.serialize_entry("cacheType", value)?;
        }
        if let Some(value) = &self.create_time {
            map.serialize_entry("createTime", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.ingest_on_write {
            map.serialize_entry("ingestOnWrite", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.pending_update {
            map.serialize_entry("pendingUpdate", value)?;
        }
        if let Some(value) = &self.rapid_cache_id {
            map.serialize_entry("rapidCacheId", value)?;
        }
        if let Some(value) = &self.self_link {
            map.serialize_entry("selfLink", value)?;
        }
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        if let Some(value) = &self.ttl {
            map.serialize_entry("ttl", value)?;
        }
        if let Some(value) = &self.update_time {
            map.serialize_entry("updateTime", value)?;
        }
        if let Some(value) = &self.zone {
            map.serialize_entry("zone", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RapidCache {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for RapidCache {
    const NAME: &'static str = "RapidCache";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "admissionPolicy" => self.admission_policy = map.next_value()?,
            "bucket" => self.bucket = map.next_value()?,
            "cacheType" => self.cache_type = map.next_value()?,
            "createTime" => self.create_time = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "ingestOnWrite" => self.ingest_on_write = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "pendingUpdate" => self.pending_update = map.next_value()?,
            "rapidCacheId" => self.rapid_cache_id = map.next_value()?,
            "selfLink" => self.self_link = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "ttl" => self.ttl = map.next_value()?,
            "updateTime" => self.update_time = map.next_value()?,
            "zone" => self.zone = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
