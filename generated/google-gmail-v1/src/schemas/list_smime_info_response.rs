use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListSmimeInfoResponse {
    /// List of SmimeInfo.
    #[serde(rename = "smimeInfo", default, skip_serializing_if = "Option::is_none")]
    pub smime_info: Option<Vec<crate::schemas::SmimeInfo>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListSmimeInfoResponse {
    /// Sets `smimeInfo` (chainable).
    pub fn set_smime_info(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::SmimeInfo>>,
    ) -> Self {
        self.smime_info = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("smimeInfo");
        self
    }

    /// Sends `smimeInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_smime_info` takes it back.
    #[inline]
    pub fn clear_smime_info(mut self) -> Self {
        self.smime_info = None;
        self.unknown_fields.insert("smimeInfo".to_owned(), serde_json::Value::Null);
        self
    }
}
