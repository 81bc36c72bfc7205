//! The `installs` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `installs` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct InstallsResource {
    pub(crate) client: Client,
}

impl InstallsResource {
    /// Requests to remove an app from a device. A call to get or list will still show the app as
    /// installed on the device until it is actually removed. A successful response indicates that a
    /// removal request has been sent to the device. The call will be considered successful even if
    /// the app is not present on the device (e.g. it was never installed, or was removed by the
    /// user).
    ///
    /// `DELETE
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/installs/{installId}`
    /// (method id `androidenterprise.installs.delete`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `device_id`: The Android ID of the device.
    /// - `install_id`: The ID of the product represented by the install, e.g.
    ///   "app:com.google.android.gm".
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn delete(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        device_id: impl Into<String>,
        install_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("deviceId", device_id.into());
        call.path_param("installId", install_id.into());
        DeleteCall { call }
    }

    /// Retrieves details of an installation of an app on a device.
    ///
    /// `GET
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/installs/{installId}`
    /// (method id `androidenterprise.installs.get`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `device_id`: The Android ID of the device.
    /// - `install_id`: The ID of the product represented by the install, e.g.
    ///   "app:com.google.android.gm".
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        device_id: impl Into<String>,
        install_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("deviceId", device_id.into());
        call.path_param("installId", install_id.into());
        GetCall { call }
    }

    /// Retrieves the details of all apps installed on the specified device.
    ///
    /// `GET
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/installs`
    /// (method id `androidenterprise.installs.list`)
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

    /// Requests to install the latest version of an app to a device. If the app is already
    /// installed, then it is updated to the latest version if necessary.
    ///
    /// `PUT
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/installs/{installId}`
    /// (method id `androidenterprise.installs.update`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `device_id`: The Android ID of the device.
    /// - `install_id`: The ID of the product represented by the install, e.g.
    ///   "app:com.google.android.gm".
    /// - `body`: the request body, a [`crate::schemas::Install`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn update(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        device_id: impl Into<String>,
        install_id: impl Into<String>,
        body: crate::schemas::Install,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("deviceId", device_id.into());
        call.path_param("installId", install_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.installs.delete",
    http_method: http::Method::DELETE,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/installs/{installId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.installs.delete`, made by [`InstallsResource::delete`]: set
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
    /// Sends the request and waits for the answer of `androidenterprise.installs.delete`.
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
    id: "androidenterprise.installs.get",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/installs/{installId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.installs.get`, made by [`InstallsResource::get`]: set optional
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
    /// Sends the request and waits for the answer of `androidenterprise.installs.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Install, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Install;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.installs.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/installs",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.installs.list`, made by [`InstallsResource::list`]: set
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
    /// Sends the request and waits for the answer of `androidenterprise.installs.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::InstallsListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::InstallsListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.installs.update",
    http_method: http::Method::PUT,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/installs/{installId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.installs.update`, made by [`InstallsResource::update`]: set
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
    /// Sends the request and waits for the answer of `androidenterprise.installs.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Install, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Install;
    fn into_call(self) -> Call {
        self.call
    }
}
