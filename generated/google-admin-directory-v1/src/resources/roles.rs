//! The `roles` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `roles` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct RolesResource {
    pub(crate) client: Client,
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
    #[inline]
    pub fn delete(
        &self,
        customer: impl Into<String>,
        role_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
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
    #[inline]
    pub fn get(
        &self,
        customer: impl Into<String>,
        role_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
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
    #[inline]
    pub fn insert(
        &self,
        customer: impl Into<String>,
        body: crate::schemas::Role,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
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
    #[inline]
    pub fn list(&self, customer: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
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
    #[inline]
    pub fn patch(
        &self,
        customer: impl Into<String>,
        role_id: impl Into<String>,
        body: crate::schemas::Role,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
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
    #[inline]
    pub fn update(
        &self,
        customer: impl Into<String>,
        role_id: impl Into<String>,
        body: crate::schemas::Role,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("roleId", role_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.roles.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/customer/{customer}/roles/{roleId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.rolemanagement"],
    api_version: None,
};

/// A call of `directory.roles.delete`, made by [`RolesResource::delete`]: set optional
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
    /// Sends the request and waits for the answer of `directory.roles.delete`.
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
    id: "directory.roles.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/roles/{roleId}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.rolemanagement",
        "https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly",
    ],
    api_version: None,
};

/// A call of `directory.roles.get`, made by [`RolesResource::get`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `directory.roles.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Role, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Role;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.roles.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customer}/roles",
    scopes: &["https://www.googleapis.com/auth/admin.directory.rolemanagement"],
    api_version: None,
};

/// A call of `directory.roles.insert`, made by [`RolesResource::insert`]: set optional
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
    /// Sends the request and waits for the answer of `directory.roles.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Role, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::Role;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.roles.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/roles",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.rolemanagement",
        "https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly",
    ],
    api_version: None,
};

/// A call of `directory.roles.list`, made by [`RolesResource::list`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Maximum number of results to return.
    ///
    /// Optional parameter. Sent as `maxResults`.
    #[inline]
    pub fn max_results(mut self, value: i32) -> Self {
        self.call.query("maxResults", value.to_string());
        self
    }

    /// Token to specify the next page in the list.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of [`Roles`](crate::schemas::Roles): the call is sent,
    /// then sent again with `pageToken` set to each `nextPageToken` the server answers, every other
    /// parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::Roles> {
        self.call.pages::<crate::schemas::Roles>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `items` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `items` adds nothing; an
    /// error is the stream's last item.
    #[inline]
    pub fn items(self) -> Items<crate::schemas::Roles, crate::schemas::Role> {
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
    pub async fn send(self) -> Result<crate::schemas::Roles, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Roles;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.roles.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/customer/{customer}/roles/{roleId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.rolemanagement"],
    api_version: None,
};

/// A call of `directory.roles.patch`, made by [`RolesResource::patch`]: set optional
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
    /// Sends the request and waits for the answer of `directory.roles.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Role, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Role;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.roles.update",
    http_method: http::Method::PUT,
    path: "admin/directory/v1/customer/{customer}/roles/{roleId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.rolemanagement"],
    api_version: None,
};

/// A call of `directory.roles.update`, made by [`RolesResource::update`]: set optional
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
    /// Sends the request and waits for the answer of `directory.roles.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Role, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Role;
    fn into_call(self) -> Call {
        self.call
    }
}
