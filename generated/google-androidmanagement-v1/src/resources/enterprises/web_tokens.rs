//! The `enterprises.webTokens` resource.
/// The `enterprises.webTokens` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct WebTokensResource {
    pub(crate) client: crate::runtime::Client,
}
impl WebTokensResource {
    /// Creates a web token to access an embeddable managed Google Play web UI for a given enterprise.
    ///
    /// `POST v1/{+parent}/webTokens` (method id `androidmanagement.enterprises.webTokens.create`)
    ///
    /// Arguments, in order:
    /// - `parent`: The name of the enterprise in the form enterprises/{enterpriseId}. Must match `^enterprises/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::WebToken`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    pub fn create(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::WebToken,
    ) -> CreateCall {
        let mut call = crate::runtime::Call::new(&self.client, &CREATE_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^enterprises/[^/]+$");
        call.path_param("parent", parent);
        call.json_body(&body);
        CreateCall { call }
    }
}
static CREATE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.webTokens.create",
    http_method: crate::runtime::http::Method::POST,
    path: "v1/{+parent}/webTokens",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};
/// A call of `androidmanagement.enterprises.webTokens.create`, made by [`WebTokensResource::create`]: set optional parameters, then `send` it.
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
    /// Sends the request and waits for the answer of `androidmanagement.enterprises.webTokens.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::WebToken, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for CreateCall {
    type Response = crate::schemas::WebToken;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
