use crate::runtime::wire;

/// Settings controlling the behavior of application reports.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApplicationReportingSettings {
    /// Whether removed apps are included in application reports.
    #[serde(
        rename = "includeRemovedApps",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub include_removed_apps: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ApplicationReportingSettings {
    /// Sets `includeRemovedApps` (chainable).
    pub fn set_include_removed_apps(mut self, value: impl Into<bool>) -> Self {
        self.include_removed_apps = Some(value.into());
        self.unknown_fields.remove("includeRemovedApps");
        self
    }

    /// Sends `includeRemovedApps` as JSON `null`, which clears it on the server (chainable);
    /// `set_include_removed_apps` takes it back.
    #[inline]
    pub fn clear_include_removed_apps(mut self) -> Self {
        self.include_removed_apps = None;
        self.unknown_fields
            .insert("includeRemovedApps".to_owned(), serde_json::Value::Null);
        self
    }
}
