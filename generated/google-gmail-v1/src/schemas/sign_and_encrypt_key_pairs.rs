use crate::runtime::wire;

/// The configuration of a CSE identity that uses different key pairs for signing and
/// encryption.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SignAndEncryptKeyPairs {
    /// The ID of the CseKeyPair that encrypts signed outgoing mail.
    pub encryption_key_pair_id: Option<String>,
    /// The ID of the CseKeyPair that signs outgoing mail.
    pub signing_key_pair_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for SignAndEncryptKeyPairs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.encryption_key_pair_id {
            map.serialize_entry("encryptionKeyPairId", value)?;
        }
        if let Some(value) = &self.signing_key_pair_id {
            map.serialize_entry("signingKeyPairId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SignAndEncryptKeyPairs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SignAndEncryptKeyPairs {
    const NAME: &'static str = "SignAndEncryptKeyPairs";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "encryptionKeyPairId" => self.encryption_key_pair_id = map.next_value()?,
            "signingKeyPairId" => self.signing_key_pair_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
