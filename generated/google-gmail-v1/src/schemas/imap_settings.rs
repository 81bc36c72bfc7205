use crate::runtime::{impl_open_enum, wire};

/// IMAP settings for an account.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ImapSettings {
    /// If this value is true, Gmail will immediately expunge a message when it is marked as deleted
    /// in IMAP. Otherwise, Gmail will wait for an update from the client before expunging messages
    /// marked as deleted.
    pub auto_expunge: Option<bool>,
    /// Whether IMAP is enabled for the account.
    pub enabled: Option<bool>,
    /// The action that will be executed on a message when it is marked as deleted and expunged from
    /// the last visible IMAP folder.
    pub expunge_behavior: Option<crate::schemas::ImapSettingsExpungeBehavior>,
    /// An optional limit on the number of messages that an IMAP folder may contain. Legal values
    /// are 0, 1000, 2000, 5000 or 10000. A value of zero is interpreted to mean that there is no
    /// limit.
    pub max_folder_size: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ImapSettings {
    /// Sets `autoExpunge` (chainable).
    pub fn set_auto_expunge(mut self, value: impl Into<bool>) -> Self {
        self.auto_expunge = Some(value.into());
        self.unknown_fields.remove("autoExpunge");
        self
    }

    /// Sends `autoExpunge` as JSON `null`, which clears it on the server (chainable);
    /// `set_auto_expunge` takes it back.
    #[inline]
    pub fn clear_auto_expunge(mut self) -> Self {
        self.auto_expunge = None;
        self.unknown_fields.insert("autoExpunge".to_owned(), serde_json::Value::Null);
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

    /// Sets `expungeBehavior` (chainable).
    pub fn set_expunge_behavior(
        mut self,
        value: impl Into<crate::schemas::ImapSettingsExpungeBehavior>,
    ) -> Self {
        self.expunge_behavior = Some(value.into());
        self.unknown_fields.remove("expungeBehavior");
        self
    }

    /// Sends `expungeBehavior` as JSON `null`, which clears it on the server (chainable);
    /// `set_expunge_behavior` takes it back.
    #[inline]
    pub fn clear_expunge_behavior(mut self) -> Self {
        self.expunge_behavior = None;
        self.unknown_fields
            .insert("expungeBehavior".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `maxFolderSize` (chainable).
    pub fn set_max_folder_size(mut self, value: impl Into<i32>) -> Self {
        self.max_folder_size = Some(value.into());
        self.unknown_fields.remove("maxFolderSize");
        self
    }

    /// Sends `maxFolderSize` as JSON `null`, which clears it on the server (chainable);
    /// `set_max_folder_size` takes it back.
    #[inline]
    pub fn clear_max_folder_size(mut self) -> Self {
        self.max_folder_size = None;
        self.unknown_fields.insert("maxFolderSize".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ImapSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.auto_expunge {
            map.serialize_entry("autoExpunge", value)?;
        }
        if let Some(value) = &self.enabled {
            map.serialize_entry("enabled", value)?;
        }
        if let Some(value) = &self.expunge_behavior {
            map.serialize_entry("expungeBehavior", value)?;
        }
        if let Some(value) = &self.max_folder_size {
            map.serialize_entry("maxFolderSize", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImapSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ImapSettings {
    const NAME: &'static str = "ImapSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "autoExpunge" => self.auto_expunge = map.next_value()?,
            "enabled" => self.enabled = map.next_value()?,
            "expungeBehavior" => self.expunge_behavior = map.next_value()?,
            "maxFolderSize" => self.max_folder_size = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The action that will be executed on a message when it is marked as deleted and expunged from
/// the last visible IMAP folder.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ImapSettingsExpungeBehavior {
    /// Unspecified behavior.
    ///
    /// `expungeBehaviorUnspecified` on the wire.
    #[default]
    ExpungeBehaviorUnspecified,
    /// Archive messages marked as deleted.
    ///
    /// `archive` on the wire.
    Archive,
    /// Move messages marked as deleted to the trash.
    ///
    /// `trash` on the wire.
    Trash,
    /// Immediately and permanently delete messages marked as deleted. The expunged messages cannot
    /// be recovered.
    ///
    /// `deleteForever` on the wire.
    DeleteForever,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ImapSettingsExpungeBehavior {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ExpungeBehaviorUnspecified => "expungeBehaviorUnspecified",
            Self::Archive => "archive",
            Self::Trash => "trash",
            Self::DeleteForever => "deleteForever",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "expungeBehaviorUnspecified" => Self::ExpungeBehaviorUnspecified,
            "archive" => Self::Archive,
            "trash" => Self::Trash,
            "deleteForever" => Self::DeleteForever,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ImapSettingsExpungeBehavior);
