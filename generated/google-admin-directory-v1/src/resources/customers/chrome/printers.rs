//! The `customers.chrome.printers` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `customers.chrome.printers` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct PrintersResource {
    pub(crate) client: Client,
}

impl PrintersResource {
    /// Creates printers under given Organization Unit.
    ///
    /// `POST admin/directory/v1/{+parent}/chrome/printers:batchCreatePrinters` (method id
    /// `admin.customers.chrome.printers.batchCreatePrinters`)
    ///
    /// Arguments, in order:
    /// - `parent`: Required. The name of the customer. Format: customers/{customer_id} Must match
    ///   `^customers/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::BatchCreatePrintersRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    #[inline]
    pub fn batch_create_printers(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::BatchCreatePrintersRequest,
    ) -> BatchCreatePrintersCall {
        let mut call = Call::new(&self.client, &BATCH_CREATE_PRINTERS_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^customers/[^/]+$");
        call.path_param("parent", parent);
        call.json_body(&body);
        BatchCreatePrintersCall { call }
    }

    /// Deletes printers in batch.
    ///
    /// `POST admin/directory/v1/{+parent}/chrome/printers:batchDeletePrinters` (method id
    /// `admin.customers.chrome.printers.batchDeletePrinters`)
    ///
    /// Arguments, in order:
    /// - `parent`: Required. The name of the customer. Format: customers/{customer_id} Must match
    ///   `^customers/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::BatchDeletePrintersRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    #[inline]
    pub fn batch_delete_printers(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::BatchDeletePrintersRequest,
    ) -> BatchDeletePrintersCall {
        let mut call = Call::new(&self.client, &BATCH_DELETE_PRINTERS_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^customers/[^/]+$");
        call.path_param("parent", parent);
        call.json_body(&body);
        BatchDeletePrintersCall { call }
    }

    /// Creates a printer under given Organization Unit.
    ///
    /// `POST admin/directory/v1/{+parent}/chrome/printers` (method id
    /// `admin.customers.chrome.printers.create`)
    ///
    /// Arguments, in order:
    /// - `parent`: Required. The name of the customer. Format: customers/{customer_id} Must match
    ///   `^customers/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::Printer`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    #[inline]
    pub fn create(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::Printer,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^customers/[^/]+$");
        call.path_param("parent", parent);
        call.json_body(&body);
        CreateCall { call }
    }

    /// Deletes a `Printer`.
    ///
    /// `DELETE admin/directory/v1/{+name}` (method id `admin.customers.chrome.printers.delete`)
    ///
    /// Arguments, in order:
    /// - `name`: Required. The name of the printer to be updated. Format: Must match
    ///   `^customers/[^/]+/chrome/printers/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    #[inline]
    pub fn delete(&self, name: impl Into<String>) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^customers/[^/]+/chrome/printers/[^/]+$");
        call.path_param("name", name);
        DeleteCall { call }
    }

    /// Returns a `Printer` resource (printer's config).
    ///
    /// `GET admin/directory/v1/{+name}` (method id `admin.customers.chrome.printers.get`)
    ///
    /// Arguments, in order:
    /// - `name`: Required. The name of the printer to retrieve. Format: Must match
    ///   `^customers/[^/]+/chrome/printers/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    /// - `https://www.googleapis.com/auth/admin.chrome.printers.readonly`
    #[inline]
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^customers/[^/]+/chrome/printers/[^/]+$");
        call.path_param("name", name);
        GetCall { call }
    }

    /// List printers configs.
    ///
    /// `GET admin/directory/v1/{+parent}/chrome/printers` (method id
    /// `admin.customers.chrome.printers.list`)
    ///
    /// Arguments, in order:
    /// - `parent`: Required. The name of the customer who owns this collection of printers.
    ///   Format: Must match `^customers/[^/]+$`.
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

