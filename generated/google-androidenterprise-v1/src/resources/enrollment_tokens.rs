//! The `enrollmentTokens` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `enrollmentTokens` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct EnrollmentTokensResource {
    pub(crate) client: Client,
}

impl EnrollmentTokensResource {
    /// Returns a token for device enrollment. The DPC can encode this token within the
    /// QR/NFC/zero-touch enrollment payload or fetch it before calling the on-device API to
    /// authenticate the user. The token can be generated for each device or reused across multiple
    /// devices.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/enrollmentTokens` (method id
    /// `androidenterprise.enrollmentTokens.create`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: Required. The ID of the enterprise.
    /// - `body`: the request body, a [`crate::schemas::EnrollmentToken`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn create(
        &self,
        enterprise_id: impl Into<String>,
        body: crate::schemas::EnrollmentToken,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.json_body(&body);
        CreateCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enrollmentTokens.create",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/enrollmentTokens",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enrollmentTokens.create`, made by
/// [`EnrollmentTokensResource::create`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Sends the request and waits for the answer of `androidenterprise.enrollmentTokens.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::EnrollmentToken, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::EnrollmentToken;
    fn into_call(self) -> Call {
        self.call
    }
}
