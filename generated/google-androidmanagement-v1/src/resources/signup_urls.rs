//! The `signupUrls` resource.
/// The `signupUrls` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct SignupUrlsResource {
    pub(crate) client: crate::runtime::Client,
}
impl SignupUrlsResource {
    /// Creates an enterprise signup URL.
    ///
    /// `POST v1/signupUrls` (method id `androidmanagement.signupUrls.create`)
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    pub fn create(&self) -> CreateCall {
        let call = crate::runtime::Call::new(&self.client, &CREATE_METHOD);
        CreateCall { call }
    }
}
static CREATE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.signupUrls.create",
    http_method: crate::runtime::http::Method::POST,
    path: "v1/signupUrls",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};
/// A call of `androidmanagement.signupUrls.create`, made by [`SignupUrlsResource::create`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: crate::runtime::Call,
}
impl CreateCall {
    /// Optional. Email address used to prefill the admin field of the enterprise signup form. This value is a hint only and can be altered by the user. If allowedDomains is non-empty then this must belong to one of the allowedDomains.
    ///
    /// Optional parameter. Sent as `adminEmail`.
    pub fn admin_email(mut self, value: impl Into<String>) -> Self {
        self.call.query("adminEmail", value.into());
        self
    }
    /// Optional. A list of domains that are permitted for the admin email. The IT admin cannot enter an email address with a domain name that is not in this list. Subdomains of domains in this list are not allowed but can be allowed by adding a second entry which has *. prefixed to the domain name (e.g. *.example.com). If the field is not present or is an empty list then the IT admin is free to use any valid domain name. Personal email domains are always allowed, but will result in the creation of a managed Google Play Accounts enterprise.
    ///
    /// Optional parameter. Sent as `allowedDomains`, once per value.
    pub fn allowed_domains(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.call.query_repeated("allowedDomains", value.into_iter().map(|v| v.into()));
        self
    }
    /// The callback URL that the admin will be redirected to after successfully creating an enterprise. Before redirecting there the system will add a query parameter to this URL named enterpriseToken which will contain an opaque token to be used for the create enterprise request. The URL will be parsed then reformatted in order to add the enterpriseToken parameter, so there may be some minor formatting changes.
    ///
    /// Optional parameter. Sent as `callbackUrl`.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.call.query("callbackUrl", value.into());
        self
    }
    /// The ID of the Google Cloud Platform project which will own the enterprise.
    ///
    /// Optional parameter. Sent as `projectId`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.call.query("projectId", value.into());
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
    /// Sends the request and waits for the answer of `androidmanagement.signupUrls.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::SignupUrl, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for CreateCall {
    type Response = crate::schemas::SignupUrl;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
