//! The `batch` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `batch` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct BatchResource {
    pub(crate) client: Client,
}

impl BatchResource {
    /// `GET hostile/v1/batch/now` (method id `hostilenames.batch.get`)
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/hostile`
    #[inline]
    pub fn get(&self) -> GetCall {
        let call = Call::new(&self.client, &GET_METHOD);
        GetCall { call }
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "hostilenames.batch.get",
    http_method: http::Method::GET,
    path: "batch/now",
    scopes: &["https://www.googleapis.com/auth/hostile"],
    api_version: None,
};

/// A call of `hostilenames.batch.get`, made by [`BatchResource::get`]: set optional parameters,
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
    /// Sends the request and waits for the answer of `hostilenames.batch.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Timestamp, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Timestamp;
    fn into_call(self) -> Call {
        self.call
    }
}