    /// Lists the supported printer models.
    ///
    /// `GET admin/directory/v1/{+parent}/chrome/printers:listPrinterModels` (method id
    /// `admin.customers.chrome.printers.listPrinterModels`)
    ///
    /// Arguments, in order:
    /// - `parent`: Required. The name of the customer who owns this collection of printers.
    ///   Format: Must match `^customers/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    /// - `https://www.googleapis.com/auth/admin.chrome.printers.readonly`
    #[inline]
    pub fn list_printer_models(
        &self,
        parent: impl Into<String>,
    ) -> ListPrinterModelsCall {
        let mut call = Call::new(&self.client, &LIST_PRINTER_MODELS_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^customers/[^/]+$");
        call.path_param("parent", parent);
        ListPrinterModelsCall { call }
    }

    /// Updates a `Printer` resource.
    ///
    /// `PATCH admin/directory/v1/{+name}` (method id `admin.customers.chrome.printers.patch`)
    ///
    /// Arguments, in order:
    /// - `name`: Identifier. The resource name of the Printer object, in the format Must match
    ///   `^customers/[^/]+/chrome/printers/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::Printer`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.chrome.printers`
    #[inline]
    pub fn patch(
        &self,
        name: impl Into<String>,
        body: crate::schemas::Printer,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^customers/[^/]+/chrome/printers/[^/]+$");
        call.path_param("name", name);
        call.json_body(&body);
        PatchCall { call }
    }
}

static BATCH_CREATE_PRINTERS_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printers.batchCreatePrinters",
    http_method: http::Method::POST,
    path: "admin/directory/v1/{+parent}/chrome/printers:batchCreatePrinters",
    scopes: &["https://www.googleapis.com/auth/admin.chrome.printers"],
    api_version: None,
};

/// A call of `admin.customers.chrome.printers.batchCreatePrinters`, made by
/// [`PrintersResource::batch_create_printers`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct BatchCreatePrintersCall {
    call: Call,
}

impl BatchCreatePrintersCall {
    /// Sends the request and waits for the answer of
    /// `admin.customers.chrome.printers.batchCreatePrinters`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::BatchCreatePrintersResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for BatchCreatePrintersCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for BatchCreatePrintersCall {
    type Response = crate::schemas::BatchCreatePrintersResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static BATCH_DELETE_PRINTERS_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printers.batchDeletePrinters",
    http_method: http::Method::POST,
    path: "admin/directory/v1/{+parent}/chrome/printers:batchDeletePrinters",
    scopes: &["https://www.googleapis.com/auth/admin.chrome.printers"],
    api_version: None,
};

/// A call of `admin.customers.chrome.printers.batchDeletePrinters`, made by
/// [`PrintersResource::batch_delete_printers`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct BatchDeletePrintersCall {
    call: Call,
}

impl BatchDeletePrintersCall {
    /// Sends the request and waits for the answer of
    /// `admin.customers.chrome.printers.batchDeletePrinters`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::BatchDeletePrintersResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for BatchDeletePrintersCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for BatchDeletePrintersCall {
    type Response = crate::schemas::BatchDeletePrintersResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printers.create",
    http_method: http::Method::POST,
    path: "admin/directory/v1/{+parent}/chrome/printers",
    scopes: &["https://www.googleapis.com/auth/admin.chrome.printers"],
    api_version: None,
};

/// A call of `admin.customers.chrome.printers.create`, made by [`PrintersResource::create`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Sends the request and waits for the answer of `admin.customers.chrome.printers.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Printer, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::Printer;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printers.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/admin.chrome.printers"],
    api_version: None,
};

/// A call of `admin.customers.chrome.printers.delete`, made by [`PrintersResource::delete`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `admin.customers.chrome.printers.delete`.
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
    id: "admin.customers.chrome.printers.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/{+name}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.chrome.printers",
        "https://www.googleapis.com/auth/admin.chrome.printers.readonly",
    ],
    api_version: None,
};

/// A call of `admin.customers.chrome.printers.get`, made by [`PrintersResource::get`]: set
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
    /// Sends the request and waits for the answer of `admin.customers.chrome.printers.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Printer, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Printer;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printers.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/{+parent}/chrome/printers",
    scopes: &[
        "https://www.googleapis.com/auth/admin.chrome.printers",
        "https://www.googleapis.com/auth/admin.chrome.printers.readonly",
    ],
    api_version: None,
};

