use crate::runtime::wire;

/// Metadata for hardware keys. If [hardware key
/// encryption](https://support.google.com/a/answer/14153163) is set up for the Google Workspace
/// organization, users can optionally store their private key on their smart card and use it to
/// sign and decrypt email messages in Gmail by inserting their smart card into a reader
/// attached to their Windows device.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct HardwareKeyMetadata {
    /// Description about the hardware key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl HardwareKeyMetadata {
    /// Sets `description` (chainable).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self.unknown_fields.remove("description");
        self
    }

    /// Sends `description` as JSON `null`, which clears it on the server (chainable);
    /// `set_description` takes it back.
    #[inline]
    pub fn clear_description(mut self) -> Self {
        self.description = None;
        self.unknown_fields.insert("description".to_owned(), serde_json::Value::Null);
        self
    }
}
