use crate::runtime::wire;

/// This feature is not generally available.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OncCertificateProvider {
    /// This feature is not generally available.
    #[serde(
        rename = "certificateReferences",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub certificate_references: Option<Vec<String>>,
    /// This feature is not generally available.
    #[serde(
        rename = "contentProviderEndpoint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_provider_endpoint: Option<crate::schemas::ContentProviderEndpoint>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl OncCertificateProvider {
    /// Sets `certificateReferences` (chainable).
    pub fn set_certificate_references(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.certificate_references = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("certificateReferences");
        self
    }

    /// Sends `certificateReferences` as JSON `null`, which clears it on the server (chainable);
    /// `set_certificate_references` takes it back.
    #[inline]
    pub fn clear_certificate_references(mut self) -> Self {
        self.certificate_references = None;
        self.unknown_fields
            .insert("certificateReferences".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `contentProviderEndpoint` (chainable).
    pub fn set_content_provider_endpoint(
        mut self,
        value: impl Into<crate::schemas::ContentProviderEndpoint>,
    ) -> Self {
        self.content_provider_endpoint = Some(value.into());
        self.unknown_fields.remove("contentProviderEndpoint");
        self
    }

    /// Sends `contentProviderEndpoint` as JSON `null`, which clears it on the server (chainable);
    /// `set_content_provider_endpoint` takes it back.
    #[inline]
    pub fn clear_content_provider_endpoint(mut self) -> Self {
        self.content_provider_endpoint = None;
        self.unknown_fields
            .insert("contentProviderEndpoint".to_owned(), serde_json::Value::Null);
        self
    }
}
