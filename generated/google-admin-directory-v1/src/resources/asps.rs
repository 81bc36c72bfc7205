//! The `asps` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `asps` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct AspsResource {
    pub(crate) client: Client,
}

impl AspsResource {
    /// Deletes an ASP issued by a user.
    ///
    /// `DELETE admin/directory/v1/users/{userKey}/asps/{codeId}` (method id
    /// `directory.asps.delete`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    /// - `code_id`: The unique ID of the ASP to be deleted.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    #[inline]
    pub fn delete(&self, user_key: impl Into<String>, code_id: i32) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userKey", user_key.into());
        call.path_param("codeId", code_id.to_string());
        DeleteCall { call }
    }

    /// Gets information about an ASP issued by a user.
    ///
    /// `GET admin/directory/v1/users/{userKey}/asps/{codeId}` (method id `directory.asps.get`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    /// - `code_id`: The unique ID of the ASP.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    #[inline]
    pub fn get(&self, user_key: impl Into<String>, code_id: i32) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userKey", user_key.into());
        call.path_param("codeId", code_id.to_string());
        GetCall { call }
    }

    /// Lists the ASPs issued by a user.
    ///
    /// `GET admin/directory/v1/users/{userKey}/asps` (method id `directory.asps.list`)
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
    id: "directory.asps.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/users/{userKey}/asps/{codeId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};

/// A call of `directory.asps.delete`, made by [`AspsResource::delete`]: set optional
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
    /// Sends the request and waits for the answer of `directory.asps.delete`.
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
    id: "directory.asps.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/users/{userKey}/asps/{codeId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};

/// A call of `directory.asps.get`, made by [`AspsResource::get`]: set optional parameters, then
/// `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `directory.asps.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Asp, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Asp;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.asps.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/users/{userKey}/asps",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};

/// A call of `directory.asps.list`, made by [`AspsResource::list`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Sends the request and waits for the answer of `directory.asps.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Asps, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Asps;
    fn into_call(self) -> Call {
        self.call
    }
}
