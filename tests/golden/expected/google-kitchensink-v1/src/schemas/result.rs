#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Result_ {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ok: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<crate::schemas::Ping>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Result_ {
    /// Sets `ok` (chainable).
    pub fn set_ok(mut self, value: impl Into<bool>) -> Self {
        self.ok = Some(value.into());
        self
    }
    /// Sets `other` (chainable).
    pub fn set_other(mut self, value: impl Into<crate::schemas::Ping>) -> Self {
        self.other = Some(value.into());
        self
    }
}
