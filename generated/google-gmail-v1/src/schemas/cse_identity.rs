use crate::runtime::wire;

/// The client-side encryption (CSE) configuration for the email address of an authenticated
/// user. Gmail uses CSE configurations to save drafts of client-side encrypted email messages,
/// and to sign and send encrypted email messages. For administrators managing identities and
/// keypairs for users in their organization, requests require authorization with a [service
/// account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount) that has
/// [domain-wide delegation
/// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
/// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
/// For users managing their own identities and keypairs, requests require [hardware key
/// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CseIdentity {
    /// The email address for the sending identity. The email address must be the primary email
    /// address of the authenticated user.
    #[serde(rename = "emailAddress", default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// If a key pair is associated, the ID of the key pair, CseKeyPair.
    #[serde(
        rename = "primaryKeyPairId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_key_pair_id: Option<String>,
    /// The configuration of a CSE identity that uses different key pairs for signing and
    /// encryption.
    #[serde(
        rename = "signAndEncryptKeyPairs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sign_and_encrypt_key_pairs: Option<crate::schemas::SignAndEncryptKeyPairs>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl CseIdentity {
    /// Sets `emailAddress` (chainable).
    pub fn set_email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self.unknown_fields.remove("emailAddress");
        self
    }

    /// Sends `emailAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_email_address` takes it back.
    #[inline]
    pub fn clear_email_address(mut self) -> Self {
        self.email_address = None;
        self.unknown_fields.insert("emailAddress".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `primaryKeyPairId` (chainable).
    pub fn set_primary_key_pair_id(mut self, value: impl Into<String>) -> Self {
        self.primary_key_pair_id = Some(value.into());
        self.unknown_fields.remove("primaryKeyPairId");
        self
    }

    /// Sends `primaryKeyPairId` as JSON `null`, which clears it on the server (chainable);
    /// `set_primary_key_pair_id` takes it back.
    #[inline]
    pub fn clear_primary_key_pair_id(mut self) -> Self {
        self.primary_key_pair_id = None;
        self.unknown_fields
            .insert("primaryKeyPairId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `signAndEncryptKeyPairs` (chainable).
    pub fn set_sign_and_encrypt_key_pairs(
        mut self,
        value: impl Into<crate::schemas::SignAndEncryptKeyPairs>,
    ) -> Self {
        self.sign_and_encrypt_key_pairs = Some(value.into());
        self.unknown_fields.remove("signAndEncryptKeyPairs");
        self
    }

    /// Sends `signAndEncryptKeyPairs` as JSON `null`, which clears it on the server (chainable);
    /// `set_sign_and_encrypt_key_pairs` takes it back.
    #[inline]
    pub fn clear_sign_and_encrypt_key_pairs(mut self) -> Self {
        self.sign_and_encrypt_key_pairs = None;
        self.unknown_fields
            .insert("signAndEncryptKeyPairs".to_owned(), serde_json::Value::Null);
        self
    }
}
