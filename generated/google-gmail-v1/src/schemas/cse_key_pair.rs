use crate::runtime::{impl_open_enum, wire, Timestamp};

/// A client-side encryption S/MIME key pair, which is comprised of a public key, its
/// certificate chain, and metadata for its paired private key. Gmail uses the key pair to
/// complete the following tasks: - Sign outgoing client-side encrypted messages. - Save and
/// reopen drafts of client-side encrypted messages. - Save and reopen sent messages. - Decrypt
/// incoming or archived S/MIME messages. For administrators managing identities and keypairs
/// for users in their organization, requests require authorization with a [service
/// account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount) that has
/// [domain-wide delegation
/// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
/// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
/// For users managing their own identities and keypairs, requests require [hardware key
/// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CseKeyPair {
    /// Output only. If a key pair is set to `DISABLED`, the time that the key pair's state changed
    /// from `ENABLED` to `DISABLED`. This field is present only when the key pair is in state
    /// `DISABLED`.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub disable_time: Option<Timestamp>,
    /// Output only. The current state of the key pair.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub enablement_state: Option<crate::schemas::CseKeyPairEnablementState>,
    /// Output only. The immutable ID for the client-side encryption S/MIME key pair.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub key_pair_id: Option<String>,
    /// Output only. The public key and its certificate chain, in
    /// [PEM](https://en.wikipedia.org/wiki/Privacy-Enhanced_Mail) format.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub pem: Option<String>,
    /// Input only. The public key and its certificate chain. The chain must be in
    /// [PKCS#7](https://en.wikipedia.org/wiki/PKCS_7) format and use PEM encoding and ASCII armor.
    pub pkcs7: Option<String>,
    /// Metadata for instances of this key pair's private key.
    pub private_key_metadata: Option<Vec<crate::schemas::CsePrivateKeyMetadata>>,
    /// Output only. The email address identities that are specified on the leaf certificate.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub subject_email_addresses: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CseKeyPair {
    /// Sets `disableTime` (chainable).
    pub fn set_disable_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.disable_time = Some(value.into());
        self.unknown_fields.remove("disableTime");
        self
    }

    /// Sends `disableTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_disable_time` takes it back.
    #[inline]
    pub fn clear_disable_time(mut self) -> Self {
        self.disable_time = None;
        self.unknown_fields.insert("disableTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enablementState` (chainable).
    pub fn set_enablement_state(
        mut self,
        value: impl Into<crate::schemas::CseKeyPairEnablementState>,
    ) -> Self {
        self.enablement_state = Some(value.into());
        self.unknown_fields.remove("enablementState");
        self
    }

    /// Sends `enablementState` as JSON `null`, which clears it on the server (chainable);
    /// `set_enablement_state` takes it back.
    #[inline]
    pub fn clear_enablement_state(mut self) -> Self {
        self.enablement_state = None;
        self.unknown_fields
            .insert("enablementState".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keyPairId` (chainable).
    pub fn set_key_pair_id(mut self, value: impl Into<String>) -> Self {
        self.key_pair_id = Some(value.into());
        self.unknown_fields.remove("keyPairId");
        self
    }

    /// Sends `keyPairId` as JSON `null`, which clears it on the server (chainable);
    /// `set_key_pair_id` takes it back.
    #[inline]
    pub fn clear_key_pair_id(mut self) -> Self {
        self.key_pair_id = None;
        self.unknown_fields.insert("keyPairId".to_owned(), serde_json::Value::Null);
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

    /// Sets `pkcs7` (chainable).
    pub fn set_pkcs7(mut self, value: impl Into<String>) -> Self {
        self.pkcs7 = Some(value.into());
        self.unknown_fields.remove("pkcs7");
        self
    }

    /// Sends `pkcs7` as JSON `null`, which clears it on the server (chainable); `set_pkcs7` takes
    /// it back.
    #[inline]
    pub fn clear_pkcs7(mut self) -> Self {
        self.pkcs7 = None;
        self.unknown_fields.insert("pkcs7".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `privateKeyMetadata` (chainable).
    pub fn set_private_key_metadata(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::CsePrivateKeyMetadata>>,
    ) -> Self {
        self.private_key_metadata = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("privateKeyMetadata");
        self
    }

    /// Sends `privateKeyMetadata` as JSON `null`, which clears it on the server (chainable);
    /// `set_private_key_metadata` takes it back.
    #[inline]
    pub fn clear_private_key_metadata(mut self) -> Self {
        self.private_key_metadata = None;
        self.unknown_fields
            .insert("privateKeyMetadata".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `subjectEmailAddresses` (chainable).
    pub fn set_subject_email_addresses(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.subject_email_addresses = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("subjectEmailAddresses");
        self
    }

    /// Sends `subjectEmailAddresses` as JSON `null`, which clears it on the server (chainable);
    /// `set_subject_email_addresses` takes it back.
    #[inline]
    pub fn clear_subject_email_addresses(mut self) -> Self {
        self.subject_email_addresses = None;
        self.unknown_fields
            .insert("subjectEmailAddresses".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for CseKeyPair {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.disable_time {
            map.serialize_entry("disableTime", value)?;
        }
        if let Some(value) = &self.enablement_state {
            map.serialize_entry("enablementState", value)?;
        }
        if let Some(value) = &self.key_pair_id {
            map.serialize_entry("keyPairId", value)?;
        }
        if let Some(value) = &self.pem {
            map.serialize_entry("pem", value)?;
        }
        if let Some(value) = &self.pkcs7 {
            map.serialize_entry("pkcs7", value)?;
        }
        if let Some(value) = &self.private_key_metadata {
            map.serialize_entry("privateKeyMetadata", value)?;
        }
        if let Some(value) = &self.subject_email_addresses {
            map.serialize_entry("subjectEmailAddresses", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CseKeyPair {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CseKeyPair {
    const NAME: &'static str = "CseKeyPair";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "disableTime" => self.disable_time = map.next_value()?,
            "enablementState" => self.enablement_state = map.next_value()?,
            "keyPairId" => self.key_pair_id = map.next_value()?,
            "pem" => self.pem = map.next_value()?,
            "pkcs7" => self.pkcs7 = map.next_value()?,
            "privateKeyMetadata" => self.private_key_metadata = map.next_value()?,
            "subjectEmailAddresses" => self.subject_email_addresses = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. The current state of the key pair.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CseKeyPairEnablementState {
    /// The current state of the key pair is not set. The key pair is neither turned on nor turned
    /// off.
    ///
    /// `stateUnspecified` on the wire.
    #[default]
    StateUnspecified,
    /// The key pair is turned on. For any email messages that this key pair encrypts, Gmail
    /// decrypts the messages and signs any outgoing mail with the private key. To turn on a key
    /// pair, use the EnableCseKeyPair method.
    ///
    /// `enabled` on the wire.
    Enabled,
    /// The key pair is turned off. Authenticated users cannot decrypt email messages nor sign
    /// outgoing messages. If a key pair is turned off for more than 30 days, you can permanently
    /// delete it. To turn off a key pair, use the DisableCseKeyPair method.
    ///
    /// `disabled` on the wire.
    Disabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for CseKeyPairEnablementState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::StateUnspecified => "stateUnspecified",
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "stateUnspecified" => Self::StateUnspecified,
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(CseKeyPairEnablementState);
