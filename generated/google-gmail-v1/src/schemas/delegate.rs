use crate::runtime::{impl_open_enum, wire};

/// Settings for a delegate. Delegates can read, send, and delete messages, as well as view and
/// add contacts, for the delegator's account. See "Set up mail delegation" for more information
/// about delegates.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Delegate {
    /// The email address of the delegate.
    pub delegate_email: Option<String>,
    /// Indicates whether this address has been verified and can act as a delegate for the account.
    /// Read-only.
    pub verification_status: Option<crate::schemas::DelegateVerificationStatus>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Delegate {
    /// Sets `delegateEmail` (chainable).
    pub fn set_delegate_email(mut self, value: impl Into<String>) -> Self {
        self.delegate_email = Some(value.into());
        self.unknown_fields.remove("delegateEmail");
        self
    }

    /// Sends `delegateEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_delegate_email` takes it back.
    #[inline]
    pub fn clear_delegate_email(mut self) -> Self {
        self.delegate_email = None;
        self.unknown_fields.insert("delegateEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `verificationStatus` (chainable).
    pub fn set_verification_status(
        mut self,
        value: impl Into<crate::schemas::DelegateVerificationStatus>,
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

impl serde::Serialize for Delegate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.delegate_email {
            map.serialize_entry("delegateEmail", value)?;
        }
        if let Some(value) = &self.verification_status {
            map.serialize_entry("verificationStatus", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Delegate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Delegate {
    const NAME: &'static str = "Delegate";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "delegateEmail" => self.delegate_email = map.next_value()?,
            "verificationStatus" => self.verification_status = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Indicates whether this address has been verified and can act as a delegate for the account.
/// Read-only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DelegateVerificationStatus {
    /// Unspecified verification status.
    ///
    /// `verificationStatusUnspecified` on the wire.
    #[default]
    VerificationStatusUnspecified,
    /// The address can act a delegate for the account.
    ///
    /// `accepted` on the wire.
    Accepted,
    /// A verification request was mailed to the address, and the owner has not yet accepted it.
    ///
    /// `pending` on the wire.
    Pending,
    /// A verification request was mailed to the address, and the owner rejected it.
    ///
    /// `rejected` on the wire.
    Rejected,
    /// A verification request was mailed to the address, and it expired without verification.
    ///
    /// `expired` on the wire.
    Expired,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DelegateVerificationStatus {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::VerificationStatusUnspecified => "verificationStatusUnspecified",
            Self::Accepted => "accepted",
            Self::Pending => "pending",
            Self::Rejected => "rejected",
            Self::Expired => "expired",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "verificationStatusUnspecified" => Self::VerificationStatusUnspecified,
            "accepted" => Self::Accepted,
            "pending" => Self::Pending,
            "rejected" => Self::Rejected,
            "expired" => Self::Expired,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DelegateVerificationStatus);
