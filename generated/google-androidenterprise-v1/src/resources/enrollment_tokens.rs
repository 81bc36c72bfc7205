//! The `enrollmentTokens` resource.
/// The `enrollmentTokens` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct EnrollmentTokensResource {
    pub(crate) client: crate::runtime::Client,
}
impl EnrollmentTokensResource {
    /// Returns a token for device enrollment. The DPC can encode this token within the QR/NFC/zero-touch enrollment payload or fetch it before calling the on-device API to authenticate the user. The token can be generated for each device or reused across multiple devices.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/enrollmentTokens` (method id `androidenterprise.enrollmentTokens.create`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: Required. The ID of the enterprise.
    /// - `body`: the request body, a [`crate::schemas::EnrollmentToken`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    pub fn create(
        &self,
        enterprise_id: impl Into<String>,
        body: crate::schemas::EnrollmentToken,
    ) -> CreateCall {
        let mut call = crate::runtime::Call::new(&self.client, &CREATE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.json_body(&body);
        CreateCall { call }
    }
}
static CREATE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidenterprise.enrollmentTokens.create",
    http_method: crate::runtime::http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/enrollmentTokens",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};
/// A call of `androidenterprise.enrollmentTokens.create`, made by [`EnrollmentTokensResource::create`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: crate::runtime::Call,
}
impl CreateCall {
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
    /// Adds a header to the request, for example `If-Match` with an entity tag; it
    /// replaces a header of the same name set on the client. Headers the runtime sets
    /// itself (`Authorization`, `Content-Type`, ...) are refused: `send` then fails
    /// before sending anything.
    pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<[u8]>) -> Self {
        self.call.header(name, value);
        self
    }
    /// Retries this call with `policy` instead of the client's retry policy.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }
    /// Sends the request and waits for the answer of `androidenterprise.enrollmentTokens.create`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::EnrollmentToken, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for CreateCall {
    type Response = crate::schemas::EnrollmentToken;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
