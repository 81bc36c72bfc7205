use crate::runtime::wire;

/// A bundle of managed properties.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ManagedPropertyBundle {
    /// The list of managed properties.
    pub managed_property: Option<Vec<crate::schemas::ManagedProperty>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ManagedPropertyBundle {
    /// Sets `managedProperty` (chainable).
    pub fn set_managed_property(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ManagedProperty>>,
    ) -> Self {
        self.managed_property = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("managedProperty");
        self
    }

    /// Sends `managedProperty` as JSON `null`, which clears it on the server (chainable);
    /// `set_managed_property` takes it back.
    #[inline]
    pub fn clear_managed_property(mut self) -> Self {
        self.managed_property = None;
        self.unknown_fields
            .insert("managedProperty".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ManagedPropertyBundle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.managed_property {
            map.serialize_entry("managedProperty", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ManagedPropertyBundle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ManagedPropertyBundle {
    const NAME: &'static str = "ManagedPropertyBundle";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "managedProperty" => self.managed_property = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
