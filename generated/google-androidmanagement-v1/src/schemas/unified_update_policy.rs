use crate::runtime::wire;

/// The Unified Update Control policy, for controlling updates of software components on the
/// device (see Target). Supported only on company-owned devices.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UnifiedUpdatePolicy {
    /// Optional. When the policy is evaluated for a given target, all rules which refer to that
    /// target are evaluated in sequence. The first rule for which the predicate evaluates to true
    /// is considered, and its outcome is used. If no rule matches, the default update behavior
    /// applies. In other words, this behaves like a chained if-else statement.However, if an update
    /// has been available for more than a certain amount of time, any outcome of BLOCK is
    /// automatically changed to the default update behavior. At most 100 rules are allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<crate::schemas::Rule>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl UnifiedUpdatePolicy {
    /// Sets `rules` (chainable).
    pub fn set_rules(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Rule>>,
    ) -> Self {
        self.rules = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("rules");
        self
    }

    /// Sends `rules` as JSON `null`, which clears it on the server (chainable); `set_rules` takes
    /// it back.
    #[inline]
    pub fn clear_rules(mut self) -> Self {
        self.rules = None;
        self.unknown_fields.insert("rules".to_owned(), serde_json::Value::Null);
        self
    }
}
