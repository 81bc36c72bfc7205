//! The `enterprises.webApps` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `enterprises.webApps` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct WebAppsResource {
    pub(crate) client: Client,
}

impl WebAppsResource {
    /// Creates a web app.
    ///
    /// `POST v1/{+parent}/webApps` (method id `androidmanagement.enterprises.webApps.create`)
    ///
    /// Arguments, in order:
    /// - `parent`: The name of the enterprise in the form enterprises/{enterpriseId}. Must match
    ///   `^enterprises/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::WebApp`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn create(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::WebApp,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^enterprises/[^/]+$");
        call.path_param("parent", parent);
        call.json_body(&body);
        CreateCall { call }
    }

    /// Deletes a web app.
    ///
    /// `DELETE v1/{+name}` (method id `androidmanagement.enterprises.webApps.delete`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the web app in the form
    ///   enterprises/{enterpriseId}/webApps/{packageName}. Must match
    ///   `^enterprises/[^/]+/webApps/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn delete(&self, name: impl Into<String>) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/webApps/[^/]+$");
        call.path_param("name", name);
        DeleteCall { call }
    }

    /// Gets a web app.
    ///
    /// `GET v1/{+name}` (method id `androidmanagement.enterprises.webApps.get`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the web app in the form
    ///   enterprises/{enterpriseId}/webApps/{packageName}. Must match
    ///   `^enterprises/[^/]+/webApps/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/webApps/[^/]+$");
        call.path_param("name", name);
        GetCall { call }
    }

    /// Lists web apps for a given enterprise.
    ///
    /// `GET v1/{+parent}/webApps` (method id `androidmanagement.enterprises.webApps.list`)
    ///
    /// Arguments, in order:
    /// - `parent`: The name of the enterprise in the form enterprises/{enterpriseId}. Must match
    ///   `^enterprises/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn list(&self, parent: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^enterprises/[^/]+$");
        call.path_param("parent", parent);
        ListCall { call }
    }

    /// Updates a web app.
    ///
    /// `PATCH v1/{+name}` (method id `androidmanagement.enterprises.webApps.patch`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the web app in the form
    ///   enterprises/{enterpriseId}/webApps/{packageName}. Must match
    ///   `^enterprises/[^/]+/webApps/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::WebApp`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn patch(
        &self,
        name: impl Into<String>,
        body: crate::schemas::WebApp,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/webApps/[^/]+$");
        call.path_param("name", name);
        call.json_body(&body);
        PatchCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.webApps.create",
    http_method: http::Method::POST,
    path: "v1/{+parent}/webApps",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.webApps.create`, made by
/// [`WebAppsResource::create`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.webApps.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::WebApp, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::WebApp;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.webApps.delete",
    http_method: http::Method::DELETE,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.webApps.delete`, made by
/// [`WebAppsResource::delete`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.webApps.delete`.
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
    id: "androidmanagement.enterprises.webApps.get",
    http_method: http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.webApps.get`, made by [`WebAppsResource::get`]: set
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
    /// Sends the request and waits for the answer of `androidmanagement.enterprises.webApps.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::WebApp, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::WebApp;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.webApps.list",
    http_method: http::Method::GET,
    path: "v1/{+parent}/webApps",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.webApps.list`, made by [`WebAppsResource::list`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// The requested page size. This is a hint and the actual page size in the response may be
    /// different.
    ///
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// A token identifying a page of results returned by the server.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListWebAppsResponse`](crate::schemas::ListWebAppsResponse): the call is sent, then sent
    /// again with `pageToken` set to each `nextPageToken` the server answers, every other parameter
    /// as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListWebAppsResponse> {
        self.call
            .pages::<
                crate::schemas::ListWebAppsResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `web_apps` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `web_apps` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListWebAppsResponse, crate::schemas::WebApp> {
        self.call
            .items::<
                crate::schemas::ListWebAppsResponse,
                crate::schemas::WebApp,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.web_apps.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `androidmanagement.enterprises.webApps.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListWebAppsResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListWebAppsResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.webApps.patch",
    http_method: http::Method::PATCH,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.webApps.patch`, made by [`WebAppsResource::patch`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: Call,
}

impl PatchCall {
    /// The field mask indicating the fields to update. If not set, all modifiable fields will be
    /// modified.
    ///
    /// Optional parameter. Sent as `updateMask`.
    #[inline]
    pub fn update_mask(mut self, value: impl Into<String>) -> Self {
        self.call.query("updateMask", value.into());
        self
    }

    /// Sends the request and waits for the answer of `androidmanagement.enterprises.webApps.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::WebApp, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::WebApp;
    fn into_call(self) -> Call {
        self.call
    }
}
