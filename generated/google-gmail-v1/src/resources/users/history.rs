//! The `users.history` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MethodInfo, Pages,
};

/// The `users.history` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct HistoryResource {
    pub(crate) client: Client,
}

impl HistoryResource {
    /// Lists the history of all changes to the given mailbox. History results are returned in
    /// chronological order (increasing `historyId`). For more information, see [Synchronize clients
    /// with Gmail](https://developers.google.com/workspace/gmail/api/guides/sync).
    ///
    /// `GET gmail/v1/users/{userId}/history` (method id `gmail.users.history.list`)
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
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.history.list",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/history",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.metadata",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

/// A call of `gmail.users.history.list`, made by [`HistoryResource::list`]: set optional
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
    /// History types to be returned by the function
    ///
    /// Optional parameter. Sent as `historyTypes`, once per value.
    #[inline]
    pub fn history_types(
        mut self,
        value: impl IntoIterator<Item = HistoryTypes>,
    ) -> Self {
        self.call
            .query_repeated(
                "historyTypes",
                value.into_iter().map(|v| v.as_str().to_owned()),
            );
        self
    }

    /// Only return messages with a label matching the ID.
    ///
    /// Optional parameter. Sent as `labelId`.
    #[inline]
    pub fn label_id(mut self, value: impl Into<String>) -> Self {
        self.call.query("labelId", value.into());
        self
    }

    /// Maximum number of history records to return. This field defaults to 100. The maximum allowed
    /// value for this field is 500.
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

    /// Required. Returns history records after the specified `startHistoryId`. The supplied
    /// `startHistoryId` should be obtained from the `historyId` of a message, thread, or previous
    /// `list` response. History IDs increase chronologically but are not contiguous with random
    /// gaps in between valid IDs. Supplying an invalid or out of date `startHistoryId` typically
    /// returns an `HTTP 404` error code. A `historyId` is typically valid for at least a week, but
    /// in some rare circumstances may be valid for only a few hours. If you receive an `HTTP 404`
    /// error response, your application should perform a full sync. If you receive no
    /// `nextPageToken` in the response, there are no updates to retrieve and you can store the
    /// returned `historyId` for a future request.
    ///
    /// Optional parameter. Sent as `startHistoryId`.
    #[inline]
    pub fn start_history_id(mut self, value: u64) -> Self {
        self.call.query("startHistoryId", value.to_string());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListHistoryResponse`](crate::schemas::ListHistoryResponse): the call is sent, then sent
    /// again with `pageToken` set to each `nextPageToken` the server answers, every other parameter
    /// as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListHistoryResponse> {
        self.call
            .pages::<
                crate::schemas::ListHistoryResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `history` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `history` adds nothing;
    /// an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListHistoryResponse, crate::schemas::History> {
        self.call
            .items::<
                crate::schemas::ListHistoryResponse,
                crate::schemas::History,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.history.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `gmail.users.history.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListHistoryResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListHistoryResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

/// History types to be returned by the function
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum HistoryTypes {
    /// `messageAdded` on the wire.
    #[default]
    MessageAdded,
    /// `messageDeleted` on the wire.
    MessageDeleted,
    /// `labelAdded` on the wire.
    LabelAdded,
    /// `labelRemoved` on the wire.
    LabelRemoved,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for HistoryTypes {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::MessageAdded => "messageAdded",
            Self::MessageDeleted => "messageDeleted",
            Self::LabelAdded => "labelAdded",
            Self::LabelRemoved => "labelRemoved",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "messageAdded" => Self::MessageAdded,
            "messageDeleted" => Self::MessageDeleted,
            "labelAdded" => Self::LabelAdded,
            "labelRemoved" => Self::LabelRemoved,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(HistoryTypes);
