//! The `provisioningInfo` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `provisioningInfo` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ProvisioningInfoResource {
    pub(crate) client: Client,
}

impl ProvisioningInfoResource {
    /// Get the device provisioning information by the identifier provided in the sign-in url.
    ///
    /// `GET v1/{+name}` (method id `androidmanagement.provisioningInfo.get`)
    ///
    /// Arguments, in order:
    /// - `name`: Required. The identifier that Android Device Policy passes to the 3P sign-in
    ///   page in the Must match `^provisioningInfo/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^provisioningInfo/[^/]+$");
        call.path_param("name", name);
        GetCall { call }
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.provisioningInfo.get",
    http_method: http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.provisioningInfo.get`, made by
/// [`ProvisioningInfoResource::get`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `androidmanagement.provisioningInfo.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ProvisioningInfo, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::ProvisioningInfo;
    fn into_call(self) -> Call {
        self.call
    }
}
