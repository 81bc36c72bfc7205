//! The `users` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `users` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct UsersResource {
    pub(crate) client: Client,
}

impl UsersResource {
    /// Deleted an EMM-managed user.
    ///
    /// `DELETE androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}` (method id
    /// `androidenterprise.users.delete`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn delete(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        DeleteCall { call }
    }

    /// Generates an authentication token which the device policy client can use to provision the
    /// given EMM-managed user account on a device. The generated token is single-use and expires
    /// after a few minutes. You can provision a maximum of 10 devices per user. This call only
    /// works with EMM-managed accounts.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/authenticationToken`
    /// (method id `androidenterprise.users.generateAuthenticationToken`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn generate_authentication_token(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> GenerateAuthenticationTokenCall {
        let mut call = Call::new(&self.client, &GENERATE_AUTHENTICATION_TOKEN_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        GenerateAuthenticationTokenCall {
            call,
        }
    }

    /// Retrieves a user's details.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}` (method id
    /// `androidenterprise.users.get`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        GetCall { call }
    }

    /// Retrieves the set of products a user is entitled to access. **Note:** This item has been
    /// deprecated. New integrations cannot use this method and can refer to our new
    /// recommendations.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/availableProductSet`
    /// (method id `androidenterprise.users.getAvailableProductSet`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get_available_product_set(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> GetAvailableProductSetCall {
        let mut call = Call::new(&self.client, &GET_AVAILABLE_PRODUCT_SET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        GetAvailableProductSetCall { call }
    }

    /// Creates a new EMM-managed user. The Users resource passed in the body of the request should
    /// include an accountIdentifier and an accountType. If a corresponding user already exists with
    /// the same account identifier, the user will be updated with the resource. In this case only
    /// the displayName field can be changed.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/users` (method id
    /// `androidenterprise.users.insert`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `body`: the request body, a [`crate::schemas::User`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn insert(
        &self,
        enterprise_id: impl Into<String>,
        body: crate::schemas::User,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Looks up a user by primary email address. This is only supported for Google-managed users.
    /// Lookup of the id is not needed for EMM-managed users because the id is already returned in
    /// the result of the Users.insert call.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/users` (method id
    /// `androidenterprise.users.list`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `email`: Required. The exact primary email address of the user to look up.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn list(
        &self,
        enterprise_id: impl Into<String>,
        email: impl Into<String>,
    ) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.query("email", email.into());
        ListCall { call }
    }

    /// Revokes access to all devices currently provisioned to the user. The user will no longer be
    /// able to use the managed Play store on any of their managed devices. This call only works
    /// with EMM-managed accounts.
    ///
    /// `DELETE androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/deviceAccess` (method
    /// id `androidenterprise.users.revokeDeviceAccess`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn revoke_device_access(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> RevokeDeviceAccessCall {
        let mut call = Call::new(&self.client, &REVOKE_DEVICE_ACCESS_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        RevokeDeviceAccessCall { call }
    }

    /// Modifies the set of products that a user is entitled to access (referred to as *whitelisted*
    /// products). Only products that are approved or products that were previously approved
    /// (products with revoked approval) can be whitelisted. **Note:** This item has been
    /// deprecated. New integrations cannot use this method and can refer to our new
    /// recommendations.
    ///
    /// `PUT androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/availableProductSet`
    /// (method id `androidenterprise.users.setAvailableProductSet`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `body`: the request body, a [`crate::schemas::ProductSet`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn set_available_product_set(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        body: crate::schemas::ProductSet,
    ) -> SetAvailableProductSetCall {
        let mut call = Call::new(&self.client, &SET_AVAILABLE_PRODUCT_SET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        SetAvailableProductSetCall { call }
    }

    /// Updates the details of an EMM-managed user. Can be used with EMM-managed users only (not
    /// Google managed users). Pass the new details in the Users resource in the request body. Only
    /// the displayName field can be changed. Other fields must either be unset or have the
    /// currently active value.
    ///
    /// `PUT androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}` (method id
    /// `androidenterprise.users.update`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `body`: the request body, a [`crate::schemas::User`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn update(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        body: crate::schemas::User,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.users.delete",
    http_method: http::Method::DELETE,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.users.delete`, made by [`UsersResource::delete`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `androidenterprise.users.delete`.
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

static GENERATE_AUTHENTICATION_TOKEN_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.users.generateAuthenticationToken",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/authenticationToken",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.users.generateAuthenticationToken`, made by
/// [`UsersResource::generate_authentication_token`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GenerateAuthenticationTokenCall {
    call: Call,
}

impl GenerateAuthenticationTokenCall {
    /// Sends the request and waits for the answer of
    /// `androidenterprise.users.generateAuthenticationToken`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::AuthenticationToken, Error> {
        self.call.send().await
    }
}

impl CallOptions for GenerateAuthenticationTokenCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GenerateAuthenticationTokenCall {
    type Response = crate::schemas::AuthenticationToken;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.users.get",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.users.get`, made by [`UsersResource::get`]: set optional
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
    /// Sends the request and waits for the answer of `androidenterprise.users.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::User, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::User;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_AVAILABLE_PRODUCT_SET_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.users.getAvailableProductSet",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/availableProductSet",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.users.getAvailableProductSet`, made by
/// [`UsersResource::get_available_product_set`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetAvailableProductSetCall {
    call: Call,
}

impl GetAvailableProductSetCall {
    /// Sends the request and waits for the answer of
    /// `androidenterprise.users.getAvailableProductSet`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ProductSet, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetAvailableProductSetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetAvailableProductSetCall {
    type Response = crate::schemas::ProductSet;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.users.insert",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.users.insert`, made by [`UsersResource::insert`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `androidenterprise.users.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::User, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::User;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.users.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.users.list`, made by [`UsersResource::list`]: set optional
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
    /// Sends the request and waits for the answer of `androidenterprise.users.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::UsersListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::UsersListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static REVOKE_DEVICE_ACCESS_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.users.revokeDeviceAccess",
    http_method: http::Method::DELETE,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/deviceAccess",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.users.revokeDeviceAccess`, made by
/// [`UsersResource::revoke_device_access`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct RevokeDeviceAccessCall {
    call: Call,
}

impl RevokeDeviceAccessCall {
    /// Sends the request and waits for the answer of `androidenterprise.users.revokeDeviceAccess`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for RevokeDeviceAccessCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for RevokeDeviceAccessCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static SET_AVAILABLE_PRODUCT_SET_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.users.setAvailableProductSet",
    http_method: http::Method::PUT,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/availableProductSet",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.users.setAvailableProductSet`, made by
/// [`UsersResource::set_available_product_set`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct SetAvailableProductSetCall {
    call: Call,
}

impl SetAvailableProductSetCall {
    /// Sends the request and waits for the answer of
    /// `androidenterprise.users.setAvailableProductSet`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ProductSet, Error> {
        self.call.send().await
    }
}

impl CallOptions for SetAvailableProductSetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for SetAvailableProductSetCall {
    type Response = crate::schemas::ProductSet;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.users.update",
    http_method: http::Method::PUT,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.users.update`, made by [`UsersResource::update`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: Call,
}

impl UpdateCall {
    /// Sends the request and waits for the answer of `androidenterprise.users.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::User, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::User;
    fn into_call(self) -> Call {
        self.call
    }
}
