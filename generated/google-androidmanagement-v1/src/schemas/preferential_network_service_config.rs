use crate::runtime::{impl_open_enum, wire};

/// Individual preferential network service configuration.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PreferentialNetworkServiceConfig {
    /// Optional. Whether fallback to the device-wide default network is allowed. If this is set to
    /// FALLBACK_TO_DEFAULT_CONNECTION_ALLOWED, then nonMatchingNetworks must not be set to
    /// NON_MATCHING_NETWORKS_DISALLOWED, the policy will be rejected otherwise. Note: If this is
    /// set to FALLBACK_TO_DEFAULT_CONNECTION_DISALLOWED, applications are not able to access the
    /// internet if the 5G slice is not available.
    pub fallback_to_default_connection: Option<
        crate::schemas::PreferentialNetworkServiceConfigFallbackToDefaultConnection,
    >,
    /// Optional. Whether apps this configuration applies to are blocked from using networks other
    /// than the preferential service. If this is set to NON_MATCHING_NETWORKS_DISALLOWED, then
    /// fallbackToDefaultConnection must be set to FALLBACK_TO_DEFAULT_CONNECTION_DISALLOWED.
    pub non_matching_networks: Option<
        crate::schemas::PreferentialNetworkServiceConfigNonMatchingNetworks,
    >,
    /// Required. Preferential network identifier. This must not be set to NO_PREFERENTIAL_NETWORK
    /// or PREFERENTIAL_NETWORK_ID_UNSPECIFIED, the policy will be rejected otherwise.
    pub preferential_network_id: Option<
        crate::schemas::PreferentialNetworkServiceConfigPreferentialNetworkId,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PreferentialNetworkServiceConfig {
    /// Sets `fallbackToDefaultConnection` (chainable).
    pub fn set_fallback_to_default_connection(
        mut self,
        value: impl Into<
            crate::schemas::PreferentialNetworkServiceConfigFallbackToDefaultConnection,
        >,
    ) -> Self {
        self.fallback_to_default_connection = Some(value.into());
        self.unknown_fields.remove("fallbackToDefaultConnection");
        self
    }

    /// Sends `fallbackToDefaultConnection` as JSON `null`, which clears it on the server
    /// (chainable); `set_fallback_to_default_connection` takes it back.
    #[inline]
    pub fn clear_fallback_to_default_connection(mut self) -> Self {
        self.fallback_to_default_connection = None;
        self.unknown_fields
            .insert("fallbackToDefaultConnection".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `nonMatchingNetworks` (chainable).
    pub fn set_non_matching_networks(
        mut self,
        value: impl Into<
            crate::schemas::PreferentialNetworkServiceConfigNonMatchingNetworks,
        >,
    ) -> Self {
        self.non_matching_networks = Some(value.into());
        self.unknown_fields.remove("nonMatchingNetworks");
        self
    }

    /// Sends `nonMatchingNetworks` as JSON `null`, which clears it on the server (chainable);
    /// `set_non_matching_networks` takes it back.
    #[inline]
    pub fn clear_non_matching_networks(mut self) -> Self {
        self.non_matching_networks = None;
        self.unknown_fields
            .insert("nonMatchingNetworks".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `preferentialNetworkId` (chainable).
    pub fn set_preferential_network_id(
        mut self,
        value: impl Into<
            crate::schemas::PreferentialNetworkServiceConfigPreferentialNetworkId,
        >,
    ) -> Self {
        self.preferential_network_id = Some(value.into());
        self.unknown_fields.remove("preferentialNetworkId");
        self
    }

    /// Sends `preferentialNetworkId` as JSON `null`, which clears it on the server (chainable);
    /// `set_preferential_network_id` takes it back.
    #[inline]
    pub fn clear_preferential_network_id(mut self) -> Self {
        self.preferential_network_id = None;
        self.unknown_fields
            .insert("preferentialNetworkId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PreferentialNetworkServiceConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.fallback_to_default_connection {
            map.serialize_entry("fallbackToDefaultConnection", value)?;
        }
        if let Some(value) = &self.non_matching_networks {
            map.serialize_entry("nonMatchingNetworks", value)?;
        }
        if let Some(value) = &self.preferential_network_id {
            map.serialize_entry("preferentialNetworkId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PreferentialNetworkServiceConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PreferentialNetworkServiceConfig {
    const NAME: &'static str = "PreferentialNetworkServiceConfig";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "fallbackToDefaultConnection" => {
                self.fallback_to_default_connection = map.next_value()?;
            }
            "nonMatchingNetworks" => self.non_matching_networks = map.next_value()?,
            "preferentialNetworkId" => self.preferential_network_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Optional. Whether fallback to the device-wide default network is allowed. If this is set to
/// FALLBACK_TO_DEFAULT_CONNECTION_ALLOWED, then nonMatchingNetworks must not be set to
/// NON_MATCHING_NETWORKS_DISALLOWED, the policy will be rejected otherwise. Note: If this is
/// set to FALLBACK_TO_DEFAULT_CONNECTION_DISALLOWED, applications are not able to access the
/// internet if the 5G slice is not available.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PreferentialNetworkServiceConfigFallbackToDefaultConnection {
    /// Unspecified. Defaults to FALLBACK_TO_DEFAULT_CONNECTION_ALLOWED.
    ///
    /// `FALLBACK_TO_DEFAULT_CONNECTION_UNSPECIFIED` on the wire.
    #[default]
    FallbackToDefaultConnectionUnspecified,
    /// Fallback to default connection is allowed. If this is set, nonMatchingNetworks must not be
    /// set to NON_MATCHING_NETWORKS_DISALLOWED, the policy will be rejected otherwise.
    ///
    /// `FALLBACK_TO_DEFAULT_CONNECTION_ALLOWED` on the wire.
    FallbackToDefaultConnectionAllowed,
    /// Fallback to default connection is not allowed.
    ///
    /// `FALLBACK_TO_DEFAULT_CONNECTION_DISALLOWED` on the wire.
    FallbackToDefaultConnectionDisallowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PreferentialNetworkServiceConfigFallbackToDefaultConnection {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::FallbackToDefaultConnectionUnspecified => {
                "FALLBACK_TO_DEFAULT_CONNECTION_UNSPECIFIED"
            }
            Self::FallbackToDefaultConnectionAllowed => {
                "FALLBACK_TO_DEFAULT_CONNECTION_ALLOWED"
            }
            Self::FallbackToDefaultConnectionDisallowed => {
                "FALLBACK_TO_DEFAULT_CONNECTION_DISALLOWED"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "FALLBACK_TO_DEFAULT_CONNECTION_UNSPECIFIED" => {
                Self::FallbackToDefaultConnectionUnspecified
            }
            "FALLBACK_TO_DEFAULT_CONNECTION_ALLOWED" => {
                Self::FallbackToDefaultConnectionAllowed
            }
            "FALLBACK_TO_DEFAULT_CONNECTION_DISALLOWED" => {
                Self::FallbackToDefaultConnectionDisallowed
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PreferentialNetworkServiceConfigFallbackToDefaultConnection);

/// Optional. Whether apps this configuration applies to are blocked from using networks other
/// than the preferential service. If this is set to NON_MATCHING_NETWORKS_DISALLOWED, then
/// fallbackToDefaultConnection must be set to FALLBACK_TO_DEFAULT_CONNECTION_DISALLOWED.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PreferentialNetworkServiceConfigNonMatchingNetworks {
    /// Unspecified. Defaults to NON_MATCHING_NETWORKS_ALLOWED.
    ///
    /// `NON_MATCHING_NETWORKS_UNSPECIFIED` on the wire.
    #[default]
    NonMatchingNetworksUnspecified,
    /// Apps this configuration applies to are allowed to use networks other than the preferential
    /// service.
    ///
    /// `NON_MATCHING_NETWORKS_ALLOWED` on the wire.
    NonMatchingNetworksAllowed,
    /// Apps this configuration applies to are disallowed from using other networks than the
    /// preferential service. This can be set on Android 14 and above. A NonComplianceDetail with
    /// API_LEVEL is reported if the Android version is less than 14. If this is set,
    /// fallbackToDefaultConnection must be set to FALLBACK_TO_DEFAULT_CONNECTION_DISALLOWED, the
    /// policy will be rejected otherwise.
    ///
    /// `NON_MATCHING_NETWORKS_DISALLOWED` on the wire.
    NonMatchingNetworksDisallowed,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PreferentialNetworkServiceConfigNonMatchingNetworks {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NonMatchingNetworksUnspecified => "NON_MATCHING_NETWORKS_UNSPECIFIED",
            Self::NonMatchingNetworksAllowed => "NON_MATCHING_NETWORKS_ALLOWED",
            Self::NonMatchingNetworksDisallowed => "NON_MATCHING_NETWORKS_DISALLOWED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "NON_MATCHING_NETWORKS_UNSPECIFIED" => Self::NonMatchingNetworksUnspecified,
            "NON_MATCHING_NETWORKS_ALLOWED" => Self::NonMatchingNetworksAllowed,
            "NON_MATCHING_NETWORKS_DISALLOWED" => Self::NonMatchingNetworksDisallowed,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PreferentialNetworkServiceConfigNonMatchingNetworks);

/// Required. Preferential network identifier. This must not be set to NO_PREFERENTIAL_NETWORK
/// or PREFERENTIAL_NETWORK_ID_UNSPECIFIED, the policy will be rejected otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PreferentialNetworkServiceConfigPreferentialNetworkId {
    /// Whether this value is valid and what it means depends on where it is used, and this is
    /// documented on the relevant fields.
    ///
    /// `PREFERENTIAL_NETWORK_ID_UNSPECIFIED` on the wire.
    #[default]
    PreferentialNetworkIdUnspecified,
    /// Application does not use any preferential network.
    ///
    /// `NO_PREFERENTIAL_NETWORK` on the wire.
    NoPreferentialNetwork,
    /// Preferential network identifier 1.
    ///
    /// `PREFERENTIAL_NETWORK_ID_ONE` on the wire.
    PreferentialNetworkIdOne,
    /// Preferential network identifier 2.
    ///
    /// `PREFERENTIAL_NETWORK_ID_TWO` on the wire.
    PreferentialNetworkIdTwo,
    /// Preferential network identifier 3.
    ///
    /// `PREFERENTIAL_NETWORK_ID_THREE` on the wire.
    PreferentialNetworkIdThree,
    /// Preferential network identifier 4.
    ///
    /// `PREFERENTIAL_NETWORK_ID_FOUR` on the wire.
    PreferentialNetworkIdFour,
    /// Preferential network identifier 5.
    ///
    /// `PREFERENTIAL_NETWORK_ID_FIVE` on the wire.
    PreferentialNetworkIdFive,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PreferentialNetworkServiceConfigPreferentialNetworkId {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::PreferentialNetworkIdUnspecified => {
                "PREFERENTIAL_NETWORK_ID_UNSPECIFIED"
            }
            Self::NoPreferentialNetwork => "NO_PREFERENTIAL_NETWORK",
            Self::PreferentialNetworkIdOne => "PREFERENTIAL_NETWORK_ID_ONE",
            Self::PreferentialNetworkIdTwo => "PREFERENTIAL_NETWORK_ID_TWO",
            Self::PreferentialNetworkIdThree => "PREFERENTIAL_NETWORK_ID_THREE",
            Self::PreferentialNetworkIdFour => "PREFERENTIAL_NETWORK_ID_FOUR",
            Self::PreferentialNetworkIdFive => "PREFERENTIAL_NETWORK_ID_FIVE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "PREFERENTIAL_NETWORK_ID_UNSPECIFIED" => {
                Self::PreferentialNetworkIdUnspecified
            }
            "NO_PREFERENTIAL_NETWORK" => Self::NoPreferentialNetwork,
            "PREFERENTIAL_NETWORK_ID_ONE" => Self::PreferentialNetworkIdOne,
            "PREFERENTIAL_NETWORK_ID_TWO" => Self::PreferentialNetworkIdTwo,
            "PREFERENTIAL_NETWORK_ID_THREE" => Self::PreferentialNetworkIdThree,
            "PREFERENTIAL_NETWORK_ID_FOUR" => Self::PreferentialNetworkIdFour,
            "PREFERENTIAL_NETWORK_ID_FIVE" => Self::PreferentialNetworkIdFive,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PreferentialNetworkServiceConfigPreferentialNetworkId);
