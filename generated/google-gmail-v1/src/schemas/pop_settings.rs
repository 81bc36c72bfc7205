use crate::runtime::{impl_open_enum, wire};

/// POP settings for an account.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PopSettings {
    /// The range of messages which are accessible via POP.
    pub access_window: Option<crate::schemas::PopSettingsAccessWindow>,
    /// The action that will be executed on a message after it has been fetched via POP.
    pub disposition: Option<crate::schemas::PopSettingsDisposition>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PopSettings {
    /// Sets `accessWindow` (chainable).
    pub fn set_access_window(
        mut self,
        value: impl Into<crate::schemas::PopSettingsAccessWindow>,
    ) -> Self {
        self.access_window = Some(value.into());
        self.unknown_fields.remove("accessWindow");
        self
    }

    /// Sends `accessWindow` as JSON `null`, which clears it on the server (chainable);
    /// `set_access_window` takes it back.
    #[inline]
    pub fn clear_access_window(mut self) -> Self {
        self.access_window = None;
        self.unknown_fields.insert("accessWindow".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `disposition` (chainable).
    pub fn set_disposition(
        mut self,
        value: impl Into<crate::schemas::PopSettingsDisposition>,
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
}

impl serde::Serialize for PopSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.access_window {
            map.serialize_entry("accessWindow", value)?;
        }
        if let Some(value) = &self.disposition {
            map.serialize_entry("disposition", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PopSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PopSettings {
    const NAME: &'static str = "PopSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "accessWindow" => self.access_window = map.next_value()?,
            "disposition" => self.disposition = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The range of messages which are accessible via POP.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PopSettingsAccessWindow {
    /// Unspecified range.
    ///
    /// `accessWindowUnspecified` on the wire.
    #[default]
    AccessWindowUnspecified,
    /// Indicates that no messages are accessible via POP.
    ///
    /// `disabled` on the wire.
    Disabled,
    /// Indicates that unfetched messages received after some past point in time are accessible via
    /// POP.
    ///
    /// `fromNowOn` on the wire.
    FromNowOn,
    /// Indicates that all unfetched messages are accessible via POP.
    ///
    /// `allMail` on the wire.
    AllMail,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PopSettingsAccessWindow {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AccessWindowUnspecified => "accessWindowUnspecified",
            Self::Disabled => "disabled",
            Self::FromNowOn => "fromNowOn",
            Self::AllMail => "allMail",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "accessWindowUnspecified" => Self::AccessWindowUnspecified,
            "disabled" => Self::Disabled,
            "fromNowOn" => Self::FromNowOn,
            "allMail" => Self::AllMail,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PopSettingsAccessWindow);

/// The action that will be executed on a message after it has been fetched via POP.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PopSettingsDisposition {
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

impl wire::OpenEnum for PopSettingsDisposition {
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
impl_open_enum!(PopSettingsDisposition);
