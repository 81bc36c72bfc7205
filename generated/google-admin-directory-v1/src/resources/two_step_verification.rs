//! The `twoStepVerification` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `twoStepVerification` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct TwoStepVerificationResource {
    pub(crate) client: Client,
}

impl TwoStepVerificationResource {
    /// Turns off 2-Step Verification for user.
    ///
    /// `POST admin/directory/v1/users/{userKey}/twoStepVerification/turnOff` (method id
    /// `directory.twoStepVerification.turnOff`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    #[inline]
    pub fn turn_off(&self, user_key: impl Into<String>) -> TurnOffCall {
        let mut call = Call::new(&self.client, &TURN_OFF_METHOD);
        call.path_param("userKey", user_key.into());
        TurnOffCall { call }
    }
}

static TURN_OFF_METHOD: MethodInfo = MethodInfo {
    id: "directory.twoStepVerification.turnOff",
    http_method: http::Method::POST,
    path: "admin/directory/v1/users/{userKey}/twoStepVerification/turnOff",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};

/// A call of `directory.twoStepVerification.turnOff`, made by
/// [`TwoStepVerificationResource::turn_off`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct TurnOffCall {
    call: Call,
}

impl TurnOffCall {
    /// Sends the request and waits for the answer of `directory.twoStepVerification.turnOff`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for TurnOffCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for TurnOffCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}
