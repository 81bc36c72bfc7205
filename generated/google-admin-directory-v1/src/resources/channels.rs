//! The `channels` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `channels` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ChannelsResource {
    pub(crate) client: Client,
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
    #[inline]
    pub fn stop(&self, body: crate::schemas::Channel) -> StopCall {
        let mut call = Call::new(&self.client, &STOP_METHOD);
        call.json_body(&body);
        StopCall { call }
    }
}

static STOP_METHOD: MethodInfo = MethodInfo {
    id: "admin.channels.stop",
    http_method: http::Method::POST,
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

/// A call of `admin.channels.stop`, made by [`ChannelsResource::stop`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct StopCall {
    call: Call,
}

impl StopCall {
    /// Sends the request and waits for the answer of `admin.channels.stop`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for StopCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for StopCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}
