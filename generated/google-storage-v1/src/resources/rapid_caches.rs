//! The `rapidCaches` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages, Poller,
};

/// The `rapidCaches` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct RapidCachesResource {
    pub(crate) client: Client,
}

impl RapidCachesResource {
    /// Disables a Rapid Cache instance.
    ///
    /// `POST storage/v1/b/{bucket}/rapidCaches/{rapidCacheId}/disable` (method id
    /// `storage.rapidCaches.disable`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the parent bucket.
    /// - `rapid_cache_id`: The ID of the requested Rapid Cache instance.
    ///
    /// Answers with a long-running operation: `.poller().until_done().await` waits for its end.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn disable(
        &self,
        bucket: impl Into<String>,
        rapid_cache_id: impl Into<String>,
    ) -> DisableCall {
        let mut call = Call::new(&self.client, &DISABLE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("rapidCacheId", rapid_cache_id.into());
        DisableCall { call }
    }

    /// Returns the metadata of a Rapid Cache instance.
    ///
    /// `GET storage/v1/b/{bucket}/rapidCaches/{rapidCacheId}` (method id `storage.rapidCaches.get`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the parent bucket.
    /// - `rapid_cache_id`: The ID of the requested Rapid Cache instance.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn get(
        &self,
        bucket: impl Into<String>,
        rapid_cache_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("rapidCacheId", rapid_cache_id.into());
        GetCall { call }
    }

    /// Creates a Rapid Cache instance.
    ///
    /// `POST storage/v1/b/{bucket}/rapidCaches` (method id `storage.rapidCaches.insert`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the parent bucket.
    /// - `body`: the request body, a [`crate::schemas::RapidCache`].
    ///
    /// Answers with a long-running operation: `.poller().until_done().await` waits for its end.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn insert(
        &self,
        bucket: impl Into<String>,
        body: crate::schemas::RapidCache,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("bucket", bucket.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Returns a list of Rapid Cache instances of the bucket.
    ///
    /// `GET storage/v1/b/{bucket}/rapidCaches` (method id `storage.rapidCaches.list`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the parent bucket.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn list(&self, bucket: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("bucket", bucket.into());
        ListCall { call }
    }

    /// Updates the configuration of a Rapid Cache instance.
    ///
    /// `PATCH storage/v1/b/{bucket}/rapidCaches/{rapidCacheId}` (method id
    /// `storage.rapidCaches.update`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the parent bucket.
    /// - `rapid_cache_id`: The ID of the requested Rapid Cache instance.
    /// - `body`: the request body, a [`crate::schemas::RapidCache`].
    ///
    /// Answers with a long-running operation: `.poller().until_done().await` waits for its end.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn update(
        &self,
        bucket: impl Into<String>,
        rapid_cache_id: impl Into<String>,
        body: crate::schemas::RapidCache,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("rapidCacheId", rapid_cache_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DISABLE_METHOD: MethodInfo = MethodInfo {
    id: "storage.rapidCaches.disable",
    http_method: http::Method::POST,
    path: "b/{bucket}/rapidCaches/{rapidCacheId}/disable",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.rapidCaches.disable`, made by [`RapidCachesResource::disable`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DisableCall {
    call: Call,
}

impl DisableCall {
    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the call and follows the long-running operation it starts: `.until_done().await`
    /// returns the operation once it is done, or
    /// [`Error::Operation`]
    /// with Google's code, message and details if it failed; `.states()` streams every state.
    /// It asks with `storage.buckets.operations.get`.
    #[inline]
    pub fn poller(self) -> Poller<crate::schemas::GoogleLongrunningOperation> {
        Poller::new(self.call, &crate::operations::GOOGLE_LONGRUNNING_OPERATION_SHAPE)
    }

    /// Sends the request and waits for the answer of `storage.rapidCaches.disable`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::GoogleLongrunningOperation, Error> {
        self.call.send().await
    }
}

impl CallOptions for DisableCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DisableCall {
    type Response = crate::schemas::GoogleLongrunningOperation;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "storage.rapidCaches.get",
    http_method: http::Method::GET,
    path: "b/{bucket}/rapidCaches/{rapidCacheId}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.rapidCaches.get`, made by [`RapidCachesResource::get`]: set optional
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
    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.rapidCaches.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::RapidCache, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::RapidCache;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "storage.rapidCaches.insert",
    http_method: http::Method::POST,
    path: "b/{bucket}/rapidCaches",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.rapidCaches.insert`, made by [`RapidCachesResource::insert`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the call and follows the long-running operation it starts: `.until_done().await`
    /// returns the operation once it is done, or
    /// [`Error::Operation`]
    /// with Google's code, message and details if it failed; `.states()` streams every state.
    /// It asks with `storage.buckets.operations.get`.
    #[inline]
    pub fn poller(self) -> Poller<crate::schemas::GoogleLongrunningOperation> {
        Poller::new(self.call, &crate::operations::GOOGLE_LONGRUNNING_OPERATION_SHAPE)
    }

    /// Sends the request and waits for the answer of `storage.rapidCaches.insert`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::GoogleLongrunningOperation, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::GoogleLongrunningOperation;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "storage.rapidCaches.list",
    http_method: http::Method::GET,
    path: "b/{bucket}/rapidCaches",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.rapidCaches.list`, made by [`RapidCachesResource::list`]: set optional
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
    /// Maximum number of items to return in a single page of responses.
    ///
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// A previously-returned page token representing part of the larger set of results to view.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Every page of the list, as a stream of [`RapidCaches`](crate::schemas::RapidCaches): the
    /// call is sent, then sent again with `pageToken` set to each `nextPageToken` the server
    /// answers, every other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::RapidCaches> {
        self.call
            .pages::<crate::schemas::RapidCaches>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `items` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `items` adds nothing; an
    /// error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::RapidCaches, crate::schemas::RapidCache> {
        self.call
            .items::<
                crate::schemas::RapidCaches,
                crate::schemas::RapidCache,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.items.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `storage.rapidCaches.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::RapidCaches, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::RapidCaches;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "storage.rapidCaches.update",
    http_method: http::Method::PATCH,
    path: "b/{bucket}/rapidCaches/{rapidCacheId}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.rapidCaches.update`, made by [`RapidCachesResource::update`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: Call,
}

impl UpdateCall {
    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the call and follows the long-running operation it starts: `.until_done().await`
    /// returns the operation once it is done, or
    /// [`Error::Operation`]
    /// with Google's code, message and details if it failed; `.states()` streams every state.
    /// It asks with `storage.buckets.operations.get`.
    #[inline]
    pub fn poller(self) -> Poller<crate::schemas::GoogleLongrunningOperation> {
        Poller::new(self.call, &crate::operations::GOOGLE_LONGRUNNING_OPERATION_SHAPE)
    }

    /// Sends the request and waits for the answer of `storage.rapidCaches.update`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::GoogleLongrunningOperation, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::GoogleLongrunningOperation;
    fn into_call(self) -> Call {
        self.call
    }
}
