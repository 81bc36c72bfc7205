use crate::runtime::wire;

/// Removable media was unmounted.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MediaUnmountEvent {
    /// Mount point.
    #[serde(rename = "mountPoint", default, skip_serializing_if = "Option::is_none")]
    pub mount_point: Option<String>,
    /// Volume label. Redacted to empty string on organization-owned managed profile devices.
    #[serde(rename = "volumeLabel", default, skip_serializing_if = "Option::is_none")]
    pub volume_label: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl MediaUnmountEvent {
    /// Sets `mountPoint` (chainable).
    pub fn set_mount_point(mut self, value: impl Into<String>) -> Self {
        self.mount_point = Some(value.into());
        self.unknown_fields.remove("mountPoint");
        self
    }

    /// Sends `mountPoint` as JSON `null`, which clears it on the server (chainable);
    /// `set_mount_point` takes it back.
    #[inline]
    pub fn clear_mount_point(mut self) -> Self {
        self.mount_point = None;
        self.unknown_fields.insert("mountPoint".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `volumeLabel` (chainable).
    pub fn set_volume_label(mut self, value: impl Into<String>) -> Self {
        self.volume_label = Some(value.into());
        self.unknown_fields.remove("volumeLabel");
        self
    }

    /// Sends `volumeLabel` as JSON `null`, which clears it on the server (chainable);
    /// `set_volume_label` takes it back.
    #[inline]
    pub fn clear_volume_label(mut self) -> Self {
        self.volume_label = None;
        self.unknown_fields.insert("volumeLabel".to_owned(), serde_json::Value::Null);
        self
    }
}
