use crate::runtime::wire;

/// JSON template for an email.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserEmail {
    /// Email id of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Custom Type.
    #[serde(rename = "customType", default, skip_serializing_if = "Option::is_none")]
    pub custom_type: Option<String>,
    /// If this is user's primary email. Only one entry could be marked as primary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
    /// Public Key Encryption Certificates. Current limit: 1 per email address, and 5 per user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key_encryption_certificates: Option<
        crate::schemas::UserEmailPublicKeyEncryptionCertificates,
    >,
    /// Each entry can have a type which indicates standard types of that entry. For example email
    /// could be of home, work etc. In addition to the standard type, an entry can have a custom
    /// type and can take any value Such types should have the CUSTOM value as type and also have a
    /// customType value.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl UserEmail {
    /// Sets `address` (chainable).
    pub fn set_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self.unknown_fields.remove("address");
        self
    }

    /// Sends `address` as JSON `null`, which clears it on the server (chainable); `set_address`
    /// takes it back.
    #[inline]
    pub fn clear_address(mut self) -> Self {
        self.address = None;
        self.unknown_fields.insert("address".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customType` (chainable).
    pub fn set_custom_type(mut self, value: impl Into<String>) -> Self {
        self.custom_type = Some(value.into());
        self.unknown_fields.remove("customType");
        self
    }

    /// Sends `customType` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_type` takes it back.
    #[inline]
    pub fn clear_custom_type(mut self) -> Self {
        self.custom_type = None;
        self.unknown_fields.insert("customType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `primary` (chainable).
    pub fn set_primary(mut self, value: impl Into<bool>) -> Self {
        self.primary = Some(value.into());
        self.unknown_fields.remove("primary");
        self
    }

    /// Sends `primary` as JSON `null`, which clears it on the server (chainable); `set_primary`
    /// takes it back.
    #[inline]
    pub fn clear_primary(mut self) -> Self {
        self.primary = None;
        self.unknown_fields.insert("primary".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `public_key_encryption_certificates` (chainable).
    pub fn set_public_key_encryption_certificates(
        mut self,
        value: impl Into<crate::schemas::UserEmailPublicKeyEncryptionCertificates>,
    ) -> Self {
        self.public_key_encryption_certificates = Some(value.into());
        self.unknown_fields.remove("public_key_encryption_certificates");
        self
    }

    /// Sends `public_key_encryption_certificates` as JSON `null`, which clears it on the server
    /// (chainable); `set_public_key_encryption_certificates` takes it back.
    #[inline]
    pub fn clear_public_key_encryption_certificates(mut self) -> Self {
        self.public_key_encryption_certificates = None;
        self.unknown_fields
            .insert(
                "public_key_encryption_certificates".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self.unknown_fields.remove("type");
        self
    }

    /// Sends `type` as JSON `null`, which clears it on the server (chainable); `set_type` takes it
    /// back.
    #[inline]
    pub fn clear_type(mut self) -> Self {
        self.type_ = None;
        self.unknown_fields.insert("type".to_owned(), serde_json::Value::Null);
        self
    }
}

/// Public Key Encryption Certificates. Current limit: 1 per email address, and 5 per user.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserEmailPublicKeyEncryptionCertificates {
    /// X.509 encryption certificate in `PEM` format. Must only be an end-entity (leaf) certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<String>,
    /// Whether this is the default certificate for the given email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// Denotes the certificate's state in its lifecycle. Possible values are `not_yet_validated`,
    /// `valid`, `invalid`, `expired`, and `revoked`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl UserEmailPublicKeyEncryptionCertificates {
    /// Sets `certificate` (chainable).
    pub fn set_certificate(mut self, value: impl Into<String>) -> Self {
        self.certificate = Some(value.into());
        self.unknown_fields.remove("certificate");
        self
    }

    /// Sends `certificate` as JSON `null`, which clears it on the server (chainable);
    /// `set_certificate` takes it back.
    #[inline]
    pub fn clear_certificate(mut self) -> Self {
        self.certificate = None;
        self.unknown_fields.insert("certificate".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `is_default` (chainable).
    pub fn set_is_default(mut self, value: impl Into<bool>) -> Self {
        self.is_default = Some(value.into());
        self.unknown_fields.remove("is_default");
        self
    }

    /// Sends `is_default` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_default` takes it back.
    #[inline]
    pub fn clear_is_default(mut self) -> Self {
        self.is_default = None;
        self.unknown_fields.insert("is_default".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `state` (chainable).
    pub fn set_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self.unknown_fields.remove("state");
        self
    }

    /// Sends `state` as JSON `null`, which clears it on the server (chainable); `set_state` takes
    /// it back.
    #[inline]
    pub fn clear_state(mut self) -> Self {
        self.state = None;
        self.unknown_fields.insert("state".to_owned(), serde_json::Value::Null);
        self
    }
}
