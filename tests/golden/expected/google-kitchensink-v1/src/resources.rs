//! The resources and methods of the Kitchen Sink API, reached from [`crate::Client`].

use crate::runtime::{batch, http, Call, CallOptions, Error, MethodInfo};
#[cfg(feature = "gadgets")]
#[cfg_attr(docsrs, doc(cfg(feature = "gadgets")))]
pub mod gadgets;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
pub mod things;
impl crate::Client {
    /// The `gadgets` resource.
    #[cfg(feature = "gadgets")]
    #[cfg_attr(docsrs, doc(cfg(feature = "gadgets")))]
    pub fn gadgets(&self) -> gadgets::GadgetsResource {
        gadgets::GadgetsResource {
            client: self.client.clone(),
        }
    }

    /// The `things` resource.
    #[cfg(feature = "things")]
    #[cfg_attr(docsrs, doc(cfg(feature = "things")))]
    pub fn things(&self) -> things::ThingsResource {
        things::ThingsResource {
            client: self.client.clone(),
        }
    }

    /// A method at the top level.
    ///
    /// `GET sink/v1/ping` (method id `kitchensink.ping`)
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/sink`
    #[inline]
    pub fn ping(&self) -> PingCall {
        let call = Call::new(&self.client, &PING_METHOD);
        PingCall { call }
    }
}

static PING_METHOD: MethodInfo = MethodInfo {
    id: "kitchensink.ping",
    http_method: http::Method::GET,
    path: "ping",
    scopes: &["https://www.googleapis.com/auth/sink"],
    api_version: None,
};

/// A call of `kitchensink.ping`, made by [`crate::Client::ping`]: set optional parameters, then
/// `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PingCall {
    call: Call,
}

impl PingCall {
    /// Sends the request and waits for the answer of `kitchensink.ping`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Empty, Error> {
        self.call.send().await
    }
}

impl CallOptions for PingCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PingCall {
    type Response = crate::schemas::Empty;
    fn into_call(self) -> Call {
        self.call
    }
}
