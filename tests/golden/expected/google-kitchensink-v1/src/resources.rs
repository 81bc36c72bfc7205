//! The resources and methods of the Kitchen Sink API, reached from [`crate::Client`].
#[cfg(feature = "gadgets")]
pub mod gadgets;
#[cfg(feature = "things")]
pub mod things;
impl crate::Client {
    /// The `gadgets` resource.
    #[cfg(feature = "gadgets")]
    pub fn gadgets(&self) -> gadgets::GadgetsResource {
        gadgets::GadgetsResource {
            client: self.client.clone(),
        }
    }
    /// The `things` resource.
    #[cfg(feature = "things")]
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
    pub fn ping(&self) -> PingCall {
        let call = crate::runtime::Call::new(&self.client, &PING_METHOD);
        PingCall { call }
    }
}
static PING_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "kitchensink.ping",
    http_method: crate::runtime::http::Method::GET,
    path: "ping",
    scopes: &["https://www.googleapis.com/auth/sink"],
    api_version: None,
};
/// A call of `kitchensink.ping`, made by [`crate::Client::ping`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PingCall {
    call: crate::runtime::Call,
}
impl PingCall {
    /// Selector specifying which fields to include in a partial response.
    ///
    /// Standard parameter, accepted by every method. Sent as `fields`.
    pub fn fields(mut self, value: impl Into<String>) -> Self {
        self.call.query("fields", value.into());
        self
    }
    /// Pretty print.
    ///
    /// Standard parameter, accepted by every method. Sent as `prettyPrint`.
    pub fn pretty_print(mut self, value: bool) -> Self {
        self.call.query("prettyPrint", value.to_string());
        self
    }
    /// Quota user.
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
    /// Sends the request and waits for the answer of `kitchensink.ping`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Empty, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for PingCall {
    type Response = crate::schemas::Empty;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
