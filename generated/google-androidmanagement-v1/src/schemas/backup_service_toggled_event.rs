use crate::runtime::{impl_open_enum, wire};

/// An admin has enabled or disabled backup service.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BackupServiceToggledEvent {
    /// Package name of the admin app requesting the change.
    pub admin_package_name: Option<String>,
    /// User ID of the admin app from the which the change was requested.
    pub admin_user_id: Option<i32>,
    /// Whether the backup service is enabled
    pub backup_service_state: Option<
        crate::schemas::BackupServiceToggledEventBackupServiceState,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BackupServiceToggledEvent {
    /// Sets `adminPackageName` (chainable).
    pub fn set_admin_package_name(mut self, value: impl Into<String>) -> Self {
        self.admin_package_name = Some(value.into());
        self.unknown_fields.remove("adminPackageName");
        self
    }

    /// Sends `adminPackageName` as JSON `null`, which clears it on the server (chainable);
    /// `set_admin_package_name` takes it back.
    #[inline]
    pub fn clear_admin_package_name(mut self) -> Self {
        self.admin_package_name = None;
        self.unknown_fields
            .insert("adminPackageName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `adminUserId` (chainable).
    pub fn set_admin_user_id(mut self, value: impl Into<i32>) -> Self {
        self.admin_user_id = Some(value.into());
        self.unknown_fields.remove("adminUserId");
        self
    }

    /// Sends `adminUserId` as JSON `null`, which clears it on the server (chainable);
    /// `set_admin_user_id` takes it back.
    #[inline]
    pub fn clear_admin_user_id(mut self) -> Self {
        self.admin_user_id = None;
        self.unknown_fields.insert("adminUserId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `backupServiceState` (chainable).
    pub fn set_backup_service_state(
        mut self,
        value: impl Into<crate::schemas::BackupServiceToggledEventBackupServiceState>,
    ) -> Self {
        self.backup_service_state = Some(value.into());
        self.unknown_fields.remove("backupServiceState");
        self
    }

    /// Sends `backupServiceState` as JSON `null`, which clears it on the server (chainable);
    /// `set_backup_service_state` takes it back.
    #[inline]
    pub fn clear_backup_service_state(mut self) -> Self {
        self.backup_service_state = None;
        self.unknown_fields
            .insert("backupServiceState".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BackupServiceToggledEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.admin_package_name {
            map.serialize_entry("adminPackageName", value)?;
        }
        if let Some(value) = &self.admin_user_id {
            map.serialize_entry("adminUserId", value)?;
        }
        if let Some(value) = &self.backup_service_state {
            map.serialize_entry("backupServiceState", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BackupServiceToggledEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BackupServiceToggledEvent {
    const NAME: &'static str = "BackupServiceToggledEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "adminPackageName" => self.admin_package_name = map.next_value()?,
            "adminUserId" => self.admin_user_id = map.next_value()?,
            "backupServiceState" => self.backup_service_state = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Whether the backup service is enabled
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum BackupServiceToggledEventBackupServiceState {
    /// No value is set
    ///
    /// `BACKUP_SERVICE_STATE_UNSPECIFIED` on the wire.
    #[default]
    BackupServiceStateUnspecified,
    /// Backup service is disabled
    ///
    /// `BACKUP_SERVICE_DISABLED` on the wire.
    BackupServiceDisabled,
    /// Backup service is enabled
    ///
    /// `BACKUP_SERVICE_ENABLED` on the wire.
    BackupServiceEnabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for BackupServiceToggledEventBackupServiceState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::BackupServiceStateUnspecified => "BACKUP_SERVICE_STATE_UNSPECIFIED",
            Self::BackupServiceDisabled => "BACKUP_SERVICE_DISABLED",
            Self::BackupServiceEnabled => "BACKUP_SERVICE_ENABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "BACKUP_SERVICE_STATE_UNSPECIFIED" => Self::BackupServiceStateUnspecified,
            "BACKUP_SERVICE_DISABLED" => Self::BackupServiceDisabled,
            "BACKUP_SERVICE_ENABLED" => Self::BackupServiceEnabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(BackupServiceToggledEventBackupServiceState);
