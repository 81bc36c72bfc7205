//! The `enterprises.applications` resource.
/// The `enterprises.applications` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ApplicationsResource {
    pub(crate) client: crate::runtime::Client,
}
impl ApplicationsResource {
    /// Gets info about an application.
    ///
    /// `GET v1/{+name}` (method id `androidmanagement.enterprises.applications.get`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the application in the form enterprises/{enterpriseId}/applications/{package_name}. Must match `^enterprises/[^/]+/applications/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/applications/[^/]+$");
        call.path_param("name", name);
        GetCall { call }
    }
}
static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.applications.get",
    http_method: crate::runtime::http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};
/// A call of `androidmanagement.enterprises.applications.get`, made by [`ApplicationsResource::get`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}
impl GetCall {
    /// The preferred language for localized application info, as a BCP47 tag (e.g. "en-US", "de"). If not specified the default language of the application will be used.
    ///
    /// Optional parameter. Sent as `languageCode`.
    pub fn language_code(mut self, value: impl Into<String>) -> Self {
        self.call.query("languageCode", value.into());
        self
    }
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
    /// Sends the request and waits for the answer of `androidmanagement.enterprises.applications.get`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::Application, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::Application;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
