//! The `roles` resource.

/// The `roles` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct RolesResource {
    pub(crate) client: crate::runtime::Client,
}

impl RolesResource {
    /// Deletes a role.
    ///
    /// `DELETE admin/directory/v1/customer/{customer}/roles/{roleId}` (method id
    /// `directory.roles.delete`)
    ///
    /// Arguments, in order:
    /// - `customer`: Immutable ID of the Google Workspace account.
    /// - `role_id`: Immutable ID of the role.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.rolemanagement`
    pub fn delete(
        &self,
        customer: impl Into<String>,
        role_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = crate::runtime::Call::new(&self.client, &DELETE_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("roleId", role_id.into());
        DeleteCall { call }
    }

    /// Retrieves a role.
    ///
    /// `GET admin/directory/v1/customer/{customer}/roles/{roleId}` (method id
    /// `directory.roles.get`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. In case of a
    ///   multi-domain
    /// - `role_id`: Immutable ID of the role.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.rolemanagement`
    /// - `https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly`
    pub fn get(
        &self,
        customer: impl Into<String>,
        role_id: impl Into<String>,
    ) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("roleId", role_id.into());
        GetCall { call }
    }

    /// Creates a role.
    ///
    /// `POST admin/directory/v1/customer/{customer}/roles` (method id `directory.roles.insert`)
    ///
    /// Arguments, in order:
    /// - `customer`: Immutable ID of the Google Workspace account.
    /// - `body`: the request body, a [`crate::schemas::Role`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.rolemanagement`
    pub fn insert(
        &self,
        customer: impl Into<String>,
        body: crate::schemas::Role,
    ) -> InsertCall {
        let mut call = crate::runtime::Call::new(&self.client, &INSERT_METHOD);
        call.path_param("customer", customer.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves a paginated list of all the roles in a domain.
    ///
    /// `GET admin/directory/v1/customer/{customer}/roles` (method id `directory.roles.list`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. In case of a
    ///   multi-domain
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.rolemanagement`
    /// - `https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly`
    pub fn list(&self, customer: impl Into<String>) -> ListCall {
        let mut call = crate::runtime::Call::new(&self.client, &LIST_METHOD);
        call.path_param("customer", customer.into());
        ListCall { call }
    }

    /// Patches a role.
    ///
    /// `PATCH admin/directory/v1/customer/{customer}/roles/{roleId}` (method id
    /// `directory.roles.patch`)
    ///
    /// Arguments, in order:
    /// - `customer`: Immutable ID of the Google Workspace account.
    /// - `role_id`: Immutable ID of the role.
    /// - `body`: the request body, a [`crate::schemas::Role`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.rolemanagement`
    pub fn patch(
        &self,
        customer: impl Into<String>,
        role_id: impl Into<String>,
        body: crate::schemas::Role,
    ) -> PatchCall {
        let mut call = crate::runtime::Call::new(&self.client, &PATCH_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("roleId", role_id.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates a role.
    ///
    /// `PUT admin/directory/v1/customer/{customer}/roles/{roleId}` (method id
    /// `directory.roles.update`)
    ///
    /// Arguments, in order:
    /// - `customer`: Immutable ID of the Google Workspace account.
    /// - `role_id`: Immutable ID of the role.
    /// - `body`: the request body, a [`crate::schemas::Role`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.rolemanagement`
    pub fn update(
        &self,
        customer: impl Into<String>,
        role_id: impl Into<String>,
        body: crate::schemas::Role,
    ) -> UpdateCall {
        let mut call = crate::runtime::Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("roleId", role_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.roles.delete",
    http_method: crate::runtime::http::Method::DELETE,
    path: "admin/directory/v1/customer/{customer}/roles/{roleId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.rolemanagement"],
    api_version: None,
};

static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.roles.get",
    http_method: crate::runtime::http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/roles/{roleId}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.rolemanagement",
        "https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly",
    ],
    api_version: None,
};

static INSERT_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.roles.insert",
    http_method: crate::runtime::http::Method::POST,
    path: "admin/directory/v1/customer/{customer}/roles",
    scopes: &["https://www.googleapis.com/auth/admin.directory.rolemanagement"],
    api_version: None,
};

static LIST_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.roles.list",
    http_method: crate::runtime::http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/roles",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.rolemanagement",
        "https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly",
    ],
    api_version: None,
};

static PATCH_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.roles.patch",
    http_method: crate::runtime::http::Method::PATCH,
    path: "admin/directory/v1/customer/{customer}/roles/{roleId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.rolemanagement"],
    api_version: None,
};

static UPDATE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.roles.update",
    http_method: crate::runtime::http::Method::PUT,
    path: "admin/directory/v1/customer/{customer}/roles/{roleId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.rolemanagement"],
    api_version: None,
};

/// A call of `directory.roles.delete`, made by [`RolesResource::delete`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: crate::runtime::Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `directory.roles.delete`.
    #[inline]
    pub async fn send(self) -> Result<(), crate::runtime::Error> {
        self.call.send_empty().await
    }
}

impl crate::runtime::CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for DeleteCall {
    type Response = ();
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.roles.get`, made by [`RolesResource::get`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `directory.roles.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Role, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::Role;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.roles.insert`, made by [`RolesResource::insert`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: crate::runtime::Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `directory.roles.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Role, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for InsertCall {
    type Response = crate::schemas::Role;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.roles.list`, made by [`RolesResource::list`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: crate::runtime::Call,
}

impl ListCall {
    /// Maximum number of results to return.
    ///
    /// Optional parameter. Sent as `maxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.call.query("maxResults", value.to_string());
        self
    }

    /// Token to specify the next page in the list.
    ///
    /// Optional parameter. Sent as `pageToken`.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the answer, as a stream: the call is repeated with each
    /// `nextPageToken` (keeping every other parameter) until the server sends none.
    #[inline]
    pub fn pages(self) -> crate::runtime::Pages<crate::schemas::Roles> {
        self.call.pages::<crate::schemas::Roles>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `items` on every page, as one stream.
    #[inline]
    pub fn items(
        self,
    ) -> crate::runtime::Items<crate::schemas::Roles, crate::schemas::Role> {
        self.call
            .items::<
                crate::schemas::Roles,
                crate::schemas::Role,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.items.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `directory.roles.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Roles, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::Roles;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.roles.patch`, made by [`RolesResource::patch`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: crate::runtime::Call,
}

impl PatchCall {
    /// Sends the request and waits for the answer of `directory.roles.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Role, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for PatchCall {
    type Response = crate::schemas::Role;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.roles.update`, made by [`RolesResource::update`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: crate::runtime::Call,
}

impl UpdateCall {
    /// Sends the request and waits for the answer of `directory.roles.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Role, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for UpdateCall {
    type Response = crate::schemas::Role;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
