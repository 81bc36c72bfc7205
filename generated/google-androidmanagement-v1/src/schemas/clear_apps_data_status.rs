use crate::runtime::wire;

/// Status of the CLEAR_APP_DATA command to clear the data of specified apps from the device.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ClearAppsDataStatus {
    /// The per-app results, a mapping from package names to the respective clearing result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<
        std::collections::BTreeMap<String, crate::schemas::PerAppResult>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
