//! The `permissions` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `permissions` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct PermissionsResource {
    pub(crate) client: Client,
}

impl PermissionsResource {
    /// Retrieves details of an Android app permission for display to an enterprise admin.
    ///
    /// `GET androidenterprise/v1/permissions/{permissionId}` (method id
    /// `androidenterprise.permissions.get`)
    ///
    /// Arguments, in order:
    /// - `permission_id`: The ID of the permission.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get(&self, permission_id: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("permissionId", permission_id.into());
        GetCall { call }
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.permissions.get",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/permissions/{permissionId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.permissions.get`, made by [`PermissionsResource::get`]: set
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
    /// The BCP47 tag for the user's preferred language (e.g. "en-US", "de")
    ///
    /// Optional parameter. Sent as `language`.
    #[inline]
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.call.query("language", value.into());
        self
    }

    /// Sends the request and waits for the answer of `androidenterprise.permissions.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Permission, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Permission;
    fn into_call(self) -> Call {
        self.call
    }
}
