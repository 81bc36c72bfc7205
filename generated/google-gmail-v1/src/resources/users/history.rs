//! The `users.history` resource.

/// The `users.history` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct HistoryResource {
    pub(crate) client: crate::runtime::Client,
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
    pub fn list(&self, user_id: impl Into<String>) -> ListCall {
        let mut call = crate::runtime::Call::new(&self.client, &LIST_METHOD);
        call.path_param("userId", user_id.into());
        ListCall { call }
    }
}

static LIST_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "gmail.users.history.list",
    http_method: crate::runtime::http::Method::GET,
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
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: crate::runtime::Call,
}

impl ListCall {
    /// History types to be returned by the function
    ///
    /// Optional parameter. Sent as `historyTypes`, once per value.
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
    pub fn label_id(mut self, value: impl Into<String>) -> Self {
        self.call.query("labelId", value.into());
        self
    }

    /// Maximum number of history records to return. This field defaults to 100. The maximum allowed
    /// value for this field is 500.
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
    pub fn start_history_id(mut self, value: u64) -> Self {
        self.call.query("startHistoryId", value.to_string());
        self
    }

    /// Every page of the answer, as a stream: the call is repeated with each
    /// `nextPageToken` (keeping every other parameter) until the server sends none.
    #[inline]
    pub fn pages(self) -> crate::runtime::Pages<crate::schemas::ListHistoryResponse> {
        self.call
            .pages::<
                crate::schemas::ListHistoryResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `history` on every page, as one stream.
    #[inline]
    pub fn items(
        self,
    ) -> crate::runtime::Items<
        crate::schemas::ListHistoryResponse,
        crate::schemas::History,
    > {
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
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ListHistoryResponse, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::ListHistoryResponse;
    fn into_call(self) -> crate::runtime::Call {
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

impl crate::runtime::wire::OpenEnum for HistoryTypes {
    fn as_wire_str(&self) -> &str {
        match self {
            Self::MessageAdded => "messageAdded",
            Self::MessageDeleted => "messageDeleted",
            Self::LabelAdded => "labelAdded",
            Self::LabelRemoved => "labelRemoved",
            Self::UnknownValue(value) => value,
        }
    }

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
crate::runtime::impl_open_enum!(HistoryTypes);
