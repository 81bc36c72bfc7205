//! The `users.messages` resource.

use crate::runtime::{
    batch, bytes, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MediaUpload, MethodInfo, Pages, UploadProgress, UploadSource,
};

pub mod attachments;

/// The `users.messages` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct MessagesResource {
    pub(crate) client: Client,
}

impl MessagesResource {
    /// The `users.messages.attachments` resource.
    pub fn attachments(&self) -> attachments::AttachmentsResource {
        attachments::AttachmentsResource {
            client: self.client.clone(),
        }
    }

    /// Deletes many messages by message ID. Provides no guarantees that messages were not already
    /// deleted or even existed at all.
    ///
    /// `POST gmail/v1/users/{userId}/messages/batchDelete` (method id
    /// `gmail.users.messages.batchDelete`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `body`: the request body, a [`crate::schemas::BatchDeleteMessagesRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    #[inline]
    pub fn batch_delete(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::BatchDeleteMessagesRequest,
    ) -> BatchDeleteCall {
        let mut call = Call::new(&self.client, &BATCH_DELETE_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        BatchDeleteCall { call }
    }

    /// Modifies the labels and the Classification Label values on the specified messages. For
    /// administrators modifying messages for users in their organization, requests require
    /// authorization with a [service
    /// account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount) that has
    /// [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.modify.restricted`
    /// scope.
    ///
    /// `POST gmail/v1/users/{userId}/messages/batchModify` (method id
    /// `gmail.users.messages.batchModify`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `body`: the request body, a [`crate::schemas::BatchModifyMessagesRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn batch_modify(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::BatchModifyMessagesRequest,
    ) -> BatchModifyCall {
        let mut call = Call::new(&self.client, &BATCH_MODIFY_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        BatchModifyCall { call }
    }

    /// Immediately and permanently deletes the specified message. This operation cannot be undone.
    /// Prefer `messages.trash` instead.
    ///
    /// `DELETE gmail/v1/users/{userId}/messages/{id}` (method id `gmail.users.messages.delete`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the message to delete.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    #[inline]
    pub fn delete(
        &self,
        user_id: impl Into<String>,
        id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        DeleteCall { call }
    }

    /// Gets the specified message.
    ///
    /// `GET gmail/v1/users/{userId}/messages/{id}` (method id `gmail.users.messages.get`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the message to retrieve. This ID is usually retrieved using
    ///   `messages.list`. The
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.addons.current.message.action`
    /// - `https://www.googleapis.com/auth/gmail.addons.current.message.metadata`
    /// - `https://www.googleapis.com/auth/gmail.addons.current.message.readonly`
    /// - `https://www.googleapis.com/auth/gmail.metadata`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    #[inline]
    pub fn get(&self, user_id: impl Into<String>, id: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        GetCall { call }
    }

    /// Imports a message into only this user's mailbox, with standard email delivery scanning and
    /// classification similar to receiving via SMTP. This method doesn't perform SPF checks, so it
    /// might not work for some spam messages, such as those attempting to perform domain spoofing.
    /// This method does not send a message. Note that the maximum size of the message is 150 MB.
    ///
    /// `POST gmail/v1/users/{userId}/messages/import` (method id `gmail.users.messages.import`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `body`: the request body, a [`crate::schemas::Message`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.insert`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn import(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::Message,
    ) -> ImportCall {
        let mut call = Call::new(&self.client, &IMPORT_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        ImportCall { call }
    }

    /// Directly inserts a message into only this user's mailbox similar to `IMAP APPEND`, bypassing
    /// most scanning and classification. Does not send a message. For more information, see [Create
    /// and send email messages](https://developers.google.com/workspace/gmail/api/guides/sending).
    ///
    /// `POST gmail/v1/users/{userId}/messages` (method id `gmail.users.messages.insert`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `body`: the request body, a [`crate::schemas::Message`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.insert`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn insert(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::Message,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Lists the messages in the user's mailbox. For more information, see [List Gmail
    /// messages](https://developers.google.com/workspace/gmail/api/guides/list-messages).
    ///
    /// `GET gmail/v1/users/{userId}/messages` (method id `gmail.users.messages.list`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.metadata`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    #[inline]
    pub fn list(&self, user_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("userId", user_id.into());
        ListCall { call }
    }

    /// Modifies the labels and the Classification Label values on the specified message. For
    /// administrators modifying message for users in their organization, requests require
    /// authorization with a [service
    /// account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount) that has
    /// [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.modify.restricted`
    /// scope.
    ///
    /// `POST gmail/v1/users/{userId}/messages/{id}/modify` (method id
    /// `gmail.users.messages.modify`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the message to modify.
    /// - `body`: the request body, a [`crate::schemas::ModifyMessageRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn modify(
        &self,
        user_id: impl Into<String>,
        id: impl Into<String>,
        body: crate::schemas::ModifyMessageRequest,
    ) -> ModifyCall {
        let mut call = Call::new(&self.client, &MODIFY_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        call.json_body(&body);
        ModifyCall { call }
    }

    /// Sends the specified message to the recipients in the `To`, `Cc`, and `Bcc` headers. For more
    /// information, see [Create and send email
    /// messages](https://developers.google.com/workspace/gmail/api/guides/sending).
    ///
    /// `POST gmail/v1/users/{userId}/messages/send` (method id `gmail.users.messages.send`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `body`: the request body, a [`crate::schemas::Message`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.addons.current.action.compose`
    /// - `https://www.googleapis.com/auth/gmail.compose`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.send`
    #[inline]
    pub fn send(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::Message,
    ) -> SendCall {
        let mut call = Call::new(&self.client, &SEND_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        SendCall { call }
    }

    /// Moves the specified message to the trash.
    ///
    /// `POST gmail/v1/users/{userId}/messages/{id}/trash` (method id `gmail.users.messages.trash`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the message to Trash.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn trash(&self, user_id: impl Into<String>, id: impl Into<String>) -> TrashCall {
        let mut call = Call::new(&self.client, &TRASH_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        TrashCall { call }
    }

    /// Removes the specified message from the trash.
    ///
    /// `POST gmail/v1/users/{userId}/messages/{id}/untrash` (method id
    /// `gmail.users.messages.untrash`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the message to remove from Trash.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn untrash(
        &self,
        user_id: impl Into<String>,
        id: impl Into<String>,
    ) -> UntrashCall {
        let mut call = Call::new(&self.client, &UNTRASH_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        UntrashCall { call }
    }
}

static BATCH_DELETE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.messages.batchDelete",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/messages/batchDelete",
    scopes: &["https://mail.google.com/"],
    api_version: None,
};

/// A call of `gmail.users.messages.batchDelete`, made by [`MessagesResource::batch_delete`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct BatchDeleteCall {
    call: Call,
}

