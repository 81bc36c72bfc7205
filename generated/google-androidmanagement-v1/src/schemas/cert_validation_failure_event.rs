use crate::runtime::wire;

/// An X.509v3 certificate failed to validate, currently this validation is performed on the
/// Wi-FI access point and failure may be due to a mismatch upon server certificate validation.
/// However it may in the future include other validation events of an X.509v3 certificate.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CertValidationFailureEvent {
    /// The reason why certification validation failed.
    #[serde(rename = "failureReason", default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl CertValidationFailureEvent {
    /// Sets `failureReason` (chainable).
    pub fn set_failure_reason(mut self, value: impl Into<String>) -> Self {
        self.failure_reason = Some(value.into());
        self.unknown_fields.remove("failureReason");
        self
    }

    /// Sends `failureReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_failure_reason` takes it back.
    #[inline]
    pub fn clear_failure_reason(mut self) -> Self {
        self.failure_reason = None;
        self.unknown_fields.insert("failureReason".to_owned(), serde_json::Value::Null);
        self
    }
}
