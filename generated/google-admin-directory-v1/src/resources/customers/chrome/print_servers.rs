//! The `customers.chrome.printServers` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `customers.chrome.printServers` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct PrintServersResource {
    pub(crate) client: Client,
}

impl PrintServersResource {
    /// Creates multiple print servers.
    ///
    /// `POST admin/directory/v1/{+parent}/chrome/printServers:batchCreatePrintServers` (method id
    /// `admin.customers.chrome.printServers.batchCreatePrintServers`)
    ///
    /// Arguments, in order:
    /// - `parent`: Required. The [unique Must match `^customers/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::BatchCreatePrintServersRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    #[inline]
    pub fn batch_create_print_servers(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::BatchCreatePrintServersRequest,
    ) -> BatchCreatePrintServersCall {
        let mut call = Call::new(&self.client, &BATCH_CREATE_PRINT_SERVERS_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^customers/[^/]+$");
        call.path_param("parent", parent);
        call.json_body(&body);
        BatchCreatePrintServersCall {
            call,
        }
    }

    /// Deletes multiple print servers.
    ///
    /// `POST admin/directory/v1/{+parent}/chrome/printServers:batchDeletePrintServers` (method id
    /// `admin.customers.chrome.printServers.batchDeletePrintServers`)
    ///
    /// Arguments, in order:
    /// - `parent`: Required. The [unique Must match `^customers/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::BatchDeletePrintServersRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    #[inline]
    pub fn batch_delete_print_servers(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::BatchDeletePrintServersRequest,
    ) -> BatchDeletePrintServersCall {
        let mut call = Call::new(&self.client, &BATCH_DELETE_PRINT_SERVERS_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^customers/[^/]+$");
        call.path_param("parent", parent);
        call.json_body(&body);
        BatchDeletePrintServersCall {
            call,
        }
    }

    /// Creates a print server.
    ///
    /// `POST admin/directory/v1/{+parent}/chrome/printServers` (method id
    /// `admin.customers.chrome.printServers.create`)
    ///
    /// Arguments, in order:
    /// - `parent`: Required. The [unique Must match `^customers/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::PrintServer`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    #[inline]
    pub fn create(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::PrintServer,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^customers/[^/]+$");
        call.path_param("parent", parent);
        call.json_body(&body);
        CreateCall { call }
    }

    /// Deletes a print server.
    ///
    /// `DELETE admin/directory/v1/{+name}` (method id `admin.customers.chrome.printServers.delete`)
    ///
    /// Arguments, in order:
    /// - `name`: Required. The name of the print server to be deleted. Format: Must match
    ///   `^customers/[^/]+/chrome/printServers/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    #[inline]
    pub fn delete(&self, name: impl Into<String>) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^customers/[^/]+/chrome/printServers/[^/]+$");
        call.path_param("name", name);
        DeleteCall { call }
    }

    /// Returns a print server's configuration.
    ///
    /// `GET admin/directory/v1/{+name}` (method id `admin.customers.chrome.printServers.get`)
    ///
    /// Arguments, in order:
    /// - `name`: Required. The [unique Must match `^customers/[^/]+/chrome/printServers/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    /// - `https://www.googleapis.com/auth/admin.chrome.printers.readonly`
    #[inline]
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^customers/[^/]+/chrome/printServers/[^/]+$");
        call.path_param("name", name);
        GetCall { call }
    }

    /// Lists print server configurations.
    ///
    /// `GET admin/directory/v1/{+parent}/chrome/printServers` (method id
    /// `admin.customers.chrome.printServers.list`)
    ///
    /// Arguments, in order:
    /// - `parent`: Required. The [unique Must match `^customers/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    /// - `https://www.googleapis.com/auth/admin.chrome.printers.readonly`
    #[inline]
    pub fn list(&self, parent: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^customers/[^/]+$");
        call.path_param("parent", parent);
        ListCall { call }
    }

    /// Updates a print server's configuration.
    ///
    /// `PATCH admin/directory/v1/{+name}` (method id `admin.customers.chrome.printServers.patch`)
    ///
    /// Arguments, in order:
    /// - `name`: Identifier. Resource name of the print server. Leave empty when creating.
    ///   Format: Must match `^customers/[^/]+/chrome/printServers/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::PrintServer`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    #[inline]
    pub fn patch(
        &self,
        name: impl Into<String>,
        body: crate::schemas::PrintServer,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^customers/[^/]+/chrome/printServers/[^/]+$");
        call.path_param("name", name);
        call.json_body(&body);
        PatchCall { call }
    }
}

static BATCH_CREATE_PRINT_SERVERS_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printServers.batchCreatePrintServers",
    http_method: http::Method::POST,
    path: "admin/directory/v1/{+parent}/chrome/printServers:batchCreatePrintServers",
    scopes: &["https://www.googleapis.com/auth/admin.chrome.printers"],
    api_version: None,
};

/// A call of `admin.customers.chrome.printServers.batchCreatePrintServers`, made by
/// [`PrintServersResource::batch_create_print_servers`]: set optional parameters, then `send`
/// it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct BatchCreatePrintServersCall {
    call: Call,
}

