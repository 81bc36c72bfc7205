use crate::runtime::wire;

/// Removable media was unmounted.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MediaUnmountEvent {
    /// Mount point.
    pub mount_point: Option<String>,
    /// Volume label. Redacted to empty string on organization-owned managed profile devices.
    pub volume_label: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl MediaUnmountEvent {
    /// Sets `mountPoint` (chainable).
    pub fn set_mount_point(mut self, value: impl Into<String>) -> Self {
        self.mount_point = Some(value.into());
        self.unknown_fields.remove("mountPoint");
        self
    }

    /// Sends `mountPoint` as JSON `null`, which clears it on the server (chainable);
    /// `set_mount_point` takes it back.
    #[inline]
    pub fn clear_mount_point(mut self) -> Self {
        self.mount_point = None;
        self.unknown_fields.insert("mountPoint".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `volumeLabel` (chainable).
    pub fn set_volume_label(mut self, value: impl Into<String>) -> Self {
        self.volume_label = Some(value.into());
        self.unknown_fields.remove("volumeLabel");
        self
    }

    /// Sends `volumeLabel` as JSON `null`, which clears it on the server (chainable);
    /// `set_volume_label` takes it back.
    #[inline]
    pub fn clear_volume_label(mut self) -> Self {
        self.volume_label = None;
        self.unknown_fields.insert("volumeLabel".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for MediaUnmountEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.mount_point {
            map.serialize_entry("mountPoint", value)?;
        }
        if let Some(value) = &self.volume_label {
            map.serialize_entry("volumeLabel", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MediaUnmountEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for MediaUnmountEvent {
    const NAME: &'static str = "MediaUnmountEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "mountPoint" => self.mount_point = map.next_value()?,
            "volumeLabel" => self.volume_label = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
