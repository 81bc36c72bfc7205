use crate::runtime::{impl_open_enum, wire};

/// Settings for a forwarding address.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ForwardingAddress {
    /// An email address to which messages can be forwarded.
    pub forwarding_email: Option<String>,
    /// Indicates whether this address has been verified and is usable for forwarding. Read-only.
    pub verification_status: Option<crate::schemas::ForwardingAddressVerificationStatus>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ForwardingAddress {
    /// Sets `forwardingEmail` (chainable).
    pub fn set_forwarding_email(mut self, value: impl Into<String>) -> Self {
        self.forwarding_email = Some(value.into());
        self.unknown_fields.remove("forwardingEmail");
        self
    }

    /// Sends `forwardingEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_forwarding_email` takes it back.
    #[inline]
    pub fn clear_forwarding_email(mut self) -> Self {
        self.forwarding_email = None;
        self.unknown_fields
            .insert("forwardingEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `verificationStatus` (chainable).
    pub fn set_verification_status(
        mut self,
        value: impl Into<crate::schemas::ForwardingAddressVerificationStatus>,
    ) -> Self {
        self.verification_status = Some(value.into());
        self.unknown_fields.remove("verificationStatus");
        self
    }

    /// Sends `verificationStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_verification_status` takes it back.
    #[inline]
    pub fn clear_verification_status(mut self) -> Self {
        self.verification_status = None;
        self.unknown_fields
            .insert("verificationStatus".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ForwardingAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.forwarding_email {
            map.serialize_entry("forwardingEmail", value)?;
        }
        if let Some(value) = &self.verification_status {
            map.serialize_entry("verificationStatus", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ForwardingAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ForwardingAddress {
    const NAME: &'static str = "ForwardingAddress";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "forwardingEmail" => self.forwarding_email = map.next_value()?,
            "verificationStatus" => self.verification_status = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Indicates whether this address has been verified and is usable for forwarding. Read-only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ForwardingAddressVerificationStatus {
    /// Unspecified verification status.
    ///
    /// `verificationStatusUnspecified` on the wire.
    #[default]
    VerificationStatusUnspecified,
    /// The address is ready to use for forwarding.
    ///
    /// `accepted` on the wire.
    Accepted,
    /// The address is awaiting verification by the owner.
    ///
    /// `pending` on the wire.
    Pending,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ForwardingAddressVerificationStatus {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::VerificationStatusUnspecified => "verificationStatusUnspecified",
            Self::Accepted => "accepted",
            Self::Pending => "pending",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "verificationStatusUnspecified" => Self::VerificationStatusUnspecified,
            "accepted" => Self::Accepted,
            "pending" => Self::Pending,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ForwardingAddressVerificationStatus);
