use crate::runtime::wire;

/// JSON template for a feature instance.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FeatureInstance {
    /// The feature that this is an instance of. A calendar resource may have multiple instances of
    /// a feature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature: Option<crate::schemas::Feature>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl FeatureInstance {
    /// Sets `feature` (chainable).
    pub fn set_feature(mut self, value: impl Into<crate::schemas::Feature>) -> Self {
        self.feature = Some(value.into());
        self.unknown_fields.remove("feature");
        self
    }

    /// Sends `feature` as JSON `null`, which clears it on the server (chainable); `set_feature`
    /// takes it back.
    #[inline]
    pub fn clear_feature(mut self) -> Self {
        self.feature = None;
        self.unknown_fields.insert("feature".to_owned(), serde_json::Value::Null);
        self
    }
}
