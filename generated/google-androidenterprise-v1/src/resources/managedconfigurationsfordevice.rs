//! The `managedconfigurationsfordevice` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `managedconfigurationsfordevice` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ManagedconfigurationsfordeviceResource {
    pub(crate) client: Client,
}

impl ManagedconfigurationsfordeviceResource {
    /// Removes a per-device managed configuration for an app for the specified device.
    ///
    /// `DELETE
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/managedConfigurationsForDevice/{managedConfigurationForDeviceId}`
    /// (method id `androidenterprise.managedconfigurationsfordevice.delete`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `device_id`: The Android ID of the device.
    /// - `managed_configuration_for_device_id`: The ID of the managed configuration (a product
    ///   ID), e.g. "app:com.google.android.gm".
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn delete(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        device_id: impl Into<String>,
        managed_configuration_for_device_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("deviceId", device_id.into());
        call.path_param(
            "managedConfigurationForDeviceId",
            managed_configuration_for_device_id.into(),
        );
        DeleteCall { call }
    }

    /// Retrieves details of a per-device managed configuration.
    ///
    /// `GET
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/managedConfigurationsForDevice/{managedConfigurationForDeviceId}`
    /// (method id `androidenterprise.managedconfigurationsfordevice.get`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `device_id`: The Android ID of the device.
    /// - `managed_configuration_for_device_id`: The ID of the managed configuration (a product
    ///   ID), e.g. "app:com.google.android.gm".
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        device_id: impl Into<String>,
        managed_configuration_for_device_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("deviceId", device_id.into());
        call.path_param(
            "managedConfigurationForDeviceId",
            managed_configuration_for_device_id.into(),
        );
        GetCall { call }
    }

    /// Lists all the per-device managed configurations for the specified device. Only the ID is
    /// set.
    ///
    /// `GET
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/managedConfigurationsForDevice`
    /// (method id `androidenterprise.managedconfigurationsfordevice.list`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `device_id`: The Android ID of the device.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn list(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        device_id: impl Into<String>,
    ) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("deviceId", device_id.into());
        ListCall { call }
    }

    /// Adds or updates a per-device managed configuration for an app for the specified device.
    ///
    /// `PUT
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/managedConfigurationsForDevice/{managedConfigurationForDeviceId}`
    /// (method id `androidenterprise.managedconfigurationsfordevice.update`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `device_id`: The Android ID of the device.
    /// - `managed_configuration_for_device_id`: The ID of the managed configuration (a product
    ///   ID), e.g. "app:com.google.android.gm".
    /// - `body`: the request body, a [`crate::schemas::ManagedConfiguration`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn update(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        device_id: impl Into<String>,
        managed_configuration_for_device_id: impl Into<String>,
        body: crate::schemas::ManagedConfiguration,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("deviceId", device_id.into());
        call.path_param(
            "managedConfigurationForDeviceId",
            managed_configuration_for_device_id.into(),
        );
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.managedconfigurationsfordevice.delete",
    http_method: http::Method::DELETE,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/managedConfigurationsForDevice/{managedConfigurationForDeviceId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.managedconfigurationsfordevice.delete`, made by
/// [`ManagedconfigurationsfordeviceResource::delete`]: set optional parameters, then `send` it.
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
    /// `androidenterprise.managedconfigurationsfordevice.delete`.
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
    id: "androidenterprise.managedconfigurationsfordevice.get",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/managedConfigurationsForDevice/{managedConfigurationForDeviceId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.managedconfigurationsfordevice.get`, made by
/// [`ManagedconfigurationsfordeviceResource::get`]: set optional parameters, then `send` it.
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
    /// `androidenterprise.managedconfigurationsfordevice.get`.
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
    id: "androidenterprise.managedconfigurationsfordevice.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/managedConfigurationsForDevice",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.managedconfigurationsfordevice.list`, made by
/// [`ManagedconfigurationsfordeviceResource::list`]: set optional parameters, then `send` it.
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
    /// `androidenterprise.managedconfigurationsfordevice.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ManagedConfigurationsForDeviceListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ManagedConfigurationsForDeviceListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.managedconfigurationsfordevice.update",
    http_method: http::Method::PUT,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/managedConfigurationsForDevice/{managedConfigurationForDeviceId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.managedconfigurationsfordevice.update`, made by
/// [`ManagedconfigurationsfordeviceResource::update`]: set optional parameters, then `send` it.
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
    /// `androidenterprise.managedconfigurationsfordevice.update`.
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
