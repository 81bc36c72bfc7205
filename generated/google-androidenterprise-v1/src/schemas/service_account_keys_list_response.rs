use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceAccountKeysListResponse {
    /// The service account credentials.
    #[serde(
        rename = "serviceAccountKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_account_key: Option<Vec<crate::schemas::ServiceAccountKey>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ServiceAccountKeysListResponse {
    /// Sets `serviceAccountKey` (chainable).
    pub fn set_service_account_key(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ServiceAccountKey>>,
    ) -> Self {
        self.service_account_key = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("serviceAccountKey");
        self
    }

    /// Sends `serviceAccountKey` as JSON `null`, which clears it on the server (chainable);
    /// `set_service_account_key` takes it back.
    #[inline]
    pub fn clear_service_account_key(mut self) -> Self {
        self.service_account_key = None;
        self.unknown_fields
            .insert("serviceAccountKey".to_owned(), serde_json::Value::Null);
        self
    }
}
