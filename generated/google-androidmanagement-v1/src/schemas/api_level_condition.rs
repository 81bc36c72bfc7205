use crate::runtime::wire;

/// A compliance rule condition which is satisfied if the Android Framework API level on the
/// device doesn't meet a minimum requirement. There can only be one rule with this type of
/// condition per policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiLevelCondition {
    /// The minimum desired Android Framework API level. If the device doesn't meet the minimum
    /// requirement, this condition is satisfied. Must be greater than zero.
    #[serde(rename = "minApiLevel", default, skip_serializing_if = "Option::is_none")]
    pub min_api_level: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ApiLevelCondition {
    /// Sets `minApiLevel` (chainable).
    pub fn set_min_api_level(mut self, value: impl Into<i32>) -> Self {
        self.min_api_level = Some(value.into());
        self.unknown_fields.remove("minApiLevel");
        self
    }

    /// Sends `minApiLevel` as JSON `null`, which clears it on the server (chainable);
    /// `set_min_api_level` takes it back.
    #[inline]
    pub fn clear_min_api_level(mut self) -> Self {
        self.min_api_level = None;
        self.unknown_fields.insert("minApiLevel".to_owned(), serde_json::Value::Null);
        self
    }
}
