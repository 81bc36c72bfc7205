//! The `customer.devices.chromeos.commands` resource.
/// The `customer.devices.chromeos.commands` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct CommandsResource {
    pub(crate) client: crate::runtime::Client,
}
impl CommandsResource {
    /// Gets command data a specific command issued to the device.
    ///
    /// `GET admin/directory/v1/customer/{customerId}/devices/chromeos/{deviceId}/commands/{commandId}` (method id `admin.customer.devices.chromeos.commands.get`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: Immutable. ID of the Google Workspace account.
    /// - `device_id`: Immutable. ID of Chrome OS Device.
    /// - `command_id`: Immutable. ID of Chrome OS Device Command.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos`
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos.readonly`
    pub fn get(
        &self,
        customer_id: impl Into<String>,
        device_id: impl Into<String>,
        command_id: i64,
    ) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("deviceId", device_id.into());
        call.path_param("commandId", command_id.to_string());
        GetCall { call }
    }
}
static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "admin.customer.devices.chromeos.commands.get",
    http_method: crate::runtime::http::Method::GET,
    path: "admin/directory/v1/customer/{customerId}/devices/chromeos/{deviceId}/commands/{commandId}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.device.chromeos",
        "https://www.googleapis.com/auth/admin.directory.device.chromeos.readonly",
    ],
    api_version: None,
};
/// A call of `admin.customer.devices.chromeos.commands.get`, made by [`CommandsResource::get`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}
impl GetCall {
    /// Selector specifying which fields to include in a partial response.
    ///
    /// Standard parameter, accepted by every method. Sent as `fields`.
    pub fn fields(mut self, value: impl Into<String>) -> Self {
        self.call.query("fields", value.into());
        self
    }
    /// Returns response with indentations and line breaks.
    ///
    /// Standard parameter, accepted by every method. Sent as `prettyPrint`.
    pub fn pretty_print(mut self, value: bool) -> Self {
        self.call.query("prettyPrint", value.to_string());
        self
    }
    /// Available to use for quota purposes for server-side applications. Can be any arbitrary string assigned to a user, but should not exceed 40 characters.
    ///
    /// Standard parameter, accepted by every method. Sent as `quotaUser`.
    pub fn quota_user(mut self, value: impl Into<String>) -> Self {
        self.call.query("quotaUser", value.into());
        self
    }
    /// Asks the token provider for these OAuth scopes instead of the method's default (its
    /// first accepted scope, or the client's configured scopes). An empty list restores the
    /// default.
    pub fn scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.call.scopes(scopes);
        self
    }
    /// Adds a header to the request, for example `If-Match` with an entity tag; it
    /// replaces a header of the same name set on the client. Headers the runtime sets
    /// itself (`Authorization`, `Content-Type`, ...) are refused: `send` then fails
    /// before sending anything.
    pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<[u8]>) -> Self {
        self.call.header(name, value);
        self
    }
    /// Retries this call with `policy` instead of the client's retry policy.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }
    /// Sends the request and waits for the answer of `admin.customer.devices.chromeos.commands.get`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::DirectoryChromeosdevicesCommand, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::DirectoryChromeosdevicesCommand;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