/// A call of `admin.customers.chrome.printers.list`, made by [`PrintersResource::list`]: set
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
    /// Search query. Search syntax is shared between this api and Admin Console printers pages.
    ///
    /// Optional parameter. Sent as `filter`.
    #[inline]
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.call.query("filter", value.into());
        self
    }

    /// The order to sort results by. Must be one of display_name, description, make_and_model, or
    /// create_time. Default order is ascending, but descending order can be returned by appending
    /// "desc" to the order_by field. For instance, "description desc" will return the printers
    /// sorted by description in descending order.
    ///
    /// Optional parameter. Sent as `orderBy`.
    #[inline]
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.call.query("orderBy", value.into());
        self
    }

    /// Organization Unit that we want to list the printers for. When org_unit is not present in the
    /// request then all printers of the customer are returned (or filtered). When org_unit is
    /// present in the request then only printers available to this OU will be returned (owned or
    /// inherited). You may see if printer is owned or inherited for this OU by looking at
    /// Printer.org_unit_id.
    ///
    /// Optional parameter. Sent as `orgUnitId`.
    #[inline]
    pub fn org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.call.query("orgUnitId", value.into());
        self
    }

    /// The maximum number of objects to return. The service may return fewer than this value.
    ///
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// A page token, received from a previous call.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListPrintersResponse`](crate::schemas::ListPrintersResponse): the call is sent, then sent
    /// again with `pageToken` set to each `nextPageToken` the server answers, every other parameter
    /// as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListPrintersResponse> {
        self.call
            .pages::<
                crate::schemas::ListPrintersResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `printers` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `printers` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListPrintersResponse, crate::schemas::Printer> {
        self.call
            .items::<
                crate::schemas::ListPrintersResponse,
                crate::schemas::Printer,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.printers.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `admin.customers.chrome.printers.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListPrintersResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListPrintersResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_PRINTER_MODELS_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printers.listPrinterModels",
    http_method: http::Method::GET,
    path: "admin/directory/v1/{+parent}/chrome/printers:listPrinterModels",
    scopes: &[
        "https://www.googleapis.com/auth/admin.chrome.printers",
        "https://www.googleapis.com/auth/admin.chrome.printers.readonly",
    ],
    api_version: None,
};

/// A call of `admin.customers.chrome.printers.listPrinterModels`, made by
/// [`PrintersResource::list_printer_models`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListPrinterModelsCall {
    call: Call,
}

impl ListPrinterModelsCall {
    /// Filer to list only models by a given manufacturer in format: "manufacturer:Brother". Search
    /// syntax is shared between this api and Admin Console printers pages.
    ///
    /// Optional parameter. Sent as `filter`.
    #[inline]
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.call.query("filter", value.into());
        self
    }

    /// The maximum number of objects to return. The service may return fewer than this value.
    ///
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// A page token, received from a previous call.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListPrinterModelsResponse`](crate::schemas::ListPrinterModelsResponse): the call is sent,
    /// then sent again with `pageToken` set to each `nextPageToken` the server answers, every other
    /// parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListPrinterModelsResponse> {
        self.call
            .pages::<
                crate::schemas::ListPrinterModelsResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `printer_models` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `printer_models` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListPrinterModelsResponse, crate::schemas::PrinterModel> {
        self.call
            .items::<
                crate::schemas::ListPrinterModelsResponse,
                crate::schemas::PrinterModel,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.printer_models.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of
    /// `admin.customers.chrome.printers.listPrinterModels`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListPrinterModelsResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListPrinterModelsCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListPrinterModelsCall {
    type Response = crate::schemas::ListPrinterModelsResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "admin.customers.chrome.printers.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/admin.chrome.printers"],
    api_version: None,
};

/// A call of `admin.customers.chrome.printers.patch`, made by [`PrintersResource::patch`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: Call,
}

impl PatchCall {
    /// The list of fields to be cleared. Note, some of the fields are read only and cannot be
    /// updated. Values for not specified fields will be patched.
    ///
    /// Optional parameter. Sent as `clearMask`.
    #[inline]
    pub fn clear_mask(mut self, value: impl Into<String>) -> Self {
        self.call.query("clearMask", value.into());
        self
    }

    /// The list of fields to be updated. Note, some of the fields are read only and cannot be
    /// updated. Values for not specified fields will be patched.
    ///
    /// Optional parameter. Sent as `updateMask`.
    #[inline]
    pub fn update_mask(mut self, value: impl Into<String>) -> Self {
        self.call.query("updateMask", value.into());
        self
    }

    /// Sends the request and waits for the answer of `admin.customers.chrome.printers.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Printer, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Printer;
    fn into_call(self) -> Call {
        self.call
    }
}
