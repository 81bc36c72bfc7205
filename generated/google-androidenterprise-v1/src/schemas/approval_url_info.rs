use crate::runtime::wire;

/// Information on an approval URL.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApprovalUrlInfo {
    /// A URL that displays a product's permissions and that can also be used to approve the product
    /// with the Products.approve call.
    #[serde(rename = "approvalUrl", default, skip_serializing_if = "Option::is_none")]
    pub approval_url: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ApprovalUrlInfo {
    /// Sets `approvalUrl` (chainable).
    pub fn set_approval_url(mut self, value: impl Into<String>) -> Self {
        self.approval_url = Some(value.into());
        self.unknown_fields.remove("approvalUrl");
        self
    }

    /// Sends `approvalUrl` as JSON `null`, which clears it on the server (chainable);
    /// `set_approval_url` takes it back.
    #[inline]
    pub fn clear_approval_url(mut self) -> Self {
        self.approval_url = None;
        self.unknown_fields.insert("approvalUrl".to_owned(), serde_json::Value::Null);
        self
    }
}
