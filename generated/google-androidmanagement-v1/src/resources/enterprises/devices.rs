//! The `enterprises.devices` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MethodInfo, Pages, Poller,
};

pub mod operations;

/// The `enterprises.devices` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct DevicesResource {
    pub(crate) client: Client,
}

impl DevicesResource {
    /// The `enterprises.devices.operations` resource.
    pub fn operations(&self) -> operations::OperationsResource {
        operations::OperationsResource {
            client: self.client.clone(),
        }
    }

    /// Deletes a device. This operation attempts to wipe the device but this is not guaranteed to
    /// succeed if the device is offline for an extended period. Deleted devices do not show up in
    /// enterprises.devices.list calls and a 404 is returned from enterprises.devices.get.
    ///
    /// `DELETE v1/{+name}` (method id `androidmanagement.enterprises.devices.delete`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the device in the form
    ///   enterprises/{enterpriseId}/devices/{deviceId}. Must match
    ///   `^enterprises/[^/]+/devices/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn delete(&self, name: impl Into<String>) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/devices/[^/]+$");
        call.path_param("name", name);
        DeleteCall { call }
    }

    /// Gets a device. Deleted devices will respond with a 404 error.
    ///
    /// `GET v1/{+name}` (method id `androidmanagement.enterprises.devices.get`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the device in the form
    ///   enterprises/{enterpriseId}/devices/{deviceId}. Must match
    ///   `^enterprises/[^/]+/devices/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/devices/[^/]+$");
        call.path_param("name", name);
        GetCall { call }
    }

    /// Issues a command to a device. The Operation resource returned contains a Command in its
    /// metadata field. Use the get operation method to get the status of the command.
    ///
    /// `POST v1/{+name}:issueCommand` (method id
    /// `androidmanagement.enterprises.devices.issueCommand`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the device in the form
    ///   enterprises/{enterpriseId}/devices/{deviceId}. Must match
    ///   `^enterprises/[^/]+/devices/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::Command`].
    ///
    /// Answers with a long-running operation: `.poller().until_done().await` waits for its end.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn issue_command(
        &self,
        name: impl Into<String>,
        body: crate::schemas::Command,
    ) -> IssueCommandCall {
        let mut call = Call::new(&self.client, &ISSUE_COMMAND_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/devices/[^/]+$");
        call.path_param("name", name);
        call.json_body(&body);
        IssueCommandCall { call }
    }

    /// Lists devices for a given enterprise. Deleted devices are not returned in the response.
    ///
    /// `GET v1/{+parent}/devices` (method id `androidmanagement.enterprises.devices.list`)
    ///
    /// Arguments, in order:
    /// - `parent`: The name of the enterprise in the form enterprises/{enterpriseId}. Must match
    ///   `^enterprises/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn list(&self, parent: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^enterprises/[^/]+$");
        call.path_param("parent", parent);
        ListCall { call }
    }

    /// Updates a device.
    ///
    /// `PATCH v1/{+name}` (method id `androidmanagement.enterprises.devices.patch`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the device in the form
    ///   enterprises/{enterpriseId}/devices/{deviceId}. Must match
    ///   `^enterprises/[^/]+/devices/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::Device`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn patch(
        &self,
        name: impl Into<String>,
        body: crate::schemas::Device,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/devices/[^/]+$");
        call.path_param("name", name);
        call.json_body(&body);
        PatchCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.devices.delete",
    http_method: http::Method::DELETE,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.devices.delete`, made by
/// [`DevicesResource::delete`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Optional flags that control the device wiping behavior.
    ///
    /// Optional parameter. Sent as `wipeDataFlags`, once per value.
    #[inline]
    pub fn wipe_data_flags(
        mut self,
        value: impl IntoIterator<Item = WipeDataFlags>,
    ) -> Self {
        self.call
            .query_repeated(
                "wipeDataFlags",
                value.into_iter().map(|v| v.as_str().to_owned()),
            );
        self
    }

    /// Optional. A short message displayed to the user before wiping the work profile on personal
    /// devices. This has no effect on company owned devices. The maximum message length is 200
    /// characters.
    ///
    /// Optional parameter. Sent as `wipeReasonMessage`.
    #[inline]
    pub fn wipe_reason_message(mut self, value: impl Into<String>) -> Self {
        self.call.query("wipeReasonMessage", value.into());
        self
    }

    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.devices.delete`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Empty, Error> {
        self.call.send().await
    }
}

