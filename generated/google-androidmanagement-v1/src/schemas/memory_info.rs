use crate::runtime::wire;

/// Information about device memory and storage.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MemoryInfo {
    /// Total internal storage on device in bytes.
    #[serde(
        rename = "totalInternalStorage",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub total_internal_storage: Option<i64>,
    /// Total RAM on device in bytes.
    #[serde(
        rename = "totalRam",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub total_ram: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
