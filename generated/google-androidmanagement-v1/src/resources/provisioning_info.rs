//! The `provisioningInfo` resource.
/// The `provisioningInfo` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ProvisioningInfoResource {
    pub(crate) client: crate::runtime::Client,
}
impl ProvisioningInfoResource {
    /// Get the device provisioning information by the identifier provided in the sign-in url.
    ///
    /// `GET v1/{+name}` (method id `androidmanagement.provisioningInfo.get`)
    ///
    /// Arguments, in order:
    /// - `name`: Required. The identifier that Android Device Policy passes to the 3P sign-in page in the form of provisioningInfo/{provisioning_info}. Must match `^provisioningInfo/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^provisioningInfo/[^/]+$");
        call.path_param("name", name);
        GetCall { call }
    }
}
static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.provisioningInfo.get",
    http_method: crate::runtime::http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
};
/// A call of `androidmanagement.provisioningInfo.get`, made by [`ProvisioningInfoResource::get`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}
impl GetCall {
    /// Selector specifying which fields to include in a partial response.
    ///
    /// Standard parameter, accepted by every method. Sent as `fields`.
    pub fn fields(mut self, value: impl Into<String>) -> Self {
        self.call.query("fields", value.into());
        self
    }
    /// Returns response with indentations and line breaks.
    ///
    /// Standard parameter, accepted by every method. Sent as `prettyPrint`.
    pub fn pretty_print(mut self, value: bool) -> Self {
        self.call.query("prettyPrint", value.to_string());
        self
    }
    /// Available to use for quota purposes for server-side applications. Can be any arbitrary string assigned to a user, but should not exceed 40 characters.
    ///
    /// Standard parameter, accepted by every method. Sent as `quotaUser`.
    pub fn quota_user(mut self, value: impl Into<String>) -> Self {
        self.call.query("quotaUser", value.into());
        self
    }
    /// Asks the token provider for these OAuth scopes instead of the method's default (its
    /// first accepted scope, or the client's configured scopes). An empty list restores the
    /// default.
    pub fn scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.call.scopes(scopes);
        self
    }
    /// Sends the request and waits for the answer of `androidmanagement.provisioningInfo.get`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ProvisioningInfo, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::ProvisioningInfo;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
