use crate::runtime::wire;

/// Settings controlling the behavior of status reports.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StatusReportingSettings {
    /// Application reporting settings. Only applicable if application_reports_enabled is true.
    pub application_reporting_settings: Option<
        crate::schemas::ApplicationReportingSettings,
    >,
    /// Whether app reports are enabled.
    pub application_reports_enabled: Option<bool>,
    /// Whether Common Criteria Mode reporting is enabled. This is supported only on company-owned
    /// devices.
    pub common_criteria_mode_enabled: Option<bool>,
    /// Optional. Whether defaultApplicationInfo reporting is enabled.
    pub default_application_info_reporting_enabled: Option<bool>,
    /// Whether device settings reporting is enabled.
    pub device_settings_enabled: Option<bool>,
    /// Whether displays reporting is enabled. Report data is not available for personally owned
    /// devices with work profiles.
    pub display_info_enabled: Option<bool>,
    /// Whether hardware status reporting is enabled. Report data is not available for personally
    /// owned devices with work profiles.
    pub hardware_status_enabled: Option<bool>,
    /// Whether memory event reporting is enabled.
    pub memory_info_enabled: Option<bool>,
    /// Whether network info reporting is enabled.
    pub network_info_enabled: Option<bool>,
    /// Whether power management event reporting is enabled. Report data is not available for
    /// personally owned devices with work profiles.
    pub power_management_events_enabled: Option<bool>,
    /// Whether software info reporting is enabled.
    pub software_info_enabled: Option<bool>,
    /// Whether system properties reporting is enabled.
    pub system_properties_enabled: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl StatusReportingSettings {
    /// Sets `applicationReportingSettings` (chainable).
    pub fn set_application_reporting_settings(
        mut self,
        value: impl Into<crate::schemas::ApplicationReportingSettings>,
    ) -> Self {
        self.application_reporting_settings = Some(value.into());
        self.unknown_fields.remove("applicationReportingSettings");
        self
    }

    /// Sends `applicationReportingSettings` as JSON `null`, which clears it on the server
    /// (chainable); `set_application_reporting_settings` takes it back.
    #[inline]
    pub fn clear_application_reporting_settings(mut self) -> Self {
        self.application_reporting_settings = None;
        self.unknown_fields
            .insert("applicationReportingSettings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `applicationReportsEnabled` (chainable).
    pub fn set_application_reports_enabled(mut self, value: impl Into<bool>) -> Self {
        self.application_reports_enabled = Some(value.into());
        self.unknown_fields.remove("applicationReportsEnabled");
        self
    }

    /// Sends `applicationReportsEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_application_reports_enabled` takes it back.
    #[inline]
    pub fn clear_application_reports_enabled(mut self) -> Self {
        self.application_reports_enabled = None;
        self.unknown_fields
            .insert("applicationReportsEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `commonCriteriaModeEnabled` (chainable).
    pub fn set_common_criteria_mode_enabled(mut self, value: impl Into<bool>) -> Self {
        self.common_criteria_mode_enabled = Some(value.into());
        self.unknown_fields.remove("commonCriteriaModeEnabled");
        self
    }

    /// Sends `commonCriteriaModeEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_common_criteria_mode_enabled` takes it back.
    #[inline]
    pub fn clear_common_criteria_mode_enabled(mut self) -> Self {
        self.common_criteria_mode_enabled = None;
        self.unknown_fields
            .insert("commonCriteriaModeEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `defaultApplicationInfoReportingEnabled` (chainable).
    pub fn set_default_application_info_reporting_enabled(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.default_application_info_reporting_enabled = Some(value.into());
        self.unknown_fields.remove("defaultApplicationInfoReportingEnabled");
        self
    }

    /// Sends `defaultApplicationInfoReportingEnabled` as JSON `null`, which clears it on the server
    /// (chainable); `set_default_application_info_reporting_enabled` takes it back.
    #[inline]
    pub fn clear_default_application_info_reporting_enabled(mut self) -> Self {
        self.default_application_info_reporting_enabled = None;
        self.unknown_fields
            .insert(
                "defaultApplicationInfoReportingEnabled".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `deviceSettingsEnabled` (chainable).
    pub fn set_device_settings_enabled(mut self, value: impl Into<bool>) -> Self {
        self.device_settings_enabled = Some(value.into());
        self.unknown_fields.remove("deviceSettingsEnabled");
        self
    }

    /// Sends `deviceSettingsEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_settings_enabled` takes it back.
    #[inline]
    pub fn clear_device_settings_enabled(mut self) -> Self {
        self.device_settings_enabled = None;
        self.unknown_fields
            .insert("deviceSettingsEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `displayInfoEnabled` (chainable).
    pub fn set_display_info_enabled(mut self, value: impl Into<bool>) -> Self {
        self.display_info_enabled = Some(value.into());
        self.unknown_fields.remove("displayInfoEnabled");
        self
    }

    /// Sends `displayInfoEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_info_enabled` takes it back.
    #[inline]
    pub fn clear_display_info_enabled(mut self) -> Self {
        self.display_info_enabled = None;
        self.unknown_fields
            .insert("displayInfoEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `hardwareStatusEnabled` (chainable).
    pub fn set_hardware_status_enabled(mut self, value: impl Into<bool>) -> Self {
        self.hardware_status_enabled = Some(value.into());
        self.unknown_fields.remove("hardwareStatusEnabled");
        self
    }

    /// Sends `hardwareStatusEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_hardware_status_enabled` takes it back.
    #[inline]
    pub fn clear_hardware_status_enabled(mut self) -> Self {
        self.hardware_status_enabled = None;
        self.unknown_fields
            .insert("hardwareStatusEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `memoryInfoEnabled` (chainable).
    pub fn set_memory_info_enabled(mut self, value: impl Into<bool>) -> Self {
        self.memory_info_enabled = Some(value.into());
        self.unknown_fields.remove("memoryInfoEnabled");
        self
    }

    /// Sends `memoryInfoEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_memory_info_enabled` takes it back.
    #[inline]
    pub fn clear_memory_info_enabled(mut self) -> Self {
        self.memory_info_enabled = None;
        self.unknown_fields
            .insert("memoryInfoEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `networkInfoEnabled` (chainable).
    pub fn set_network_info_enabled(mut self, value: impl Into<bool>) -> Self {
        self.network_info_enabled = Some(value.into());
        self.unknown_fields.remove("networkInfoEnabled");
        self
    }

    /// Sends `networkInfoEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_network_info_enabled` takes it back.
    #[inline]
    pub fn clear_network_info_enabled(mut self) -> Self {
        self.network_info_enabled = None;
        self.unknown_fields
            .insert("networkInfoEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `powerManagementEventsEnabled` (chainable).
    pub fn set_power_management_events_enabled(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.power_management_events_enabled = Some(value.into());
        self.unknown_fields.remove("powerManagementEventsEnabled");
        self
    }

    /// Sends `powerManagementEventsEnabled` as JSON `null`, which clears it on the server
    /// (chainable); `set_power_management_events_enabled` takes it back.
    #[inline]
    pub fn clear_power_management_events_enabled(mut self) -> Self {
        self.power_management_events_enabled = None;
        self.unknown_fields
            .insert("powerManagementEventsEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `softwareInfoEnabled` (chainable).
    pub fn set_software_info_enabled(mut self, value: impl Into<bool>) -> Self {
        self.software_info_enabled = Some(value.into());
        self.unknown_fields.remove("softwareInfoEnabled");
        self
    }

    /// Sends `softwareInfoEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_software_info_enabled` takes it back.
    #[inline]
    pub fn clear_software_info_enabled(mut self) -> Self {
        self.software_info_enabled = None;
        self.unknown_fields
            .insert("softwareInfoEnabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `systemPropertiesEnabled` (chainable).
    pub fn set_system_properties_enabled(mut self, value: impl Into<bool>) -> Self {
        self.system_properties_enabled = Some(value.into());
        self.unknown_fields.remove("systemPropertiesEnabled");
        self
    }

    /// Sends `systemPropertiesEnabled` as JSON `null`, which clears it on the server (chainable);
    /// `set_system_properties_enabled` takes it back.
    #[inline]
    pub fn clear_system_properties_enabled(mut self) -> Self {
        self.system_properties_enabled = None;
        self.unknown_fields
            .insert("systemPropertiesEnabled".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for StatusReportingSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.application_reporting_settings {
            map.serialize_entry("applicationReportingSettings", value)?;
        }
        if let Some(value) = &self.application_reports_enabled {
            map.serialize_entry("applicationReportsEnabled", value)?;
        }
        if let Some(value) = &self.common_criteria_mode_enabled {
            map.serialize_entry("commonCriteriaModeEnabled", value)?;
        }
        if let Some(value) = &self.default_application_info_reporting_enabled {
            map.serialize_entry("defaultApplicationInfoReportingEnabled", value)?;
        }
        if let Some(value) = &self.device_settings_enabled {
            map.serialize_entry("deviceSettingsEnabled", value)?;
        }
        if let Some(value) = &self.display_info_enabled {
            map.serialize_entry("displayInfoEnabled", value)?;
        }
        if let Some(value) = &self.hardware_status_enabled {
            map.serialize_entry("hardwareStatusEnabled", value)?;
        }
        if let Some(value) = &self.memory_info_enabled {
            map.serialize_entry("memoryInfoEnabled", value)?;
        }
        if let Some(value) = &self.network_info_enabled {
            map.serialize_entry("networkInfoEnabled", value)?;
        }
        if let Some(value) = &self.power_management_events_enabled {
            map.serialize_entry("powerManagementEventsEnabled", value)?;
        }
        if let Some(value) = &self.software_info_enabled {
            map.serialize_entry("softwareInfoEnabled", value)?;
        }
        if let Some(value) = &self.system_properties_enabled {
            map.serialize_entry("systemPropertiesEnabled", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StatusReportingSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for StatusReportingSettings {
    const NAME: &'static str = "StatusReportingSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "applicationReportingSettings" => {
                self.application_reporting_settings = map.next_value()?;
            }
            "applicationReportsEnabled" => {
                self.application_reports_enabled = map.next_value()?;
            }
            "commonCriteriaModeEnabled" => {
                self.common_criteria_mode_enabled = map.next_value()?;
            }
            "defaultApplicationInfoReportingEnabled" => {
                self.default_application_info_reporting_enabled = map.next_value()?;
            }
            "deviceSettingsEnabled" => self.device_settings_enabled = map.next_value()?,
            "displayInfoEnabled" => self.display_info_enabled = map.next_value()?,
            "hardwareStatusEnabled" => self.hardware_status_enabled = map.next_value()?,
            "memoryInfoEnabled" => self.memory_info_enabled = map.next_value()?,
            "networkInfoEnabled" => self.network_info_enabled = map.next_value()?,
            "powerManagementEventsEnabled" => {
                self.power_management_events_enabled = map.next_value()?;
            }
            "softwareInfoEnabled" => self.software_info_enabled = map.next_value()?,
            "systemPropertiesEnabled" => {
                self.system_properties_enabled = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
