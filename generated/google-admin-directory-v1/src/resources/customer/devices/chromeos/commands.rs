//! The `customer.devices.chromeos.commands` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `customer.devices.chromeos.commands` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct CommandsResource {
    pub(crate) client: Client,
}

impl CommandsResource {
    /// Gets command data a specific command issued to the device.
    ///
    /// `GET
    /// admin/directory/v1/customer/{customerId}/devices/chromeos/{deviceId}/commands/{commandId}`
    /// (method id `admin.customer.devices.chromeos.commands.get`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: Immutable. ID of the Google Workspace account.
    /// - `device_id`: Immutable. ID of Chrome OS Device.
    /// - `command_id`: Immutable. ID of Chrome OS Device Command.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos`
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos.readonly`
    #[inline]
    pub fn get(
        &self,
        customer_id: impl Into<String>,
        device_id: impl Into<String>,
        command_id: i64,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("deviceId", device_id.into());
        call.path_param("commandId", command_id.to_string());
        GetCall { call }
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "admin.customer.devices.chromeos.commands.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customerId}/devices/chromeos/{deviceId}/commands/{commandId}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.device.chromeos",
        "https://www.googleapis.com/auth/admin.directory.device.chromeos.readonly",
    ],
    api_version: None,
};

/// A call of `admin.customer.devices.chromeos.commands.get`, made by [`CommandsResource::get`]:
/// set optional parameters, then `send` it.
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
    /// `admin.customer.devices.chromeos.commands.get`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::DirectoryChromeosdevicesCommand, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::DirectoryChromeosdevicesCommand;
    fn into_call(self) -> Call {
        self.call
    }
}
