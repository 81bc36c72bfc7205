use crate::runtime::wire;

/// The application signing key certificate.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ApplicationSigningKeyCert {
    /// Required. The SHA-256 hash value of the signing key certificate of the app. This must be a
    /// valid SHA-256 hash value, i.e. 32 bytes.
    pub signing_key_cert_fingerprint_sha256: Option<Vec<u8>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ApplicationSigningKeyCert {
    /// Sets `signingKeyCertFingerprintSha256` (chainable).
    pub fn set_signing_key_cert_fingerprint_sha256(
        mut self,
        value: impl Into<Vec<u8>>,
    ) -> Self {
        self.signing_key_cert_fingerprint_sha256 = Some(value.into());
        self.unknown_fields.remove("signingKeyCertFingerprintSha256");
        self
    }

    /// Sends `signingKeyCertFingerprintSha256` as JSON `null`, which clears it on the server
    /// (chainable); `set_signing_key_cert_fingerprint_sha256` takes it back.
    #[inline]
    pub fn clear_signing_key_cert_fingerprint_sha256(mut self) -> Self {
        self.signing_key_cert_fingerprint_sha256 = None;
        self.unknown_fields
            .insert(
                "signingKeyCertFingerprintSha256".to_owned(),
                serde_json::Value::Null,
            );
        self
    }
}

impl serde::Serialize for ApplicationSigningKeyCert {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.signing_key_cert_fingerprint_sha256.is_some() {
            map.serialize_entry(
                "signingKeyCertFingerprintSha256",
                &wire::Out::<
                    Option<Vec<u8>>,
                    Option<wire::Base64>,
                >::new(&self.signing_key_cert_fingerprint_sha256),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApplicationSigningKeyCert {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ApplicationSigningKeyCert {
    const NAME: &'static str = "ApplicationSigningKeyCert";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "signingKeyCertFingerprintSha256" => {
                self.signing_key_cert_fingerprint_sha256 = map
                    .next_value::<wire::In<Option<Vec<u8>>, Option<wire::Base64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
