#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrgUnits {
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The type of the API resource. For Org Unit resources, the type is `admin#directory#orgUnits`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A list of organizational unit objects.
    #[serde(
        rename = "organizationUnits",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub organization_units: Option<Vec<crate::schemas::OrgUnit>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl OrgUnits {
    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets `organizationUnits` (chainable).
    pub fn set_organization_units(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::OrgUnit>,
    ) -> Self {
        self.organization_units = Some(value.into_iter().collect());
        self
    }
}
