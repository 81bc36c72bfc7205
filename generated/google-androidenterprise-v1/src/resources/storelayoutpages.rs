//! The `storelayoutpages` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `storelayoutpages` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct StorelayoutpagesResource {
    pub(crate) client: Client,
}

impl StorelayoutpagesResource {
    /// Deletes a store page.
    ///
    /// `DELETE androidenterprise/v1/enterprises/{enterpriseId}/storeLayout/pages/{pageId}` (method
    /// id `androidenterprise.storelayoutpages.delete`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `page_id`: The ID of the page.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn delete(
        &self,
        enterprise_id: impl Into<String>,
        page_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("pageId", page_id.into());
        DeleteCall { call }
    }

    /// Retrieves details of a store page.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/storeLayout/pages/{pageId}` (method id
    /// `androidenterprise.storelayoutpages.get`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `page_id`: The ID of the page.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get(
        &self,
        enterprise_id: impl Into<String>,
        page_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("pageId", page_id.into());
        GetCall { call }
    }

    /// Inserts a new store page.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/storeLayout/pages` (method id
    /// `androidenterprise.storelayoutpages.insert`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `body`: the request body, a [`crate::schemas::StorePage`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn insert(
        &self,
        enterprise_id: impl Into<String>,
        body: crate::schemas::StorePage,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves the details of all pages in the store.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/storeLayout/pages` (method id
    /// `androidenterprise.storelayoutpages.list`)
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

    /// Updates the content of a store page.
    ///
    /// `PUT androidenterprise/v1/enterprises/{enterpriseId}/storeLayout/pages/{pageId}` (method id
    /// `androidenterprise.storelayoutpages.update`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `page_id`: The ID of the page.
    /// - `body`: the request body, a [`crate::schemas::StorePage`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn update(
        &self,
        enterprise_id: impl Into<String>,
        page_id: impl Into<String>,
        body: crate::schemas::StorePage,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("pageId", page_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.storelayoutpages.delete",
    http_method: http::Method::DELETE,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/storeLayout/pages/{pageId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.storelayoutpages.delete`, made by
/// [`StorelayoutpagesResource::delete`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `androidenterprise.storelayoutpages.delete`.
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
    id: "androidenterprise.storelayoutpages.get",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/storeLayout/pages/{pageId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.storelayoutpages.get`, made by
/// [`StorelayoutpagesResource::get`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `androidenterprise.storelayoutpages.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::StorePage, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::StorePage;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.storelayoutpages.insert",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/storeLayout/pages",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.storelayoutpages.insert`, made by
/// [`StorelayoutpagesResource::insert`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `androidenterprise.storelayoutpages.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::StorePage, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::StorePage;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.storelayoutpages.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/storeLayout/pages",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.storelayoutpages.list`, made by
/// [`StorelayoutpagesResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Sends the request and waits for the answer of `androidenterprise.storelayoutpages.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::StoreLayoutPagesListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::StoreLayoutPagesListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.storelayoutpages.update",
    http_method: http::Method::PUT,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/storeLayout/pages/{pageId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.storelayoutpages.update`, made by
/// [`StorelayoutpagesResource::update`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: Call,
}

impl UpdateCall {
    /// Sends the request and waits for the answer of `androidenterprise.storelayoutpages.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::StorePage, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::StorePage;
    fn into_call(self) -> Call {
        self.call
    }
}
