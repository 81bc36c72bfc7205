use crate::runtime::wire;

/// The configuration of a CSE identity that uses different key pairs for signing and
/// encryption.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SignAndEncryptKeyPairs {
    /// The ID of the CseKeyPair that encrypts signed outgoing mail.
    #[serde(
        rename = "encryptionKeyPairId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub encryption_key_pair_id: Option<String>,
    /// The ID of the CseKeyPair that signs outgoing mail.
    #[serde(
        rename = "signingKeyPairId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub signing_key_pair_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl SignAndEncryptKeyPairs {
    /// Sets `encryptionKeyPairId` (chainable).
    pub fn set_encryption_key_pair_id(mut self, value: impl Into<String>) -> Self {
        self.encryption_key_pair_id = Some(value.into());
        self.unknown_fields.remove("encryptionKeyPairId");
        self
    }

    /// Sends `encryptionKeyPairId` as JSON `null`, which clears it on the server (chainable);
    /// `set_encryption_key_pair_id` takes it back.
    #[inline]
    pub fn clear_encryption_key_pair_id(mut self) -> Self {
        self.encryption_key_pair_id = None;
        self.unknown_fields
            .insert("encryptionKeyPairId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `signingKeyPairId` (chainable).
    pub fn set_signing_key_pair_id(mut self, value: impl Into<String>) -> Self {
        self.signing_key_pair_id = Some(value.into());
        self.unknown_fields.remove("signingKeyPairId");
        self
    }

    /// Sends `signingKeyPairId` as JSON `null`, which clears it on the server (chainable);
    /// `set_signing_key_pair_id` takes it back.
    #[inline]
    pub fn clear_signing_key_pair_id(mut self) -> Self {
        self.signing_key_pair_id = None;
        self.unknown_fields
            .insert("signingKeyPairId".to_owned(), serde_json::Value::Null);
        self
    }
}
