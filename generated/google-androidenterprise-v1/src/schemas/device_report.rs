use crate::runtime::wire;

/// Device report updated with the latest app states for managed apps on the device.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeviceReport {
    /// List of app states set by managed apps on the device. App states are defined by the app's
    /// developers. This field will always be present.
    #[serde(rename = "appState", default, skip_serializing_if = "Option::is_none")]
    pub app_state: Option<Vec<crate::schemas::AppState>>,
    /// The timestamp of the last report update in milliseconds since epoch. This field will always
    /// be present.
    #[serde(
        rename = "lastUpdatedTimestampMillis",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub last_updated_timestamp_millis: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl DeviceReport {
    /// Sets `appState` (chainable).
    pub fn set_app_state(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::AppState>>,
    ) -> Self {
        self.app_state = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("appState");
        self
    }

    /// Sends `appState` as JSON `null`, which clears it on the server (chainable); `set_app_state`
    /// takes it back.
    #[inline]
    pub fn clear_app_state(mut self) -> Self {
        self.app_state = None;
        self.unknown_fields.insert("appState".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lastUpdatedTimestampMillis` (chainable).
    pub fn set_last_updated_timestamp_millis(mut self, value: impl Into<i64>) -> Self {
        self.last_updated_timestamp_millis = Some(value.into());
        self.unknown_fields.remove("lastUpdatedTimestampMillis");
        self
    }

    /// Sends `lastUpdatedTimestampMillis` as JSON `null`, which clears it on the server
    /// (chainable); `set_last_updated_timestamp_millis` takes it back.
    #[inline]
    pub fn clear_last_updated_timestamp_millis(mut self) -> Self {
        self.last_updated_timestamp_millis = None;
        self.unknown_fields
            .insert("lastUpdatedTimestampMillis".to_owned(), serde_json::Value::Null);
        self
    }
}
