use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserUndelete {
    /// OrgUnit of User
    #[serde(rename = "orgUnitPath", default, skip_serializing_if = "Option::is_none")]
    pub org_unit_path: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl UserUndelete {
    /// Sets `orgUnitPath` (chainable).
    pub fn set_org_unit_path(mut self, value: impl Into<String>) -> Self {
        self.org_unit_path = Some(value.into());
        self.unknown_fields.remove("orgUnitPath");
        self
    }

    /// Sends `orgUnitPath` as JSON `null`, which clears it on the server (chainable);
    /// `set_org_unit_path` takes it back.
    #[inline]
    pub fn clear_org_unit_path(mut self) -> Self {
        self.org_unit_path = None;
        self.unknown_fields.insert("orgUnitPath".to_owned(), serde_json::Value::Null);
        self
    }
}
