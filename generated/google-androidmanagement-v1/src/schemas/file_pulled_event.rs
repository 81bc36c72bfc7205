use crate::runtime::wire;

/// A file was downloaded from the device.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FilePulledEvent {
    /// The path of the file being pulled.
    #[serde(rename = "filePath", default, skip_serializing_if = "Option::is_none")]
    pub file_path: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl FilePulledEvent {
    /// Sets `filePath` (chainable).
    pub fn set_file_path(mut self, value: impl Into<String>) -> Self {
        self.file_path = Some(value.into());
        self.unknown_fields.remove("filePath");
        self
    }

    /// Sends `filePath` as JSON `null`, which clears it on the server (chainable); `set_file_path`
    /// takes it back.
    #[inline]
    pub fn clear_file_path(mut self) -> Self {
        self.file_path = None;
        self.unknown_fields.insert("filePath".to_owned(), serde_json::Value::Null);
        self
    }
}
