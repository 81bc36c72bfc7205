//! The `channels` resource.
/// The `channels` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ChannelsResource {
    pub(crate) client: crate::runtime::Client,
}
impl ChannelsResource {
    /// Stops watching resources through this channel.
    ///
    /// `POST admin/directory_v1/channels/stop` (method id `admin.channels.stop`)
    ///
    /// The request body is a [`crate::schemas::Channel`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    /// - `https://www.googleapis.com/auth/admin.directory.user.alias`
    /// - `https://www.googleapis.com/auth/admin.directory.user.alias.readonly`
    /// - `https://www.googleapis.com/auth/admin.directory.user.readonly`
    /// - `https://www.googleapis.com/auth/cloud-platform`
    pub fn stop(&self, body: crate::schemas::Channel) -> StopCall {
        let mut call = crate::runtime::Call::new(&self.client, &STOP_METHOD);
        call.json_body(&body);
        StopCall { call }
    }
}
static STOP_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "admin.channels.stop",
    http_method: crate::runtime::http::Method::POST,
    path: "admin/directory_v1/channels/stop",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.user",
        "https://www.googleapis.com/auth/admin.directory.user.alias",
        "https://www.googleapis.com/auth/admin.directory.user.alias.readonly",
        "https://www.googleapis.com/auth/admin.directory.user.readonly",
        "https://www.googleapis.com/auth/cloud-platform",
    ],
    api_version: None,
};
/// A call of `admin.channels.stop`, made by [`ChannelsResource::stop`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct StopCall {
    call: crate::runtime::Call,
}
impl StopCall {
    /// Selector specifying which fields to include in a partial response.
    ///
    /// Standard parameter, accepted by every method. Sent as `fields`.
    pub fn fields(mut self, value: impl Into<String>) -> Self {
        self.call.query("fields", value.into());
        self
    }
    /// Returns response with indentations and line breaks.
    ///
    /// Standard parameter, accepted by every method. Sent as `prettyPrint`.
    pub fn pretty_print(mut self, value: bool) -> Self {
        self.call.query("prettyPrint", value.to_string());
        self
    }
    /// Available to use for quota purposes for server-side applications. Can be any arbitrary string assigned to a user, but should not exceed 40 characters.
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
    /// Sends the request and waits for the answer of `admin.channels.stop`.
    #[inline]
    pub async fn send(self) -> Result<(), crate::runtime::Error> {
        self.call.send_empty().await
    }
}
impl crate::runtime::batch::Batchable for StopCall {
    type Response = ();
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
