//! The `projects.serviceAccount` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `projects.serviceAccount` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ServiceAccountResource {
    pub(crate) client: Client,
}

impl ServiceAccountResource {
    /// Get the email address of this project's Google Cloud Storage service account.
    ///
    /// `GET storage/v1/projects/{projectId}/serviceAccount` (method id
    /// `storage.projects.serviceAccount.get`)
    ///
    /// Arguments, in order:
    /// - `project_id`: Project ID
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn get(&self, project_id: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("projectId", project_id.into());
        GetCall { call }
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "storage.projects.serviceAccount.get",
    http_method: http::Method::GET,
    path: "projects/{projectId}/serviceAccount",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.projects.serviceAccount.get`, made by [`ServiceAccountResource::get`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// The project to be billed for this request.
    ///
    /// Optional parameter. Sent as `userProject`.
    #[inline]
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.projects.serviceAccount.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ServiceAccount, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::ServiceAccount;
    fn into_call(self) -> Call {
        self.call
    }
}
