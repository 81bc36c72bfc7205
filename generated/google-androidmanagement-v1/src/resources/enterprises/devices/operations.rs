//! The `enterprises.devices.operations` resource.

/// The `enterprises.devices.operations` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct OperationsResource {
    pub(crate) client: crate::runtime::Client,
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
    pub fn cancel(&self, name: impl Into<String>) -> CancelCall {
        let mut call = crate::runtime::Call::new(&self.client, &CANCEL_METHOD);
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
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
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
    pub fn list(&self, name: impl Into<String>) -> ListCall {
        let mut call = crate::runtime::Call::new(&self.client, &LIST_METHOD);
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

static CANCEL_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.devices.operations.cancel",
    http_method: crate::runtime::http::Method::POST,
    path: "v1/{+name}:cancel",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.devices.operations.get",
    http_method: crate::runtime::http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

static LIST_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.devices.operations.list",
    http_method: crate::runtime::http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.devices.operations.cancel`, made by
/// [`OperationsResource::cancel`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CancelCall {
    call: crate::runtime::Call,
}

impl CancelCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.devices.operations.cancel`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Empty, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for CancelCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for CancelCall {
    type Response = crate::schemas::Empty;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `androidmanagement.enterprises.devices.operations.get`, made by
/// [`OperationsResource::get`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}

impl GetCall {
    /// Sends the call and follows the long-running operation it starts: `.until_done().await`
    /// returns the operation once it is done, or
    /// [`Error::Operation`](crate::runtime::Error::Operation)
    /// with Google's code, message and details if it failed; `.states()` streams every state.
    /// It asks with `androidmanagement.enterprises.devices.operations.get`.
    #[inline]
    pub fn poller(self) -> crate::runtime::Poller<crate::schemas::Operation> {
        crate::runtime::Poller::new(self.call, &crate::operations::OPERATION_SHAPE)
    }

    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.devices.operations.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Operation, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::Operation;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `androidmanagement.enterprises.devices.operations.list`, made by
/// [`OperationsResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: crate::runtime::Call,
}

impl ListCall {
    /// The standard list filter.
    ///
    /// Optional parameter. Sent as `filter`.
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.call.query("filter", value.into());
        self
    }

    /// The standard list page size.
    ///
    /// Optional parameter. Sent as `pageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// The standard list page token.
    ///
    /// Optional parameter. Sent as `pageToken`.
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
    pub fn return_partial_success(mut self, value: bool) -> Self {
        self.call.query("returnPartialSuccess", value.to_string());
        self
    }

    /// Every page of the answer, as a stream: the call is repeated with each
    /// `nextPageToken` (keeping every other parameter) until the server sends none.
    #[inline]
    pub fn pages(self) -> crate::runtime::Pages<crate::schemas::ListOperationsResponse> {
        self.call
            .pages::<
                crate::schemas::ListOperationsResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `operations` on every page, as one stream.
    #[inline]
    pub fn items(
        self,
    ) -> crate::runtime::Items<
        crate::schemas::ListOperationsResponse,
        crate::schemas::Operation,
    > {
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
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ListOperationsResponse, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::ListOperationsResponse;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
