use crate::runtime::wire;

/// Information related to whether this device was migrated from being managed by another Device
/// Policy Controller (DPC).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DpcMigrationInfo {
    /// Output only. If this device was migrated from another DPC, the additionalData field of the
    /// migration token is populated here.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "additionalData", default, skip_serializing_if = "Option::is_none")]
    pub additional_data: Option<String>,
    /// Output only. If this device was migrated from another DPC, this is its package name. Not
    /// populated otherwise.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "previousDpc", default, skip_serializing_if = "Option::is_none")]
    pub previous_dpc: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
