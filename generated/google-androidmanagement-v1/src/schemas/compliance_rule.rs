use crate::runtime::wire;

/// A rule declaring which mitigating actions to take when a device is not compliant with its
/// policy. For every rule, there is always an implicit mitigating action to set
/// policy_compliant to false for the Device resource, and display a message on the device
/// indicating that the device is not compliant with its policy. Other mitigating actions may
/// optionally be taken as well, depending on the field values in the rule.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ComplianceRule {
    /// A condition which is satisfied if the Android Framework API level on the device doesn't meet
    /// a minimum requirement.
    pub api_level_condition: Option<crate::schemas::ApiLevelCondition>,
    /// If set to true, the rule includes a mitigating action to disable apps so that the device is
    /// effectively disabled, but app data is preserved. If the device is running an app in locked
    /// task mode, the app will be closed and a UI showing the reason for non-compliance will be
    /// displayed.
    pub disable_apps: Option<bool>,
    /// A condition which is satisfied if there exists any matching NonComplianceDetail for the
    /// device.
    pub non_compliance_detail_condition: Option<
        crate::schemas::NonComplianceDetailCondition,
    >,
    /// If set, the rule includes a mitigating action to disable apps specified in the list, but app
    /// data is preserved.
    pub package_names_to_disable: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ComplianceRule {
    /// Sets `apiLevelCondition` (chainable).
    pub fn set_api_level_condition(
        mut self,
        value: impl Into<crate::schemas::ApiLevelCondition>,
    ) -> Self {
        self.api_level_condition = Some(value.into());
        self.unknown_fields.remove("apiLevelCondition");
        self
    }

    /// Sends `apiLevelCondition` as JSON `null`, which clears it on the server (chainable);
    /// `set_api_level_condition` takes it back.
    #[inline]
    pub fn clear_api_level_condition(mut self) -> Self {
        self.api_level_condition = None;
        self.unknown_fields
            .insert("apiLevelCondition".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `disableApps` (chainable).
    pub fn set_disable_apps(mut self, value: impl Into<bool>) -> Self {
        self.disable_apps = Some(value.into());
        self.unknown_fields.remove("disableApps");
        self
    }

    /// Sends `disableApps` as JSON `null`, which clears it on the server (chainable);
    /// `set_disable_apps` takes it back.
    #[inline]
    pub fn clear_disable_apps(mut self) -> Self {
        self.disable_apps = None;
        self.unknown_fields.insert("disableApps".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `nonComplianceDetailCondition` (chainable).
    pub fn set_non_compliance_detail_condition(
        mut self,
        value: impl Into<crate::schemas::NonComplianceDetailCondition>,
    ) -> Self {
        self.non_compliance_detail_condition = Some(value.into());
        self.unknown_fields.remove("nonComplianceDetailCondition");
        self
    }

    /// Sends `nonComplianceDetailCondition` as JSON `null`, which clears it on the server
    /// (chainable); `set_non_compliance_detail_condition` takes it back.
    #[inline]
    pub fn clear_non_compliance_detail_condition(mut self) -> Self {
        self.non_compliance_detail_condition = None;
        self.unknown_fields
            .insert("nonComplianceDetailCondition".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `packageNamesToDisable` (chainable).
    pub fn set_package_names_to_disable(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.package_names_to_disable = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("packageNamesToDisable");
        self
    }

    /// Sends `packageNamesToDisable` as JSON `null`, which clears it on the server (chainable);
    /// `set_package_names_to_disable` takes it back.
    #[inline]
    pub fn clear_package_names_to_disable(mut self) -> Self {
        self.package_names_to_disable = None;
        self.unknown_fields
            .insert("packageNamesToDisable".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ComplianceRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.api_level_condition {
            map.serialize_entry("apiLevelCondition", value)?;
        }
        if let Some(value) = &self.disable_apps {
            map.serialize_entry("disableApps", value)?;
        }
        if let Some(value) = &self.non_compliance_detail_condition {
            map.serialize_entry("nonComplianceDetailCondition", value)?;
        }
        if let Some(value) = &self.package_names_to_disable {
            map.serialize_entry("packageNamesToDisable", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ComplianceRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ComplianceRule {
    const NAME: &'static str = "ComplianceRule";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "apiLevelCondition" => self.api_level_condition = map.next_value()?,
            "disableApps" => self.disable_apps = map.next_value()?,
            "nonComplianceDetailCondition" => {
                self.non_compliance_detail_condition = map.next_value()?;
            }
            "packageNamesToDisable" => self.package_names_to_disable = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
