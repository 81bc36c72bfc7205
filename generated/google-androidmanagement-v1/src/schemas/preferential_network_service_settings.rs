use crate::runtime::{impl_open_enum, wire};

/// Preferential network service settings.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PreferentialNetworkServiceSettings {
    /// Required. Default preferential network ID for the applications that are not in applications
    /// or if ApplicationPolicy.preferentialNetworkId is set to PREFERENTIAL_NETWORK_ID_UNSPECIFIED.
    /// There must be a configuration for the specified network ID in
    /// preferentialNetworkServiceConfigs, unless this is set to NO_PREFERENTIAL_NETWORK. If set to
    /// PREFERENTIAL_NETWORK_ID_UNSPECIFIED or unset, this defaults to NO_PREFERENTIAL_NETWORK.
    /// Note: If the default preferential network is misconfigured, applications with no
    /// ApplicationPolicy.preferentialNetworkId set are not able to access the internet. This
    /// setting does not apply to the following critical apps: com.google.android.apps.work.clouddpc
    /// com.google.android.gmsApplicationPolicy.preferentialNetworkId can still be used to configure
    /// the preferential network for them.
    pub default_preferential_network_id: Option<
        crate::schemas::PreferentialNetworkServiceSettingsDefaultPreferentialNetworkId,
    >,
    /// Required. Preferential network service configurations which enables having multiple
    /// enterprise slices. There must not be multiple configurations with the same
    /// preferentialNetworkId. If a configuration is not referenced by any application by setting
    /// ApplicationPolicy.preferentialNetworkId or by setting defaultPreferentialNetworkId, it will
    /// be ignored. For devices on 4G networks, enterprise APN needs to be configured additionally
    /// to set up data call for preferential network service. These APNs can be added using
    /// apnPolicy.
    pub preferential_network_service_configs: Option<
        Vec<crate::schemas::PreferentialNetworkServiceConfig>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PreferentialNetworkServiceSettings {
    /// Sets `defaultPreferentialNetworkId` (chainable).
    pub fn set_default_preferential_network_id(
        mut self,
        value: impl Into<
            crate::schemas::PreferentialNetworkServiceSettingsDefaultPreferentialNetworkId,
        >,
    ) -> Self {
        self.default_preferential_network_id = Some(value.into());
        self.unknown_fields.remove("defaultPreferentialNetworkId");
        self
    }

    /// Sends `defaultPreferentialNetworkId` as JSON `null`, which clears it on the server
    /// (chainable); `set_default_preferential_network_id` takes it back.
    #[inline]
    pub fn clear_default_preferential_network_id(mut self) -> Self {
        self.default_preferential_network_id = None;
        self.unknown_fields
            .insert("defaultPreferentialNetworkId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `preferentialNetworkServiceConfigs` (chainable).
    pub fn set_preferential_network_service_configs(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::PreferentialNetworkServiceConfig>,
        >,
    ) -> Self {
        self.preferential_network_service_configs = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("preferentialNetworkServiceConfigs");
        self
    }

    /// Sends `preferentialNetworkServiceConfigs` as JSON `null`, which clears it on the server
    /// (chainable); `set_preferential_network_service_configs` takes it back.
    #[inline]
    pub fn clear_preferential_network_service_configs(mut self) -> Self {
        self.preferential_network_service_configs = None;
        self.unknown_fields
            .insert(
                "preferentialNetworkServiceConfigs".to_owned(),
                serde_json::Value::Null,
            );
        self
    }
}

impl serde::Serialize for PreferentialNetworkServiceSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.default_preferential_network_id {
            map.serialize_entry("defaultPreferentialNetworkId", value)?;
        }
        if let Some(value) = &self.preferential_network_service_configs {
            map.serialize_entry("preferentialNetworkServiceConfigs", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PreferentialNetworkServiceSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PreferentialNetworkServiceSettings {
    const NAME: &'static str = "PreferentialNetworkServiceSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "defaultPreferentialNetworkId" => {
                self.default_preferential_network_id = map.next_value()?;
            }
            "preferentialNetworkServiceConfigs" => {
                self.preferential_network_service_configs = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Required. Default preferential network ID for the applications that are not in applications
/// or if ApplicationPolicy.preferentialNetworkId is set to PREFERENTIAL_NETWORK_ID_UNSPECIFIED.
/// There must be a configuration for the specified network ID in
/// preferentialNetworkServiceConfigs, unless this is set to NO_PREFERENTIAL_NETWORK. If set to
/// PREFERENTIAL_NETWORK_ID_UNSPECIFIED or unset, this defaults to NO_PREFERENTIAL_NETWORK.
/// Note: If the default preferential network is misconfigured, applications with no
/// ApplicationPolicy.preferentialNetworkId set are not able to access the internet. This
/// setting does not apply to the following critical apps: com.google.android.apps.work.clouddpc
/// com.google.android.gmsApplicationPolicy.preferentialNetworkId can still be used to configure
/// the preferential network for them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PreferentialNetworkServiceSettingsDefaultPreferentialNetworkId {
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

impl wire::OpenEnum for PreferentialNetworkServiceSettingsDefaultPreferentialNetworkId {
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
impl_open_enum!(PreferentialNetworkServiceSettingsDefaultPreferentialNetworkId);
