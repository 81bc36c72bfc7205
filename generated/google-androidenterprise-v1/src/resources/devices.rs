//! The `devices` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `devices` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct DevicesResource {
    pub(crate) client: Client,
}

impl DevicesResource {
    /// Uploads a report containing any changes in app states on the device since the last report
    /// was generated. You can call this method up to 3 times every 24 hours for a given device. If
    /// you exceed the quota, then the Google Play EMM API returns HTTP 429 Too Many Requests.
    ///
    /// `POST
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/forceReportUpload`
    /// (method id `androidenterprise.devices.forceReportUpload`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `device_id`: The ID of the device.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn force_report_upload(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        device_id: impl Into<String>,
    ) -> ForceReportUploadCall {
        let mut call = Call::new(&self.client, &FORCE_REPORT_UPLOAD_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("deviceId", device_id.into());
        ForceReportUploadCall { call }
    }

    /// Retrieves the details of a device.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}`
    /// (method id `androidenterprise.devices.get`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `device_id`: The ID of the device.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        device_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("deviceId", device_id.into());
        GetCall { call }
    }

    /// Checks if a device can access Google apps and services for a user. Returns whether access is
    /// "enabled" or "disabled". A "disabled" state prevents the user's Managed Google Account on
    /// the device from successfully authenticating with Google. This blocks access to most Google
    /// applications and services, including Google Play, as the device cannot prove its entitlement
    /// to access them. New devices default to "disabled". Important: Enforcement of this state
    /// depends on the following conditions: * The user must be a managed google account. * The
    /// enterprise must be a managed google domain. * Third-party Android mobile management must be
    /// active in the Google Admin Console for the user's Organizational Unit. If these conditions
    /// aren't met, access may still be possible even in a "disabled" state.
    ///
    /// `GET
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/state`
    /// (method id `androidenterprise.devices.getState`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `device_id`: The ID of the device.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get_state(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        device_id: impl Into<String>,
    ) -> GetStateCall {
        let mut call = Call::new(&self.client, &GET_STATE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("deviceId", device_id.into());
        GetStateCall { call }
    }

    /// Retrieves the IDs of all of a user's devices.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices` (method id
    /// `androidenterprise.devices.list`)
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

    /// Sets whether a device's access to Google services (including Google Play) is enabled or
    /// disabled for the specified user. Setting the state to "enabled" allows the Google Account to
    /// access Google services, while "disabled" blocks access by preventing OAuth token issuance.
    /// Preconditions for Enforcement: 1. This setting is only effective for Google-managed
    /// users. 2. The enterprise must be linked to a Google Managed Domain. 3. Enforcement requires
    /// third-party Android mobile management to be enabled within the Google Admin Console for the
    /// user's Organizational Unit. If these preconditions are not met, changes to this state may be
    /// ignored.
    ///
    /// `PUT
    /// androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/state`
    /// (method id `androidenterprise.devices.setState`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `device_id`: The ID of the device.
    /// - `body`: the request body, a [`crate::schemas::DeviceState`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn set_state(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        device_id: impl Into<String>,
        body: crate::schemas::DeviceState,
    ) -> SetStateCall {
        let mut call = Call::new(&self.client, &SET_STATE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("deviceId", device_id.into());
        call.json_body(&body);
        SetStateCall { call }
    }

    /// Updates the device policy. To ensure the policy is properly enforced, you need to prevent
    /// unmanaged accounts from accessing Google Play by setting the allowed_accounts in the managed
    /// configuration for the Google Play package. See restrict accounts in Google Play. When
    /// provisioning a new device, you should set the device policy using this method before adding
    /// the managed Google Play Account to the device, otherwise the policy will not be applied for
    /// a short period of time after adding the account to the device.
    ///
    /// `PUT androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}`
    /// (method id `androidenterprise.devices.update`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `user_id`: The ID of the user.
    /// - `device_id`: The ID of the device.
    /// - `body`: the request body, a [`crate::schemas::Device`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn update(
        &self,
        enterprise_id: impl Into<String>,
        user_id: impl Into<String>,
        device_id: impl Into<String>,
        body: crate::schemas::Device,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("userId", user_id.into());
        call.path_param("deviceId", device_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static FORCE_REPORT_UPLOAD_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.devices.forceReportUpload",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/forceReportUpload",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.devices.forceReportUpload`, made by
/// [`DevicesResource::force_report_upload`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ForceReportUploadCall {
    call: Call,
}

impl ForceReportUploadCall {
    /// Sends the request and waits for the answer of `androidenterprise.devices.forceReportUpload`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for ForceReportUploadCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ForceReportUploadCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.devices.get",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.devices.get`, made by [`DevicesResource::get`]: set optional
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
    /// Sends the request and waits for the answer of `androidenterprise.devices.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Device, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Device;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_STATE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.devices.getState",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/state",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.devices.getState`, made by [`DevicesResource::get_state`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetStateCall {
    call: Call,
}

impl GetStateCall {
    /// Sends the request and waits for the answer of `androidenterprise.devices.getState`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::DeviceState, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetStateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetStateCall {
    type Response = crate::schemas::DeviceState;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.devices.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.devices.list`, made by [`DevicesResource::list`]: set optional
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
    /// Sends the request and waits for the answer of `androidenterprise.devices.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::DevicesListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::DevicesListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static SET_STATE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.devices.setState",
    http_method: http::Method::PUT,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}/state",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.devices.setState`, made by [`DevicesResource::set_state`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct SetStateCall {
    call: Call,
}

impl SetStateCall {
    /// Sends the request and waits for the answer of `androidenterprise.devices.setState`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::DeviceState, Error> {
        self.call.send().await
    }
}

impl CallOptions for SetStateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for SetStateCall {
    type Response = crate::schemas::DeviceState;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.devices.update",
    http_method: http::Method::PUT,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/users/{userId}/devices/{deviceId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.devices.update`, made by [`DevicesResource::update`]: set
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
    /// Mask that identifies which fields to update. If not set, all modifiable fields will be
    /// modified. When set in a query parameter, this field should be specified as
    /// updateMask=&lt;field1&gt;,&lt;field2&gt;,...
    ///
    /// Optional parameter. Sent as `updateMask`.
    #[inline]
    pub fn update_mask(mut self, value: impl Into<String>) -> Self {
        self.call.query("updateMask", value.into());
        self
    }

    /// Sends the request and waits for the answer of `androidenterprise.devices.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Device, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Device;
    fn into_call(self) -> Call {
        self.call
    }
}
