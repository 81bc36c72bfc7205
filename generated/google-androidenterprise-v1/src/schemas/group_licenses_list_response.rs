use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GroupLicensesListResponse {
    /// A group license for a product approved for use in the enterprise.
    #[serde(rename = "groupLicense", default, skip_serializing_if = "Option::is_none")]
    pub group_license: Option<Vec<crate::schemas::GroupLicense>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl GroupLicensesListResponse {
    /// Sets `groupLicense` (chainable).
    pub fn set_group_license(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::GroupLicense>>,
    ) -> Self {
        self.group_license = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("groupLicense");
        self
    }

    /// Sends `groupLicense` as JSON `null`, which clears it on the server (chainable);
    /// `set_group_license` takes it back.
    #[inline]
    pub fn clear_group_license(mut self) -> Self {
        self.group_license = None;
        self.unknown_fields.insert("groupLicense".to_owned(), serde_json::Value::Null);
        self
    }
}
