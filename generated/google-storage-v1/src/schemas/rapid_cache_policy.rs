use crate::runtime::{impl_open_enum, wire};

/// The rapid cache policy configuration for a managed folder.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RapidCachePolicy {
    /// The ingest-on-write policy for objects in the managed folder. When set to `enabled`, objects
    /// are automatically ingested into the cache when they are written to the managed folder.
    pub ingest_on_write: Option<crate::schemas::RapidCachePolicyIngestOnWrite>,
    /// The unique identifier of the rapid cache.
    pub rapid_cache_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl RapidCachePolicy {
    /// Sets `ingestOnWrite` (chainable).
    pub fn set_ingest_on_write(
        mut self,
        value: impl Into<crate::schemas::RapidCachePolicyIngestOnWrite>,
    ) -> Self {
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
}

impl serde::Serialize for RapidCachePolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.ingest_on_write {
            map.serialize_entry("ingestOnWrite", value)?;
        }
        if let Some(value) = &self.rapid_cache_id {
            map.serialize_entry("rapidCacheId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RapidCachePolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for RapidCachePolicy {
    const NAME: &'static str = "RapidCachePolicy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "ingestOnWrite" => self.ingest_on_write = map.next_value()?,
            "rapidCacheId" => self.rapid_cache_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The ingest-on-write policy for objects in the managed folder. When set to `enabled`, objects
/// are automatically ingested into the cache when they are written to the managed folder.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RapidCachePolicyIngestOnWrite {
    /// Ingestion on write is explicitly enabled for the managed folder.
    ///
    /// `enabled` on the wire.
    #[default]
    Enabled,
    /// Ingestion on write isn't specified at the managed folder level and is inherited from the
    /// parent resource's configuration. This is the default value.
    ///
    /// `unspecified` on the wire.
    Unspecified,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for RapidCachePolicyIngestOnWrite {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Unspecified => "unspecified",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "unspecified" => Self::Unspecified,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(RapidCachePolicyIngestOnWrite);
