//! The `entitlements` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `entitlements` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct EntitlementsResource {
    pub(crate) client: Client,
}

impl EntitlementsResource {
    /// Removes an entitlement to an app for a user. **Note:** This item has been deprecated. New
    /// integrations cannot use this method and can refer to our new recommendations.
    ///
    /// `DELETE
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/entitlements/{entitlementId}`
    /// (method id `androidenterprise.entitlements.delete`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `entitlement_id`: The ID of the entitlement (a product ID), e.g.
    ///   "app:com.google.android.gm".
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn delete(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        entitlement_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("entitlementId", entitlement_id.into());
        DeleteCall { call }
    }

    /// Retrieves details of an entitlement. **Note:** This item has been deprecated. New
    /// integrations cannot use this method and can refer to our new recommendations.
    ///
    /// `GET
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/entitlements/{entitlementId}`
    /// (method id `androidenterprise.entitlements.get`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `entitlement_id`: The ID of the entitlement (a product ID), e.g.
    ///   "app:com.google.android.gm".
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        entitlement_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("entitlementId", entitlement_id.into());
        GetCall { call }
    }

    /// Lists all entitlements for the specified user. Only the ID is set. **Note:** This item has
    /// been deprecated. New integrations cannot use this method and can refer to our new
    /// recommendations.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/entitlements` (method id
    /// `androidenterprise.entitlements.list`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn list(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        ListCall { call }
    }

    /// Adds or updates an entitlement to an app for a user. **Note:** This item has been
    /// deprecated. New integrations cannot use this method and can refer to our new
    /// recommendations.
    ///
    /// `PUT
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/entitlements/{entitlementId}`
    /// (method id `androidenterprise.entitlements.update`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `entitlement_id`: The ID of the entitlement (a product ID), e.g.
    ///   "app:com.google.android.gm".
    /// - `body`: the request body, a [`crate::schemas::Entitlement`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn update(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        entitlement_id: impl Into<String>,
        body: crate::schemas::Entitlement,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("entitlementId", entitlement_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.entitlements.delete",
    http_method: http::Method::DELETE,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/entitlements/{entitlementId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.entitlements.delete`, made by [`EntitlementsResource::delete`]:
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
    /// Sends the request and waits for the answer of `androidenterprise.entitlements.delete`.
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
    id: "androidenterprise.entitlements.get",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/entitlements/{entitlementId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.entitlements.get`, made by [`EntitlementsResource::get`]: set
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
    /// Sends the request and waits for the answer of `androidenterprise.entitlements.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Entitlement, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Entitlement;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.entitlements.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/entitlements",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.entitlements.list`, made by [`EntitlementsResource::list`]: set
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
    /// Sends the request and waits for the answer of `androidenterprise.entitlements.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::EntitlementsListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::EntitlementsListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.entitlements.update",
    http_method: http::Method::PUT,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/entitlements/{entitlementId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.entitlements.update`, made by [`EntitlementsResource::update`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: Call,
}

impl UpdateCall {
    /// Set to true to also install the product on all the user's devices where possible. Failure to
    /// install on one or more devices will not prevent this operation from returning successfully,
    /// as long as the entitlement was successfully assigned to the user.
    ///
    /// Optional parameter. Sent as `install`.
    #[inline]
    pub fn install(mut self, value: bool) -> Self {
        self.call.query("install", value.to_string());
        self
    }

    /// Sends the request and waits for the answer of `androidenterprise.entitlements.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Entitlement, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Entitlement;
    fn into_call(self) -> Call {
        self.call
    }
}