impl BatchDeleteCall {
    /// Sends the request and waits for the answer of `gmail.users.messages.batchDelete`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for BatchDeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for BatchDeleteCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static BATCH_MODIFY_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.messages.batchModify",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/messages/batchModify",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

/// A call of `gmail.users.messages.batchModify`, made by [`MessagesResource::batch_modify`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct BatchModifyCall {
    call: Call,
}

impl BatchModifyCall {
    /// Sends the request and waits for the answer of `gmail.users.messages.batchModify`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for BatchModifyCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for BatchModifyCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.messages.delete",
    http_method: http::Method::DELETE,
    path: "gmail/v1/users/{userId}/messages/{id}",
    scopes: &["https://mail.google.com/"],
    api_version: None,
};

/// A call of `gmail.users.messages.delete`, made by [`MessagesResource::delete`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `gmail.users.messages.delete`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DeleteCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.messages.get",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/messages/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.addons.current.message.action",
        "https://www.googleapis.com/auth/gmail.addons.current.message.metadata",
        "https://www.googleapis.com/auth/gmail.addons.current.message.readonly",
        "https://www.googleapis.com/auth/gmail.metadata",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

/// A call of `gmail.users.messages.get`, made by [`MessagesResource::get`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// The format to return the message in.
    ///
    /// Optional parameter. Sent as `format`. Server default: `full`.
    #[inline]
    pub fn format(mut self, value: Format) -> Self {
        self.call.query("format", value.as_str().to_owned());
        self
    }

    /// When given and format is `METADATA`, only include headers specified.
    ///
    /// Optional parameter. Sent as `metadataHeaders`, once per value.
    #[inline]
    pub fn metadata_headers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.call.query_repeated("metadataHeaders", value.into_iter().map(|v| v.into()));
        self
    }

    /// Sends the request and waits for the answer of `gmail.users.messages.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Message, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Message;
    fn into_call(self) -> Call {
        self.call
    }
}

