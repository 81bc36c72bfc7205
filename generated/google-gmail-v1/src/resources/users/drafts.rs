//! The `users.drafts` resource.

/// The `users.drafts` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct DraftsResource {
    pub(crate) client: crate::runtime::Client,
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
    pub fn create(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::Draft,
    ) -> CreateCall {
        let mut call = crate::runtime::Call::new(&self.client, &CREATE_METHOD);
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
    pub fn delete(
        &self,
        user_id: impl Into<String>,
        id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = crate::runtime::Call::new(&self.client, &DELETE_METHOD);
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
    pub fn get(&self, user_id: impl Into<String>, id: impl Into<String>) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
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
    pub fn list(&self, user_id: impl Into<String>) -> ListCall {
        let mut call = crate::runtime::Call::new(&self.client, &LIST_METHOD);
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
    pub fn send(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::Draft,
    ) -> SendCall {
        let mut call = crate::runtime::Call::new(&self.client, &SEND_METHOD);
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
    pub fn update(
        &self,
        user_id: impl Into<String>,
        id: impl Into<String>,
        body: crate::schemas::Draft,
    ) -> UpdateCall {
        let mut call = crate::runtime::Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static CREATE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "gmail.users.drafts.create",
    http_method: crate::runtime::http::Method::POST,
    path: "gmail/v1/users/{userId}/drafts",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

static CREATE_UPLOAD: crate::runtime::MediaUpload = crate::runtime::MediaUpload {
    simple_path: Some("/upload/gmail/v1/users/{userId}/drafts"),
    resumable_path: Some("/resumable/upload/gmail/v1/users/{userId}/drafts"),
    accept: &["message/*"],
    max_size: Some(36700160u64),
    multipart: true,
};

static DELETE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "gmail.users.drafts.delete",
    http_method: crate::runtime::http::Method::DELETE,
    path: "gmail/v1/users/{userId}/drafts/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "gmail.users.drafts.get",
    http_method: crate::runtime::http::Method::GET,
    path: "gmail/v1/users/{userId}/drafts/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

static LIST_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "gmail.users.drafts.list",
    http_method: crate::runtime::http::Method::GET,
    path: "gmail/v1/users/{userId}/drafts",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

static SEND_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "gmail.users.drafts.send",
    http_method: crate::runtime::http::Method::POST,
    path: "gmail/v1/users/{userId}/drafts/send",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

static SEND_UPLOAD: crate::runtime::MediaUpload = crate::runtime::MediaUpload {
    simple_path: Some("/upload/gmail/v1/users/{userId}/drafts/send"),
    resumable_path: Some("/resumable/upload/gmail/v1/users/{userId}/drafts/send"),
    accept: &["message/*"],
    max_size: Some(36700160u64),
    multipart: true,
};

static UPDATE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "gmail.users.drafts.update",
    http_method: crate::runtime::http::Method::PUT,
    path: "gmail/v1/users/{userId}/drafts/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

static UPDATE_UPLOAD: crate::runtime::MediaUpload = crate::runtime::MediaUpload {
    simple_path: Some("/upload/gmail/v1/users/{userId}/drafts/{id}"),
    resumable_path: Some("/resumable/upload/gmail/v1/users/{userId}/drafts/{id}"),
    accept: &["message/*"],
    max_size: Some(36700160u64),
    multipart: true,
};

/// A call of `gmail.users.drafts.create`, made by [`DraftsResource::create`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: crate::runtime::Call,
}

impl CreateCall {
    /// Attaches `data` as the media of this call, sent in one request by `send` (multipart/related
    /// with the request body, if the call has one). Accepted: `message/*`, at most 36700160 bytes;
    /// anything else is refused before sending.
    pub fn upload(
        mut self,
        data: impl Into<crate::runtime::bytes::Bytes>,
        content_type: &str,
    ) -> Self {
        self.call.upload(&CREATE_UPLOAD, data.into(), content_type);
        self
    }

    /// Attaches `source` as the media of this call, sent by `send` with the resumable protocol: in
    /// chunks, resuming from what the server has after a failure. Accepted: `message/*`, at most
    /// 36700160 bytes.
    pub fn upload_resumable(
        mut self,
        source: crate::runtime::UploadSource,
        content_type: &str,
    ) -> Self {
        self.call.upload_resumable(&CREATE_UPLOAD, source, content_type);
        self
    }

    /// Calls `callback` as an upload makes progress.
    pub fn on_upload_progress(
        mut self,
        callback: impl Fn(crate::runtime::UploadProgress) + Send + Sync + 'static,
    ) -> Self {
        self.call.on_progress(callback);
        self
    }

    /// Sends the request and waits for the answer of `gmail.users.drafts.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Draft, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

/// A call of `gmail.users.drafts.delete`, made by [`DraftsResource::delete`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: crate::runtime::Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `gmail.users.drafts.delete`.
    #[inline]
    pub async fn send(self) -> Result<(), crate::runtime::Error> {
        self.call.send_empty().await
    }
}

impl crate::runtime::CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for DeleteCall {
    type Response = ();
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `gmail.users.drafts.get`, made by [`DraftsResource::get`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}

impl GetCall {
    /// The format to return the draft in.
    ///
    /// Optional parameter. Sent as `format`. Server default: `full`.
    pub fn format(mut self, value: Format) -> Self {
        self.call.query("format", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `gmail.users.drafts.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Draft, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::Draft;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `gmail.users.drafts.list`, made by [`DraftsResource::list`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: crate::runtime::Call,
}

impl ListCall {
    /// Include drafts from `SPAM` and `TRASH` in the results.
    ///
    /// Optional parameter. Sent as `includeSpamTrash`. Server default: `false`.
    pub fn include_spam_trash(mut self, value: bool) -> Self {
        self.call.query("includeSpamTrash", value.to_string());
        self
    }

    /// Maximum number of drafts to return. This field defaults to 100. The maximum allowed value
    /// for this field is 500.
    ///
    /// Optional parameter. Sent as `maxResults`. Server default: `100`.
    pub fn max_results(mut self, value: u32) -> Self {
        self.call.query("maxResults", value.to_string());
        self
    }

    /// Page token to retrieve a specific page of results in the list.
    ///
    /// Optional parameter. Sent as `pageToken`.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Only return draft messages matching the specified query. Supports the same query format as
    /// the Gmail search box. For example, `"from:someuser@example.com rfc822msgid: is:unread"`.
    ///
    /// Optional parameter. Sent as `q`.
    pub fn q(mut self, value: impl Into<String>) -> Self {
        self.call.query("q", value.into());
        self
    }

    /// Every page of the answer, as a stream: the call is repeated with each
    /// `nextPageToken` (keeping every other parameter) until the server sends none.
    #[inline]
    pub fn pages(self) -> crate::runtime::Pages<crate::schemas::ListDraftsResponse> {
        self.call
            .pages::<
                crate::schemas::ListDraftsResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `drafts` on every page, as one stream.
    #[inline]
    pub fn items(
        self,
    ) -> crate::runtime::Items<
        crate::schemas::ListDraftsResponse,
        crate::schemas::Draft,
    > {
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
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ListDraftsResponse, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::ListDraftsResponse;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `gmail.users.drafts.send`, made by [`DraftsResource::send`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct SendCall {
    call: crate::runtime::Call,
}

impl SendCall {
    /// Attaches `data` as the media of this call, sent in one request by `send` (multipart/related
    /// with the request body, if the call has one). Accepted: `message/*`, at most 36700160 bytes;
    /// anything else is refused before sending.
    pub fn upload(
        mut self,
        data: impl Into<crate::runtime::bytes::Bytes>,
        content_type: &str,
    ) -> Self {
        self.call.upload(&SEND_UPLOAD, data.into(), content_type);
        self
    }

    /// Attaches `source` as the media of this call, sent by `send` with the resumable protocol: in
    /// chunks, resuming from what the server has after a failure. Accepted: `message/*`, at most
    /// 36700160 bytes.
    pub fn upload_resumable(
        mut self,
        source: crate::runtime::UploadSource,
        content_type: &str,
    ) -> Self {
        self.call.upload_resumable(&SEND_UPLOAD, source, content_type);
        self
    }

    /// Calls `callback` as an upload makes progress.
    pub fn on_upload_progress(
        mut self,
        callback: impl Fn(crate::runtime::UploadProgress) + Send + Sync + 'static,
    ) -> Self {
        self.call.on_progress(callback);
        self
    }

    /// Sends the request and waits for the answer of `gmail.users.drafts.send`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Message, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for SendCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

/// A call of `gmail.users.drafts.update`, made by [`DraftsResource::update`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: crate::runtime::Call,
}

impl UpdateCall {
    /// Attaches `data` as the media of this call, sent in one request by `send` (multipart/related
    /// with the request body, if the call has one). Accepted: `message/*`, at most 36700160 bytes;
    /// anything else is refused before sending.
    pub fn upload(
        mut self,
        data: impl Into<crate::runtime::bytes::Bytes>,
        content_type: &str,
    ) -> Self {
        self.call.upload(&UPDATE_UPLOAD, data.into(), content_type);
        self
    }

    /// Attaches `source` as the media of this call, sent by `send` with the resumable protocol: in
    /// chunks, resuming from what the server has after a failure. Accepted: `message/*`, at most
    /// 36700160 bytes.
    pub fn upload_resumable(
        mut self,
        source: crate::runtime::UploadSource,
        content_type: &str,
    ) -> Self {
        self.call.upload_resumable(&UPDATE_UPLOAD, source, content_type);
        self
    }

    /// Calls `callback` as an upload makes progress.
    pub fn on_upload_progress(
        mut self,
        callback: impl Fn(crate::runtime::UploadProgress) + Send + Sync + 'static,
    ) -> Self {
        self.call.on_progress(callback);
        self
    }

    /// Sends the request and waits for the answer of `gmail.users.drafts.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Draft, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
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

impl crate::runtime::wire::OpenEnum for Format {
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Minimal => "minimal",
            Self::Full => "full",
            Self::Raw => "raw",
            Self::Metadata => "metadata",
            Self::UnknownValue(value) => value,
        }
    }

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
crate::runtime::impl_open_enum!(Format);
