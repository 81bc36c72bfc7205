use crate::runtime::wire;

/// Response for the ListSendAs method.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSendAsResponse {
    /// List of send-as aliases.
    #[serde(rename = "sendAs", default, skip_serializing_if = "Option::is_none")]
    pub send_as: Option<Vec<crate::schemas::SendAs>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListSendAsResponse {
    /// Sets `sendAs` (chainable).
    pub fn set_send_as(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::SendAs>>,
    ) -> Self {
        self.send_as = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("sendAs");
        self
    }

    /// Sends `sendAs` as JSON `null`, which clears it on the server (chainable); `set_send_as`
    /// takes it back.
    #[inline]
    pub fn clear_send_as(mut self) -> Self {
        self.send_as = None;
        self.unknown_fields.insert("sendAs".to_owned(), serde_json::Value::Null);
        self
    }
}
