//! The `enterprises.webTokens` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `enterprises.webTokens` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct WebTokensResource {
    pub(crate) client: Client,
}

impl WebTokensResource {
    /// Creates a web token to access an embeddable managed Google Play web UI for a given
    /// enterprise.
    ///
    /// `POST v1/{+parent}/webTokens` (method id `androidmanagement.enterprises.webTokens.create`)
    ///
    /// Arguments, in order:
    /// - `parent`: The name of the enterprise in the form enterprises/{enterpriseId}. Must match
    ///   `^enterprises/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::WebToken`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn create(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::WebToken,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^enterprises/[^/]+$");
        call.path_param("parent", parent);
        call.json_body(&body);
        CreateCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.webTokens.create",
    http_method: http::Method::POST,
    path: "v1/{+parent}/webTokens",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.webTokens.create`, made by
/// [`WebTokensResource::create`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.webTokens.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::WebToken, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::WebToken;
    fn into_call(self) -> Call {
        self.call
    }
}
