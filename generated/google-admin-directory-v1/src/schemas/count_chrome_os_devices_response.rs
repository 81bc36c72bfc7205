use crate::runtime::wire;

/// A response for counting ChromeOS devices.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CountChromeOsDevicesResponse {
    /// The total number of devices matching the request.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub count: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl CountChromeOsDevicesResponse {
    /// Sets `count` (chainable).
    pub fn set_count(mut self, value: impl Into<i64>) -> Self {
        self.count = Some(value.into());
        self.unknown_fields.remove("count");
        self
    }

    /// Sends `count` as JSON `null`, which clears it on the server (chainable); `set_count` takes
    /// it back.
    #[inline]
    pub fn clear_count(mut self) -> Self {
        self.count = None;
        self.unknown_fields.insert("count".to_owned(), serde_json::Value::Null);
        self
    }
}
