//! The `users.threads` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MethodInfo, Pages,
};

/// The `users.threads` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ThreadsResource {
    pub(crate) client: Client,
}

impl ThreadsResource {
    /// Immediately and permanently deletes the specified thread. Any messages that belong to the
    /// thread are also deleted. This operation cannot be undone. Prefer `threads.trash` instead.
    /// For more information, see [Manage
    /// threads](https://developers.google.com/workspace/gmail/api/guides/threads).
    ///
    /// `DELETE gmail/v1/users/{userId}/threads/{id}` (method id `gmail.users.threads.delete`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: ID of the Thread to delete.
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

    /// Gets the specified thread. For more information, see [Manage
    /// threads](https://developers.google.com/workspace/gmail/api/guides/threads).
    ///
    /// `GET gmail/v1/users/{userId}/threads/{id}` (method id `gmail.users.threads.get`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the thread to retrieve.
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

    /// Lists the threads in the user's mailbox. For more information, see [Manage
    /// threads](https://developers.google.com/workspace/gmail/api/guides/threads).
    ///
    /// `GET gmail/v1/users/{userId}/threads` (method id `gmail.users.threads.list`)
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

    /// Modifies the labels applied to the thread. This applies to all messages in the thread. For
    /// more information, see [Manage
    /// threads](https://developers.google.com/workspace/gmail/api/guides/threads).
    ///
    /// `POST gmail/v1/users/{userId}/threads/{id}/modify` (method id `gmail.users.threads.modify`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the thread to modify.
    /// - `body`: the request body, a [`crate::schemas::ModifyThreadRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn modify(
        &self,
        user_id: impl Into<String>,
        id: impl Into<String>,
        body: crate::schemas::ModifyThreadRequest,
    ) -> ModifyCall {
        let mut call = Call::new(&self.client, &MODIFY_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        call.json_body(&body);
        ModifyCall { call }
    }

    /// Moves the specified thread to the trash. Any messages that belong to the thread are also
    /// moved to the trash. For more information, see [Manage
    /// threads](https://developers.google.com/workspace/gmail/api/guides/threads).
    ///
    /// `POST gmail/v1/users/{userId}/threads/{id}/trash` (method id `gmail.users.threads.trash`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the thread to Trash.
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

    /// Removes the specified thread from the trash. Any messages that belong to the thread are also
    /// removed from the trash. For more information, see [Manage
    /// threads](https://developers.google.com/workspace/gmail/api/guides/threads).
    ///
    /// `POST gmail/v1/users/{userId}/threads/{id}/untrash` (method id
    /// `gmail.users.threads.untrash`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the thread to remove from Trash.
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

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.threads.delete",
    http_method: http::Method::DELETE,
    path: "gmail/v1/users/{userId}/threads/{id}",
    scopes: &["https://mail.google.com/"],
    api_version: None,
};

/// A call of `gmail.users.threads.delete`, made by [`ThreadsResource::delete`]: set optional
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
    /// Sends the request and waits for the answer of `gmail.users.threads.delete`.
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
    id: "gmail.users.threads.get",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/threads/{id}",
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

/// A call of `gmail.users.threads.get`, made by [`ThreadsResource::get`]: set optional
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
    /// The format to return the messages in.
    ///
    /// Optional parameter. Sent as `format`. Server default: `full`.
    #[inline]
    pub fn format(mut self, value: Format) -> Self {
        self.call.query("format", value.as_str().to_owned());
        self
    }

    /// When given and format is METADATA, only include headers specified.
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

    /// Sends the request and waits for the answer of `gmail.users.threads.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Thread, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Thread;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.threads.list",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/threads",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.metadata",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

/// A call of `gmail.users.threads.list`, made by [`ThreadsResource::list`]: set optional
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
    /// Include threads from `SPAM` and `TRASH` in the results.
    ///
    /// Optional parameter. Sent as `includeSpamTrash`. Server default: `false`.
    #[inline]
    pub fn include_spam_trash(mut self, value: bool) -> Self {
        self.call.query("includeSpamTrash", value.to_string());
        self
    }

    /// Only return threads with labels that match all of the specified label IDs.
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

    /// Maximum number of threads to return. This field defaults to 100. The maximum allowed value
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

    /// Only return threads matching the specified query. Supports the same query format as the
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
    /// [`ListThreadsResponse`](crate::schemas::ListThreadsResponse): the call is sent, then sent
    /// again with `pageToken` set to each `nextPageToken` the server answers, every other parameter
    /// as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListThreadsResponse> {
        self.call
            .pages::<
                crate::schemas::ListThreadsResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `threads` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `threads` adds nothing;
    /// an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListThreadsResponse, crate::schemas::Thread> {
        self.call
            .items::<
                crate::schemas::ListThreadsResponse,
                crate::schemas::Thread,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.threads.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `gmail.users.threads.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListThreadsResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListThreadsResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static MODIFY_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.threads.modify",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/threads/{id}/modify",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

/// A call of `gmail.users.threads.modify`, made by [`ThreadsResource::modify`]: set optional
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
    /// Sends the request and waits for the answer of `gmail.users.threads.modify`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Thread, Error> {
        self.call.send().await
    }
}

impl CallOptions for ModifyCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ModifyCall {
    type Response = crate::schemas::Thread;
    fn into_call(self) -> Call {
        self.call
    }
}

static TRASH_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.threads.trash",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/threads/{id}/trash",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

/// A call of `gmail.users.threads.trash`, made by [`ThreadsResource::trash`]: set optional
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
    /// Sends the request and waits for the answer of `gmail.users.threads.trash`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Thread, Error> {
        self.call.send().await
    }
}

impl CallOptions for TrashCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for TrashCall {
    type Response = crate::schemas::Thread;
    fn into_call(self) -> Call {
        self.call
    }
}

static UNTRASH_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.threads.untrash",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/threads/{id}/untrash",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

/// A call of `gmail.users.threads.untrash`, made by [`ThreadsResource::untrash`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UntrashCall {
    call: Call,
}

impl UntrashCall {
    /// Sends the request and waits for the answer of `gmail.users.threads.untrash`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Thread, Error> {
        self.call.send().await
    }
}

impl CallOptions for UntrashCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UntrashCall {
    type Response = crate::schemas::Thread;
    fn into_call(self) -> Call {
        self.call
    }
}

/// The format to return the messages in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Format {
    /// Returns the full email message data with body content parsed in the `payload` field; the
    /// `raw` field is not used. Format cannot be used when accessing the api using the
    /// gmail.metadata scope.
    ///
    /// `full` on the wire.
    #[default]
    Full,
    /// Returns only email message IDs, labels, and email headers.
    ///
    /// `metadata` on the wire.
    Metadata,
    /// Returns only email message IDs and labels; does not return the email headers, body, or
    /// payload.
    ///
    /// `minimal` on the wire.
    Minimal,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for Format {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::Metadata => "metadata",
            Self::Minimal => "minimal",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "metadata" => Self::Metadata,
            "minimal" => Self::Minimal,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Format);
