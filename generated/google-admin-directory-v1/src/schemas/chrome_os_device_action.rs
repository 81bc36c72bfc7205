use crate::runtime::wire;

/// Data about an update to the status of a Chrome OS device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ChromeOsDeviceAction {
    /// Action to be taken on the Chrome OS device.
    ///
    /// Required by: `directory.chromeosdevices.action`.
    pub action: Option<String>,
    /// Only used when the action is `deprovision`. With the `deprovision` action, this field is
    /// required. *Note*: The deprovision reason is audited because it might have implications on
    /// licenses for perpetual subscription customers.
    pub deprovision_reason: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ChromeOsDeviceAction {
    /// Sets `action` (chainable).
    pub fn set_action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self.unknown_fields.remove("action");
        self
    }

    /// Sends `action` as JSON `null`, which clears it on the server (chainable); `set_action` takes
    /// it back.
    #[inline]
    pub fn clear_action(mut self) -> Self {
        self.action = None;
        self.unknown_fields.insert("action".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deprovisionReason` (chainable).
    pub fn set_deprovision_reason(mut self, value: impl Into<String>) -> Self {
        self.deprovision_reason = Some(value.into());
        self.unknown_fields.remove("deprovisionReason");
        self
    }

    /// Sends `deprovisionReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_deprovision_reason` takes it back.
    #[inline]
    pub fn clear_deprovision_reason(mut self) -> Self {
        self.deprovision_reason = None;
        self.unknown_fields
            .insert("deprovisionReason".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ChromeOsDeviceAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.action {
            map.serialize_entry("action", value)?;
        }
        if let Some(value) = &self.deprovision_reason {
            map.serialize_entry("deprovisionReason", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChromeOsDeviceAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChromeOsDeviceAction {
    const NAME: &'static str = "ChromeOsDeviceAction";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "action" => self.action = map.next_value()?,
            "deprovisionReason" => self.deprovision_reason = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
