//! The `users.drafts` resource.

use crate::runtime::{
    batch, bytes, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MediaUpload, MethodInfo, Pages, UploadProgress, UploadSource,
};

/// The `users.drafts` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct DraftsResource {
    pub(crate) client: Client,
}

impl DraftsResource {
    /// Creates a draft with the `DRAFT` label. For more information, see [Create and send draft
    /// emails](https://developers.google.com/workspace/gmail/api/guides/drafts).
    ///
    /// `POST gmail/v1/users/{userId}/drafts` (method id `gmail.users.drafts.create`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `body`: the request body, a [`crate::schemas::Draft`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.addons.current.action.compose`
    /// - `https://www.googleapis.com/auth/gmail.compose`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn create(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::Draft,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        CreateCall { call }
    }

    /// Immediately and permanently deletes the specified draft. Does not simply trash it. For more
    /// information, see [Create and send draft
    /// emails](https://developers.google.com/workspace/gmail/api/guides/drafts).
    ///
    /// `DELETE gmail/v1/users/{userId}/drafts/{id}` (method id `gmail.users.drafts.delete`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the draft to delete.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.addons.current.action.compose`
    /// - `https://www.googleapis.com/auth/gmail.compose`
    /// - `https://www.googleapis.com/auth/gmail.modify`
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

    /// Gets the specified draft. For more information, see [Create and send draft
    /// emails](https://developers.google.com/workspace/gmail/api/guides/drafts).
    ///
    /// `GET gmail/v1/users/{userId}/drafts/{id}` (method id `gmail.users.drafts.get`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the draft to retrieve.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.compose`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    #[inline]
    pub fn get(&self, user_id: impl Into<String>, id: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        GetCall { call }
    }

    /// Lists the drafts in the user's mailbox. For more information, see [Create and send draft
    /// emails](https://developers.google.com/workspace/gmail/api/guides/drafts).
    ///
    /// `GET gmail/v1/users/{userId}/drafts` (method id `gmail.users.drafts.list`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.compose`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    #[inline]
    pub fn list(&self, user_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("userId", user_id.into());
        ListCall { call }
    }

    /// Sends the specified, existing draft to the recipients in the `To`, `Cc`, and `Bcc` headers.
    /// For more information, see [Create and send draft
    /// emails](https://developers.google.com/workspace/gmail/api/guides/drafts).
    ///
    /// `POST gmail/v1/users/{userId}/drafts/send` (method id `gmail.users.drafts.send`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `body`: the request body, a [`crate::schemas::Draft`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.addons.current.action.compose`
    /// - `https://www.googleapis.com/auth/gmail.compose`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn send(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::Draft,
    ) -> SendCall {
        let mut call = Call::new(&self.client, &SEND_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        SendCall { call }
    }

    /// Replaces a draft's content. For more information, see [Create and send draft
    /// emails](https://developers.google.com/workspace/gmail/api/guides/drafts).
    ///
    /// `PUT gmail/v1/users/{userId}/drafts/{id}` (method id `gmail.users.drafts.update`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the draft to update.
    /// - `body`: the request body, a [`crate::schemas::Draft`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.addons.current.action.compose`
    /// - `https://www.googleapis.com/auth/gmail.compose`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn update(
        &self,
        user_id: impl Into<String>,
        id: impl Into<String>,
        body: crate::schemas::Draft,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.drafts.create",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/drafts",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

static CREATE_UPLOAD: MediaUpload = MediaUpload {
    simple_path: Some("/upload/gmail/v1/users/{userId}/drafts"),
    resumable_path: Some("/resumable/upload/gmail/v1/users/{userId}/drafts"),
    accept: &["message/*"],
    max_size: Some(36700160u64),
    multipart: true,
};

/// A call of `gmail.users.drafts.create`, made by [`DraftsResource::create`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Attaches `data` as the media of this call, sent whole in one request by `send`, as
    /// `multipart/related`: the request body as metadata, then the media. Suits media small enough
    /// to hold in memory and to send again if the request fails; for larger media use
    /// [`upload_resumable`](Self::upload_resumable).
    ///
    /// Accepted: `message/*`, at most 36700160 bytes. A `content_type` or size outside that makes
    /// `send` return [`Error::InvalidArgument`] before
    /// anything is sent.
    pub fn upload(mut self, data: impl Into<bytes::Bytes>, content_type: &str) -> Self {
        self.call.upload(&CREATE_UPLOAD, data.into(), content_type);
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
        self.call.upload_resumable(&CREATE_UPLOAD, source, content_type);
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

    /// Sends the request and waits for the answer of `gmail.users.drafts.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Draft, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.drafts.delete",
    http_method: http::Method::DELETE,
    path: "gmail/v1/users/{userId}/drafts/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

/// A call of `gmail.users.drafts.delete`, made by [`DraftsResource::delete`]: set optional
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
    /// Sends the request and waits for the answer of `gmail.users.drafts.delete`.
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
    id: "gmail.users.drafts.get",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/drafts/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

/// A call of `gmail.users.drafts.get`, made by [`DraftsResource::get`]: set optional
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
    /// The format to return the draft in.
    ///
    /// Optional parameter. Sent as `format`. Server default: `full`.
    #[inline]
    pub fn format(mut self, value: Format) -> Self {
        self.call.query("format", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `gmail.users.drafts.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Draft, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Draft;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.drafts.list",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/drafts",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

/// A call of `gmail.users.drafts.list`, made by [`DraftsResource::list`]: set optional
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
    /// Include drafts from `SPAM` and `TRASH` in the results.
    ///
    /// Optional parameter. Sent as `includeSpamTrash`. Server default: `false`.
    #[inline]
    pub fn include_spam_trash(mut self, value: bool) -> Self {
        self.call.query("includeSpamTrash", value.to_string());
        self
    }

    /// Maximum number of drafts to return. This field defaults to 100. The maximum allowed value
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

    /// Only return draft messages matching the specified query. Supports the same query format as
    /// the Gmail search box. For example, `"from:someuser@example.com rfc822msgid: is:unread"`.
    ///
    /// Optional parameter. Sent as `q`.
    #[inline]
    pub fn q(mut self, value: impl Into<String>) -> Self {
        self.call.query("q", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListDraftsResponse`](crate::schemas::ListDraftsResponse): the call is sent, then sent
    /// again with `pageToken` set to each `nextPageToken` the server answers, every other parameter
    /// as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListDraftsResponse> {
        self.call
            .pages::<
                crate::schemas::ListDraftsResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `drafts` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `drafts` adds nothing;
    /// an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListDraftsResponse, crate::schemas::Draft> {
        self.call
            .items::<
                crate::schemas::ListDraftsResponse,
                crate::schemas::Draft,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.drafts.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `gmail.users.drafts.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListDraftsResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListDraftsResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static SEND_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.drafts.send",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/drafts/send",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

static SEND_UPLOAD: MediaUpload = MediaUpload {
    simple_path: Some("/upload/gmail/v1/users/{userId}/drafts/send"),
    resumable_path: Some("/resumable/upload/gmail/v1/users/{userId}/drafts/send"),
    accept: &["message/*"],
    max_size: Some(36700160u64),
    multipart: true,
};

/// A call of `gmail.users.drafts.send`, made by [`DraftsResource::send`]: set optional
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

    /// Sends the request and waits for the answer of `gmail.users.drafts.send`.
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

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.drafts.update",
    http_method: http::Method::PUT,
    path: "gmail/v1/users/{userId}/drafts/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

static UPDATE_UPLOAD: MediaUpload = MediaUpload {
    simple_path: Some("/upload/gmail/v1/users/{userId}/drafts/{id}"),
    resumable_path: Some("/resumable/upload/gmail/v1/users/{userId}/drafts/{id}"),
    accept: &["message/*"],
    max_size: Some(36700160u64),
    multipart: true,
};

/// A call of `gmail.users.drafts.update`, made by [`DraftsResource::update`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: Call,
}

impl UpdateCall {
    /// Attaches `data` as the media of this call, sent whole in one request by `send`, as
    /// `multipart/related`: the request body as metadata, then the media. Suits media small enough
    /// to hold in memory and to send again if the request fails; for larger media use
    /// [`upload_resumable`](Self::upload_resumable).
    ///
    /// Accepted: `message/*`, at most 36700160 bytes. A `content_type` or size outside that makes
    /// `send` return [`Error::InvalidArgument`] before
    /// anything is sent.
    pub fn upload(mut self, data: impl Into<bytes::Bytes>, content_type: &str) -> Self {
        self.call.upload(&UPDATE_UPLOAD, data.into(), content_type);
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
        self.call.upload_resumable(&UPDATE_UPLOAD, source, content_type);
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

    /// Sends the request and waits for the answer of `gmail.users.drafts.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Draft, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

/// The format to return the draft in.
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
