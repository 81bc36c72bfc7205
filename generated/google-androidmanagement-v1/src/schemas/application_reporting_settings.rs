use crate::runtime::wire;

/// Settings controlling the behavior of application reports.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ApplicationReportingSettings {
    /// Whether removed apps are included in application reports.
    pub include_removed_apps: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ApplicationReportingSettings {
    /// Sets `includeRemovedApps` (chainable).
    pub fn set_include_removed_apps(mut self, value: impl Into<bool>) -> Self {
        self.include_removed_apps = Some(value.into());
        self.unknown_fields.remove("includeRemovedApps");
        self
    }

    /// Sends `includeRemovedApps` as JSON `null`, which clears it on the server (chainable);
    /// `set_include_removed_apps` takes it back.
    #[inline]
    pub fn clear_include_removed_apps(mut self) -> Self {
        self.include_removed_apps = None;
        self.unknown_fields
            .insert("includeRemovedApps".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ApplicationReportingSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.include_removed_apps {
            map.serialize_entry("includeRemovedApps", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApplicationReportingSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ApplicationReportingSettings {
    const NAME: &'static str = "ApplicationReportingSettings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "includeRemovedApps" => self.include_removed_apps = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
