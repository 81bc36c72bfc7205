use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AdministratorWebTokenSpecZeroTouch {
    /// Whether zero-touch embedded UI is usable with this token. If enabled, the admin can link
    /// zero-touch customers to this enterprise.
    pub enabled: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AdministratorWebTokenSpecZeroTouch {
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

impl serde::Serialize for AdministratorWebTokenSpecZeroTouch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.enabled {
            map.serialize_entry("enabled", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdministratorWebTokenSpecZeroTouch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AdministratorWebTokenSpecZeroTouch {
    const NAME: &'static str = "AdministratorWebTokenSpecZeroTouch";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
