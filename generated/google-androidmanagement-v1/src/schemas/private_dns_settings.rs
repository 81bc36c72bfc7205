use crate::runtime::{impl_open_enum, wire};

/// Controls the device's private DNS settings.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PrivateDnsSettings {
    /// Optional. The hostname of the DNS server. This must be set if and only if private_dns_mode
    /// is set to PRIVATE_DNS_SPECIFIED_HOST. Supported on Android 10 and above on fully managed
    /// devices. A NonComplianceDetail with MANAGEMENT_MODE is reported on other management modes. A
    /// NonComplianceDetail with API_LEVEL is reported if the Android version is less than 10. A
    /// NonComplianceDetail with PENDING is reported if the device is not connected to a network. A
    /// NonComplianceDetail with nonComplianceReason INVALID_VALUE and specificNonComplianceReason
    /// PRIVATE_DNS_HOST_NOT_SERVING is reported if the specified host is not a DNS server or not
    /// supported on Android. A NonComplianceDetail with INVALID_VALUE is reported if applying this
    /// setting fails for any other reason.
    pub private_dns_host: Option<String>,
    /// Optional. The configuration mode for device's global private DNS settings. If this is set to
    /// PRIVATE_DNS_SPECIFIED_HOST, then private_dns_host must be set.
    pub private_dns_mode: Option<crate::schemas::PrivateDnsSettingsPrivateDnsMode>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PrivateDnsSettings {
    /// Sets `privateDnsHost` (chainable).
    pub fn set_private_dns_host(mut self, value: impl Into<String>) -> Self {
        self.private_dns_host = Some(value.into());
        self.unknown_fields.remove("privateDnsHost");
        self
    }

    /// Sends `privateDnsHost` as JSON `null`, which clears it on the server (chainable);
    /// `set_private_dns_host` takes it back.
    #[inline]
    pub fn clear_private_dns_host(mut self) -> Self {
        self.private_dns_host = None;
        self.unknown_fields.insert("privateDnsHost".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `privateDnsMode` (chainable).
    pub fn set_private_dns_mode(
        mut self,
        value: impl Into<crate::schemas::PrivateDnsSettingsPrivateDnsMode>,
    ) -> Self {
        self.private_dns_mode = Some(value.into());
        self.unknown_fields.remove("privateDnsMode");
        self
    }

    /// Sends `privateDnsMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_private_dns_mode` takes it back.
    #[inline]
    pub fn clear_private_dns_mode(mut self) -> Self {
        self.private_dns_mode = None;
        self.unknown_fields.insert("privateDnsMode".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PrivateDnsSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.private_dns_host {
            map.serialize_entry("privateDnsHost", value)?;
        }
        if let Some(value) = &self.private_dns_mode {
            map.serialize_entry("privateDnsMode", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrivateDnsSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PrivateDnsSettings {
    const NAME: &'static str = "PrivateDnsSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "privateDnsHost" => self.private_dns_host = map.next_value()?,
            "privateDnsMode" => self.private_dns_mode = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. The configuration mode for device's global private DNS settings. If this is set to
/// PRIVATE_DNS_SPECIFIED_HOST, then private_dns_host must be set.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PrivateDnsSettingsPrivateDnsMode {
    /// Unspecified. Defaults to PRIVATE_DNS_USER_CHOICE.
    ///
    /// `PRIVATE_DNS_MODE_UNSPECIFIED` on the wire.
    #[default]
    PrivateDnsModeUnspecified,
    /// The user is allowed to configure private DNS.
    ///
    /// `PRIVATE_DNS_USER_CHOICE` on the wire.
    PrivateDnsUserChoice,
    /// Automatic private DNS mode. The device tries to use the network-provided DNS server over an
    /// encrypted connection before resorting to cleartext. The user is not allowed to modify this
    /// setting. Supported on Android 10 and above on fully managed devices and work profiles on
    /// company-owned devices. A NonComplianceDetail with MANAGEMENT_MODE is reported on other
    /// management modes. A NonComplianceDetail with API_LEVEL is reported if the Android version is
    /// less than 10. A NonComplianceDetail with INVALID_VALUE is reported if setting this fails for
    /// any other reason.Note: For work profiles on company-owned devices, setting this mode
    /// prevents the user from changing the setting, but the active private DNS setting is not
    /// modified. A NonComplianceDetail with MANAGEMENT_MODE is reported in this case.
    ///
    /// `PRIVATE_DNS_AUTOMATIC` on the wire.
    PrivateDnsAutomatic,
    /// The device only uses the DNS server specified in private_dns_host. The user is not allowed
    /// to modify this setting. If this is set, then private_dns_host must be set. Supported on
    /// Android 10 and above on fully managed devices. A NonComplianceDetail with MANAGEMENT_MODE is
    /// reported on other management modes. A NonComplianceDetail with API_LEVEL is reported if the
    /// Android version is less than 10.
    ///
    /// `PRIVATE_DNS_SPECIFIED_HOST` on the wire.
    PrivateDnsSpecifiedHost,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PrivateDnsSettingsPrivateDnsMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PrivateDnsModeUnspecified => "PRIVATE_DNS_MODE_UNSPECIFIED",
            Self::PrivateDnsUserChoice => "PRIVATE_DNS_USER_CHOICE",
            Self::PrivateDnsAutomatic => "PRIVATE_DNS_AUTOMATIC",
            Self::PrivateDnsSpecifiedHost => "PRIVATE_DNS_SPECIFIED_HOST",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PRIVATE_DNS_MODE_UNSPECIFIED" => Self::PrivateDnsModeUnspecified,
            "PRIVATE_DNS_USER_CHOICE" => Self::PrivateDnsUserChoice,
            "PRIVATE_DNS_AUTOMATIC" => Self::PrivateDnsAutomatic,
            "PRIVATE_DNS_SPECIFIED_HOST" => Self::PrivateDnsSpecifiedHost,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PrivateDnsSettingsPrivateDnsMode);
