use crate::runtime::{impl_open_enum, wire};

/// Auto-forwarding settings for an account.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AutoForwarding {
    /// The state that a message should be left in after it has been forwarded.
    pub disposition: Option<crate::schemas::AutoForwardingDisposition>,
    /// Email address to which all incoming messages are forwarded. This email address must be a
    /// verified member of the forwarding addresses.
    pub email_address: Option<String>,
    /// Whether all incoming mail is automatically forwarded to another address.
    pub enabled: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AutoForwarding {
    /// Sets `disposition` (chainable).
    pub fn set_disposition(
        mut self,
        value: impl Into<crate::schemas::AutoForwardingDisposition>,
    ) -> Self {
        self.disposition = Some(value.into());
        self.unknown_fields.remove("disposition");
        self
    }

    /// Sends `disposition` as JSON `null`, which clears it on the server (chainable);
    /// `set_disposition` takes it back.
    #[inline]
    pub fn clear_disposition(mut self) -> Self {
        self.disposition = None;
        self.unknown_fields.insert("disposition".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `enabled` (chainable).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self.unknown_fields.remove("enabled");
        self
    }

    /// Sends `enabled` as JSON `null`, which clears it on the server (chainable); `set_enabled`
    /// takes it back.
    #[inline]
    pub fn clear_enabled(mut self) -> Self {
        self.enabled = None;
        self.unknown_fields.insert("enabled".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for AutoForwarding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.disposition {
            map.serialize_entry("disposition", value)?;
        }
        if let Some(value) = &self.email_address {
            map.serialize_entry("emailAddress", value)?;
        }
        if let Some(value) = &self.enabled {
            map.serialize_entry("enabled", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AutoForwarding {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AutoForwarding {
    const NAME: &'static str = "AutoForwarding";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "disposition" => self.disposition = map.next_value()?,
            "emailAddress" => self.email_address = map.next_value()?,
            "enabled" => self.enabled = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The state that a message should be left in after it has been forwarded.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum AutoForwardingDisposition {
    /// Unspecified disposition.
    ///
    /// `dispositionUnspecified` on the wire.
    #[default]
    DispositionUnspecified,
    /// Leave the message in the `INBOX`.
    ///
    /// `leaveInInbox` on the wire.
    LeaveInInbox,
    /// Archive the message.
    ///
    /// `archive` on the wire.
    Archive,
    /// Move the message to the `TRASH`.
    ///
    /// `trash` on the wire.
    Trash,
    /// Leave the message in the `INBOX` and mark it as read.
    ///
    /// `markRead` on the wire.
    MarkRead,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for AutoForwardingDisposition {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DispositionUnspecified => "dispositionUnspecified",
            Self::LeaveInInbox => "leaveInInbox",
            Self::Archive => "archive",
            Self::Trash => "trash",
            Self::MarkRead => "markRead",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "dispositionUnspecified" => Self::DispositionUnspecified,
            "leaveInInbox" => Self::LeaveInInbox,
            "archive" => Self::Archive,
            "trash" => Self::Trash,
            "markRead" => Self::MarkRead,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(AutoForwardingDisposition);
