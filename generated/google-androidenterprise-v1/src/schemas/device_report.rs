use crate::runtime::wire;

/// Device report updated with the latest app states for managed apps on the device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceReport {
    /// List of app states set by managed apps on the device. App states are defined by the app's
    /// developers. This field will always be present.
    pub app_state: Option<Vec<crate::schemas::AppState>>,
    /// The timestamp of the last report update in milliseconds since epoch. This field will always
    /// be present.
    pub last_updated_timestamp_millis: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for DeviceReport {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.app_state {
            map.serialize_entry("appState", value)?;
        }
        if self.last_updated_timestamp_millis.is_some() {
            map.serialize_entry(
                "lastUpdatedTimestampMillis",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.last_updated_timestamp_millis),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeviceReport {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DeviceReport {
    const NAME: &'static str = "DeviceReport";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "appState" => self.app_state = map.next_value()?,
            "lastUpdatedTimestampMillis" => {
                self.last_updated_timestamp_millis = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
