//! The `managedconfigurationsforuser` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `managedconfigurationsforuser` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ManagedconfigurationsforuserResource {
    pub(crate) client: Client,
}

impl ManagedconfigurationsforuserResource {
    /// Removes a per-user managed configuration for an app for the specified user.
    ///
    /// `DELETE
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/managedConfigurationsForUser/{managedConfigurationForUserId}`
    /// (method id `androidenterprise.managedconfigurationsforuser.delete`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `managed_configuration_for_user_id`: The ID of the managed configuration (a product ID),
    ///   e.g. "app:com.google.android.gm".
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn delete(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        managed_configuration_for_user_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param(
            "managedConfigurationForUserId",
            managed_configuration_for_user_id.into(),
        );
        DeleteCall { call }
    }

    /// Retrieves details of a per-user managed configuration for an app for the specified user.
    ///
    /// `GET
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/managedConfigurationsForUser/{managedConfigurationForUserId}`
    /// (method id `androidenterprise.managedconfigurationsforuser.get`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `managed_configuration_for_user_id`: The ID of the managed configuration (a product ID),
    ///   e.g. "app:com.google.android.gm".
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        managed_configuration_for_user_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param(
            "managedConfigurationForUserId",
            managed_configuration_for_user_id.into(),
        );
        GetCall { call }
    }

    /// Lists all the per-user managed configurations for the specified user. Only the ID is set.
    ///
    /// `GET
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/managedConfigurationsForUser`
    /// (method id `androidenterprise.managedconfigurationsforuser.list`)
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

    /// Adds or updates the managed configuration settings for an app for the specified user. If you
    /// support the Managed configurations iframe, you can apply managed configurations to a user by
    /// specifying an mcmId and its associated configuration variables (if any) in the request.
    /// Alternatively, all EMMs can apply managed configurations by passing a list of managed
    /// properties.
    ///
    /// `PUT
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/managedConfigurationsForUser/{managedConfigurationForUserId}`
    /// (method id `androidenterprise.managedconfigurationsforuser.update`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `managed_configuration_for_user_id`: The ID of the managed configuration (a product ID),
    ///   e.g. "app:com.google.android.gm".
    /// - `body`: the request body, a [`crate::schemas::ManagedConfiguration`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn update(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        managed_configuration_for_user_id: impl Into<String>,
        body: crate::schemas::ManagedConfiguration,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param(
            "managedConfigurationForUserId",
            managed_configuration_for_user_id.into(),
        );
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.managedconfigurationsforuser.delete",
    http_method: http::Method::DELETE,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/managedConfigurationsForUser/{managedConfigurationForUserId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.managedconfigurationsforuser.delete`, made by
/// [`ManagedconfigurationsforuserResource::delete`]: set optional parameters, then `send` it.
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
    /// `androidenterprise.managedconfigurationsforuser.delete`.
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
    id: "androidenterprise.managedconfigurationsforuser.get",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/managedConfigurationsForUser/{managedConfigurationForUserId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.managedconfigurationsforuser.get`, made by
/// [`ManagedconfigurationsforuserResource::get`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of
    /// `androidenterprise.managedconfigurationsforuser.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ManagedConfiguration, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::ManagedConfiguration;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.managedconfigurationsforuser.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/managedConfigurationsForUser",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.managedconfigurationsforuser.list`, made by
/// [`ManagedconfigurationsforuserResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Sends the request and waits for the answer of
    /// `androidenterprise.managedconfigurationsforuser.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ManagedConfigurationsForUserListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ManagedConfigurationsForUserListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.managedconfigurationsforuser.update",
    http_method: http::Method::PUT,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/managedConfigurationsForUser/{managedConfigurationForUserId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.managedconfigurationsforuser.update`, made by
/// [`ManagedconfigurationsforuserResource::update`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: Call,
}

impl UpdateCall {
    /// Sends the request and waits for the answer of
    /// `androidenterprise.managedconfigurationsforuser.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ManagedConfiguration, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::ManagedConfiguration;
    fn into_call(self) -> Call {
        self.call
    }
}
