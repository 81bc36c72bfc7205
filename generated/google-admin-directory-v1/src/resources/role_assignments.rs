//! The `roleAssignments` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `roleAssignments` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct RoleAssignmentsResource {
    pub(crate) client: Client,
}

impl RoleAssignmentsResource {
    /// Deletes a role assignment.
    ///
    /// `DELETE admin/directory/v1/customer/{customer}/roleassignments/{roleAssignmentId}` (method
    /// id `directory.roleAssignments.delete`)
    ///
    /// Arguments, in order:
    /// - `customer`: Immutable ID of the Google Workspace account.
    /// - `role_assignment_id`: Immutable ID of the role assignment.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.rolemanagement`
    #[inline]
    pub fn delete(
        &self,
        customer: impl Into<String>,
        role_assignment_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("roleAssignmentId", role_assignment_id.into());
        DeleteCall { call }
    }

    /// Retrieves a role assignment.
    ///
    /// `GET admin/directory/v1/customer/{customer}/roleassignments/{roleAssignmentId}` (method id
    /// `directory.roleAssignments.get`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. In case of a
    ///   multi-domain
    /// - `role_assignment_id`: Immutable ID of the role assignment.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.rolemanagement`
    /// - `https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly`
    #[inline]
    pub fn get(
        &self,
        customer: impl Into<String>,
        role_assignment_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("roleAssignmentId", role_assignment_id.into());
        GetCall { call }
    }

    /// Creates a role assignment.
    ///
    /// `POST admin/directory/v1/customer/{customer}/roleassignments` (method id
    /// `directory.roleAssignments.insert`)
    ///
    /// Arguments, in order:
    /// - `customer`: Immutable ID of the Google Workspace account.
    /// - `body`: the request body, a [`crate::schemas::RoleAssignment`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.rolemanagement`
    #[inline]
    pub fn insert(
        &self,
        customer: impl Into<String>,
        body: crate::schemas::RoleAssignment,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("customer", customer.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves a paginated list of all roleAssignments.
    ///
    /// `GET admin/directory/v1/customer/{customer}/roleassignments` (method id
    /// `directory.roleAssignments.list`)
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
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.roleAssignments.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/customer/{customer}/roleassignments/{roleAssignmentId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.rolemanagement"],
    api_version: None,
};

/// A call of `directory.roleAssignments.delete`, made by [`RoleAssignmentsResource::delete`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `directory.roleAssignments.delete`.
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
    id: "directory.roleAssignments.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/roleassignments/{roleAssignmentId}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.rolemanagement",
        "https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly",
    ],
    api_version: None,
};

/// A call of `directory.roleAssignments.get`, made by [`RoleAssignmentsResource::get`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `directory.roleAssignments.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::RoleAssignment, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::RoleAssignment;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.roleAssignments.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customer}/roleassignments",
    scopes: &["https://www.googleapis.com/auth/admin.directory.rolemanagement"],
    api_version: None,
};

/// A call of `directory.roleAssignments.insert`, made by [`RoleAssignmentsResource::insert`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `directory.roleAssignments.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::RoleAssignment, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::RoleAssignment;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.roleAssignments.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/roleassignments",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.rolemanagement",
        "https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly",
    ],
    api_version: None,
};

/// A call of `directory.roleAssignments.list`, made by [`RoleAssignmentsResource::list`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// When set to `true`, fetches indirect role assignments (i.e. role assignment via a group) as
    /// well as direct ones. Defaults to `false`. You must specify `user_key` or the indirect role
    /// assignments will not be included.
    ///
    /// Optional parameter. Sent as `includeIndirectRoleAssignments`.
    #[inline]
    pub fn include_indirect_role_assignments(mut self, value: bool) -> Self {
        self.call.query("includeIndirectRoleAssignments", value.to_string());
        self
    }

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

    /// Immutable ID of a role. If included in the request, returns only role assignments containing
    /// this role ID.
    ///
    /// Optional parameter. Sent as `roleId`.
    #[inline]
    pub fn role_id(mut self, value: impl Into<String>) -> Self {
        self.call.query("roleId", value.into());
        self
    }

    /// The primary email address, alias email address, or unique user or group ID. If included in
    /// the request, returns role assignments only for this user or group.
    ///
    /// Optional parameter. Sent as `userKey`.
    #[inline]
    pub fn user_key(mut self, value: impl Into<String>) -> Self {
        self.call.query("userKey", value.into());
        self
    }

    /// Every page of the list, as a stream of [`RoleAssignments`](crate::schemas::RoleAssignments):
    /// the call is sent, then sent again with `pageToken` set to each `nextPageToken` the server
    /// answers, every other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::RoleAssignments> {
        self.call
            .pages::<
                crate::schemas::RoleAssignments,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `items` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `items` adds nothing; an
    /// error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::RoleAssignments, crate::schemas::RoleAssignment> {
        self.call
            .items::<
                crate::schemas::RoleAssignments,
                crate::schemas::RoleAssignment,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.items.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `directory.roleAssignments.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::RoleAssignments, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::RoleAssignments;
    fn into_call(self) -> Call {
        self.call
    }
}
