use crate::runtime::wire;

/// A file was downloaded from the device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct FilePulledEvent {
    /// The path of the file being pulled.
    pub file_path: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl FilePulledEvent {
    /// Sets `filePath` (chainable).
    pub fn set_file_path(mut self, value: impl Into<String>) -> Self {
        self.file_path = Some(value.into());
        self.unknown_fields.remove("filePath");
        self
    }

    /// Sends `filePath` as JSON `null`, which clears it on the server (chainable); `set_file_path`
    /// takes it back.
    #[inline]
    pub fn clear_file_path(mut self) -> Self {
        self.file_path = None;
        self.unknown_fields.insert("filePath".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for FilePulledEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.file_path {
            map.serialize_entry("filePath", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for FilePulledEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for FilePulledEvent {
    const NAME: &'static str = "FilePulledEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "filePath" => self.file_path = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
