use crate::runtime::wire;

/// The response of changing the status of a batch of ChromeOS devices.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BatchChangeChromeOsDeviceStatusResponse {
    /// The results for each of the ChromeOS devices provided in the request.
    #[serde(
        rename = "changeChromeOsDeviceStatusResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub change_chrome_os_device_status_results: Option<
        Vec<crate::schemas::ChangeChromeOsDeviceStatusResult>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
