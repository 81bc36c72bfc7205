//! The `tokens` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `tokens` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct TokensResource {
    pub(crate) client: Client,
}

impl TokensResource {
    /// Deletes all access tokens issued by a user for an application.
    ///
    /// `DELETE admin/directory/v1/users/{userKey}/tokens/{clientId}` (method id
    /// `directory.tokens.delete`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    /// - `client_id`: The Client ID of the application the token is issued to.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    #[inline]
    pub fn delete(
        &self,
        user_key: impl Into<String>,
        client_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userKey", user_key.into());
        call.path_param("clientId", client_id.into());
        DeleteCall { call }
    }

    /// Gets information about an access token issued by a user.
    ///
    /// `GET admin/directory/v1/users/{userKey}/tokens/{clientId}` (method id
    /// `directory.tokens.get`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    /// - `client_id`: The Client ID of the application the token is issued to.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    #[inline]
    pub fn get(
        &self,
        user_key: impl Into<String>,
        client_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userKey", user_key.into());
        call.path_param("clientId", client_id.into());
        GetCall { call }
    }

    /// Returns the set of tokens specified user has issued to 3rd party applications.
    ///
    /// `GET admin/directory/v1/users/{userKey}/tokens` (method id `directory.tokens.list`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    #[inline]
    pub fn list(&self, user_key: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("userKey", user_key.into());
        ListCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.tokens.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/users/{userKey}/tokens/{clientId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};

/// A call of `directory.tokens.delete`, made by [`TokensResource::delete`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `directory.tokens.delete`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DeleteCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "directory.tokens.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/users/{userKey}/tokens/{clientId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};

/// A call of `directory.tokens.get`, made by [`TokensResource::get`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `directory.tokens.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Token, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Token;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.tokens.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/users/{userKey}/tokens",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};

/// A call of `directory.tokens.list`, made by [`TokensResource::list`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Sends the request and waits for the answer of `directory.tokens.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Tokens, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Tokens;
    fn into_call(self) -> Call {
        self.call
    }
}
