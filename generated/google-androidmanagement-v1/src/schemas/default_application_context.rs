use crate::runtime::{impl_open_enum, wire};

/// Additional context for non-compliance related to default application settings.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DefaultApplicationContext {
    /// Output only. The scope of non-compliant default application setting.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub default_application_scope: Option<
        crate::schemas::DefaultApplicationContextDefaultApplicationScope,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DefaultApplicationContext {
    /// Sets `defaultApplicationScope` (chainable).
    pub fn set_default_application_scope(
        mut self,
        value: impl Into<
            crate::schemas::DefaultApplicationContextDefaultApplicationScope,
        >,
    ) -> Self {
        self.default_application_scope = Some(value.into());
        self.unknown_fields.remove("defaultApplicationScope");
        self
    }

    /// Sends `defaultApplicationScope` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_application_scope` takes it back.
    #[inline]
    pub fn clear_default_application_scope(mut self) -> Self {
        self.default_application_scope = None;
        self.unknown_fields
            .insert("defaultApplicationScope".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DefaultApplicationContext {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.default_application_scope {
            map.serialize_entry("defaultApplicationScope", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DefaultApplicationContext {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DefaultApplicationContext {
    const NAME: &'static str = "DefaultApplicationContext";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "defaultApplicationScope" => {
                self.default_application_scope = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. The scope of non-compliant default application setting.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DefaultApplicationContextDefaultApplicationScope {
    /// Unspecified. This value must not be used.
    ///
    /// `DEFAULT_APPLICATION_SCOPE_UNSPECIFIED` on the wire.
    #[default]
    DefaultApplicationScopeUnspecified,
    /// Sets the application as the default on fully managed devices.
    ///
    /// `SCOPE_FULLY_MANAGED` on the wire.
    ScopeFullyManaged,
    /// Sets the application as the work profile default.Only supported for DEFAULT_BROWSER,
    /// DEFAULT_CALL_REDIRECTION, DEFAULT_CALL_SCREENING, DEFAULT_DIALER and DEFAULT_WALLET.
    ///
    /// `SCOPE_WORK_PROFILE` on the wire.
    ScopeWorkProfile,
    /// Sets the application as the personal profile default on company-owned devices with a work
    /// profile. Only pre-installed system apps can be set as the default.Only supported for
    /// DEFAULT_BROWSER, DEFAULT_DIALER, DEFAULT_SMS and DEFAULT_WALLET.
    ///
    /// `SCOPE_PERSONAL_PROFILE` on the wire.
    ScopePersonalProfile,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for DefaultApplicationContextDefaultApplicationScope {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DefaultApplicationScopeUnspecified => {
                "DEFAULT_APPLICATION_SCOPE_UNSPECIFIED"
            }
            Self::ScopeFullyManaged => "SCOPE_FULLY_MANAGED",
            Self::ScopeWorkProfile => "SCOPE_WORK_PROFILE",
            Self::ScopePersonalProfile => "SCOPE_PERSONAL_PROFILE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DEFAULT_APPLICATION_SCOPE_UNSPECIFIED" => {
                Self::DefaultApplicationScopeUnspecified
            }
            "SCOPE_FULLY_MANAGED" => Self::ScopeFullyManaged,
            "SCOPE_WORK_PROFILE" => Self::ScopeWorkProfile,
            "SCOPE_PERSONAL_PROFILE" => Self::ScopePersonalProfile,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(DefaultApplicationContextDefaultApplicationScope);