static IMPORT_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.messages.import",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/messages/import",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.insert",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

static IMPORT_UPLOAD: MediaUpload = MediaUpload {
    simple_path: Some("/upload/gmail/v1/users/{userId}/messages/import"),
    resumable_path: Some("/resumable/upload/gmail/v1/users/{userId}/messages/import"),
    accept: &["message/*"],
    max_size: Some(157286400u64),
    multipart: true,
};

/// A call of `gmail.users.messages.import`, made by [`MessagesResource::import`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ImportCall {
    call: Call,
}

impl ImportCall {
    /// Mark the email as permanently deleted (not TRASH) and only visible in Google Vault to a
    /// Vault administrator. Only used for Google Workspace accounts.
    ///
    /// Optional parameter. Sent as `deleted`. Server default: `false`.
    #[inline]
    pub fn deleted(mut self, value: bool) -> Self {
        self.call.query("deleted", value.to_string());
        self
    }

    /// Source for Gmail's internal date of the message.
    ///
    /// Optional parameter. Sent as `internalDateSource`. Server default: `dateHeader`.
    #[inline]
    pub fn internal_date_source(mut self, value: InternalDateSource) -> Self {
        self.call.query("internalDateSource", value.as_str().to_owned());
        self
    }

    /// Ignore the Gmail spam classifier decision and never mark this email as SPAM in the mailbox.
    ///
    /// Optional parameter. Sent as `neverMarkSpam`. Server default: `false`.
    #[inline]
    pub fn never_mark_spam(mut self, value: bool) -> Self {
        self.call.query("neverMarkSpam", value.to_string());
        self
    }

    /// Process calendar invites in the email and add any extracted meetings to the Google Calendar
    /// for this user.
    ///
    /// Optional parameter. Sent as `processForCalendar`. Server default: `false`.
    #[inline]
    pub fn process_for_calendar(mut self, value: bool) -> Self {
        self.call.query("processForCalendar", value.to_string());
        self
    }

    /// Attaches `data` as the media of this call, sent whole in one request by `send`, as
    /// `multipart/related`: the request body as metadata, then the media. Suits media small enough
    /// to hold in memory and to send again if the request fails; for larger media use
    /// [`upload_resumable`](Self::upload_resumable).
    ///
    /// Accepted: `message/*`, at most 157286400 bytes. A `content_type` or size outside that makes
    /// `send` return [`Error::InvalidArgument`] before
    /// anything is sent.
    pub fn upload(mut self, data: impl Into<bytes::Bytes>, content_type: &str) -> Self {
        self.call.upload(&IMPORT_UPLOAD, data.into(), content_type);
        self
    }

    /// Attaches `source` as the media of this call, sent by `send` with Google's resumable
    /// protocol: `send` opens an upload session, then sends the media in chunks (8 MiB unless
    /// [`upload_chunk_size`](Self::upload_chunk_size) says otherwise), reading one chunk of the
    /// source at a time, so media larger than memory can be uploaded.
    ///
    /// After a failed chunk (429 or 5xx, a dropped connection) it asks the server how much it has
    /// and goes on from exactly there, as often as the client's retry policy allows. A session the
    /// server forgot (404, 410) starts over once when the source can be read again (bytes or a
    /// file). A source that holds more or fewer bytes than its declared size fails the upload
    /// before the last chunk, so the server never completes the wrong media.
    ///
    /// `source` is an [`UploadSource`]: bytes, a file, a stream or
    /// any `AsyncRead`. Accepted: `message/*`, at most 157286400 bytes; anything else is refused
    /// before sending. Progress is reported to [`on_upload_progress`](Self::on_upload_progress).
    pub fn upload_resumable(mut self, source: UploadSource, content_type: &str) -> Self {
        self.call.upload_resumable(&IMPORT_UPLOAD, source, content_type);
        self
    }

    /// The size of each chunk of a resumable upload, rounded up to a multiple of 256 KiB
    /// (the protocol's unit); 8 MiB by default. Larger chunks mean fewer requests,
    /// smaller ones less memory and less to send again after a failure.
    pub fn upload_chunk_size(mut self, size: usize) -> Self {
        self.call.upload_chunk_size(size);
        self
    }

