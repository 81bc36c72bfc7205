//! The `customer.devices.chromeos` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};
pub mod commands;

/// The `customer.devices.chromeos` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ChromeosResource {
    pub(crate) client: Client,
}

impl ChromeosResource {
    /// The `customer.devices.chromeos.commands` resource.
    pub fn commands(&self) -> commands::CommandsResource {
        commands::CommandsResource {
            client: self.client.clone(),
        }
    }

    /// Changes the status of a batch of ChromeOS devices. For more information about changing a
    /// ChromeOS device state [Repair, repurpose, or retire ChromeOS
    /// devices](https://support.google.com/chrome/a/answer/3523633).
    ///
    /// `POST admin/directory/v1/customer/{customerId}/devices/chromeos:batchChangeStatus` (method
    /// id `admin.customer.devices.chromeos.batchChangeStatus`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: Required. Immutable ID of the Google Workspace account.
    /// - `body`: the request body, a [`crate::schemas::BatchChangeChromeOsDeviceStatusRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos`
    #[inline]
    pub fn batch_change_status(
        &self,
        customer_id: impl Into<String>,
        body: crate::schemas::BatchChangeChromeOsDeviceStatusRequest,
    ) -> BatchChangeStatusCall {
        let mut call = Call::new(&self.client, &BATCH_CHANGE_STATUS_METHOD);
        call.path_param("customerId", customer_id.into());
        call.json_body(&body);
        BatchChangeStatusCall { call }
    }

    /// Counts ChromeOS devices matching the request.
    ///
    /// `GET admin/directory/v1/customer/{customerId}/devices/chromeos:countChromeOsDevices` (method
    /// id `admin.customer.devices.chromeos.countChromeOsDevices`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: Required. Immutable ID of the Google Workspace account.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos`
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos.readonly`
    #[inline]
    pub fn count_chrome_os_devices(
        &self,
        customer_id: impl Into<String>,
    ) -> CountChromeOsDevicesCall {
        let mut call = Call::new(&self.client, &COUNT_CHROME_OS_DEVICES_METHOD);
        call.path_param("customerId", customer_id.into());
        CountChromeOsDevicesCall { call }
    }

    /// Issues a command for the device to execute.
    ///
    /// `POST admin/directory/v1/customer/{customerId}/devices/chromeos/{deviceId}:issueCommand`
    /// (method id `admin.customer.devices.chromeos.issueCommand`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: Immutable. ID of the Google Workspace account.
    /// - `device_id`: Immutable. ID of Chrome OS Device.
    /// - `body`: the request body, a
    ///   [`crate::schemas::DirectoryChromeosdevicesIssueCommandRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos`
    #[inline]
    pub fn issue_command(
        &self,
        customer_id: impl Into<String>,
        device_id: impl Into<String>,
        body: crate::schemas::DirectoryChromeosdevicesIssueCommandRequest,
    ) -> IssueCommandCall {
        let mut call = Call::new(&self.client, &ISSUE_COMMAND_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("deviceId", device_id.into());
        call.json_body(&body);
        IssueCommandCall { call }
    }
}

static BATCH_CHANGE_STATUS_METHOD: MethodInfo = MethodInfo {
    id: "admin.customer.devices.chromeos.batchChangeStatus",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customerId}/devices/chromeos:batchChangeStatus",
    scopes: &["https://www.googleapis.com/auth/admin.directory.device.chromeos"],
    api_version: None,
};

/// A call of `admin.customer.devices.chromeos.batchChangeStatus`, made by
/// [`ChromeosResource::batch_change_status`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct BatchChangeStatusCall {
    call: Call,
}

impl BatchChangeStatusCall {
    /// Sends the request and waits for the answer of
    /// `admin.customer.devices.chromeos.batchChangeStatus`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::BatchChangeChromeOsDeviceStatusResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for BatchChangeStatusCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for BatchChangeStatusCall {
    type Response = crate::schemas::BatchChangeChromeOsDeviceStatusResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static COUNT_CHROME_OS_DEVICES_METHOD: MethodInfo = MethodInfo {
    id: "admin.customer.devices.chromeos.countChromeOsDevices",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customerId}/devices/chromeos:countChromeOsDevices",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.device.chromeos",
        "https://www.googleapis.com/auth/admin.directory.device.chromeos.readonly",
    ],
    api_version: None,
};

/// A call of `admin.customer.devices.chromeos.countChromeOsDevices`, made by
/// [`ChromeosResource::count_chrome_os_devices`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CountChromeOsDevicesCall {
    call: Call,
}

impl CountChromeOsDevicesCall {
    /// Optional. Search string in the format given at [List query
    /// operators](https://developers.google.com/workspace/admin/directory/v1/list-query-operators).
    ///
    /// Optional parameter. Sent as `filter`.
    #[inline]
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.call.query("filter", value.into());
        self
    }

    /// Optional. Return devices from all child orgunits, as well as the specified org unit. If this
    /// is set to true, 'orgUnitPath' must be provided.
    ///
    /// Optional parameter. Sent as `includeChildOrgunits`.
    #[inline]
    pub fn include_child_orgunits(mut self, value: bool) -> Self {
        self.call.query("includeChildOrgunits", value.to_string());
        self
    }

    /// Optional. The full path of the organizational unit (minus the leading `/`) or its unique ID.
    ///
    /// Optional parameter. Sent as `orgUnitPath`.
    #[inline]
    pub fn org_unit_path(mut self, value: impl Into<String>) -> Self {
        self.call.query("orgUnitPath", value.into());
        self
    }

    /// Sends the request and waits for the answer of
    /// `admin.customer.devices.chromeos.countChromeOsDevices`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::CountChromeOsDevicesResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for CountChromeOsDevicesCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CountChromeOsDevicesCall {
    type Response = crate::schemas::CountChromeOsDevicesResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static ISSUE_COMMAND_METHOD: MethodInfo = MethodInfo {
    id: "admin.customer.devices.chromeos.issueCommand",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customerId}/devices/chromeos/{deviceId}:issueCommand",
    scopes: &["https://www.googleapis.com/auth/admin.directory.device.chromeos"],
    api_version: None,
};

/// A call of `admin.customer.devices.chromeos.issueCommand`, made by
/// [`ChromeosResource::issue_command`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct IssueCommandCall {
    call: Call,
}

impl IssueCommandCall {
    /// Sends the request and waits for the answer of
    /// `admin.customer.devices.chromeos.issueCommand`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::DirectoryChromeosdevicesIssueCommandResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for IssueCommandCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for IssueCommandCall {
    type Response = crate::schemas::DirectoryChromeosdevicesIssueCommandResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
