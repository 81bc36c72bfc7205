use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EntitlementsListResponse {
    /// An entitlement of a user to a product (e.g. an app). For example, a free app that they have
    /// installed, or a paid app that they have been allocated a license to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlement: Option<Vec<crate::schemas::Entitlement>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl EntitlementsListResponse {
    /// Sets `entitlement` (chainable).
    pub fn set_entitlement(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Entitlement>>,
    ) -> Self {
        self.entitlement = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("entitlement");
        self
    }

    /// Sends `entitlement` as JSON `null`, which clears it on the server (chainable);
    /// `set_entitlement` takes it back.
    #[inline]
    pub fn clear_entitlement(mut self) -> Self {
        self.entitlement = None;
        self.unknown_fields.insert("entitlement".to_owned(), serde_json::Value::Null);
        self
    }
}
