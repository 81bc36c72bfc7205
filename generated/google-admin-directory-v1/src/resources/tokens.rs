//! The `tokens` resource.
/// The `tokens` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct TokensResource {
    pub(crate) client: crate::runtime::Client,
}
impl TokensResource {
    /// Deletes all access tokens issued by a user for an application.
    ///
    /// `DELETE admin/directory/v1/users/{userKey}/tokens/{clientId}` (method id `directory.tokens.delete`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary email address, alias email address, or unique user ID.
    /// - `client_id`: The Client ID of the application the token is issued to.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    pub fn delete(
        &self,
        user_key: impl Into<String>,
        client_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = crate::runtime::Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userKey", user_key.into());
        call.path_param("clientId", client_id.into());
        DeleteCall { call }
    }
    /// Gets information about an access token issued by a user.
    ///
    /// `GET admin/directory/v1/users/{userKey}/tokens/{clientId}` (method id `directory.tokens.get`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary email address, alias email address, or unique user ID.
    /// - `client_id`: The Client ID of the application the token is issued to.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    pub fn get(
        &self,
        user_key: impl Into<String>,
        client_id: impl Into<String>,
    ) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
        call.path_param("userKey", user_key.into());
        call.path_param("clientId", client_id.into());
        GetCall { call }
    }
    /// Returns the set of tokens specified user has issued to 3rd party applications.
    ///
    /// `GET admin/directory/v1/users/{userKey}/tokens` (method id `directory.tokens.list`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary email address, alias email address, or unique user ID.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    pub fn list(&self, user_key: impl Into<String>) -> ListCall {
        let mut call = crate::runtime::Call::new(&self.client, &LIST_METHOD);
        call.path_param("userKey", user_key.into());
        ListCall { call }
    }
}
static DELETE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.tokens.delete",
    http_method: crate::runtime::http::Method::DELETE,
    path: "admin/directory/v1/users/{userKey}/tokens/{clientId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};
static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.tokens.get",
    http_method: crate::runtime::http::Method::GET,
    path: "admin/directory/v1/users/{userKey}/tokens/{clientId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};
static LIST_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.tokens.list",
    http_method: crate::runtime::http::Method::GET,
    path: "admin/directory/v1/users/{userKey}/tokens",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};
/// A call of `directory.tokens.delete`, made by [`TokensResource::delete`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: crate::runtime::Call,
}
impl DeleteCall {
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
    /// Sends the request and waits for the answer of `directory.tokens.delete`.
    #[inline]
    pub async fn send(self) -> Result<(), crate::runtime::Error> {
        self.call.send_empty().await
    }
}
impl crate::runtime::batch::Batchable for DeleteCall {
    type Response = ();
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
/// A call of `directory.tokens.get`, made by [`TokensResource::get`]: set optional parameters, then `send` it.
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
    /// Sends the request and waits for the answer of `directory.tokens.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Token, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::Token;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
/// A call of `directory.tokens.list`, made by [`TokensResource::list`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: crate::runtime::Call,
}
impl ListCall {
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
    /// Sends the request and waits for the answer of `directory.tokens.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Tokens, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::Tokens;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
