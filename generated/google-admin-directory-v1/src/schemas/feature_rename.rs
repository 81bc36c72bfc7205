use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FeatureRename {
    /// New name of the feature.
    ///
    /// Required by: `directory.resources.features.rename`.
    #[serde(rename = "newName", default, skip_serializing_if = "Option::is_none")]
    pub new_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl FeatureRename {
    /// Sets `newName` (chainable).
    pub fn set_new_name(mut self, value: impl Into<String>) -> Self {
        self.new_name = Some(value.into());
        self.unknown_fields.remove("newName");
        self
    }

    /// Sends `newName` as JSON `null`, which clears it on the server (chainable); `set_new_name`
    /// takes it back.
    #[inline]
    pub fn clear_new_name(mut self) -> Self {
        self.new_name = None;
        self.unknown_fields.insert("newName".to_owned(), serde_json::Value::Null);
        self
    }
}
