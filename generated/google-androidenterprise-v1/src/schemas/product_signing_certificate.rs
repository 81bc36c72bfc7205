use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ProductSigningCertificate {
    /// The base64 urlsafe encoded SHA1 hash of the certificate. (This field is deprecated in favor
    /// of SHA2-256. It should not be used and may be removed at any time.)
    pub certificate_hash_sha1: Option<String>,
    /// The base64 urlsafe encoded SHA2-256 hash of the certificate.
    pub certificate_hash_sha256: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ProductSigningCertificate {
    /// Sets `certificateHashSha1` (chainable).
    pub fn set_certificate_hash_sha1(mut self, value: impl Into<String>) -> Self {
        self.certificate_hash_sha1 = Some(value.into());
        self.unknown_fields.remove("certificateHashSha1");
        self
    }

    /// Sends `certificateHashSha1` as JSON `null`, which clears it on the server (chainable);
    /// `set_certificate_hash_sha1` takes it back.
    #[inline]
    pub fn clear_certificate_hash_sha1(mut self) -> Self {
        self.certificate_hash_sha1 = None;
        self.unknown_fields
            .insert("certificateHashSha1".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `certificateHashSha256` (chainable).
    pub fn set_certificate_hash_sha256(mut self, value: impl Into<String>) -> Self {
        self.certificate_hash_sha256 = Some(value.into());
        self.unknown_fields.remove("certificateHashSha256");
        self
    }

    /// Sends `certificateHashSha256` as JSON `null`, which clears it on the server (chainable);
    /// `set_certificate_hash_sha256` takes it back.
    #[inline]
    pub fn clear_certificate_hash_sha256(mut self) -> Self {
        self.certificate_hash_sha256 = None;
        self.unknown_fields
            .insert("certificateHashSha256".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ProductSigningCertificate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.certificate_hash_sha1 {
            map.serialize_entry("certificateHashSha1", value)?;
        }
        if let Some(value) = &self.certificate_hash_sha256 {
            map.serialize_entry("certificateHashSha256", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductSigningCertificate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ProductSigningCertificate {
    const NAME: &'static str = "ProductSigningCertificate";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "certificateHashSha1" => self.certificate_hash_sha1 = map.next_value()?,
            "certificateHashSha256" => self.certificate_hash_sha256 = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
