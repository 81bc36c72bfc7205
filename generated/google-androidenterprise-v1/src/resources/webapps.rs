//! The `webapps` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `webapps` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct WebappsResource {
    pub(crate) client: Client,
}

impl WebappsResource {
    /// Deletes an existing web app.
    ///
    /// `DELETE androidenterprise/v1/enterprises/{enterpriseId}/webApps/{webAppId}` (method id
    /// `androidenterprise.webapps.delete`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `web_app_id`: The ID of the web app.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn delete(
        &self,
        enterprise_id: impl Into<String>,
        web_app_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("webAppId", web_app_id.into());
        DeleteCall { call }
    }

    /// Gets an existing web app.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/webApps/{webAppId}` (method id
    /// `androidenterprise.webapps.get`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `web_app_id`: The ID of the web app.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get(
        &self,
        enterprise_id: impl Into<String>,
        web_app_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("webAppId", web_app_id.into());
        GetCall { call }
    }

    /// Creates a new web app for the enterprise.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/webApps` (method id
    /// `androidenterprise.webapps.insert`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `body`: the request body, a [`crate::schemas::WebApp`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn insert(
        &self,
        enterprise_id: impl Into<String>,
        body: crate::schemas::WebApp,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves the details of all web apps for a given enterprise.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/webApps` (method id
    /// `androidenterprise.webapps.list`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn list(&self, enterprise_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        ListCall { call }
    }

    /// Updates an existing web app.
    ///
    /// `PUT androidenterprise/v1/enterprises/{enterpriseId}/webApps/{webAppId}` (method id
    /// `androidenterprise.webapps.update`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `web_app_id`: The ID of the web app.
    /// - `body`: the request body, a [`crate::schemas::WebApp`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn update(
        &self,
        enterprise_id: impl Into<String>,
        web_app_id: impl Into<String>,
        body: crate::schemas::WebApp,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("webAppId", web_app_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.webapps.delete",
    http_method: http::Method::DELETE,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/webApps/{webAppId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.webapps.delete`, made by [`WebappsResource::delete`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `androidenterprise.webapps.delete`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DeleteCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.webapps.get",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/webApps/{webAppId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.webapps.get`, made by [`WebappsResource::get`]: set optional
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
    /// Sends the request and waits for the answer of `androidenterprise.webapps.get`.
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

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.webapps.insert",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/webApps",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.webapps.insert`, made by [`WebappsResource::insert`]: set
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
    /// Sends the request and waits for the answer of `androidenterprise.webapps.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::WebApp, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::WebApp;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.webapps.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/webApps",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.webapps.list`, made by [`WebappsResource::list`]: set optional
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
    /// Sends the request and waits for the answer of `androidenterprise.webapps.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::WebAppsListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::WebAppsListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.webapps.update",
    http_method: http::Method::PUT,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/webApps/{webAppId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.webapps.update`, made by [`WebappsResource::update`]: set
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
    /// Sends the request and waits for the answer of `androidenterprise.webapps.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::WebApp, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::WebApp;
    fn into_call(self) -> Call {
        self.call
    }
}
