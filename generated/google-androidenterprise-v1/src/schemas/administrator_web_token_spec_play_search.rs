use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AdministratorWebTokenSpecPlaySearch {
    /// Allow access to the iframe in approve mode. Default is false.
    pub approve_apps: Option<bool>,
    /// Whether the managed Play Search apps page is displayed. Default is true.
    pub enabled: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AdministratorWebTokenSpecPlaySearch {
    /// Sets `approveApps` (chainable).
    pub fn set_approve_apps(mut self, value: impl Into<bool>) -> Self {
        self.approve_apps = Some(value.into());
        self.unknown_fields.remove("approveApps");
        self
    }

    /// Sends `approveApps` as JSON `null`, which clears it on the server (chainable);
    /// `set_approve_apps` takes it back.
    #[inline]
    pub fn clear_approve_apps(mut self) -> Self {
        self.approve_apps = None;
        self.unknown_fields.insert("approveApps".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enabled` (chainable).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self.unknown_fields.remove("enabled");
        self
    }

    /// Sends `enabled` as JSON `null`, which clears it on the server (chainable); `set_enabled`
    /// takes it back.
    #[inline]
    pub fn clear_enabled(mut self) -> Self {
        self.enabled = None;
        self.unknown_fields.insert("enabled".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for AdministratorWebTokenSpecPlaySearch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.approve_apps {
            map.serialize_entry("approveApps", value)?;
        }
        if let Some(value) = &self.enabled {
            map.serialize_entry("enabled", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdministratorWebTokenSpecPlaySearch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AdministratorWebTokenSpecPlaySearch {
    const NAME: &'static str = "AdministratorWebTokenSpecPlaySearch";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "approveApps" => self.approve_apps = map.next_value()?,
            "enabled" => self.enabled = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
