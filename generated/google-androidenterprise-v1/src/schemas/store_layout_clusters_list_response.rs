use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StoreLayoutClustersListResponse {
    /// A store cluster of an enterprise.
    pub cluster: Option<Vec<crate::schemas::StoreCluster>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl StoreLayoutClustersListResponse {
    /// Sets `cluster` (chainable).
    pub fn set_cluster(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::StoreCluster>>,
    ) -> Self {
        self.cluster = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cluster");
        self
    }

    /// Sends `cluster` as JSON `null`, which clears it on the server (chainable); `set_cluster`
    /// takes it back.
    #[inline]
    pub fn clear_cluster(mut self) -> Self {
        self.cluster = None;
        self.unknown_fields.insert("cluster".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for StoreLayoutClustersListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.cluster {
            map.serialize_entry("cluster", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StoreLayoutClustersListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for StoreLayoutClustersListResponse {
    const NAME: &'static str = "StoreLayoutClustersListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "cluster" => self.cluster = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
