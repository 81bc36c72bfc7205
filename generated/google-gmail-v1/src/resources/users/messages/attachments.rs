//! The `users.messages.attachments` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `users.messages.attachments` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct AttachmentsResource {
    pub(crate) client: Client,
}

impl AttachmentsResource {
    /// Gets the specified message attachment.
    ///
    /// `GET gmail/v1/users/{userId}/messages/{messageId}/attachments/{id}` (method id
    /// `gmail.users.messages.attachments.get`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `message_id`: The ID of the message containing the attachment.
    /// - `id`: The ID of the attachment.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.addons.current.message.action`
    /// - `https://www.googleapis.com/auth/gmail.addons.current.message.readonly`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    #[inline]
    pub fn get(
        &self,
        user_id: impl Into<String>,
        message_id: impl Into<String>,
        id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("messageId", message_id.into());
        call.path_param("id", id.into());
        GetCall { call }
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.messages.attachments.get",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/messages/{messageId}/attachments/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.addons.current.message.action",
        "https://www.googleapis.com/auth/gmail.addons.current.message.readonly",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

/// A call of `gmail.users.messages.attachments.get`, made by [`AttachmentsResource::get`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `gmail.users.messages.attachments.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::MessagePartBody, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::MessagePartBody;
    fn into_call(self) -> Call {
        self.call
    }
}
