//! The `privileges` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `privileges` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct PrivilegesResource {
    pub(crate) client: Client,
}

impl PrivilegesResource {
    /// Retrieves a paginated list of all privileges for a customer.
    ///
    /// `GET admin/directory/v1/customer/{customer}/roles/ALL/privileges` (method id
    /// `directory.privileges.list`)
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

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.privileges.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/roles/ALL/privileges",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.rolemanagement",
        "https://www.googleapis.com/auth/admin.directory.rolemanagement.readonly",
    ],
    api_version: None,
};

/// A call of `directory.privileges.list`, made by [`PrivilegesResource::list`]: set optional
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
    /// Sends the request and waits for the answer of `directory.privileges.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Privileges, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Privileges;
    fn into_call(self) -> Call {
        self.call
    }
}
