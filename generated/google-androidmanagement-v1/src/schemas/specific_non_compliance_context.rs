use crate::runtime::wire;

/// Additional context for SpecificNonComplianceReason.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SpecificNonComplianceContext {
    /// Output only. Additional context for non-compliance related to default application settings.
    /// See DEFAULT_APPLICATION_SETTING_FAILED_FOR_SCOPE.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub default_application_context: Option<crate::schemas::DefaultApplicationContext>,
    /// Additional context for non-compliance related to Wi-Fi configuration. See
    /// ONC_WIFI_INVALID_VALUE and ONC_WIFI_API_LEVEL
    pub onc_wifi_context: Option<crate::schemas::OncWifiContext>,
    /// Additional context for non-compliance related to password policies. See
    /// PASSWORD_POLICIES_PASSWORD_EXPIRED and PASSWORD_POLICIES_PASSWORD_NOT_SUFFICIENT.
    pub password_policies_context: Option<crate::schemas::PasswordPoliciesContext>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SpecificNonComplianceContext {
    /// Sets `defaultApplicationContext` (chainable).
    pub fn set_default_application_context(
        mut self,
        value: impl Into<crate::schemas::DefaultApplicationContext>,
    ) -> Self {
        self.default_application_context = Some(value.into());
        self.unknown_fields.remove("defaultApplicationContext");
        self
    }

    /// Sends `defaultApplicationContext` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_application_context` takes it back.
    #[inline]
    pub fn clear_default_application_context(mut self) -> Self {
        self.default_application_context = None;
        self.unknown_fields
            .insert("defaultApplicationContext".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `oncWifiContext` (chainable).
    pub fn set_onc_wifi_context(
        mut self,
        value: impl Into<crate::schemas::OncWifiContext>,
    ) -> Self {
        self.onc_wifi_context = Some(value.into());
        self.unknown_fields.remove("oncWifiContext");
        self
    }

    /// Sends `oncWifiContext` as JSON `null`, which clears it on the server (chainable);
    /// `set_onc_wifi_context` takes it back.
    #[inline]
    pub fn clear_onc_wifi_context(mut self) -> Self {
        self.onc_wifi_context = None;
        self.unknown_fields.insert("oncWifiContext".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `passwordPoliciesContext` (chainable).
    pub fn set_password_policies_context(
        mut self,
        value: impl Into<crate::schemas::PasswordPoliciesContext>,
    ) -> Self {
        self.password_policies_context = Some(value.into());
        self.unknown_fields.remove("passwordPoliciesContext");
        self
    }

    /// Sends `passwordPoliciesContext` as JSON `null`, which clears it on the server (chainable);
    /// `set_password_policies_context` takes it back.
    #[inline]
    pub fn clear_password_policies_context(mut self) -> Self {
        self.password_policies_context = None;
        self.unknown_fields
            .insert("passwordPoliciesContext".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for SpecificNonComplianceContext {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.default_application_context {
            map.serialize_entry("defaultApplicationContext", value)?;
        }
        if let Some(value) = &self.onc_wifi_context {
            map.serialize_entry("oncWifiContext", value)?;
        }
        if let Some(value) = &self.password_policies_context {
            map.serialize_entry("passwordPoliciesContext", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SpecificNonComplianceContext {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SpecificNonComplianceContext {
    const NAME: &'static str = "SpecificNonComplianceContext";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "defaultApplicationContext" => {
                self.default_application_context = map.next_value()?;
            }
            "oncWifiContext" => self.onc_wifi_context = map.next_value()?,
            "passwordPoliciesContext" => {
                self.password_policies_context = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
