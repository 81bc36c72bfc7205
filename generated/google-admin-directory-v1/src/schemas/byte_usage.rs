use crate::runtime::wire;

/// Represents a data capacity with some amount of current usage in bytes.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ByteUsage {
    /// Output only. The total capacity value, in bytes.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub capacity_bytes: Option<i64>,
    /// Output only. The current usage value, in bytes.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub used_bytes: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ByteUsage {
    /// Sets `capacityBytes` (chainable).
    pub fn set_capacity_bytes(mut self, value: impl Into<i64>) -> Self {
        self.capacity_bytes = Some(value.into());
        self.unknown_fields.remove("capacityBytes");
        self
    }

    /// Sends `capacityBytes` as JSON `null`, which clears it on the server (chainable);
    /// `set_capacity_bytes` takes it back.
    #[inline]
    pub fn clear_capacity_bytes(mut self) -> Self {
        self.capacity_bytes = None;
        self.unknown_fields.insert("capacityBytes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `usedBytes` (chainable).
    pub fn set_used_bytes(mut self, value: impl Into<i64>) -> Self {
        self.used_bytes = Some(value.into());
        self.unknown_fields.remove("usedBytes");
        self
    }

    /// Sends `usedBytes` as JSON `null`, which clears it on the server (chainable);
    /// `set_used_bytes` takes it back.
    #[inline]
    pub fn clear_used_bytes(mut self) -> Self {
        self.used_bytes = None;
        self.unknown_fields.insert("usedBytes".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ByteUsage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.capacity_bytes.is_some() {
            map.serialize_entry(
                "capacityBytes",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.capacity_bytes),
            )?;
        }
        if self.used_bytes.is_some() {
            map.serialize_entry(
                "usedBytes",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.used_bytes),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ByteUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ByteUsage {
    const NAME: &'static str = "ByteUsage";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "capacityBytes" => {
                self.capacity_bytes = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "usedBytes" => {
                self.used_bytes = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
