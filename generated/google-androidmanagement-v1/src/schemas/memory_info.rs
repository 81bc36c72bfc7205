use crate::runtime::wire;

/// Information about device memory and storage.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MemoryInfo {
    /// Total internal storage on device in bytes.
    pub total_internal_storage: Option<i64>,
    /// Total RAM on device in bytes.
    pub total_ram: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl MemoryInfo {
    /// Sets `totalInternalStorage` (chainable).
    pub fn set_total_internal_storage(mut self, value: impl Into<i64>) -> Self {
        self.total_internal_storage = Some(value.into());
        self.unknown_fields.remove("totalInternalStorage");
        self
    }

    /// Sends `totalInternalStorage` as JSON `null`, which clears it on the server (chainable);
    /// `set_total_internal_storage` takes it back.
    #[inline]
    pub fn clear_total_internal_storage(mut self) -> Self {
        self.total_internal_storage = None;
        self.unknown_fields
            .insert("totalInternalStorage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `totalRam` (chainable).
    pub fn set_total_ram(mut self, value: impl Into<i64>) -> Self {
        self.total_ram = Some(value.into());
        self.unknown_fields.remove("totalRam");
        self
    }

    /// Sends `totalRam` as JSON `null`, which clears it on the server (chainable); `set_total_ram`
    /// takes it back.
    #[inline]
    pub fn clear_total_ram(mut self) -> Self {
        self.total_ram = None;
        self.unknown_fields.insert("totalRam".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for MemoryInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.total_internal_storage.is_some() {
            map.serialize_entry(
                "totalInternalStorage",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.total_internal_storage),
            )?;
        }
        if self.total_ram.is_some() {
            map.serialize_entry(
                "totalRam",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.total_ram),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MemoryInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for MemoryInfo {
    const NAME: &'static str = "MemoryInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "totalInternalStorage" => {
                self.total_internal_storage = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "totalRam" => {
                self.total_ram = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
