use crate::runtime::wire;

/// An event generated when an updated device report is available.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceReportUpdateEvent {
    /// The Android ID of the device. This field will always be present.
    pub device_id: Option<String>,
    /// The device report updated with the latest app states. This field will always be present.
    pub report: Option<crate::schemas::DeviceReport>,
    /// The ID of the user. This field will always be present.
    pub user_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DeviceReportUpdateEvent {
    /// Sets `deviceId` (chainable).
    pub fn set_device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = Some(value.into());
        self.unknown_fields.remove("deviceId");
        self
    }

    /// Sends `deviceId` as JSON `null`, which clears it on the server (chainable); `set_device_id`
    /// takes it back.
    #[inline]
    pub fn clear_device_id(mut self) -> Self {
        self.device_id = None;
        self.unknown_fields.insert("deviceId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `report` (chainable).
    pub fn set_report(mut self, value: impl Into<crate::schemas::DeviceReport>) -> Self {
        self.report = Some(value.into());
        self.unknown_fields.remove("report");
        self
    }

    /// Sends `report` as JSON `null`, which clears it on the server (chainable); `set_report` takes
    /// it back.
    #[inline]
    pub fn clear_report(mut self) -> Self {
        self.report = None;
        self.unknown_fields.insert("report".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `userId` (chainable).
    pub fn set_user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self.unknown_fields.remove("userId");
        self
    }

    /// Sends `userId` as JSON `null`, which clears it on the server (chainable); `set_user_id`
    /// takes it back.
    #[inline]
    pub fn clear_user_id(mut self) -> Self {
        self.user_id = None;
        self.unknown_fields.insert("userId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DeviceReportUpdateEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.device_id {
            map.serialize_entry("deviceId", value)?;
        }
        if let Some(value) = &self.report {
            map.serialize_entry("report", value)?;
        }
        if let Some(value) = &self.user_id {
            map.serialize_entry("userId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeviceReportUpdateEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DeviceReportUpdateEvent {
    const NAME: &'static str = "DeviceReportUpdateEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "deviceId" => self.device_id = map.next_value()?,
            "report" => self.report = map.next_value()?,
            "userId" => self.user_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
