use crate::runtime::{impl_open_enum, wire};

/// A request for changing the status of a batch of ChromeOS devices.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchChangeChromeOsDeviceStatusRequest {
    /// Required. The action to take on the ChromeOS device in order to change its status.
    pub change_chrome_os_device_status_action: Option<
        crate::schemas::BatchChangeChromeOsDeviceStatusRequestChangeChromeOsDeviceStatusAction,
    >,
    /// Optional. The reason behind a device deprovision. Must be provided if
    /// 'changeChromeOsDeviceStatusAction' is set to
    /// 'CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_DEPROVISION'. Otherwise, omit this field.
    pub deprovision_reason: Option<
        crate::schemas::BatchChangeChromeOsDeviceStatusRequestDeprovisionReason,
    >,
    /// Required. List of the IDs of the ChromeOS devices to change. Maximum 50.
    pub device_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BatchChangeChromeOsDeviceStatusRequest {
    /// Sets `changeChromeOsDeviceStatusAction` (chainable).
    pub fn set_change_chrome_os_device_status_action(
        mut self,
        value: impl Into<
            crate::schemas::BatchChangeChromeOsDeviceStatusRequestChangeChromeOsDeviceStatusAction,
        >,
    ) -> Self {
        self.change_chrome_os_device_status_action = Some(value.into());
        self.unknown_fields.remove("changeChromeOsDeviceStatusAction");
        self
    }

    /// Sends `changeChromeOsDeviceStatusAction` as JSON `null`, which clears it on the server
    /// (chainable); `set_change_chrome_os_device_status_action` takes it back.
    #[inline]
    pub fn clear_change_chrome_os_device_status_action(mut self) -> Self {
        self.change_chrome_os_device_status_action = None;
        self.unknown_fields
            .insert(
                "changeChromeOsDeviceStatusAction".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `deprovisionReason` (chainable).
    pub fn set_deprovision_reason(
        mut self,
        value: impl Into<
            crate::schemas::BatchChangeChromeOsDeviceStatusRequestDeprovisionReason,
        >,
    ) -> Self {
        self.deprovision_reason = Some(value.into());
        self.unknown_fields.remove("deprovisionReason");
        self
    }

    /// Sends `deprovisionReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_deprovision_reason` takes it back.
    #[inline]
    pub fn clear_deprovision_reason(mut self) -> Self {
        self.deprovision_reason = None;
        self.unknown_fields
            .insert("deprovisionReason".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceIds` (chainable).
    pub fn set_device_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("deviceIds");
        self
    }

    /// Sends `deviceIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_ids` takes it back.
    #[inline]
    pub fn clear_device_ids(mut self) -> Self {
        self.device_ids = None;
        self.unknown_fields.insert("deviceIds".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BatchChangeChromeOsDeviceStatusRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.change_chrome_os_device_status_action {
            map.serialize_entry("changeChromeOsDeviceStatusAction", value)?;
        }
        if let Some(value) = &self.deprovision_reason {
            map.serialize_entry("deprovisionReason", value)?;
        }
        if let Some(value) = &self.device_ids {
            map.serialize_entry("deviceIds", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchChangeChromeOsDeviceStatusRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BatchChangeChromeOsDeviceStatusRequest {
    const NAME: &'static str = "BatchChangeChromeOsDeviceStatusRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "changeChromeOsDeviceStatusAction" => {
                self.change_chrome_os_device_status_action = map.next_value()?;
            }
            "deprovisionReason" => self.deprovision_reason = map.next_value()?,
            "deviceIds" => self.device_ids = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Required. The action to take on the ChromeOS device in order to change its status.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum BatchChangeChromeOsDeviceStatusRequestChangeChromeOsDeviceStatusAction {
    /// Default value. Value is unused.
    ///
    /// `CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_UNSPECIFIED` on the wire.
    #[default]
    ChangeChromeOsDeviceStatusActionUnspecified,
    /// Deprovisions a ChromeOS device. If you have ChromeOS devices that are no longer being used
    /// in your organization, you should deprovision them so that you’re no longer managing them.
    /// Deprovisioning the device removes all policies that were on the device as well as
    /// device-level printers and the ability to use the device as a kiosk. Depending on the upgrade
    /// that’s associated with the device this action might release the license back into the
    /// license pool; which allows you to use the license on a different device.
    ///
    /// `CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_DEPROVISION` on the wire.
    ChangeChromeOsDeviceStatusActionDeprovision,
    /// Disables a ChromeOS device. Use this action if a user loses their device or it’s stolen,
    /// this makes it such that the device is still managed, so it will still receive policies, but
    /// no one can use it. Depending on the upgrade that’s associated with the device this action
    /// might release the license back into the license pool; which allows you to use the license on
    /// a different device.
    ///
    /// `CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_DISABLE` on the wire.
    ChangeChromeOsDeviceStatusActionDisable,
    /// Reenables a ChromeOS device to be used after being disabled. Reenables the device once it's
    /// no longer lost or it's been recovered. This allows the device to be used again. Depending on
    /// the upgrade associated with the device this might consume one license from the license pool,
    /// meaning that if there aren't enough licenses available the operation will fail.
    ///
    /// `CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_REENABLE` on the wire.
    ChangeChromeOsDeviceStatusActionReenable,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum
for BatchChangeChromeOsDeviceStatusRequestChangeChromeOsDeviceStatusAction {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ChangeChromeOsDeviceStatusActionUnspecified => {
                "CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_UNSPECIFIED"
            }
            Self::ChangeChromeOsDeviceStatusActionDeprovision => {
                "CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_DEPROVISION"
            }
            Self::ChangeChromeOsDeviceStatusActionDisable => {
                "CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_DISABLE"
            }
            Self::ChangeChromeOsDeviceStatusActionReenable => {
                "CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_REENABLE"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_UNSPECIFIED" => {
                Self::ChangeChromeOsDeviceStatusActionUnspecified
            }
            "CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_DEPROVISION" => {
                Self::ChangeChromeOsDeviceStatusActionDeprovision
            }
            "CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_DISABLE" => {
                Self::ChangeChromeOsDeviceStatusActionDisable
            }
            "CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_REENABLE" => {
                Self::ChangeChromeOsDeviceStatusActionReenable
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(BatchChangeChromeOsDeviceStatusRequestChangeChromeOsDeviceStatusAction);

/// Optional. The reason behind a device deprovision. Must be provided if
/// 'changeChromeOsDeviceStatusAction' is set to
/// 'CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_DEPROVISION'. Otherwise, omit this field.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum BatchChangeChromeOsDeviceStatusRequestDeprovisionReason {
    /// The deprovision reason is unknown.
    ///
    /// `DEPROVISION_REASON_UNSPECIFIED` on the wire.
    #[default]
    DeprovisionReasonUnspecified,
    /// Same model replacement. You have return materials authorization (RMA) or you are replacing a
    /// malfunctioning device under warranty with the same device model.
    ///
    /// `DEPROVISION_REASON_SAME_MODEL_REPLACEMENT` on the wire.
    DeprovisionReasonSameModelReplacement,
    /// Deprecated. The device was upgraded.
    ///
    /// `DEPROVISION_REASON_UPGRADE` on the wire.
    DeprovisionReasonUpgrade,
    /// Deprecated. The device's domain was changed.
    ///
    /// `DEPROVISION_REASON_DOMAIN_MOVE` on the wire.
    DeprovisionReasonDomainMove,
    /// Deprecated. Service expired for the device.
    ///
    /// `DEPROVISION_REASON_SERVICE_EXPIRATION` on the wire.
    DeprovisionReasonServiceExpiration,
    /// Deprecated. The device was deprovisioned for a legacy reason that is no longer supported.
    ///
    /// `DEPROVISION_REASON_OTHER` on the wire.
    DeprovisionReasonOther,
    /// Different model replacement. You are replacing this device with an upgraded or newer device
    /// model.
    ///
    /// `DEPROVISION_REASON_DIFFERENT_MODEL_REPLACEMENT` on the wire.
    DeprovisionReasonDifferentModelReplacement,
    /// Retiring from fleet. You are donating, discarding, or otherwise removing the device from
    /// use.
    ///
    /// `DEPROVISION_REASON_RETIRING_DEVICE` on the wire.
    DeprovisionReasonRetiringDevice,
    /// ChromeOS Flex upgrade transfer. This is a ChromeOS Flex device that you are replacing with a
    /// Chromebook within a year.
    ///
    /// `DEPROVISION_REASON_UPGRADE_TRANSFER` on the wire.
    DeprovisionReasonUpgradeTransfer,
    /// A reason was not required. For example, the licenses were returned to the customer's license
    /// pool.
    ///
    /// `DEPROVISION_REASON_NOT_REQUIRED` on the wire.
    DeprovisionReasonNotRequired,
    /// The device was deprovisioned by the Repair Service Center. Can only be set by Repair Service
    /// Center during RMA.
    ///
    /// `DEPROVISION_REASON_REPAIR_CENTER` on the wire.
    DeprovisionReasonRepairCenter,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for BatchChangeChromeOsDeviceStatusRequestDeprovisionReason {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeprovisionReasonUnspecified => "DEPROVISION_REASON_UNSPECIFIED",
            Self::DeprovisionReasonSameModelReplacement => {
                "DEPROVISION_REASON_SAME_MODEL_REPLACEMENT"
            }
            Self::DeprovisionReasonUpgrade => "DEPROVISION_REASON_UPGRADE",
            Self::DeprovisionReasonDomainMove => "DEPROVISION_REASON_DOMAIN_MOVE",
            Self::DeprovisionReasonServiceExpiration => {
                "DEPROVISION_REASON_SERVICE_EXPIRATION"
            }
            Self::DeprovisionReasonOther => "DEPROVISION_REASON_OTHER",
            Self::DeprovisionReasonDifferentModelReplacement => {
                "DEPROVISION_REASON_DIFFERENT_MODEL_REPLACEMENT"
            }
            Self::DeprovisionReasonRetiringDevice => "DEPROVISION_REASON_RETIRING_DEVICE",
            Self::DeprovisionReasonUpgradeTransfer => {
                "DEPROVISION_REASON_UPGRADE_TRANSFER"
            }
            Self::DeprovisionReasonNotRequired => "DEPROVISION_REASON_NOT_REQUIRED",
            Self::DeprovisionReasonRepairCenter => "DEPROVISION_REASON_REPAIR_CENTER",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DEPROVISION_REASON_UNSPECIFIED" => Self::DeprovisionReasonUnspecified,
            "DEPROVISION_REASON_SAME_MODEL_REPLACEMENT" => {
                Self::DeprovisionReasonSameModelReplacement
            }
            "DEPROVISION_REASON_UPGRADE" => Self::DeprovisionReasonUpgrade,
            "DEPROVISION_REASON_DOMAIN_MOVE" => Self::DeprovisionReasonDomainMove,
            "DEPROVISION_REASON_SERVICE_EXPIRATION" => {
                Self::DeprovisionReasonServiceExpiration
            }
            "DEPROVISION_REASON_OTHER" => Self::DeprovisionReasonOther,
            "DEPROVISION_REASON_DIFFERENT_MODEL_REPLACEMENT" => {
                Self::DeprovisionReasonDifferentModelReplacement
            }
            "DEPROVISION_REASON_RETIRING_DEVICE" => Self::DeprovisionReasonRetiringDevice,
            "DEPROVISION_REASON_UPGRADE_TRANSFER" => {
                Self::DeprovisionReasonUpgradeTransfer
            }
            "DEPROVISION_REASON_NOT_REQUIRED" => Self::DeprovisionReasonNotRequired,
            "DEPROVISION_REASON_REPAIR_CENTER" => Self::DeprovisionReasonRepairCenter,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(BatchChangeChromeOsDeviceStatusRequestDeprovisionReason);
