use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct InstallsListResponse {
    /// An installation of an app for a user on a specific device. The existence of an install
    /// implies that the user must have an entitlement to the app.
    pub install: Option<Vec<crate::schemas::Install>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl InstallsListResponse {
    /// Sets `install` (chainable).
    pub fn set_install(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Install>>,
    ) -> Self {
        self.install = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("install");
        self
    }

    /// Sends `install` as JSON `null`, which clears it on the server (chainable); `set_install`
    /// takes it back.
    #[inline]
    pub fn clear_install(mut self) -> Self {
        self.install = None;
        self.unknown_fields.insert("install".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for InstallsListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.install {
            map.serialize_entry("install", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstallsListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for InstallsListResponse {
    const NAME: &'static str = "InstallsListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "install" => self.install = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
