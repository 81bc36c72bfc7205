//! The `enterprises.webApps` resource.

/// The `enterprises.webApps` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct WebAppsResource {
    pub(crate) client: crate::runtime::Client,
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
    pub fn create(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::WebApp,
    ) -> CreateCall {
        let mut call = crate::runtime::Call::new(&self.client, &CREATE_METHOD);
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
    pub fn delete(&self, name: impl Into<String>) -> DeleteCall {
        let mut call = crate::runtime::Call::new(&self.client, &DELETE_METHOD);
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
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
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
    pub fn list(&self, parent: impl Into<String>) -> ListCall {
        let mut call = crate::runtime::Call::new(&self.client, &LIST_METHOD);
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
    pub fn patch(
        &self,
        name: impl Into<String>,
        body: crate::schemas::WebApp,
    ) -> PatchCall {
        let mut call = crate::runtime::Call::new(&self.client, &PATCH_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/webApps/[^/]+$");
        call.path_param("name", name);
        call.json_body(&body);
        PatchCall { call }
    }
}

static CREATE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.webApps.create",
    http_method: crate::runtime::http::Method::POST,
    path: "v1/{+parent}/webApps",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

static DELETE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.webApps.delete",
    http_method: crate::runtime::http::Method::DELETE,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.webApps.get",
    http_method: crate::runtime::http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

static LIST_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.webApps.list",
    http_method: crate::runtime::http::Method::GET,
    path: "v1/{+parent}/webApps",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

static PATCH_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.webApps.patch",
    http_method: crate::runtime::http::Method::PATCH,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.webApps.create`, made by
/// [`WebAppsResource::create`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: crate::runtime::Call,
}

impl CreateCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.webApps.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::WebApp, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for CreateCall {
    type Response = crate::schemas::WebApp;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `androidmanagement.enterprises.webApps.delete`, made by
/// [`WebAppsResource::delete`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: crate::runtime::Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.webApps.delete`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Empty, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for DeleteCall {
    type Response = crate::schemas::Empty;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `androidmanagement.enterprises.webApps.get`, made by [`WebAppsResource::get`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `androidmanagement.enterprises.webApps.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::WebApp, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::WebApp;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `androidmanagement.enterprises.webApps.list`, made by [`WebAppsResource::list`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: crate::runtime::Call,
}

impl ListCall {
    /// The requested page size. This is a hint and the actual page size in the response may be
    /// different.
    ///
    /// Optional parameter. Sent as `pageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// A token identifying a page of results returned by the server.
    ///
    /// Optional parameter. Sent as `pageToken`.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the answer, as a stream: the call is repeated with each
    /// `nextPageToken` (keeping every other parameter) until the server sends none.
    #[inline]
    pub fn pages(self) -> crate::runtime::Pages<crate::schemas::ListWebAppsResponse> {
        self.call
            .pages::<
                crate::schemas::ListWebAppsResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `web_apps` on every page, as one stream.
    #[inline]
    pub fn items(
        self,
    ) -> crate::runtime::Items<
        crate::schemas::ListWebAppsResponse,
        crate::schemas::WebApp,
    > {
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
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ListWebAppsResponse, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::ListWebAppsResponse;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `androidmanagement.enterprises.webApps.patch`, made by [`WebAppsResource::patch`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: crate::runtime::Call,
}

impl PatchCall {
    /// The field mask indicating the fields to update. If not set, all modifiable fields will be
    /// modified.
    ///
    /// Optional parameter. Sent as `updateMask`.
    pub fn update_mask(mut self, value: impl Into<String>) -> Self {
        self.call.query("updateMask", value.into());
        self
    }

    /// Sends the request and waits for the answer of `androidmanagement.enterprises.webApps.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::WebApp, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for PatchCall {
    type Response = crate::schemas::WebApp;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