    /// Calls `callback` as an upload makes progress: after each chunk the server
    /// confirms, and once when a simple upload has succeeded. The values never
    /// decrease; the last one of a successful upload counts every byte of the media.
    pub fn on_upload_progress(
        mut self,
        callback: impl Fn(UploadProgress) + Send + Sync + 'static,
    ) -> Self {
        self.call.on_progress(callback);
        self
    }

    /// Sends the request and waits for the answer of `gmail.users.messages.import`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Message, Error> {
        self.call.send().await
    }
}

impl CallOptions for ImportCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.messages.insert",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/messages",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.insert",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

static INSERT_UPLOAD: MediaUpload = MediaUpload {
    simple_path: Some("/upload/gmail/v1/users/{userId}/messages"),
    resumable_path: Some("/resumable/upload/gmail/v1/users/{userId}/messages"),
    accept: &["message/*"],
    max_size: Some(157286400u64),
    multipart: true,
};

/// A call of `gmail.users.messages.insert`, made by [`MessagesResource::insert`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Mark the email as permanently deleted (not TRASH) and only visible in Google Vault to a
    /// Vault administrator. Only used for Google Workspace accounts.
    ///
    /// Optional parameter. Sent as `deleted`. Server default: `false`.
    #[inline]
    pub fn deleted(mut self, value: bool) -> Self {
        self.call.query("deleted", value.to_string());
        self
    }

    /// Source for Gmail's internal date of the message.
    ///
    /// Optional parameter. Sent as `internalDateSource`. Server default: `receivedTime`.
    #[inline]
    pub fn internal_date_source(mut self, value: InternalDateSource) -> Self {
        self.call.query("internalDateSource", value.as_str().to_owned());
        self
    }

    /// Attaches `data` as the media of this call, sent whole in one request by `send`, as
    /// `multipart/related`: the request body as metadata, then the media. Suits media small enough
    /// to hold in memory and to send again if the request fails; for larger media use
    /// [`upload_resumable`](Self::upload_resumable).
    ///
    /// Accepted: `message/*`, at most 157286400 bytes. A `content_type` or size outside that makes
    /// `send` return [`Error::InvalidArgument`] before
    /// anything is sent.
    pub fn upload(mut self, data: impl Into<bytes::Bytes>, content_type: &str) -> Self {
        self.call.upload(&INSERT_UPLOAD, data.into(), content_type);
        self
    }

    /// Attaches `source` as the media of this call, sent by `send` with Google's resumable
    /// protocol: `send` opens an upload session, then sends the media in chunks (8 MiB unless
    /// [`upload_chunk_size`](Self::upload_chunk_size) says otherwise), reading one chunk of the
    /// source at a time, so media larger than memory can be uploaded.
    ///
    /// After a failed chunk (429 or 5xx, a dropped connection) it asks the server how much it has
    /// and goes on from exactly there, as often as the client's retry policy allows. A session the
    /// server forgot (404, 410) starts over once when the source can be read again (bytes or a
    /// file). A source that holds more or fewer bytes than its declared size fails the upload
    /// before the last chunk, so the server never completes the wrong media.
    ///
    /// `source` is an [`UploadSource`]: bytes, a file, a stream or
    /// any `AsyncRead`. Accepted: `message/*`, at most 157286400 bytes; anything else is refused
    /// before sending. Progress is reported to [`on_upload_progress`](Self::on_upload_progress).
    pub fn upload_resumable(mut self, source: UploadSource, content_type: &str) -> Self {
        self.call.upload_resumable(&INSERT_UPLOAD, source, content_type);
        self
    }

    /// The size of each chunk of a resumable upload, rounded up to a multiple of 256 KiB
    /// (the protocol's unit); 8 MiB by default. Larger chunks mean fewer requests,
    /// smaller ones less memory and less to send again after a failure.
    pub fn upload_chunk_size(mut self, size: usize) -> Self {
        self.call.upload_chunk_size(size);
        self
    }

    /// Calls `callback` as an upload makes progress: after each chunk the server
    /// confirms, and once when a simple upload has succeeded. The values never
    /// decrease; the last one of a successful upload counts every byte of the media.
    pub fn on_upload_progress(
        mut self,
        callback: impl Fn(UploadProgress) + Send + Sync + 'static,
    ) -> Self {
        self.call.on_progress(callback);
        self
    }

    /// Sends the request and waits for the answer of `gmail.users.messages.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Message, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.messages.list",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/messages",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.metadata",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

