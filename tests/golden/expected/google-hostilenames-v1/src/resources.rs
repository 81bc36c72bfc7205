//! The resources and methods of the Hostile Names API, reached from [`crate::Client`].

use crate::runtime::{http, Call, CallOptions, Error, MethodInfo};
#[cfg(feature = "v4k")]
#[cfg_attr(docsrs, doc(cfg(feature = "v4k")))]
pub mod v4k;
#[cfg(feature = "batch")]
#[cfg_attr(docsrs, doc(cfg(feature = "batch")))]
pub mod batch;
impl crate::Client {
    /// The `4k` resource.
    #[cfg(feature = "v4k")]
    #[cfg_attr(docsrs, doc(cfg(feature = "v4k")))]
    pub fn v4k(&self) -> v4k::V4kResource {
        v4k::V4kResource {
            client: self.client.clone(),
        }
    }

    /// The `batch` resource.
    #[cfg(feature = "batch")]
    #[cfg_attr(docsrs, doc(cfg(feature = "batch")))]
    pub fn batch_resource(&self) -> batch::BatchResource {
        batch::BatchResource {
            client: self.client.clone(),
        }
    }

    /// `GET hostile/v1/ping` (method id `hostilenames.ping`)
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/hostile`
    #[inline]
    pub fn ping(&self) -> PingCall {
        let call = Call::new(&self.client, &PING_METHOD);
        PingCall { call }
    }
}

static PING_METHOD: MethodInfo = MethodInfo {
    id: "hostilenames.ping",
    http_method: http::Method::GET,
    path: "ping",
    scopes: &["https://www.googleapis.com/auth/hostile"],
    api_version: None,
};

/// A call of `hostilenames.ping`, made by [`crate::Client::ping`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PingCall {
    call: Call,
}

impl PingCall {
    /// Sends the request and waits for the answer of `hostilenames.ping`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Timestamp, Error> {
        self.call.send().await
    }
}

impl CallOptions for PingCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for PingCall {
    type Response = crate::schemas::Timestamp;
    fn into_call(self) -> Call {
        self.call
    }
}