impl CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DeleteCall {
    type Response = crate::schemas::Empty;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.devices.get",
    http_method: http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.devices.get`, made by [`DevicesResource::get`]: set
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
    /// Sends the request and waits for the answer of `androidmanagement.enterprises.devices.get`.
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

static ISSUE_COMMAND_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.devices.issueCommand",
    http_method: http::Method::POST,
    path: "v1/{+name}:issueCommand",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.devices.issueCommand`, made by
/// [`DevicesResource::issue_command`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct IssueCommandCall {
    call: Call,
}

impl IssueCommandCall {
    /// Sends the call and follows the long-running operation it starts: `.until_done().await`
    /// returns the operation once it is done, or
    /// [`Error::Operation`]
    /// with Google's code, message and details if it failed; `.states()` streams every state.
    /// It asks with `androidmanagement.enterprises.devices.operations.get`.
    #[inline]
    pub fn poller(self) -> Poller<crate::schemas::Operation> {
        Poller::new(self.call, &crate::operations::OPERATION_SHAPE)
    }

    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.devices.issueCommand`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Operation, Error> {
        self.call.send().await
    }
}

impl CallOptions for IssueCommandCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for IssueCommandCall {
    type Response = crate::schemas::Operation;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.devices.list",
    http_method: http::Method::GET,
    path: "v1/{+parent}/devices",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.devices.list`, made by [`DevicesResource::list`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// The requested page size. If unspecified, at most 10 devices will be returned. The maximum
    /// value is 100; values above 100 will be coerced to 100. The limits can change over time.
    ///
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// A token identifying a page of results returned by the server.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListDevicesResponse`](crate::schemas::ListDevicesResponse): the call is sent, then sent
    /// again with `pageToken` set to each `nextPageToken` the server answers, every other parameter
    /// as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListDevicesResponse> {
        self.call
            .pages::<
                crate::schemas::ListDevicesResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `devices` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `devices` adds nothing;
    /// an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListDevicesResponse, crate::schemas::Device> {
        self.call
            .items::<
                crate::schemas::ListDevicesResponse,
                crate::schemas::Device,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.devices.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `androidmanagement.enterprises.devices.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListDevicesResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListDevicesResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.devices.patch",
    http_method: http::Method::PATCH,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.devices.patch`, made by [`DevicesResource::patch`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: Call,
}

impl PatchCall {
    /// The field mask indicating the fields to update. If not set, all modifiable fields will be
    /// modified.
    ///
    /// Optional parameter. Sent as `updateMask`.
    #[inline]
    pub fn update_mask(mut self, value: impl Into<String>) -> Self {
        self.call.query("updateMask", value.into());
        self
    }

    /// Sends the request and waits for the answer of `androidmanagement.enterprises.devices.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Device, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Device;
    fn into_call(self) -> Call {
        self.call
    }
}

/// Optional flags that control the device wiping behavior.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum WipeDataFlags {
    /// This value is ignored.
    ///
    /// `WIPE_DATA_FLAG_UNSPECIFIED` on the wire.
    #[default]
    WipeDataFlagUnspecified,
    /// Preserve the factory reset protection data on the device.
    ///
    /// `PRESERVE_RESET_PROTECTION_DATA` on the wire.
    PreserveResetProtectionData,
    /// Additionally wipe the device's external storage (such as SD cards).
    ///
    /// `WIPE_EXTERNAL_STORAGE` on the wire.
    WipeExternalStorage,
    /// For company-owned devices, this removes all eSIMs from the device when the device is wiped.
    /// In personally-owned devices, this will remove managed eSIMs (eSIMs which are added via the
    /// ADD_ESIM command) on the devices and no personally owned eSIMs will be removed. For devices
    /// running on Android 16 or higher, managed eSIMs are always wiped when work profile is removed
    /// for personally-owned devices, whether this flag is provided or not.
    ///
    /// `WIPE_ESIMS` on the wire.
    WipeEsims,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for WipeDataFlags {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::WipeDataFlagUnspecified => "WIPE_DATA_FLAG_UNSPECIFIED",
            Self::PreserveResetProtectionData => "PRESERVE_RESET_PROTECTION_DATA",
            Self::WipeExternalStorage => "WIPE_EXTERNAL_STORAGE",
            Self::WipeEsims => "WIPE_ESIMS",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "WIPE_DATA_FLAG_UNSPECIFIED" => Self::WipeDataFlagUnspecified,
            "PRESERVE_RESET_PROTECTION_DATA" => Self::PreserveResetProtectionData,
            "WIPE_EXTERNAL_STORAGE" => Self::WipeExternalStorage,
            "WIPE_ESIMS" => Self::WipeEsims,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(WipeDataFlags);
