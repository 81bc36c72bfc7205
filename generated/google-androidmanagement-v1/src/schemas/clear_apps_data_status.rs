use crate::runtime::wire;

/// Status of the CLEAR_APP_DATA command to clear the data of specified apps from the device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ClearAppsDataStatus {
    /// The per-app results, a mapping from package names to the respective clearing result.
    pub results: Option<
        std::collections::BTreeMap<String, crate::schemas::PerAppResult>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ClearAppsDataStatus {
    /// Sets `results` (chainable).
    pub fn set_results(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, impl Into<crate::schemas::PerAppResult>),
        >,
    ) -> Self {
        self.results = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("results");
        self
    }

    /// Sends `results` as JSON `null`, which clears it on the server (chainable); `set_results`
    /// takes it back.
    #[inline]
    pub fn clear_results(mut self) -> Self {
        self.results = None;
        self.unknown_fields.insert("results".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ClearAppsDataStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.results {
            map.serialize_entry("results", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ClearAppsDataStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ClearAppsDataStatus {
    const NAME: &'static str = "ClearAppsDataStatus";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "results" => self.results = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
