use crate::runtime::{impl_open_enum, wire};

/// Access Point Name (APN) policy. Configuration for Access Point Names (APNs) which may
/// override any other APNs on the device. See OVERRIDE_APNS_ENABLED and overrideApns for
/// details.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ApnPolicy {
    /// Optional. APN settings for override APNs. There must not be any conflict between any of APN
    /// settings provided, otherwise the policy will be rejected. Two ApnSettings are considered to
    /// conflict when all of the following fields match on both: numericOperatorId, apn,
    /// proxyAddress, proxyPort, mmsProxyAddress, mmsProxyPort, mmsc, mvnoType, protocol,
    /// roamingProtocol. If some of the APN settings result in non-compliance of INVALID_VALUE ,
    /// they will be ignored. This can be set on fully managed devices on Android 10 and above. This
    /// can also be set on work profiles on Android 13 and above and only with ApnSetting's with
    /// ENTERPRISE APN type. A NonComplianceDetail with API_LEVEL is reported if the Android version
    /// is less than 10. A NonComplianceDetail with MANAGEMENT_MODE is reported for work profiles on
    /// Android versions less than 13.
    pub apn_settings: Option<Vec<crate::schemas::ApnSetting>>,
    /// Optional. Whether override APNs are disabled or enabled. See
    /// DevicePolicyManager.setOverrideApnsEnabled
    /// (<https://developer.android.com/reference/android/app/admin/DevicePolicyManager#setOverrideApnsEnabled>)
    /// for more details.
    pub override_apns: Option<crate::schemas::ApnPolicyOverrideApns>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ApnPolicy {
    /// Sets `apnSettings` (chainable).
    pub fn set_apn_settings(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ApnSetting>>,
    ) -> Self {
        self.apn_settings = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("apnSettings");
        self
    }

    /// Sends `apnSettings` as JSON `null`, which clears it on the server (chainable);
    /// `set_apn_settings` takes it back.
    #[inline]
    pub fn clear_apn_settings(mut self) -> Self {
        self.apn_settings = None;
        self.unknown_fields.insert("apnSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `overrideApns` (chainable).
    pub fn set_override_apns(
        mut self,
        value: impl Into<crate::schemas::ApnPolicyOverrideApns>,
    ) -> Self {
        self.override_apns = Some(value.into());
        self.unknown_fields.remove("overrideApns");
        self
    }

    /// Sends `overrideApns` as JSON `null`, which clears it on the server (chainable);
    /// `set_override_apns` takes it back.
    #[inline]
    pub fn clear_override_apns(mut self) -> Self {
        self.override_apns = None;
        self.unknown_fields.insert("overrideApns".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ApnPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.apn_settings {
            map.serialize_entry("apnSettings", value)?;
        }
        if let Some(value) = &self.override_apns {
            map.serialize_entry("overrideApns", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApnPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ApnPolicy {
    const NAME: &'static str = "ApnPolicy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "apnSettings" => self.apn_settings = map.next_value()?,
            "overrideApns" => self.override_apns = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Whether override APNs are disabled or enabled. See
/// DevicePolicyManager.setOverrideApnsEnabled
/// (<https://developer.android.com/reference/android/app/admin/DevicePolicyManager#setOverrideApnsEnabled>)
/// for more details.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ApnPolicyOverrideApns {
    /// Unspecified. Defaults to OVERRIDE_APNS_DISABLED.
    ///
    /// `OVERRIDE_APNS_UNSPECIFIED` on the wire.
    #[default]
    OverrideApnsUnspecified,
    /// Override APNs disabled. Any configured apnSettings are saved on the device, but are disabled
    /// and have no effect. Any other APNs on the device remain in use.
    ///
    /// `OVERRIDE_APNS_DISABLED` on the wire.
    OverrideApnsDisabled,
    /// Override APNs enabled. Only override APNs are in use, any other APNs are ignored. This can
    /// only be set on fully managed devices on Android 10 and above. For work profiles override
    /// APNs are enabled via preferentialNetworkServiceSettings and this value cannot be set. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 10. A
    /// NonComplianceDetail with MANAGEMENT_MODE is reported for work profiles.
    ///
    /// `OVERRIDE_APNS_ENABLED` on the wire.
    OverrideApnsEnabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ApnPolicyOverrideApns {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::OverrideApnsUnspecified => "OVERRIDE_APNS_UNSPECIFIED",
            Self::OverrideApnsDisabled => "OVERRIDE_APNS_DISABLED",
            Self::OverrideApnsEnabled => "OVERRIDE_APNS_ENABLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "OVERRIDE_APNS_UNSPECIFIED" => Self::OverrideApnsUnspecified,
            "OVERRIDE_APNS_DISABLED" => Self::OverrideApnsDisabled,
            "OVERRIDE_APNS_ENABLED" => Self::OverrideApnsEnabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ApnPolicyOverrideApns);
