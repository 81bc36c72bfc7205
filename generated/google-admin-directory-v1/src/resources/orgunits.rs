//! The `orgunits` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, MethodInfo,
};

/// The `orgunits` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct OrgunitsResource {
    pub(crate) client: Client,
}

impl OrgunitsResource {
    /// Removes an organizational unit.
    ///
    /// `DELETE admin/directory/v1/customer/{customerId}/orgunits/{+orgUnitPath}` (method id
    /// `directory.orgunits.delete`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `org_unit_path`: The full path of the organizational unit (minus the leading `/`) or its
    ///   unique ID. Must match `^.*$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.orgunit`
    #[inline]
    pub fn delete(
        &self,
        customer_id: impl Into<String>,
        org_unit_path: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("customerId", customer_id.into());
        let org_unit_path: String = org_unit_path.into();
        call.check_pattern("orgUnitPath", &org_unit_path, "^.*$");
        call.path_param("orgUnitPath", org_unit_path);
        DeleteCall { call }
    }

    /// Retrieves an organizational unit.
    ///
    /// `GET admin/directory/v1/customer/{customerId}/orgunits/{+orgUnitPath}` (method id
    /// `directory.orgunits.get`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `org_unit_path`: The full path of the organizational unit (minus the leading `/`) or its
    ///   unique ID. Must match `^.*$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.orgunit`
    /// - `https://www.googleapis.com/auth/admin.directory.orgunit.readonly`
    #[inline]
    pub fn get(
        &self,
        customer_id: impl Into<String>,
        org_unit_path: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("customerId", customer_id.into());
        let org_unit_path: String = org_unit_path.into();
        call.check_pattern("orgUnitPath", &org_unit_path, "^.*$");
        call.path_param("orgUnitPath", org_unit_path);
        GetCall { call }
    }

    /// Adds an organizational unit.
    ///
    /// `POST admin/directory/v1/customer/{customerId}/orgunits` (method id
    /// `directory.orgunits.insert`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `body`: the request body, a [`crate::schemas::OrgUnit`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.orgunit`
    #[inline]
    pub fn insert(
        &self,
        customer_id: impl Into<String>,
        body: crate::schemas::OrgUnit,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("customerId", customer_id.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves a list of all organizational units for an account.
    ///
    /// `GET admin/directory/v1/customer/{customerId}/orgunits` (method id
    /// `directory.orgunits.list`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.orgunit`
    /// - `https://www.googleapis.com/auth/admin.directory.orgunit.readonly`
    #[inline]
    pub fn list(&self, customer_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("customerId", customer_id.into());
        ListCall { call }
    }

    /// Updates an organizational unit. This method supports [patch
    /// semantics](https://developers.google.com/workspace/admin/directory/v1/guides/performance#patch)
    ///
    /// `PATCH admin/directory/v1/customer/{customerId}/orgunits/{+orgUnitPath}` (method id
    /// `directory.orgunits.patch`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `org_unit_path`: The full path of the organizational unit (minus the leading `/`) or its
    ///   unique ID. Must match `^.*$`.
    /// - `body`: the request body, a [`crate::schemas::OrgUnit`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.orgunit`
    #[inline]
    pub fn patch(
        &self,
        customer_id: impl Into<String>,
        org_unit_path: impl Into<String>,
        body: crate::schemas::OrgUnit,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("customerId", customer_id.into());
        let org_unit_path: String = org_unit_path.into();
        call.check_pattern("orgUnitPath", &org_unit_path, "^.*$");
        call.path_param("orgUnitPath", org_unit_path);
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates an organizational unit.
    ///
    /// `PUT admin/directory/v1/customer/{customerId}/orgunits/{+orgUnitPath}` (method id
    /// `directory.orgunits.update`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `org_unit_path`: The full path of the organizational unit (minus the leading `/`) or its
    ///   unique ID. Must match `^.*$`.
    /// - `body`: the request body, a [`crate::schemas::OrgUnit`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.orgunit`
    #[inline]
    pub fn update(
        &self,
        customer_id: impl Into<String>,
        org_unit_path: impl Into<String>,
        body: crate::schemas::OrgUnit,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("customerId", customer_id.into());
        let org_unit_path: String = org_unit_path.into();
        call.check_pattern("orgUnitPath", &org_unit_path, "^.*$");
        call.path_param("orgUnitPath", org_unit_path);
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.orgunits.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/customer/{customerId}/orgunits/{+orgUnitPath}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.orgunit"],
    api_version: None,
};

/// A call of `directory.orgunits.delete`, made by [`OrgunitsResource::delete`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `directory.orgunits.delete`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DeleteCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "directory.orgunits.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customerId}/orgunits/{+orgUnitPath}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.orgunit",
        "https://www.googleapis.com/auth/admin.directory.orgunit.readonly",
    ],
    api_version: None,
};

/// A call of `directory.orgunits.get`, made by [`OrgunitsResource::get`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `directory.orgunits.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::OrgUnit, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::OrgUnit;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.orgunits.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customerId}/orgunits",
    scopes: &["https://www.googleapis.com/auth/admin.directory.orgunit"],
    api_version: None,
};

/// A call of `directory.orgunits.insert`, made by [`OrgunitsResource::insert`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `directory.orgunits.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::OrgUnit, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::OrgUnit;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.orgunits.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customerId}/orgunits",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.orgunit",
        "https://www.googleapis.com/auth/admin.directory.orgunit.readonly",
    ],
    api_version: None,
};

/// A call of `directory.orgunits.list`, made by [`OrgunitsResource::list`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// The full path to the organizational unit or its unique ID. Returns the children of the
    /// specified organizational unit.
    ///
    /// Optional parameter. Sent as `orgUnitPath`. Server default: `  `.
    #[inline]
    pub fn org_unit_path(mut self, value: impl Into<String>) -> Self {
        self.call.query("orgUnitPath", value.into());
        self
    }

    /// Whether to return all sub-organizations or just immediate children.
    ///
    /// Optional parameter. Sent as `type`.
    #[inline]
    pub fn type_(mut self, value: Type) -> Self {
        self.call.query("type", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `directory.orgunits.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::OrgUnits, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::OrgUnits;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.orgunits.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/customer/{customerId}/orgunits/{+orgUnitPath}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.orgunit"],
    api_version: None,
};

/// A call of `directory.orgunits.patch`, made by [`OrgunitsResource::patch`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: Call,
}

impl PatchCall {
    /// Sends the request and waits for the answer of `directory.orgunits.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::OrgUnit, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::OrgUnit;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.orgunits.update",
    http_method: http::Method::PUT,
    path: "admin/directory/v1/customer/{customerId}/orgunits/{+orgUnitPath}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.orgunit"],
    api_version: None,
};

/// A call of `directory.orgunits.update`, made by [`OrgunitsResource::update`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: Call,
}

impl UpdateCall {
    /// Sends the request and waits for the answer of `directory.orgunits.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::OrgUnit, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::OrgUnit;
    fn into_call(self) -> Call {
        self.call
    }
}

/// Whether to return all sub-organizations or just immediate children.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Type {
    /// All sub-organizational units.
    ///
    /// `all` on the wire.
    #[default]
    All,
    /// Immediate children only (default).
    ///
    /// `children` on the wire.
    Children,
    /// All sub-organizational units and the specified organizational unit (root if not specified).
    ///
    /// `allIncludingParent` on the wire.
    AllIncludingParent,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for Type {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::Children => "children",
            Self::AllIncludingParent => "allIncludingParent",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "all" => Self::All,
            "children" => Self::Children,
            "allIncludingParent" => Self::AllIncludingParent,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Type);
