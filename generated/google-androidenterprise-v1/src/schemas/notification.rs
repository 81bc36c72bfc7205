use crate::runtime::{impl_open_enum, wire};

/// A notification of one event relating to an enterprise.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Notification {
    /// Notifications about new app restrictions schema changes.
    pub app_restrictions_schema_change_event: Option<
        crate::schemas::AppRestrictionsSchemaChangeEvent,
    >,
    /// Notifications about app updates.
    pub app_update_event: Option<crate::schemas::AppUpdateEvent>,
    /// Notifications about device report updates.
    pub device_report_update_event: Option<crate::schemas::DeviceReportUpdateEvent>,
    /// The ID of the enterprise for which the notification is sent. This will always be present.
    pub enterprise_id: Option<String>,
    /// Notifications about enterprise upgrade.
    pub enterprise_upgrade_event: Option<crate::schemas::EnterpriseUpgradeEvent>,
    /// Notifications about an app installation failure.
    pub install_failure_event: Option<crate::schemas::InstallFailureEvent>,
    /// Notifications about new devices.
    pub new_device_event: Option<crate::schemas::NewDeviceEvent>,
    /// Notifications about new app permissions.
    pub new_permissions_event: Option<crate::schemas::NewPermissionsEvent>,
    /// Type of the notification.
    pub notification_type: Option<crate::schemas::NotificationNotificationType>,
    /// Notifications about changes to a product's approval status.
    pub product_approval_event: Option<crate::schemas::ProductApprovalEvent>,
    /// Notifications about product availability changes.
    pub product_availability_change_event: Option<
        crate::schemas::ProductAvailabilityChangeEvent,
    >,
    /// The time when the notification was published in milliseconds since 1970-01-01T00:00:00Z.
    /// This will always be present.
    pub timestamp_millis: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Notification {
    /// Sets `appRestrictionsSchemaChangeEvent` (chainable).
    pub fn set_app_restrictions_schema_change_event(
        mut self,
        value: impl Into<crate::schemas::AppRestrictionsSchemaChangeEvent>,
    ) -> Self {
        self.app_restrictions_schema_change_event = Some(value.into());
        self.unknown_fields.remove("appRestrictionsSchemaChangeEvent");
        self
    }

    /// Sends `appRestrictionsSchemaChangeEvent` as JSON `null`, which clears it on the server
    /// (chainable); `set_app_restrictions_schema_change_event` takes it back.
    #[inline]
    pub fn clear_app_restrictions_schema_change_event(mut self) -> Self {
        self.app_restrictions_schema_change_event = None;
        self.unknown_fields
            .insert(
                "appRestrictionsSchemaChangeEvent".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `appUpdateEvent` (chainable).
    pub fn set_app_update_event(
        mut self,
        value: impl Into<crate::schemas::AppUpdateEvent>,
    ) -> Self {
        self.app_update_event = Some(value.into());
        self.unknown_fields.remove("appUpdateEvent");
        self
    }

    /// Sends `appUpdateEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_app_update_event` takes it back.
    #[inline]
    pub fn clear_app_update_event(mut self) -> Self {
        self.app_update_event = None;
        self.unknown_fields.insert("appUpdateEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceReportUpdateEvent` (chainable).
    pub fn set_device_report_update_event(
        mut self,
        value: impl Into<crate::schemas::DeviceReportUpdateEvent>,
    ) -> Self {
        self.device_report_update_event = Some(value.into());
        self.unknown_fields.remove("deviceReportUpdateEvent");
        self
    }

    /// Sends `deviceReportUpdateEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_report_update_event` takes it back.
    #[inline]
    pub fn clear_device_report_update_event(mut self) -> Self {
        self.device_report_update_event = None;
        self.unknown_fields
            .insert("deviceReportUpdateEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enterpriseId` (chainable).
    pub fn set_enterprise_id(mut self, value: impl Into<String>) -> Self {
        self.enterprise_id = Some(value.into());
        self.unknown_fields.remove("enterpriseId");
        self
    }

    /// Sends `enterpriseId` as JSON `null`, which clears it on the server (chainable);
    /// `set_enterprise_id` takes it back.
    #[inline]
    pub fn clear_enterprise_id(mut self) -> Self {
        self.enterprise_id = None;
        self.unknown_fields.insert("enterpriseId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enterpriseUpgradeEvent` (chainable).
    pub fn set_enterprise_upgrade_event(
        mut self,
        value: impl Into<crate::schemas::EnterpriseUpgradeEvent>,
    ) -> Self {
        self.enterprise_upgrade_event = Some(value.into());
        self.unknown_fields.remove("enterpriseUpgradeEvent");
        self
    }

    /// Sends `enterpriseUpgradeEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_enterprise_upgrade_event` takes it back.
    #[inline]
    pub fn clear_enterprise_upgrade_event(mut self) -> Self {
        self.enterprise_upgrade_event = None;
        self.unknown_fields
            .insert("enterpriseUpgradeEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `installFailureEvent` (chainable).
    pub fn set_install_failure_event(
        mut self,
        value: impl Into<crate::schemas::InstallFailureEvent>,
    ) -> Self {
        self.install_failure_event = Some(value.into());
        self.unknown_fields.remove("installFailureEvent");
        self
    }

    /// Sends `installFailureEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_install_failure_event` takes it back.
    #[inline]
    pub fn clear_install_failure_event(mut self) -> Self {
        self.install_failure_event = None;
        self.unknown_fields
            .insert("installFailureEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `newDeviceEvent` (chainable).
    pub fn set_new_device_event(
        mut self,
        value: impl Into<crate::schemas::NewDeviceEvent>,
    ) -> Self {
        self.new_device_event = Some(value.into());
        self.unknown_fields.remove("newDeviceEvent");
        self
    }

    /// Sends `newDeviceEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_new_device_event` takes it back.
    #[inline]
    pub fn clear_new_device_event(mut self) -> Self {
        self.new_device_event = None;
        self.unknown_fields.insert("newDeviceEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `newPermissionsEvent` (chainable).
    pub fn set_new_permissions_event(
        mut self,
        value: impl Into<crate::schemas::NewPermissionsEvent>,
    ) -> Self {
        self.new_permissions_event = Some(value.into());
        self.unknown_fields.remove("newPermissionsEvent");
        self
    }

    /// Sends `newPermissionsEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_new_permissions_event` takes it back.
    #[inline]
    pub fn clear_new_permissions_event(mut self) -> Self {
        self.new_permissions_event = None;
        self.unknown_fields
            .insert("newPermissionsEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `notificationType` (chainable).
    pub fn set_notification_type(
        mut self,
        value: impl Into<crate::schemas::NotificationNotificationType>,
    ) -> Self {
        self.notification_type = Some(value.into());
        self.unknown_fields.remove("notificationType");
        self
    }

    /// Sends `notificationType` as JSON `null`, which clears it on the server (chainable);
    /// `set_notification_type` takes it back.
    #[inline]
    pub fn clear_notification_type(mut self) -> Self {
        self.notification_type = None;
        self.unknown_fields
            .insert("notificationType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productApprovalEvent` (chainable).
    pub fn set_product_approval_event(
        mut self,
        value: impl Into<crate::schemas::ProductApprovalEvent>,
    ) -> Self {
        self.product_approval_event = Some(value.into());
        self.unknown_fields.remove("productApprovalEvent");
        self
    }

    /// Sends `productApprovalEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_approval_event` takes it back.
    #[inline]
    pub fn clear_product_approval_event(mut self) -> Self {
        self.product_approval_event = None;
        self.unknown_fields
            .insert("productApprovalEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productAvailabilityChangeEvent` (chainable).
    pub fn set_product_availability_change_event(
        mut self,
        value: impl Into<crate::schemas::ProductAvailabilityChangeEvent>,
    ) -> Self {
        self.product_availability_change_event = Some(value.into());
        self.unknown_fields.remove("productAvailabilityChangeEvent");
        self
    }

    /// Sends `productAvailabilityChangeEvent` as JSON `null`, which clears it on the server
    /// (chainable); `set_product_availability_change_event` takes it back.
    #[inline]
    pub fn clear_product_availability_change_event(mut self) -> Self {
        self.product_availability_change_event = None;
        self.unknown_fields
            .insert(
                "productAvailabilityChangeEvent".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `timestampMillis` (chainable).
    pub fn set_timestamp_millis(mut self, value: impl Into<i64>) -> Self {
        self.timestamp_millis = Some(value.into());
        self.unknown_fields.remove("timestampMillis");
        self
    }

    /// Sends `timestampMillis` as JSON `null`, which clears it on the server (chainable);
    /// `set_timestamp_millis` takes it back.
    #[inline]
    pub fn clear_timestamp_millis(mut self) -> Self {
        self.timestamp_millis = None;
        self.unknown_fields
            .insert("timestampMillis".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Notification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.app_restrictions_schema_change_event {
            map.serialize_entry("appRestrictionsSchemaChangeEvent", value)?;
        }
        if let Some(value) = &self.app_update_event {
            map.serialize_entry("appUpdateEvent", value)?;
        }
        if let Some(value) = &self.device_report_update_event {
            map.serialize_entry("deviceReportUpdateEvent", value)?;
        }
        if let Some(value) = &self.enterprise_id {
            map.serialize_entry("enterpriseId", value)?;
        }
        if let Some(value) = &self.enterprise_upgrade_event {
            map.serialize_entry("enterpriseUpgradeEvent", value)?;
        }
        if let Some(value) = &self.install_failure_event {
            map.serialize_entry("installFailureEvent", value)?;
        }
        if let Some(value) = &self.new_device_event {
            map.serialize_entry("newDeviceEvent", value)?;
        }
        if let Some(value) = &self.new_permissions_event {
            map.serialize_entry("newPermissionsEvent", value)?;
        }
        if let Some(value) = &self.notification_type {
            map.serialize_entry("notificationType", value)?;
        }
        if let Some(value) = &self.product_approval_event {
            map.serialize_entry("productApprovalEvent", value)?;
        }
        if let Some(value) = &self.product_availability_change_event {
            map.serialize_entry("productAvailabilityChangeEvent", value)?;
        }
        if self.timestamp_millis.is_some() {
            map.serialize_entry(
                "timestampMillis",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.timestamp_millis),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Notification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Notification {
    const NAME: &'static str = "Notification";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "appRestrictionsSchemaChangeEvent" => {
                self.app_restrictions_schema_change_event = map.next_value()?;
            }
            "appUpdateEvent" => self.app_update_event = map.next_value()?,
            "deviceReportUpdateEvent" => {
                self.device_report_update_event = map.next_value()?;
            }
            "enterpriseId" => self.enterprise_id = map.next_value()?,
            "enterpriseUpgradeEvent" => self.enterprise_upgrade_event = map.next_value()?,
            "installFailureEvent" => self.install_failure_event = map.next_value()?,
            "newDeviceEvent" => self.new_device_event = map.next_value()?,
            "newPermissionsEvent" => self.new_permissions_event = map.next_value()?,
            "notificationType" => self.notification_type = map.next_value()?,
            "productApprovalEvent" => self.product_approval_event = map.next_value()?,
            "productAvailabilityChangeEvent" => {
                self.product_availability_change_event = map.next_value()?;
            }
            "timestampMillis" => {
                self.timestamp_millis = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Type of the notification.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum NotificationNotificationType {
    /// `unknown` on the wire.
    #[default]
    Unknown,
    /// A test push notification.
    ///
    /// `testNotification` on the wire.
    TestNotification,
    /// Notification about change to a product's approval status.
    ///
    /// `productApproval` on the wire.
    ProductApproval,
    /// Notification about an app installation failure.
    ///
    /// `installFailure` on the wire.
    InstallFailure,
    /// Notification about app update.
    ///
    /// `appUpdate` on the wire.
    AppUpdate,
    /// Notification about new app permissions.
    ///
    /// `newPermissions` on the wire.
    NewPermissions,
    /// Notification about new app restrictions schema change.
    ///
    /// `appRestricionsSchemaChange` on the wire.
    AppRestricionsSchemaChange,
    /// Notification about product availability change.
    ///
    /// `productAvailabilityChange` on the wire.
    ProductAvailabilityChange,
    /// Notification about a new device.
    ///
    /// `newDevice` on the wire.
    NewDevice,
    /// Notification about an updated device report.
    ///
    /// `deviceReportUpdate` on the wire.
    DeviceReportUpdate,
    /// Notification about an enterprise upgrade.
    ///
    /// `enterpriseUpgrade` on the wire.
    EnterpriseUpgrade,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for NotificationNotificationType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::TestNotification => "testNotification",
            Self::ProductApproval => "productApproval",
            Self::InstallFailure => "installFailure",
            Self::AppUpdate => "appUpdate",
            Self::NewPermissions => "newPermissions",
            Self::AppRestricionsSchemaChange => "appRestricionsSchemaChange",
            Self::ProductAvailabilityChange => "productAvailabilityChange",
            Self::NewDevice => "newDevice",
            Self::DeviceReportUpdate => "deviceReportUpdate",
            Self::EnterpriseUpgrade => "enterpriseUpgrade",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "unknown" => Self::Unknown,
            "testNotification" => Self::TestNotification,
            "productApproval" => Self::ProductApproval,
            "installFailure" => Self::InstallFailure,
            "appUpdate" => Self::AppUpdate,
            "newPermissions" => Self::NewPermissions,
            "appRestricionsSchemaChange" => Self::AppRestricionsSchemaChange,
            "productAvailabilityChange" => Self::ProductAvailabilityChange,
            "newDevice" => Self::NewDevice,
            "deviceReportUpdate" => Self::DeviceReportUpdate,
            "enterpriseUpgrade" => Self::EnterpriseUpgrade,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(NotificationNotificationType);
