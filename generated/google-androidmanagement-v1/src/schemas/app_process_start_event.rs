use crate::runtime::wire;

/// An app process was started. This is available device-wide on fully managed devices and
/// within the work profile on organization-owned devices with a work profile.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AppProcessStartEvent {
    /// Information about a process.
    pub process_info: Option<crate::schemas::AppProcessInfo>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AppProcessStartEvent {
    /// Sets `processInfo` (chainable).
    pub fn set_process_info(
        mut self,
        value: impl Into<crate::schemas::AppProcessInfo>,
    ) -> Self {
        self.process_info = Some(value.into());
        self.unknown_fields.remove("processInfo");
        self
    }

    /// Sends `processInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_process_info` takes it back.
    #[inline]
    pub fn clear_process_info(mut self) -> Self {
        self.process_info = None;
        self.unknown_fields.insert("processInfo".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for AppProcessStartEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.process_info {
            map.serialize_entry("processInfo", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AppProcessStartEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AppProcessStartEvent {
    const NAME: &'static str = "AppProcessStartEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "processInfo" => self.process_info = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
