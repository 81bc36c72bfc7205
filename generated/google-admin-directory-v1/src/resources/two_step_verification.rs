//! The `twoStepVerification` resource.
/// The `twoStepVerification` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct TwoStepVerificationResource {
    pub(crate) client: crate::runtime::Client,
}
impl TwoStepVerificationResource {
    /// Turns off 2-Step Verification for user.
    ///
    /// `POST admin/directory/v1/users/{userKey}/twoStepVerification/turnOff` (method id `directory.twoStepVerification.turnOff`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary email address, alias email address, or unique user ID.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    pub fn turn_off(&self, user_key: impl Into<String>) -> TurnOffCall {
        let mut call = crate::runtime::Call::new(&self.client, &TURN_OFF_METHOD);
        call.path_param("userKey", user_key.into());
        TurnOffCall { call }
    }
}
static TURN_OFF_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.twoStepVerification.turnOff",
    http_method: crate::runtime::http::Method::POST,
    path: "admin/directory/v1/users/{userKey}/twoStepVerification/turnOff",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};
/// A call of `directory.twoStepVerification.turnOff`, made by [`TwoStepVerificationResource::turn_off`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct TurnOffCall {
    call: crate::runtime::Call,
}
impl TurnOffCall {
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
    /// Sends the request and waits for the answer of `directory.twoStepVerification.turnOff`.
    #[inline]
    pub async fn send(self) -> Result<(), crate::runtime::Error> {
        self.call.send_empty().await
    }
}
impl crate::runtime::batch::Batchable for TurnOffCall {
    type Response = ();
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
