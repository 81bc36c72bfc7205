//! The `verificationCodes` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `verificationCodes` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct VerificationCodesResource {
    pub(crate) client: Client,
}

impl VerificationCodesResource {
    /// Generates new backup verification codes for the user.
    ///
    /// `POST admin/directory/v1/users/{userKey}/verificationCodes/generate` (method id
    /// `directory.verificationCodes.generate`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Email or immutable ID of the user
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    #[inline]
    pub fn generate(&self, user_key: impl Into<String>) -> GenerateCall {
        let mut call = Call::new(&self.client, &GENERATE_METHOD);
        call.path_param("userKey", user_key.into());
        GenerateCall { call }
    }

    /// Invalidates the current backup verification codes for the user.
    ///
    /// `POST admin/directory/v1/users/{userKey}/verificationCodes/invalidate` (method id
    /// `directory.verificationCodes.invalidate`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Email or immutable ID of the user
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    #[inline]
    pub fn invalidate(&self, user_key: impl Into<String>) -> InvalidateCall {
        let mut call = Call::new(&self.client, &INVALIDATE_METHOD);
        call.path_param("userKey", user_key.into());
        InvalidateCall { call }
    }

    /// Returns the current set of valid backup verification codes for the specified user.
    ///
    /// `GET admin/directory/v1/users/{userKey}/verificationCodes` (method id
    /// `directory.verificationCodes.list`)
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

static GENERATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.verificationCodes.generate",
    http_method: http::Method::POST,
    path: "admin/directory/v1/users/{userKey}/verificationCodes/generate",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};

/// A call of `directory.verificationCodes.generate`, made by
/// [`VerificationCodesResource::generate`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GenerateCall {
    call: Call,
}

impl GenerateCall {
    /// Sends the request and waits for the answer of `directory.verificationCodes.generate`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for GenerateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GenerateCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static INVALIDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.verificationCodes.invalidate",
    http_method: http::Method::POST,
    path: "admin/directory/v1/users/{userKey}/verificationCodes/invalidate",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};

/// A call of `directory.verificationCodes.invalidate`, made by
/// [`VerificationCodesResource::invalidate`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InvalidateCall {
    call: Call,
}

impl InvalidateCall {
    /// Sends the request and waits for the answer of `directory.verificationCodes.invalidate`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for InvalidateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InvalidateCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.verificationCodes.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/users/{userKey}/verificationCodes",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};

/// A call of `directory.verificationCodes.list`, made by [`VerificationCodesResource::list`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Sends the request and waits for the answer of `directory.verificationCodes.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::VerificationCodes, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::VerificationCodes;
    fn into_call(self) -> Call {
        self.call
    }
}
