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
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CseIdentity {
    /// The email address for the sending identity. The email address must be the primary email
    /// address of the authenticated user.
    pub email_address: Option<String>,
    /// If a key pair is associated, the ID of the key pair, CseKeyPair.
    pub primary_key_pair_id: Option<String>,
    /// The configuration of a CSE identity that uses different key pairs for signing and
    /// encryption.
    pub sign_and_encrypt_key_pairs: Option<crate::schemas::SignAndEncryptKeyPairs>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for CseIdentity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.email_address {
            map.serialize_entry("emailAddress", value)?;
        }
        if let Some(value) = &self.primary_key_pair_id {
            map.serialize_entry("primaryKeyPairId", value)?;
        }
        if let Some(value) = &self.sign_and_encrypt_key_pairs {
            map.serialize_entry("signAndEncryptKeyPairs", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CseIdentity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CseIdentity {
    const NAME: &'static str = "CseIdentity";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "emailAddress" => self.email_address = map.next_value()?,
            "primaryKeyPairId" => self.primary_key_pair_id = map.next_value()?,
            "signAndEncryptKeyPairs" => {
                self.sign_and_encrypt_key_pairs = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
