/// Managing your account's organizational units allows you to configure your users' access to services and custom settings. For more information about common organizational unit tasks, see the [Developer's Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-org-units.html). The customer's organizational unit hierarchy is limited to 35 levels of depth.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrgUnit {
    /// This field is deprecated and setting its value has no effect.
    ///
    /// Deprecated.
    #[serde(
        rename = "blockInheritance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub block_inheritance: Option<bool>,
    /// Description of the organizational unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The type of the API resource. For Orgunits resources, the value is `admin#directory#orgUnit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The organizational unit's path name. For example, an organizational unit's name within the /corp/support/sales_support parent path is sales_support. Required.
    ///
    /// Required by: `directory.orgunits.insert`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The unique ID of the organizational unit.
    #[serde(rename = "orgUnitId", default, skip_serializing_if = "Option::is_none")]
    pub org_unit_id: Option<String>,
    /// The full path to the organizational unit. The `orgUnitPath` is a derived property. When listed, it is derived from `parentOrgunitPath` and organizational unit's `name`. For example, for an organizational unit named 'apps' under parent organization '/engineering', the orgUnitPath is '/engineering/apps'. In order to edit an `orgUnitPath`, either update the name of the organization or the `parentOrgunitPath`. A user's organizational unit determines which Google Workspace services the user has access to. If the user is moved to a new organization, the user's access changes. For more information about organization structures, see the [administration help center](https://support.google.com/a/answer/4352075). For more information about moving a user to a different organization, see [Update a user](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users.html#update_user).
    #[serde(rename = "orgUnitPath", default, skip_serializing_if = "Option::is_none")]
    pub org_unit_path: Option<String>,
    /// The unique ID of the parent organizational unit. Required, unless `parentOrgUnitPath` is set.
    #[serde(
        rename = "parentOrgUnitId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_org_unit_id: Option<String>,
    /// The organizational unit's parent path. For example, /corp/sales is the parent path for /corp/sales/sales_support organizational unit. Required, unless `parentOrgUnitId` is set.
    #[serde(
        rename = "parentOrgUnitPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent_org_unit_path: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl OrgUnit {
    /// Sets `blockInheritance` (chainable).
    pub fn set_block_inheritance(mut self, value: impl Into<bool>) -> Self {
        self.block_inheritance = Some(value.into());
        self
    }
    /// Sets `description` (chainable).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
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
    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `orgUnitId` (chainable).
    pub fn set_org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.org_unit_id = Some(value.into());
        self
    }
    /// Sets `orgUnitPath` (chainable).
    pub fn set_org_unit_path(mut self, value: impl Into<String>) -> Self {
        self.org_unit_path = Some(value.into());
        self
    }
    /// Sets `parentOrgUnitId` (chainable).
    pub fn set_parent_org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.parent_org_unit_id = Some(value.into());
        self
    }
    /// Sets `parentOrgUnitPath` (chainable).
    pub fn set_parent_org_unit_path(mut self, value: impl Into<String>) -> Self {
        self.parent_org_unit_path = Some(value.into());
        self
    }
}
