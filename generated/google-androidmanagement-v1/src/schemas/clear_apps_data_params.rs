use crate::runtime::wire;

/// Parameters associated with the CLEAR_APP_DATA command to clear the data of specified apps
/// from the device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ClearAppsDataParams {
    /// The package names of the apps whose data will be cleared when the command is executed.
    pub package_names: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ClearAppsDataParams {
    /// Sets `packageNames` (chainable).
    pub fn set_package_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.package_names = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("packageNames");
        self
    }

    /// Sends `packageNames` as JSON `null`, which clears it on the server (chainable);
    /// `set_package_names` takes it back.
    #[inline]
    pub fn clear_package_names(mut self) -> Self {
        self.package_names = None;
        self.unknown_fields.insert("packageNames".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ClearAppsDataParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.package_names {
            map.serialize_entry("packageNames", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ClearAppsDataParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ClearAppsDataParams {
    const NAME: &'static str = "ClearAppsDataParams";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "packageNames" => self.package_names = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
