use crate::runtime::wire;

/// The response of changing the status of a batch of ChromeOS devices.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchChangeChromeOsDeviceStatusResponse {
    /// The results for each of the ChromeOS devices provided in the request.
    pub change_chrome_os_device_status_results: Option<
        Vec<crate::schemas::ChangeChromeOsDeviceStatusResult>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BatchChangeChromeOsDeviceStatusResponse {
    /// Sets `changeChromeOsDeviceStatusResults` (chainable).
    pub fn set_change_chrome_os_device_status_results(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ChangeChromeOsDeviceStatusResult>,
        >,
    ) -> Self {
        self.change_chrome_os_device_status_results = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("changeChromeOsDeviceStatusResults");
        self
    }

    /// Sends `changeChromeOsDeviceStatusResults` as JSON `null`, which clears it on the server
    /// (chainable); `set_change_chrome_os_device_status_results` takes it back.
    #[inline]
    pub fn clear_change_chrome_os_device_status_results(mut self) -> Self {
        self.change_chrome_os_device_status_results = None;
        self.unknown_fields
            .insert(
                "changeChromeOsDeviceStatusResults".to_owned(),
                serde_json::Value::Null,
            );
        self
    }
}

impl serde::Serialize for BatchChangeChromeOsDeviceStatusResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.change_chrome_os_device_status_results {
            map.serialize_entry("changeChromeOsDeviceStatusResults", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchChangeChromeOsDeviceStatusResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BatchChangeChromeOsDeviceStatusResponse {
    const NAME: &'static str = "BatchChangeChromeOsDeviceStatusResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "changeChromeOsDeviceStatusResults" => {
                self.change_chrome_os_device_status_results = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
