use crate::runtime::{impl_open_enum, wire};

/// An Access Point Name (APN) configuration for a carrier data connection. The APN provides
/// configuration to connect a cellular network device to an IP data network. A carrier uses
/// this setting to decide which IP address to assign, any security methods to apply, and how
/// the device might be connected to private networks.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ApnSetting {
    /// Optional. Whether User Plane resources have to be activated during every transition from
    /// CM-IDLE mode to CM-CONNECTED state for this APN. See 3GPP TS 23.501 section 5.6.13.
    pub always_on_setting: Option<crate::schemas::ApnSettingAlwaysOnSetting>,
    /// Required. Name of the APN. Policy will be rejected if this field is empty.
    pub apn: Option<String>,
    /// Required. Usage categories for the APN. Policy will be rejected if this field is empty or
    /// contains APN_TYPE_UNSPECIFIED or duplicates. Multiple APN types can be set on fully managed
    /// devices. ENTERPRISE is the only allowed APN type on work profiles. A NonComplianceDetail
    /// with MANAGEMENT_MODE is reported for any other value on work profiles. APN types that are
    /// not supported on the device or management mode will be ignored. If this results in the empty
    /// list, the APN setting will be ignored, because apnTypes is a required field. A
    /// NonComplianceDetail with INVALID_VALUE is reported if none of the APN types are supported on
    /// the device or management mode.
    pub apn_types: Option<Vec<crate::schemas::ApnSettingApnTypes>>,
    /// Optional. Authentication type of the APN.
    pub auth_type: Option<crate::schemas::ApnSettingAuthType>,
    /// Optional. Carrier ID for the APN. A value of 0 (default) means not set and negative values
    /// are rejected.
    pub carrier_id: Option<i32>,
    /// Required. Human-readable name that describes the APN. Policy will be rejected if this field
    /// is empty.
    pub display_name: Option<String>,
    /// Optional. MMS (Multimedia Messaging Service) proxy address of the APN which can be an IP
    /// address or hostname (not a URL).
    pub mms_proxy_address: Option<String>,
    /// Optional. MMS (Multimedia Messaging Service) proxy port of the APN. A value of 0 (default)
    /// means not set and negative values are rejected.
    pub mms_proxy_port: Option<i32>,
    /// Optional. MMSC (Multimedia Messaging Service Center) URI of the APN.
    pub mmsc: Option<String>,
    /// Optional. The default MTU (Maximum Transmission Unit) size in bytes of the IPv4 routes
    /// brought up by this APN setting. A value of 0 (default) means not set and negative values are
    /// rejected. Supported on Android 13 and above. A NonComplianceDetail with API_LEVEL is
    /// reported if the Android version is less than 13.
    pub mtu_v4: Option<i32>,
    /// Optional. The MTU (Maximum Transmission Unit) size of the IPv6 mobile interface to which the
    /// APN connected. A value of 0 (default) means not set and negative values are rejected.
    /// Supported on Android 13 and above. A NonComplianceDetail with API_LEVEL is reported if the
    /// Android version is less than 13.
    pub mtu_v6: Option<i32>,
    /// Optional. MVNO match type for the APN.
    pub mvno_type: Option<crate::schemas::ApnSettingMvnoType>,
    /// Optional. Radio technologies (network types) the APN may use. Policy will be rejected if
    /// this field contains NETWORK_TYPE_UNSPECIFIED or duplicates.
    pub network_types: Option<Vec<crate::schemas::ApnSettingNetworkTypes>>,
    /// Optional. The numeric operator ID of the APN. Numeric operator ID is defined as MCC (Mobile
    /// Country Code) + MNC (Mobile Network Code).
    pub numeric_operator_id: Option<String>,
    /// Optional. APN password of the APN.
    pub password: Option<String>,
    /// Optional. The protocol to use to connect to this APN.
    pub protocol: Option<crate::schemas::ApnSettingProtocol>,
    /// Optional. The proxy address of the APN.
    pub proxy_address: Option<String>,
    /// Optional. The proxy port of the APN. A value of 0 (default) means not set and negative
    /// values are rejected.
    pub proxy_port: Option<i32>,
    /// Optional. The protocol to use to connect to this APN while the device is roaming.
    pub roaming_protocol: Option<crate::schemas::ApnSettingRoamingProtocol>,
    /// Optional. APN username of the APN.
    pub username: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ApnSetting {
    /// Sets `alwaysOnSetting` (chainable).
    pub fn set_always_on_setting(
        mut self,
        value: impl Into<crate::schemas::ApnSettingAlwaysOnSetting>,
    ) -> Self {
        self.always_on_setting = Some(value.into());
        self.unknown_fields.remove("alwaysOnSetting");
        self
    }

    /// Sends `alwaysOnSetting` as JSON `null`, which clears it on the server (chainable);
    /// `set_always_on_setting` takes it back.
    #[inline]
    pub fn clear_always_on_setting(mut self) -> Self {
        self.always_on_setting = None;
        self.unknown_fields
            .insert("alwaysOnSetting".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `apn` (chainable).
    pub fn set_apn(mut self, value: impl Into<String>) -> Self {
        self.apn = Some(value.into());
        self.unknown_fields.remove("apn");
        self
    }

    /// Sends `apn` as JSON `null`, which clears it on the server (chainable); `set_apn` takes it
    /// back.
    #[inline]
    pub fn clear_apn(mut self) -> Self {
        self.apn = None;
        self.unknown_fields.insert("apn".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `apnTypes` (chainable).
    pub fn set_apn_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ApnSettingApnTypes>>,
    ) -> Self {
        self.apn_types = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("apnTypes");
        self
    }

    /// Sends `apnTypes` as JSON `null`, which clears it on the server (chainable); `set_apn_types`
    /// takes it back.
    #[inline]
    pub fn clear_apn_types(mut self) -> Self {
        self.apn_types = None;
        self.unknown_fields.insert("apnTypes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `authType` (chainable).
    pub fn set_auth_type(
        mut self,
        value: impl Into<crate::schemas::ApnSettingAuthType>,
    ) -> Self {
        self.auth_type = Some(value.into());
        self.unknown_fields.remove("authType");
        self
    }

    /// Sends `authType` as JSON `null`, which clears it on the server (chainable); `set_auth_type`
    /// takes it back.
    #[inline]
    pub fn clear_auth_type(mut self) -> Self {
        self.auth_type = None;
        self.unknown_fields.insert("authType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `carrierId` (chainable).
    pub fn set_carrier_id(mut self, value: impl Into<i32>) -> Self {
        self.carrier_id = Some(value.into());
        self.unknown_fields.remove("carrierId");
        self
    }

    /// Sends `carrierId` as JSON `null`, which clears it on the server (chainable);
    /// `set_carrier_id` takes it back.
    #[inline]
    pub fn clear_carrier_id(mut self) -> Self {
        self.carrier_id = None;
        self.unknown_fields.insert("carrierId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self.unknown_fields.remove("displayName");
        self
    }

    /// Sends `displayName` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_name` takes it back.
    #[inline]
    pub fn clear_display_name(mut self) -> Self {
        self.display_name = None;
        self.unknown_fields.insert("displayName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mmsProxyAddress` (chainable).
    pub fn set_mms_proxy_address(mut self, value: impl Into<String>) -> Self {
        self.mms_proxy_address = Some(value.into());
        self.unknown_fields.remove("mmsProxyAddress");
        self
    }

    /// Sends `mmsProxyAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_mms_proxy_address` takes it back.
    #[inline]
    pub fn clear_mms_proxy_address(mut self) -> Self {
        self.mms_proxy_address = None;
        self.unknown_fields
            .insert("mmsProxyAddress".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mmsProxyPort` (chainable).
    pub fn set_mms_proxy_port(mut self, value: impl Into<i32>) -> Self {
        self.mms_proxy_port = Some(value.into());
        self.unknown_fields.remove("mmsProxyPort");
        self
    }

    /// Sends `mmsProxyPort` as JSON `null`, which clears it on the server (chainable);
    /// `set_mms_proxy_port` takes it back.
    #[inline]
    pub fn clear_mms_proxy_port(mut self) -> Self {
        self.mms_proxy_port = None;
        self.unknown_fields.insert("mmsProxyPort".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mmsc` (chainable).
    pub fn set_mmsc(mut self, value: impl Into<String>) -> Self {
        self.mmsc = Some(value.into());
        self.unknown_fields.remove("mmsc");
        self
    }

    /// Sends `mmsc` as JSON `null`, which clears it on the server (chainable); `set_mmsc` takes it
    /// back.
    #[inline]
    pub fn clear_mmsc(mut self) -> Self {
        self.mmsc = None;
        self.unknown_fields.insert("mmsc".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mtuV4` (chainable).
    pub fn set_mtu_v4(mut self, value: impl Into<i32>) -> Self {
        self.mtu_v4 = Some(value.into());
        self.unknown_fields.remove("mtuV4");
        self
    }

    /// Sends `mtuV4` as JSON `null`, which clears it on the server (chainable); `set_mtu_v4` takes
    /// it back.
    #[inline]
    pub fn clear_mtu_v4(mut self) -> Self {
        self.mtu_v4 = None;
        self.unknown_fields.insert("mtuV4".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mtuV6` (chainable).
    pub fn set_mtu_v6(mut self, value: impl Into<i32>) -> Self {
        self.mtu_v6 = Some(value.into());
        self.unknown_fields.remove("mtuV6");
        self
    }

    /// Sends `mtuV6` as JSON `null`, which clears it on the server (chainable); `set_mtu_v6` takes
    /// it back.
    #[inline]
    pub fn clear_mtu_v6(mut self) -> Self {
        self.mtu_v6 = None;
        self.unknown_fields.insert("mtuV6".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mvnoType` (chainable).
    pub fn set_mvno_type(
        mut self,
        value: impl Into<crate::schemas::ApnSettingMvnoType>,
    ) -> Self {
        self.mvno_type = Some(value.into());
        self.unknown_fields.remove("mvnoType");
        self
    }

    /// Sends `mvnoType` as JSON `null`, which clears it on the server (chainable); `set_mvno_type`
    /// takes it back.
    #[inline]
    pub fn clear_mvno_type(mut self) -> Self {
        self.mvno_type = None;
        self.unknown_fields.insert("mvnoType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `networkTypes` (chainable).
    pub fn set_network_types(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ApnSettingNetworkTypes>,
        >,
    ) -> Self {
        self.network_types = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("networkTypes");
        self
    }

    /// Sends `networkTypes` as JSON `null`, which clears it on the server (chainable);
    /// `set_network_types` takes it back.
    #[inline]
    pub fn clear_network_types(mut self) -> Self {
        self.network_types = None;
        self.unknown_fields.insert("networkTypes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `numericOperatorId` (chainable).
    pub fn set_numeric_operator_id(mut self, value: impl Into<String>) -> Self {
        self.numeric_operator_id = Some(value.into());
        self.unknown_fields.remove("numericOperatorId");
        self
    }

    /// Sends `numericOperatorId` as JSON `null`, which clears it on the server (chainable);
    /// `set_numeric_operator_id` takes it back.
    #[inline]
    pub fn clear_numeric_operator_id(mut self) -> Self {
        self.numeric_operator_id = None;
        self.unknown_fields
            .insert("numericOperatorId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `password` (chainable).
    pub fn set_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self.unknown_fields.remove("password");
        self
    }

    /// Sends `password` as JSON `null`, which clears it on the server (chainable); `set_password`
    /// takes it back.
    #[inline]
    pub fn clear_password(mut self) -> Self {
        self.password = None;
        self.unknown_fields.insert("password".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `protocol` (chainable).
    pub fn set_protocol(
        mut self,
        value: impl Into<crate::schemas::ApnSettingProtocol>,
    ) -> Self {
        self.protocol = Some(value.into());
        self.unknown_fields.remove("protocol");
        self
    }

    /// Sends `protocol` as JSON `null`, which clears it on the server (chainable); `set_protocol`
    /// takes it back.
    #[inline]
    pub fn clear_protocol(mut self) -> Self {
        self.protocol = None;
        self.unknown_fields.insert("protocol".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `proxyAddress` (chainable).
    pub fn set_proxy_address(mut self, value: impl Into<String>) -> Self {
        self.proxy_address = Some(value.into());
        self.unknown_fields.remove("proxyAddress");
        self
    }

    /// Sends `proxyAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_proxy_address` takes it back.
    #[inline]
    pub fn clear_proxy_address(mut self) -> Self {
        self.proxy_address = None;
        self.unknown_fields.insert("proxyAddress".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `proxyPort` (chainable).
    pub fn set_proxy_port(mut self, value: impl Into<i32>) -> Self {
        self.proxy_port = Some(value.into());
        self.unknown_fields.remove("proxyPort");
        self
    }

    /// Sends `proxyPort` as JSON `null`, which clears it on the server (chainable);
    /// `set_proxy_port` takes it back.
    #[inline]
    pub fn clear_proxy_port(mut self) -> Self {
        self.proxy_port = None;
        self.unknown_fields.insert("proxyPort".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `roamingProtocol` (chainable).
    pub fn set_roaming_protocol(
        mut self,
        value: impl Into<crate::schemas::ApnSettingRoamingProtocol>,
    ) -> Self {
        self.roaming_protocol = Some(value.into());
        self.unknown_fields.remove("roamingProtocol");
        self
    }

    /// Sends `roamingProtocol` as JSON `null`, which clears it on the server (chainable);
    /// `set_roaming_protocol` takes it back.
    #[inline]
    pub fn clear_roaming_protocol(mut self) -> Self {
        self.roaming_protocol = None;
        self.unknown_fields
            .insert("roamingProtocol".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `username` (chainable).
    pub fn set_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self.unknown_fields.remove("username");
        self
    }

    /// Sends `username` as JSON `null`, which clears it on the server (chainable); `set_username`
    /// takes it back.
    #[inline]
    pub fn clear_username(mut self) -> Self {
        self.username = None;
        self.unknown_fields.insert("username".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ApnSetting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.always_on_setting {
            map.serialize_entry("alwaysOnSetting", value)?;
        }
        if let Some(value) = &self.apn {
            map.serialize_entry("apn", value)?;
        }
        if let Some(value) = &self.apn_types {
            map.serialize_entry("apnTypes", value)?;
        }
        if let Some(value) = &self.auth_type {
            map.serialize_entry("authType", value)?;
        }
        if let Some(value) = &self.carrier_id {
            map.serialize_entry("carrierId", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.mms_proxy_address {
            map.serialize_entry("mmsProxyAddress", value)?;
        }
        if let Some(value) = &self.mms_proxy_port {
            map.serialize_entry("mmsProxyPort", value)?;
        }
        if let Some(value) = &self.mmsc {
            map.serialize_entry("mmsc", value)?;
        }
        if let Some(value) = &self.mtu_v4 {
            map.serialize_entry("mtuV4", value)?;
        }
        if let Some(value) = &self.mtu_v6 {
            map.serialize_entry("mtuV6", value)?;
        }
        if let Some(value) = &self.mvno_type {
            map.serialize_entry("mvnoType", value)?;
        }
        if let Some(value) = &self.network_types {
            map.serialize_entry("networkTypes", value)?;
        }
        if let Some(value) = &self.numeric_operator_id {
            map.serialize_entry("numericOperatorId", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        if let Some(value) = &self.protocol {
            map.serialize_entry("protocol", value)?;
        }
        if let Some(value) = &self.proxy_address {
            map.serialize_entry("proxyAddress", value)?;
        }
        if let Some(value) = &self.proxy_port {
            map.serialize_entry("proxyPort", value)?;
        }
        if let Some(value) = &self.roaming_protocol {
            map.serialize_entry("roamingProtocol", value)?;
        }
        if let Some(value) = &self.username {
            map.serialize_entry("username", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApnSetting {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ApnSetting {
    const NAME: &'static str = "ApnSetting";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "alwaysOnSetting" => self.always_on_setting = map.next_value()?,
            "apn" => self.apn = map.next_value()?,
            "apnTypes" => self.apn_types = map.next_value()?,
            "authType" => self.auth_type = map.next_value()?,
            "carrierId" => self.carrier_id = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "mmsProxyAddress" => self.mms_proxy_address = map.next_value()?,
            "mmsProxyPort" => self.mms_proxy_port = map.next_value()?,
            "mmsc" => self.mmsc = map.next_value()?,
            "mtuV4" => self.mtu_v4 = map.next_value()?,
            "mtuV6" => self.mtu_v6 = map.next_value()?,
            "mvnoType" => self.mvno_type = map.next_value()?,
            "networkTypes" => self.network_types = map.next_value()?,
            "numericOperatorId" => self.numeric_operator_id = map.next_value()?,
            "password" => self.password = map.next_value()?,
            "protocol" => self.protocol = map.next_value()?,
            "proxyAddress" => self.proxy_address = map.next_value()?,
            "proxyPort" => self.proxy_port = map.next_value()?,
            "roamingProtocol" => self.roaming_protocol = map.next_value()?,
            "username" => self.username = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Whether User Plane resources have to be activated during every transition from
/// CM-IDLE mode to CM-CONNECTED state for this APN. See 3GPP TS 23.501 section 5.6.13.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApnSettingAlwaysOnSetting {
    /// Unspecified. Defaults to NOT_ALWAYS_ON.
    ///
    /// `ALWAYS_ON_SETTING_UNSPECIFIED` on the wire.
    #[default]
    AlwaysOnSettingUnspecified,
    /// The PDU session brought up by this APN should not be always on.
    ///
    /// `NOT_ALWAYS_ON` on the wire.
    NotAlwaysOn,
    /// The PDU session brought up by this APN should always be on. Supported on Android 15 and
    /// above. A NonComplianceDetail with API_LEVEL is reported if the Android version is less
    /// than 15.
    ///
    /// `ALWAYS_ON` on the wire.
    AlwaysOn,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApnSettingAlwaysOnSetting {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AlwaysOnSettingUnspecified => "ALWAYS_ON_SETTING_UNSPECIFIED",
            Self::NotAlwaysOn => "NOT_ALWAYS_ON",
            Self::AlwaysOn => "ALWAYS_ON",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ALWAYS_ON_SETTING_UNSPECIFIED" => Self::AlwaysOnSettingUnspecified,
            "NOT_ALWAYS_ON" => Self::NotAlwaysOn,
            "ALWAYS_ON" => Self::AlwaysOn,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApnSettingAlwaysOnSetting);
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApnSettingApnTypes {
    /// Unspecified. This value is not used.
    ///
    /// `APN_TYPE_UNSPECIFIED` on the wire.
    #[default]
    ApnTypeUnspecified,
    /// APN type for enterprise traffic. Supported on Android 13 and above. A NonComplianceDetail
    /// with API_LEVEL is reported if the Android version is less than 13.
    ///
    /// `ENTERPRISE` on the wire.
    Enterprise,
    /// APN type for BIP (Bearer Independent Protocol). This can only be set on fully managed
    /// devices on Android 12 and above. A NonComplianceDetail with API_LEVEL is reported if the
    /// Android version is less than 12. A NonComplianceDetail with MANAGEMENT_MODE is reported for
    /// work profiles.
    ///
    /// `BIP` on the wire.
    Bip,
    /// APN type for CBS (Carrier Branded Services). This can only be set on fully managed devices.
    /// A NonComplianceDetail with MANAGEMENT_MODE is reported for work profiles.
    ///
    /// `CBS` on the wire.
    Cbs,
    /// APN type for default data traffic. This can only be set on fully managed devices. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported for work profiles.
    ///
    /// `DEFAULT` on the wire.
    Default,
    /// APN type for DUN (Dial-up networking) traffic. This can only be set on fully managed
    /// devices. A NonComplianceDetail with MANAGEMENT_MODE is reported for work profiles.
    ///
    /// `DUN` on the wire.
    Dun,
    /// APN type for Emergency PDN. This is not an IA apn, but is used for access to carrier
    /// services in an emergency call situation. This can only be set on fully managed devices. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported for work profiles.
    ///
    /// `EMERGENCY` on the wire.
    Emergency,
    /// APN type for accessing the carrier's FOTA (Firmware Over-the-Air) portal, used for over the
    /// air updates. This can only be set on fully managed devices. A NonComplianceDetail with
    /// MANAGEMENT_MODE is reported for work profiles.
    ///
    /// `FOTA` on the wire.
    Fota,
    /// APN type for HiPri (high-priority) traffic. This can only be set on fully managed devices. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported for work profiles.
    ///
    /// `HIPRI` on the wire.
    Hipri,
    /// APN type for IA (Initial Attach) APN. This can only be set on fully managed devices. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported for work profiles.
    ///
    /// `IA` on the wire.
    Ia,
    /// APN type for IMS (IP Multimedia Subsystem) traffic. This can only be set on fully managed
    /// devices. A NonComplianceDetail with MANAGEMENT_MODE is reported for work profiles.
    ///
    /// `IMS` on the wire.
    Ims,
    /// APN type for MCX (Mission Critical Service) where X can be PTT/Video/Data. This can only be
    /// set on fully managed devices. A NonComplianceDetail with MANAGEMENT_MODE is reported for
    /// work profiles.
    ///
    /// `MCX` on the wire.
    Mcx,
    /// APN type for MMS (Multimedia Messaging Service) traffic. This can only be set on fully
    /// managed devices. A NonComplianceDetail with MANAGEMENT_MODE is reported for work profiles.
    ///
    /// `MMS` on the wire.
    Mms,
    /// APN type for RCS (Rich Communication Services). This can only be set on fully managed
    /// devices on Android 15 and above. A NonComplianceDetail with API_LEVEL is reported if the
    /// Android version is less than 15. A NonComplianceDetail with MANAGEMENT_MODE is reported for
    /// work profiles.
    ///
    /// `RCS` on the wire.
    Rcs,
    /// APN type for SUPL (Secure User Plane Location) assisted GPS. This can only be set on fully
    /// managed devices. A NonComplianceDetail with MANAGEMENT_MODE is reported for work profiles.
    ///
    /// `SUPL` on the wire.
    Supl,
    /// APN type for VSIM (Virtual SIM) service. This can only be set on fully managed devices on
    /// Android 12 and above. A NonComplianceDetail with API_LEVEL is reported if the Android
    /// version is less than 12. A NonComplianceDetail with MANAGEMENT_MODE is reported for work
    /// profiles.
    ///
    /// `VSIM` on the wire.
    Vsim,
    /// APN type for XCAP (XML Configuration Access Protocol) traffic. This can only be set on fully
    /// managed devices on Android 11 and above. A NonComplianceDetail with API_LEVEL is reported if
    /// the Android version is less than 11. A NonComplianceDetail with MANAGEMENT_MODE is reported
    /// for work profiles.
    ///
    /// `XCAP` on the wire.
    Xcap,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApnSettingApnTypes {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ApnTypeUnspecified => "APN_TYPE_UNSPECIFIED",
            Self::Enterprise => "ENTERPRISE",
            Self::Bip => "BIP",
            Self::Cbs => "CBS",
            Self::Default => "DEFAULT",
            Self::Dun => "DUN",
            Self::Emergency => "EMERGENCY",
            Self::Fota => "FOTA",
            Self::Hipri => "HIPRI",
            Self::Ia => "IA",
            Self::Ims => "IMS",
            Self::Mcx => "MCX",
            Self::Mms => "MMS",
            Self::Rcs => "RCS",
            Self::Supl => "SUPL",
            Self::Vsim => "VSIM",
            Self::Xcap => "XCAP",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "APN_TYPE_UNSPECIFIED" => Self::ApnTypeUnspecified,
            "ENTERPRISE" => Self::Enterprise,
            "BIP" => Self::Bip,
            "CBS" => Self::Cbs,
            "DEFAULT" => Self::Default,
            "DUN" => Self::Dun,
            "EMERGENCY" => Self::Emergency,
            "FOTA" => Self::Fota,
            "HIPRI" => Self::Hipri,
            "IA" => Self::Ia,
            "IMS" => Self::Ims,
            "MCX" => Self::Mcx,
            "MMS" => Self::Mms,
            "RCS" => Self::Rcs,
            "SUPL" => Self::Supl,
            "VSIM" => Self::Vsim,
            "XCAP" => Self::Xcap,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApnSettingApnTypes);

/// Optional. Authentication type of the APN.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApnSettingAuthType {
    /// Unspecified. If username is empty, defaults to NONE. Otherwise, defaults to PAP_OR_CHAP.
    ///
    /// `AUTH_TYPE_UNSPECIFIED` on the wire.
    #[default]
    AuthTypeUnspecified,
    /// Authentication is not required.
    ///
    /// `NONE` on the wire.
    None,
    /// Authentication type for PAP.
    ///
    /// `PAP` on the wire.
    Pap,
    /// Authentication type for CHAP.
    ///
    /// `CHAP` on the wire.
    Chap,
    /// Authentication type for PAP or CHAP.
    ///
    /// `PAP_OR_CHAP` on the wire.
    PapOrChap,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApnSettingAuthType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AuthTypeUnspecified => "AUTH_TYPE_UNSPECIFIED",
            Self::None => "NONE",
            Self::Pap => "PAP",
            Self::Chap => "CHAP",
            Self::PapOrChap => "PAP_OR_CHAP",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "AUTH_TYPE_UNSPECIFIED" => Self::AuthTypeUnspecified,
            "NONE" => Self::None,
            "PAP" => Self::Pap,
            "CHAP" => Self::Chap,
            "PAP_OR_CHAP" => Self::PapOrChap,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApnSettingAuthType);

/// Optional. MVNO match type for the APN.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApnSettingMvnoType {
    /// The MVNO type is not specified.
    ///
    /// `MVNO_TYPE_UNSPECIFIED` on the wire.
    #[default]
    MvnoTypeUnspecified,
    /// MVNO type for group identifier level 1.
    ///
    /// `GID` on the wire.
    Gid,
    /// MVNO type for ICCID.
    ///
    /// `ICCID` on the wire.
    Iccid,
    /// MVNO type for IMSI.
    ///
    /// `IMSI` on the wire.
    Imsi,
    /// MVNO type for SPN (service provider name).
    ///
    /// `SPN` on the wire.
    Spn,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApnSettingMvnoType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::MvnoTypeUnspecified => "MVNO_TYPE_UNSPECIFIED",
            Self::Gid => "GID",
            Self::Iccid => "ICCID",
            Self::Imsi => "IMSI",
            Self::Spn => "SPN",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "MVNO_TYPE_UNSPECIFIED" => Self::MvnoTypeUnspecified,
            "GID" => Self::Gid,
            "ICCID" => Self::Iccid,
            "IMSI" => Self::Imsi,
            "SPN" => Self::Spn,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApnSettingMvnoType);
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApnSettingNetworkTypes {
    /// Unspecified. This value must not be used.
    ///
    /// `NETWORK_TYPE_UNSPECIFIED` on the wire.
    #[default]
    NetworkTypeUnspecified,
    /// Radio technology EDGE.
    ///
    /// `EDGE` on the wire.
    Edge,
    /// Radio technology GPRS.
    ///
    /// `GPRS` on the wire.
    Gprs,
    /// Radio technology GSM.
    ///
    /// `GSM` on the wire.
    Gsm,
    /// Radio technology HSDPA.
    ///
    /// `HSDPA` on the wire.
    Hsdpa,
    /// Radio technology HSPA.
    ///
    /// `HSPA` on the wire.
    Hspa,
    /// Radio technology HSPAP.
    ///
    /// `HSPAP` on the wire.
    Hspap,
    /// Radio technology HSUPA.
    ///
    /// `HSUPA` on the wire.
    Hsupa,
    /// Radio technology IWLAN.
    ///
    /// `IWLAN` on the wire.
    Iwlan,
    /// Radio technology LTE.
    ///
    /// `LTE` on the wire.
    Lte,
    /// Radio technology NR (New Radio) 5G.
    ///
    /// `NR` on the wire.
    Nr,
    /// Radio technology TD_SCDMA.
    ///
    /// `TD_SCDMA` on the wire.
    TdScdma,
    /// Radio technology UMTS.
    ///
    /// `UMTS` on the wire.
    Umts,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApnSettingNetworkTypes {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NetworkTypeUnspecified => "NETWORK_TYPE_UNSPECIFIED",
            Self::Edge => "EDGE",
            Self::Gprs => "GPRS",
            Self::Gsm => "GSM",
            Self::Hsdpa => "HSDPA",
            Self::Hspa => "HSPA",
            Self::Hspap => "HSPAP",
            Self::Hsupa => "HSUPA",
            Self::Iwlan => "IWLAN",
            Self::Lte => "LTE",
            Self::Nr => "NR",
            Self::TdScdma => "TD_SCDMA",
            Self::Umts => "UMTS",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "NETWORK_TYPE_UNSPECIFIED" => Self::NetworkTypeUnspecified,
            "EDGE" => Self::Edge,
            "GPRS" => Self::Gprs,
            "GSM" => Self::Gsm,
            "HSDPA" => Self::Hsdpa,
            "HSPA" => Self::Hspa,
            "HSPAP" => Self::Hspap,
            "HSUPA" => Self::Hsupa,
            "IWLAN" => Self::Iwlan,
            "LTE" => Self::Lte,
            "NR" => Self::Nr,
            "TD_SCDMA" => Self::TdScdma,
            "UMTS" => Self::Umts,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApnSettingNetworkTypes);

/// Optional. The protocol to use to connect to this APN.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApnSettingProtocol {
    /// The protocol is not specified.
    ///
    /// `PROTOCOL_UNSPECIFIED` on the wire.
    #[default]
    ProtocolUnspecified,
    /// Internet protocol.
    ///
    /// `IP` on the wire.
    Ip,
    /// Virtual PDP type introduced to handle dual IP stack UE capability.
    ///
    /// `IPV4V6` on the wire.
    Ipv4v6,
    /// Internet protocol, version 6.
    ///
    /// `IPV6` on the wire.
    Ipv6,
    /// Transfer of Non-IP data to external packet data network.
    ///
    /// `NON_IP` on the wire.
    NonIp,
    /// Point to point protocol.
    ///
    /// `PPP` on the wire.
    Ppp,
    /// Transfer of Unstructured data to the Data Network via N6.
    ///
    /// `UNSTRUCTURED` on the wire.
    Unstructured,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApnSettingProtocol {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ProtocolUnspecified => "PROTOCOL_UNSPECIFIED",
            Self::Ip => "IP",
            Self::Ipv4v6 => "IPV4V6",
            Self::Ipv6 => "IPV6",
            Self::NonIp => "NON_IP",
            Self::Ppp => "PPP",
            Self::Unstructured => "UNSTRUCTURED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PROTOCOL_UNSPECIFIED" => Self::ProtocolUnspecified,
            "IP" => Self::Ip,
            "IPV4V6" => Self::Ipv4v6,
            "IPV6" => Self::Ipv6,
            "NON_IP" => Self::NonIp,
            "PPP" => Self::Ppp,
            "UNSTRUCTURED" => Self::Unstructured,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApnSettingProtocol);

/// Optional. The protocol to use to connect to this APN while the device is roaming.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApnSettingRoamingProtocol {
    /// The protocol is not specified.
    ///
    /// `PROTOCOL_UNSPECIFIED` on the wire.
    #[default]
    ProtocolUnspecified,
    /// Internet protocol.
    ///
    /// `IP` on the wire.
    Ip,
    /// Virtual PDP type introduced to handle dual IP stack UE capability.
    ///
    /// `IPV4V6` on the wire.
    Ipv4v6,
    /// Internet protocol, version 6.
    ///
    /// `IPV6` on the wire.
    Ipv6,
    /// Transfer of Non-IP data to external packet data network.
    ///
    /// `NON_IP` on the wire.
    NonIp,
    /// Point to point protocol.
    ///
    /// `PPP` on the wire.
    Ppp,
    /// Transfer of Unstructured data to the Data Network via N6.
    ///
    /// `UNSTRUCTURED` on the wire.
    Unstructured,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApnSettingRoamingProtocol {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ProtocolUnspecified => "PROTOCOL_UNSPECIFIED",
            Self::Ip => "IP",
            Self::Ipv4v6 => "IPV4V6",
            Self::Ipv6 => "IPV6",
            Self::NonIp => "NON_IP",
            Self::Ppp => "PPP",
            Self::Unstructured => "UNSTRUCTURED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PROTOCOL_UNSPECIFIED" => Self::ProtocolUnspecified,
            "IP" => Self::Ip,
            "IPV4V6" => Self::Ipv4v6,
            "IPV6" => Self::Ipv6,
            "NON_IP" => Self::NonIp,
            "PPP" => Self::Ppp,
            "UNSTRUCTURED" => Self::Unstructured,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApnSettingRoamingProtocol);
