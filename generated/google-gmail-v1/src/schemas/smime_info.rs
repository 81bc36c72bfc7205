use crate::runtime::wire;

/// An S/MIME email config.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SmimeInfo {
    /// Encrypted key password, when key is encrypted.
    pub encrypted_key_password: Option<String>,
    /// When the certificate expires (in milliseconds since epoch).
    pub expiration: Option<i64>,
    /// The immutable ID for the SmimeInfo.
    pub id: Option<String>,
    /// Whether this SmimeInfo is the default one for this user's send-as address.
    pub is_default: Option<bool>,
    /// The S/MIME certificate issuer's common name.
    pub issuer_cn: Option<String>,
    /// PEM formatted X509 concatenated certificate string (standard base64 encoding). Format used
    /// for returning key, which includes public key as well as certificate chain (not private key).
    pub pem: Option<String>,
    /// PKCS#12 format containing a single private/public key pair and certificate chain. This
    /// format is only accepted from client for creating a new SmimeInfo and is never returned,
    /// because the private key is not intended to be exported. PKCS#12 may be encrypted, in which
    /// case encryptedKeyPassword should be set appropriately.
    pub pkcs12: Option<Vec<u8>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SmimeInfo {
    /// Sets `encryptedKeyPassword` (chainable).
    pub fn set_encrypted_key_password(mut self, value: impl Into<String>) -> Self {
        self.encrypted_key_password = Some(value.into());
        self.unknown_fields.remove("encryptedKeyPassword");
        self
    }

    /// Sends `encryptedKeyPassword` as JSON `null`, which clears it on the server (chainable);
    /// `set_encrypted_key_password` takes it back.
    #[inline]
    pub fn clear_encrypted_key_password(mut self) -> Self {
        self.encrypted_key_password = None;
        self.unknown_fields
            .insert("encryptedKeyPassword".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `expiration` (chainable).
    pub fn set_expiration(mut self, value: impl Into<i64>) -> Self {
        self.expiration = Some(value.into());
        self.unknown_fields.remove("expiration");
        self
    }

    /// Sends `expiration` as JSON `null`, which clears it on the server (chainable);
    /// `set_expiration` takes it back.
    #[inline]
    pub fn clear_expiration(mut self) -> Self {
        self.expiration = None;
        self.unknown_fields.insert("expiration".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isDefault` (chainable).
    pub fn set_is_default(mut self, value: impl Into<bool>) -> Self {
        self.is_default = Some(value.into());
        self.unknown_fields.remove("isDefault");
        self
    }

    /// Sends `isDefault` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_default` takes it back.
    #[inline]
    pub fn clear_is_default(mut self) -> Self {
        self.is_default = None;
        self.unknown_fields.insert("isDefault".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `issuerCn` (chainable).
    pub fn set_issuer_cn(mut self, value: impl Into<String>) -> Self {
        self.issuer_cn = Some(value.into());
        self.unknown_fields.remove("issuerCn");
        self
    }

    /// Sends `issuerCn` as JSON `null`, which clears it on the server (chainable); `set_issuer_cn`
    /// takes it back.
    #[inline]
    pub fn clear_issuer_cn(mut self) -> Self {
        self.issuer_cn = None;
        self.unknown_fields.insert("issuerCn".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `pem` (chainable).
    pub fn set_pem(mut self, value: impl Into<String>) -> Self {
        self.pem = Some(value.into());
        self.unknown_fields.remove("pem");
        self
    }

    /// Sends `pem` as JSON `null`, which clears it on the server (chainable); `set_pem` takes it
    /// back.
    #[inline]
    pub fn clear_pem(mut self) -> Self {
        self.pem = None;
        self.unknown_fields.insert("pem".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `pkcs12` (chainable).
    pub fn set_pkcs12(mut self, value: impl Into<Vec<u8>>) -> Self {
        self.pkcs12 = Some(value.into());
        self.unknown_fields.remove("pkcs12");
        self
    }

    /// Sends `pkcs12` as JSON `null`, which clears it on the server (chainable); `set_pkcs12` takes
    /// it back.
    #[inline]
    pub fn clear_pkcs12(mut self) -> Self {
        self.pkcs12 = None;
        self.unknown_fields.insert("pkcs12".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for SmimeInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.encrypted_key_password {
            map.serialize_entry("encryptedKeyPassword", value)?;
        }
        if self.expiration.is_some() {
            map.serialize_entry(
                "expiration",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.expiration),
            )?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.is_default {
            map.serialize_entry("isDefault", value)?;
        }
        if let Some(value) = &self.issuer_cn {
            map.serialize_entry("issuerCn", value)?;
        }
        if let Some(value) = &self.pem {
            map.serialize_entry("pem", value)?;
        }
        if self.pkcs12.is_some() {
            map.serialize_entry(
                "pkcs12",
                &wire::Out::<Option<Vec<u8>>, Option<wire::Base64>>::new(&self.pkcs12),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SmimeInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SmimeInfo {
    const NAME: &'static str = "SmimeInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "encryptedKeyPassword" => self.encrypted_key_password = map.next_value()?,
            "expiration" => {
                self.expiration = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "id" => self.id = map.next_value()?,
            "isDefault" => self.is_default = map.next_value()?,
            "issuerCn" => self.issuer_cn = map.next_value()?,
            "pem" => self.pem = map.next_value()?,
            "pkcs12" => {
                self.pkcs12 = map
                    .next_value::<wire::In<Option<Vec<u8>>, Option<wire::Base64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
