use crate::runtime::wire;

/// JSON template for an email.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserEmail {
    /// Email id of the user.
    pub address: Option<String>,
    /// Custom Type.
    pub custom_type: Option<String>,
    /// If this is user's primary email. Only one entry could be marked as primary.
    pub primary: Option<bool>,
    /// Public Key Encryption Certificates. Current limit: 1 per email address, and 5 per user.
    pub public_key_encryption_certificates: Option<
        crate::schemas::UserEmailPublicKeyEncryptionCertificates,
    >,
    /// Each entry can have a type which indicates standard types of that entry. For example email
    /// could be of home, work etc. In addition to the standard type, an entry can have a custom
    /// type and can take any value Such types should have the CUSTOM value as type and also have a
    /// customType value.
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for UserEmail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.address {
            map.serialize_entry("address", value)?;
        }
        if let Some(value) = &self.custom_type {
            map.serialize_entry("customType", value)?;
        }
        if let Some(value) = &self.primary {
            map.serialize_entry("primary", value)?;
        }
        if let Some(value) = &self.public_key_encryption_certificates {
            map.serialize_entry("public_key_encryption_certificates", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserEmail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserEmail {
    const NAME: &'static str = "UserEmail";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "address" => self.address = map.next_value()?,
            "customType" => self.custom_type = map.next_value()?,
            "primary" => self.primary = map.next_value()?,
            "public_key_encryption_certificates" => {
                self.public_key_encryption_certificates = map.next_value()?;
            }
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Public Key Encryption Certificates. Current limit: 1 per email address, and 5 per user.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserEmailPublicKeyEncryptionCertificates {
    /// X.509 encryption certificate in `PEM` format. Must only be an end-entity (leaf) certificate.
    pub certificate: Option<String>,
    /// Whether this is the default certificate for the given email address.
    pub is_default: Option<bool>,
    /// Denotes the certificate's state in its lifecycle. Possible values are `not_yet_validated`,
    /// `valid`, `invalid`, `expired`, and `revoked`.
    pub state: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for UserEmailPublicKeyEncryptionCertificates {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.certificate {
            map.serialize_entry("certificate", value)?;
        }
        if let Some(value) = &self.is_default {
            map.serialize_entry("is_default", value)?;
        }
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserEmailPublicKeyEncryptionCertificates {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserEmailPublicKeyEncryptionCertificates {
    const NAME: &'static str = "UserEmailPublicKeyEncryptionCertificates";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "certificate" => self.certificate = map.next_value()?,
            "is_default" => self.is_default = map.next_value()?,
            "state" => self.state = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