/// A call of `gmail.users.messages.list`, made by [`MessagesResource::list`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Include messages from `SPAM` and `TRASH` in the results.
    ///
    /// Optional parameter. Sent as `includeSpamTrash`. Server default: `false`.
    #[inline]
    pub fn include_spam_trash(mut self, value: bool) -> Self {
        self.call.query("includeSpamTrash", value.to_string());
        self
    }

    /// Only return messages with labels that match all of the specified label IDs. Messages in a
    /// thread might have labels that other messages in the same thread don't have. To learn more,
    /// see [Manage labels on messages and
    /// threads](https://developers.google.com/workspace/gmail/api/guides/labels#manage_labels_on_messages_threads).
    ///
    /// Optional parameter. Sent as `labelIds`, once per value.
    #[inline]
    pub fn label_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.call.query_repeated("labelIds", value.into_iter().map(|v| v.into()));
        self
    }

    /// Maximum number of messages to return. This field defaults to 100. The maximum allowed value
    /// for this field is 500.
    ///
    /// Optional parameter. Sent as `maxResults`. Server default: `100`.
    #[inline]
    pub fn max_results(mut self, value: u32) -> Self {
        self.call.query("maxResults", value.to_string());
        self
    }

    /// Page token to retrieve a specific page of results in the list.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Only return messages matching the specified query. Supports the same query format as the
    /// Gmail search box. For example, `"from:someuser@example.com rfc822msgid: is:unread"`.
    /// Parameter cannot be used when accessing the api using the gmail.metadata scope.
    ///
    /// Optional parameter. Sent as `q`.
    #[inline]
    pub fn q(mut self, value: impl Into<String>) -> Self {
        self.call.query("q", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListMessagesResponse`](crate::schemas::ListMessagesResponse): the call is sent, then sent
    /// again with `pageToken` set to each `nextPageToken` the server answers, every other parameter
    /// as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListMessagesResponse> {
        self.call
            .pages::<
                crate::schemas::ListMessagesResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `messages` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `messages` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListMessagesResponse, crate::schemas::Message> {
        self.call
            .items::<
                crate::schemas::ListMessagesResponse,
                crate::schemas::Message,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.messages.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `gmail.users.messages.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListMessagesResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListMessagesResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static MODIFY_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.messages.modify",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/messages/{id}/modify",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

/// A call of `gmail.users.messages.modify`, made by [`MessagesResource::modify`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ModifyCall {
    call: Call,
}

impl ModifyCall {
    /// Sends the request and waits for the answer of `gmail.users.messages.modify`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Message, Error> {
        self.call.send().await
    }
}

impl CallOptions for ModifyCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ModifyCall {
    type Response = crate::schemas::Message;
    fn into_call(self) -> Call {
        self.call
    }
}

static SEND_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.messages.send",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/messages/send",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.send",
    ],
    api_version: None,
};

static SEND_UPLOAD: MediaUpload = MediaUpload {
    simple_path: Some("/upload/gmail/v1/users/{userId}/messages/send"),
    resumable_path: Some("/resumable/upload/gmail/v1/users/{userId}/messages/send"),
    accept: &["message/*"],
    max_size: Some(36700160u64),
    multipart: true,
};

/// A call of `gmail.users.messages.send`, made by [`MessagesResource::send`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct SendCall {
    call: Call,
}

impl SendCall {
    /// Attaches `data` as the media of this call, sent whole in one request by `send`, as
    /// `multipart/related`: the request body as metadata, then the media. Suits media small enough
    /// to hold in memory and to send again if the request fails; for larger media use
    /// [`upload_resumable`](Self::upload_resumable).
    ///
    /// Accepted: `message/*`, at most 36700160 bytes. A `content_type` or size outside that makes
    /// `send` return [`Error::InvalidArgument`] before
    /// anything is sent.
    pub fn upload(mut self, data: impl Into<bytes::Bytes>, content_type: &str) -> Self {
        self.call.upload(&SEND_UPLOAD, data.into(), content_type);
        self
    }