impl BatchCreatePrintServersCall {
    /// Sends the request and waits for the answer of
    /// `admin.customers.chrome.printServers.batchCreatePrintServers`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::BatchCreatePrintServersResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for BatchCreatePrintServersCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for BatchCreatePrintServersCall {
    type Response = crate::schemas::BatchCreatePrintServersResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static BATCH_DELETE_PRINT_SERVERS_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printServers.batchDeletePrintServers",
    http_method: http::Method::POST,
    path: "admin/directory/v1/{+parent}/chrome/printServers:batchDeletePrintServers",
    scopes: &["https://www.googleapis.com/auth/admin.chrome.printers"],
    api_version: None,
};

/// A call of `admin.customers.chrome.printServers.batchDeletePrintServers`, made by
/// [`PrintServersResource::batch_delete_print_servers`]: set optional parameters, then `send`
/// it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct BatchDeletePrintServersCall {
    call: Call,
}

impl BatchDeletePrintServersCall {
    /// Sends the request and waits for the answer of
    /// `admin.customers.chrome.printServers.batchDeletePrintServers`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::BatchDeletePrintServersResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for BatchDeletePrintServersCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for BatchDeletePrintServersCall {
    type Response = crate::schemas::BatchDeletePrintServersResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printServers.create",
    http_method: http::Method::POST,
    path: "admin/directory/v1/{+parent}/chrome/printServers",
    scopes: &["https://www.googleapis.com/auth/admin.chrome.printers"],
    api_version: None,
};

/// A call of `admin.customers.chrome.printServers.create`, made by
/// [`PrintServersResource::create`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Sends the request and waits for the answer of `admin.customers.chrome.printServers.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::PrintServer, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::PrintServer;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printServers.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/admin.chrome.printers"],
    api_version: None,
};

/// A call of `admin.customers.chrome.printServers.delete`, made by
/// [`PrintServersResource::delete`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `admin.customers.chrome.printServers.delete`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Empty, Error> {
        self.call.send().await
    }
}

impl CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DeleteCall {
    type Response = crate::schemas::Empty;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printServers.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/{+name}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.chrome.printers",
        "https://www.googleapis.com/auth/admin.chrome.printers.readonly",
    ],
    api_version: None,
};

/// A call of `admin.customers.chrome.printServers.get`, made by [`PrintServersResource::get`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `admin.customers.chrome.printServers.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::PrintServer, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::PrintServer;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printServers.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/{+parent}/chrome/printServers",
    scopes: &[
        "https://www.googleapis.com/auth/admin.chrome.printers",
        "https://www.googleapis.com/auth/admin.chrome.printers.readonly",
    ],
    api_version: None,
};

/// A call of `admin.customers.chrome.printServers.list`, made by
/// [`PrintServersResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Search query in [Common Expression Language syntax](https://github.com/google/cel-spec).
    /// Supported filters are `display_name`, `description`, and `uri`. Example:
    /// `printServer.displayName=='marketing-queue'`.
    ///
    /// Optional parameter. Sent as `filter`.
    #[inline]
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.call.query("filter", value.into());
        self
    }

    /// Sort order for results. Supported values are `display_name`, `description`, or
    /// `create_time`. Default order is ascending, but descending order can be returned by appending
    /// "desc" to the `order_by` field. For instance, `orderBy=='description desc'` returns the
    /// print servers sorted by description in descending order.
    ///
    /// Optional parameter. Sent as `orderBy`.
    #[inline]
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.call.query("orderBy", value.into());
        self
    }

    /// If `org_unit_id` is present in the request, only print servers owned or inherited by the
    /// organizational unit (OU) are returned. If the `PrintServer` resource's `org_unit_id` matches
    /// the one in the request, the OU owns the server. If `org_unit_id` is not specified in the
    /// request, all print servers are returned or filtered against.
    ///
    /// Optional parameter. Sent as `orgUnitId`.
    #[inline]
    pub fn org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.call.query("orgUnitId", value.into());
        self
    }

    /// The maximum number of objects to return (default `100`, max `100`). The service might return
    /// fewer than this value.
    ///
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// A generated token to paginate results (the `next_page_token` from a previous call).
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListPrintServersResponse`](crate::schemas::ListPrintServersResponse): the call is sent,
    /// then sent again with `pageToken` set to each `nextPageToken` the server answers, every other
    /// parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListPrintServersResponse> {
        self.call
            .pages::<
                crate::schemas::ListPrintServersResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `print_servers` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `print_servers` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListPrintServersResponse, crate::schemas::PrintServer> {
        self.call
            .items::<
                crate::schemas::ListPrintServersResponse,
                crate::schemas::PrintServer,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.print_servers.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `admin.customers.chrome.printServers.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListPrintServersResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListPrintServersResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printServers.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/admin.chrome.printers"],
    api_version: None,
};

/// A call of `admin.customers.chrome.printServers.patch`, made by
/// [`PrintServersResource::patch`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: Call,
}

impl PatchCall {
    /// The list of fields to update. Some fields are read-only and cannot be updated. Values for
    /// unspecified fields are patched.
    ///
    /// Optional parameter. Sent as `updateMask`.
    #[inline]
    pub fn update_mask(mut self, value: impl Into<String>) -> Self {
        self.call.query("updateMask", value.into());
        self
    }

    /// Sends the request and waits for the answer of `admin.customers.chrome.printServers.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::PrintServer, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::PrintServer;
    fn into_call(self) -> Call {
        self.call
    }
}
