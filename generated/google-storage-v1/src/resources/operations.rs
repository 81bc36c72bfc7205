//! The `operations` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages, Poller,
};

/// The `operations` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct OperationsResource {
    pub(crate) client: Client,
}

impl OperationsResource {
    /// Starts asynchronous advancement of the relocate bucket operation in the case of required
    /// write downtime, to allow it to lock the bucket at the source location, and proceed with the
    /// bucket location swap. The server makes a best effort to advance the relocate bucket
    /// operation, but success is not guaranteed.
    ///
    /// `POST storage/v1/b/{bucket}/operations/{operationId}/advanceRelocateBucket` (method id
    /// `storage.buckets.operations.advanceRelocateBucket`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket to advance the relocate for.
    /// - `operation_id`: ID of the operation resource.
    /// - `body`: the request body, a [`crate::schemas::AdvanceRelocateBucketOperationRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn advance_relocate_bucket(
        &self,
        bucket: impl Into<String>,
        operation_id: impl Into<String>,
        body: crate::schemas::AdvanceRelocateBucketOperationRequest,
    ) -> AdvanceRelocateBucketCall {
        let mut call = Call::new(&self.client, &ADVANCE_RELOCATE_BUCKET_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("operationId", operation_id.into());
        call.json_body(&body);
        AdvanceRelocateBucketCall { call }
    }

    /// Starts asynchronous cancellation on a long-running operation. The server makes a best effort
    /// to cancel the operation, but success is not guaranteed.
    ///
    /// `POST storage/v1/b/{bucket}/operations/{operationId}/cancel` (method id
    /// `storage.buckets.operations.cancel`)
    ///
    /// Arguments, in order:
    /// - `bucket`: The parent bucket of the operation resource.
    /// - `operation_id`: The ID of the operation resource.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn cancel(
        &self,
        bucket: impl Into<String>,
        operation_id: impl Into<String>,
    ) -> CancelCall {
        let mut call = Call::new(&self.client, &CANCEL_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("operationId", operation_id.into());
        CancelCall { call }
    }

    /// Gets the latest state of a long-running operation.
    ///
    /// `GET storage/v1/b/{bucket}/operations/{operationId}` (method id
    /// `storage.buckets.operations.get`)
    ///
    /// Arguments, in order:
    /// - `bucket`: The parent bucket of the operation resource.
    /// - `operation_id`: The ID of the operation resource.
    ///
    /// Answers with a long-running operation: `.poller().until_done().await` waits for its end.
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
        operation_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("operationId", operation_id.into());
        GetCall { call }
    }

    /// Lists operations that match the specified filter in the request.
    ///
    /// `GET storage/v1/b/{bucket}/operations` (method id `storage.buckets.operations.list`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which to look for operations.
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
}

static ADVANCE_RELOCATE_BUCKET_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.operations.advanceRelocateBucket",
    http_method: http::Method::POST,
    path: "b/{bucket}/operations/{operationId}/advanceRelocateBucket",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.operations.advanceRelocateBucket`, made by
/// [`OperationsResource::advance_relocate_bucket`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct AdvanceRelocateBucketCall {
    call: Call,
}

impl AdvanceRelocateBucketCall {
    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of
    /// `storage.buckets.operations.advanceRelocateBucket`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for AdvanceRelocateBucketCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for AdvanceRelocateBucketCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static CANCEL_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.operations.cancel",
    http_method: http::Method::POST,
    path: "b/{bucket}/operations/{operationId}/cancel",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.operations.cancel`, made by [`OperationsResource::cancel`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CancelCall {
    call: Call,
}

impl CancelCall {
    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.buckets.operations.cancel`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for CancelCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CancelCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.operations.get",
    http_method: http::Method::GET,
    path: "b/{bucket}/operations/{operationId}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.operations.get`, made by [`OperationsResource::get`]: set
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

    /// Sends the request and waits for the answer of `storage.buckets.operations.get`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::GoogleLongrunningOperation, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::GoogleLongrunningOperation;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.operations.list",
    http_method: http::Method::GET,
    path: "b/{bucket}/operations",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.operations.list`, made by [`OperationsResource::list`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// A filter to narrow down results to a preferred subset. The filtering language is documented
    /// in more detail in [AIP-160](https://google.aip.dev/160).
    ///
    /// Optional parameter. Sent as `filter`.
    #[inline]
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.call.query("filter", value.into());
        self
    }

    /// Maximum number of items to return in a single page of responses. Fewer total results may be
    /// returned than requested. The service uses this parameter or 100 items, whichever is smaller.
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

    /// Every page of the list, as a stream of
    /// [`GoogleLongrunningListOperationsResponse`](crate::schemas::GoogleLongrunningListOperationsResponse):
    /// the call is sent, then sent again with `pageToken` set to each `nextPageToken` the server
    /// answers, every other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(
        self,
    ) -> Pages<crate::schemas::GoogleLongrunningListOperationsResponse> {
        self.call
            .pages::<
                crate::schemas::GoogleLongrunningListOperationsResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `operations` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `operations` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<
        crate::schemas::GoogleLongrunningListOperationsResponse,
        crate::schemas::GoogleLongrunningOperation,
    > {
        self.call
            .items::<
                crate::schemas::GoogleLongrunningListOperationsResponse,
                crate::schemas::GoogleLongrunningOperation,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.operations.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `storage.buckets.operations.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::GoogleLongrunningListOperationsResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::GoogleLongrunningListOperationsResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
