use crate::runtime::wire;

/// Information related to whether this device was migrated from being managed by another Device
/// Policy Controller (DPC).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DpcMigrationInfo {
    /// Output only. If this device was migrated from another DPC, the additionalData field of the
    /// migration token is populated here.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub additional_data: Option<String>,
    /// Output only. If this device was migrated from another DPC, this is its package name. Not
    /// populated otherwise.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub previous_dpc: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DpcMigrationInfo {
    /// Sets `additionalData` (chainable).
    pub fn set_additional_data(mut self, value: impl Into<String>) -> Self {
        self.additional_data = Some(value.into());
        self.unknown_fields.remove("additionalData");
        self
    }

    /// Sends `additionalData` as JSON `null`, which clears it on the server (chainable);
    /// `set_additional_data` takes it back.
    #[inline]
    pub fn clear_additional_data(mut self) -> Self {
        self.additional_data = None;
        self.unknown_fields.insert("additionalData".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `previousDpc` (chainable).
    pub fn set_previous_dpc(mut self, value: impl Into<String>) -> Self {
        self.previous_dpc = Some(value.into());
        self.unknown_fields.remove("previousDpc");
        self
    }

    /// Sends `previousDpc` as JSON `null`, which clears it on the server (chainable);
    /// `set_previous_dpc` takes it back.
    #[inline]
    pub fn clear_previous_dpc(mut self) -> Self {
        self.previous_dpc = None;
        self.unknown_fields.insert("previousDpc".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DpcMigrationInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.additional_data {
            map.serialize_entry("additionalData", value)?;
        }
        if let Some(value) = &self.previous_dpc {
            map.serialize_entry("previousDpc", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DpcMigrationInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DpcMigrationInfo {
    const NAME: &'static str = "DpcMigrationInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "additionalData" => self.additional_data = map.next_value()?,
            "previousDpc" => self.previous_dpc = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