    /// Attaches `source` as the media of this call, sent by `send` with Google's resumable
    /// protocol: `send` opens an upload session, then sends the media in chunks (8 MiB unless
    /// [`upload_chunk_size`](Self::upload_chunk_size) says otherwise), reading one chunk of the
    /// source at a time, so media larger than memory can be uploaded.
    ///
    /// After a failed chunk (429 or 5xx, a dropped connection) it asks the server how much it has
    /// and goes on from exactly there, as often as the client's retry policy allows. A session the
    /// server forgot (404, 410) starts over once when the source can be read again (bytes or a
    /// file). A source that holds more or fewer bytes than its declared size fails the upload
    /// before the last chunk, so the server never completes the wrong media.
    ///
    /// `source` is an [`UploadSource`]: bytes, a file, a stream or
    /// any `AsyncRead`. Accepted: `message/*`, at most 36700160 bytes; anything else is refused
    /// before sending. Progress is reported to [`on_upload_progress`](Self::on_upload_progress).
    pub fn upload_resumable(mut self, source: UploadSource, content_type: &str) -> Self {
        self.call.upload_resumable(&SEND_UPLOAD, source, content_type);
        self
    }

    /// The size of each chunk of a resumable upload, rounded up to a multiple of 256 KiB
    /// (the protocol's unit); 8 MiB by default. Larger chunks mean fewer requests,
    /// smaller ones less memory and less to send again after a failure.
    pub fn upload_chunk_size(mut self, size: usize) -> Self {
        self.call.upload_chunk_size(size);
        self
    }

    /// Calls `callback` as an upload makes progress: after each chunk the server
    /// confirms, and once when a simple upload has succeeded. The values never
    /// decrease; the last one of a successful upload counts every byte of the media.
    pub fn on_upload_progress(
        mut self,
        callback: impl Fn(UploadProgress) + Send + Sync + 'static,
    ) -> Self {
        self.call.on_progress(callback);
        self
    }

    /// Sends the request and waits for the answer of `gmail.users.messages.send`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Message, Error> {
        self.call.send().await
    }
}

impl CallOptions for SendCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

static TRASH_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.messages.trash",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/messages/{id}/trash",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

/// A call of `gmail.users.messages.trash`, made by [`MessagesResource::trash`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct TrashCall {
    call: Call,
}

impl TrashCall {
    /// Sends the request and waits for the answer of `gmail.users.messages.trash`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Message, Error> {
        self.call.send().await
    }
}

impl CallOptions for TrashCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for TrashCall {
    type Response = crate::schemas::Message;
    fn into_call(self) -> Call {
        self.call
    }
}

static UNTRASH_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.messages.untrash",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/messages/{id}/untrash",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

/// A call of `gmail.users.messages.untrash`, made by [`MessagesResource::untrash`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UntrashCall {
    call: Call,
}

impl UntrashCall {
    /// Sends the request and waits for the answer of `gmail.users.messages.untrash`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Message, Error> {
        self.call.send().await
    }
}

impl CallOptions for UntrashCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UntrashCall {
    type Response = crate::schemas::Message;
    fn into_call(self) -> Call {
        self.call
    }
}

/// The format to return the message in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Format {
    /// Returns only email message ID and labels; does not return the email headers, body, or
    /// payload.
    ///
    /// `minimal` on the wire.
    #[default]
    Minimal,
    /// Returns the full email message data with body content parsed in the `payload` field; the
    /// `raw` field is not used. Format cannot be used when accessing the api using the
    /// gmail.metadata scope.
    ///
    /// `full` on the wire.
    Full,
    /// Returns the full email message data with body content in the `raw` field as a base64url
    /// encoded string; the `payload` field is not used. Format cannot be used when accessing the
    /// api using the gmail.metadata scope.
    ///
    /// `raw` on the wire.
    Raw,
    /// Returns only email message ID, labels, and email headers.
    ///
    /// `metadata` on the wire.
    Metadata,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for Format {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Minimal => "minimal",
            Self::Full => "full",
            Self::Raw => "raw",
            Self::Metadata => "metadata",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "minimal" => Self::Minimal,
            "full" => Self::Full,
            "raw" => Self::Raw,
            "metadata" => Self::Metadata,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Format);

/// Source for Gmail's internal date of the message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum InternalDateSource {
    /// Internal message date set to current time when received by Gmail.
    ///
    /// `receivedTime` on the wire.
    #[default]
    ReceivedTime,
    /// Internal message time based on 'Date' header in email, when valid.
    ///
    /// `dateHeader` on the wire.
    DateHeader,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for InternalDateSource {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ReceivedTime => "receivedTime",
            Self::DateHeader => "dateHeader",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "receivedTime" => Self::ReceivedTime,
            "dateHeader" => Self::DateHeader,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(InternalDateSource);
