use crate::runtime::{impl_open_enum, wire};

/// POP settings for an account.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PopSettings {
    /// The range of messages which are accessible via POP.
    #[serde(rename = "accessWindow", default, skip_serializing_if = "Option::is_none")]
    pub access_window: Option<crate::schemas::PopSettingsAccessWindow>,
    /// The action that will be executed on a message after it has been fetched via POP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disposition: Option<crate::schemas::PopSettingsDisposition>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
