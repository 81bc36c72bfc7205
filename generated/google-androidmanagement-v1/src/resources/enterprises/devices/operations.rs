//! The `enterprises.devices.operations` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages, Poller,
};

/// The `enterprises.devices.operations` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct OperationsResource {
    pub(crate) client: Client,
}

impl OperationsResource {
    /// Starts asynchronous cancellation on a long-running operation. The server makes a best effort
    /// to cancel the operation, but success is not guaranteed. If the server doesn't support this
    /// method, it returns google.rpc.Code.UNIMPLEMENTED. Clients can use Operations.GetOperation or
    /// other methods to check whether the cancellation succeeded or whether the operation completed
    /// despite cancellation. On successful cancellation, the operation is not deleted; instead, it
    /// becomes an operation with an Operation.error value with a google.rpc.Status.code of 1,
    /// corresponding to Code.CANCELLED.
    ///
    /// `POST v1/{+name}:cancel` (method id
    /// `androidmanagement.enterprises.devices.operations.cancel`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the operation resource to be cancelled. Must match
    ///   `^enterprises/[^/]+/devices/[^/]+/operations/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn cancel(&self, name: impl Into<String>) -> CancelCall {
        let mut call = Call::new(&self.client, &CANCEL_METHOD);
        let name: String = name.into();
        call.check_pattern(
            "name",
            &name,
            "^enterprises/[^/]+/devices/[^/]+/operations/[^/]+$",
        );
        call.path_param("name", name);
        CancelCall { call }
    }

    /// Gets the latest state of a long-running operation. Clients can use this method to poll the
    /// operation result at intervals as recommended by the API service.
    ///
    /// `GET v1/{+name}` (method id `androidmanagement.enterprises.devices.operations.get`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the operation resource. Must match
    ///   `^enterprises/[^/]+/devices/[^/]+/operations/[^/]+$`.
    ///
    /// Answers with a long-running operation: `.poller().until_done().await` waits for its end.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern(
            "name",
            &name,
            "^enterprises/[^/]+/devices/[^/]+/operations/[^/]+$",
        );
        call.path_param("name", name);
        GetCall { call }
    }

    /// Lists operations that match the specified filter in the request. If the server doesn't
    /// support this method, it returns UNIMPLEMENTED.
    ///
    /// `GET v1/{+name}` (method id `androidmanagement.enterprises.devices.operations.list`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the operation's parent resource. Must match
    ///   `^enterprises/[^/]+/devices/[^/]+/operations$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn list(&self, name: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        let name: String = name.into();
        call.check_pattern(
            "name",
            &name,
            "^enterprises/[^/]+/devices/[^/]+/operations$",
        );
        call.path_param("name", name);
        ListCall { call }
    }
}

static CANCEL_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.devices.operations.cancel",
    http_method: http::Method::POST,
    path: "v1/{+name}:cancel",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.devices.operations.cancel`, made by
/// [`OperationsResource::cancel`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CancelCall {
    call: Call,
}

impl CancelCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.devices.operations.cancel`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Empty, Error> {
        self.call.send().await
    }
}

impl CallOptions for CancelCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CancelCall {
    type Response = crate::schemas::Empty;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.devices.operations.get",
    http_method: http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.devices.operations.get`, made by
/// [`OperationsResource::get`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the call and follows the long-running operation it starts: `.until_done().await`
    /// returns the operation once it is done, or
    /// [`Error::Operation`]
    /// with Google's code, message and details if it failed; `.states()` streams every state.
    /// It asks with `androidmanagement.enterprises.devices.operations.get`.
    #[inline]
    pub fn poller(self) -> Poller<crate::schemas::Operation> {
        Poller::new(self.call, &crate::operations::OPERATION_SHAPE)
    }

    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.devices.operations.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Operation, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Operation;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.devices.operations.list",
    http_method: http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.devices.operations.list`, made by
/// [`OperationsResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// The standard list filter.
    ///
    /// Optional parameter. Sent as `filter`.
    #[inline]
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.call.query("filter", value.into());
        self
    }

    /// The standard list page size.
    ///
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// The standard list page token.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// When set to true, operations that are reachable are returned as normal, and those that are
    /// unreachable are returned in the ListOperationsResponse.unreachable field.This can only be
    /// true when reading across collections. For example, when parent is set to
    /// "projects/example/locations/-".This field is not supported by default and will result in an
    /// UNIMPLEMENTED error if set unless explicitly documented otherwise in service or product
    /// specific documentation.
    ///
    /// Optional parameter. Sent as `returnPartialSuccess`.
    #[inline]
    pub fn return_partial_success(mut self, value: bool) -> Self {
        self.call.query("returnPartialSuccess", value.to_string());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListOperationsResponse`](crate::schemas::ListOperationsResponse): the call is sent, then
    /// sent again with `pageToken` set to each `nextPageToken` the server answers, every other
    /// parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListOperationsResponse> {
        self.call
            .pages::<
                crate::schemas::ListOperationsResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `operations` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `operations` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListOperationsResponse, crate::schemas::Operation> {
        self.call
            .items::<
                crate::schemas::ListOperationsResponse,
                crate::schemas::Operation,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.operations.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.devices.operations.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListOperationsResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListOperationsResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
