//! The `mobiledevices` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MethodInfo, Pages,
};

/// The `mobiledevices` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct MobiledevicesResource {
    pub(crate) client: Client,
}

impl MobiledevicesResource {
    /// Takes an action that affects a mobile device. For example, remotely wiping a device.
    ///
    /// `POST admin/directory/v1/customer/{customerId}/devices/mobile/{resourceId}/action` (method
    /// id `directory.mobiledevices.action`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `resource_id`: The unique ID the API service uses to identify the mobile device.
    /// - `body`: the request body, a [`crate::schemas::MobileDeviceAction`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.mobile`
    /// - `https://www.googleapis.com/auth/admin.directory.device.mobile.action`
    #[inline]
    pub fn action(
        &self,
        customer_id: impl Into<String>,
        resource_id: impl Into<String>,
        body: crate::schemas::MobileDeviceAction,
    ) -> ActionCall {
        let mut call = Call::new(&self.client, &ACTION_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("resourceId", resource_id.into());
        call.json_body(&body);
        ActionCall { call }
    }

    /// Removes a mobile device.
    ///
    /// `DELETE admin/directory/v1/customer/{customerId}/devices/mobile/{resourceId}` (method id
    /// `directory.mobiledevices.delete`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `resource_id`: The unique ID the API service uses to identify the mobile device.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.mobile`
    #[inline]
    pub fn delete(
        &self,
        customer_id: impl Into<String>,
        resource_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("resourceId", resource_id.into());
        DeleteCall { call }
    }

    /// Retrieves a mobile device's properties.
    ///
    /// `GET admin/directory/v1/customer/{customerId}/devices/mobile/{resourceId}` (method id
    /// `directory.mobiledevices.get`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `resource_id`: The unique ID the API service uses to identify the mobile device.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.mobile`
    /// - `https://www.googleapis.com/auth/admin.directory.device.mobile.action`
    /// - `https://www.googleapis.com/auth/admin.directory.device.mobile.readonly`
    #[inline]
    pub fn get(
        &self,
        customer_id: impl Into<String>,
        resource_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("resourceId", resource_id.into());
        GetCall { call }
    }

    /// Retrieves a paginated list of all user-owned mobile devices for an account. To retrieve a
    /// list that includes company-owned devices, use the Cloud Identity [Devices
    /// API](https://cloud.google.com/identity/docs/concepts/overview-devices) instead. This method
    /// times out after 60 minutes. For more information, see [Troubleshoot error
    /// codes](https://developers.google.com/workspace/admin/directory/v1/guides/troubleshoot-error-codes).
    ///
    /// `GET admin/directory/v1/customer/{customerId}/devices/mobile` (method id
    /// `directory.mobiledevices.list`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.mobile`
    /// - `https://www.googleapis.com/auth/admin.directory.device.mobile.action`
    /// - `https://www.googleapis.com/auth/admin.directory.device.mobile.readonly`
    #[inline]
    pub fn list(&self, customer_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("customerId", customer_id.into());
        ListCall { call }
    }
}

static ACTION_METHOD: MethodInfo = MethodInfo {
    id: "directory.mobiledevices.action",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customerId}/devices/mobile/{resourceId}/action",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.device.mobile",
        "https://www.googleapis.com/auth/admin.directory.device.mobile.action",
    ],
    api_version: None,
};

/// A call of `directory.mobiledevices.action`, made by [`MobiledevicesResource::action`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ActionCall {
    call: Call,
}

impl ActionCall {
    /// Sends the request and waits for the answer of `directory.mobiledevices.action`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for ActionCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ActionCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.mobiledevices.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/customer/{customerId}/devices/mobile/{resourceId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.device.mobile"],
    api_version: None,
};

/// A call of `directory.mobiledevices.delete`, made by [`MobiledevicesResource::delete`]: set
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
    /// Sends the request and waits for the answer of `directory.mobiledevices.delete`.
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
    id: "directory.mobiledevices.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customerId}/devices/mobile/{resourceId}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.device.mobile",
        "https://www.googleapis.com/auth/admin.directory.device.mobile.action",
        "https://www.googleapis.com/auth/admin.directory.device.mobile.readonly",
    ],
    api_version: None,
};

/// A call of `directory.mobiledevices.get`, made by [`MobiledevicesResource::get`]: set
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
    /// Restrict information returned to a set of selected fields.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `directory.mobiledevices.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::MobileDevice, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::MobileDevice;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.mobiledevices.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customerId}/devices/mobile",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.device.mobile",
        "https://www.googleapis.com/auth/admin.directory.device.mobile.action",
        "https://www.googleapis.com/auth/admin.directory.device.mobile.readonly",
    ],
    api_version: None,
};

/// A call of `directory.mobiledevices.list`, made by [`MobiledevicesResource::list`]: set
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
    /// Maximum number of results to return. Max allowed value is 100.
    ///
    /// Optional parameter. Sent as `maxResults`. Server default: `100`.
    #[inline]
    pub fn max_results(mut self, value: i32) -> Self {
        self.call.query("maxResults", value.to_string());
        self
    }

    /// Device property to use for sorting results.
    ///
    /// Optional parameter. Sent as `orderBy`.
    #[inline]
    pub fn order_by(mut self, value: OrderBy) -> Self {
        self.call.query("orderBy", value.as_str().to_owned());
        self
    }

    /// Token to specify next page in the list
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Restrict information returned to a set of selected fields.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// Search string in the format given
    /// at <https://developers.google.com/workspace/admin/directory/v1/search-operators>
    ///
    /// Optional parameter. Sent as `query`.
    #[inline]
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.call.query("query", value.into());
        self
    }

    /// Whether to return results in ascending or descending order. Must be used with the `orderBy`
    /// parameter.
    ///
    /// Optional parameter. Sent as `sortOrder`.
    #[inline]
    pub fn sort_order(mut self, value: SortOrder) -> Self {
        self.call.query("sortOrder", value.as_str().to_owned());
        self
    }

    /// Every page of the list, as a stream of [`MobileDevices`](crate::schemas::MobileDevices): the
    /// call is sent, then sent again with `pageToken` set to each `nextPageToken` the server
    /// answers, every other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::MobileDevices> {
        self.call
            .pages::<
                crate::schemas::MobileDevices,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `mobiledevices` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `mobiledevices` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::MobileDevices, crate::schemas::MobileDevice> {
        self.call
            .items::<
                crate::schemas::MobileDevices,
                crate::schemas::MobileDevice,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.mobiledevices.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `directory.mobiledevices.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::MobileDevices, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::MobileDevices;
    fn into_call(self) -> Call {
        self.call
    }
}

/// Device property to use for sorting results.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OrderBy {
    /// The serial number for a Google Sync mobile device. For Android devices, this is a software
    /// generated unique identifier.
    ///
    /// `deviceId` on the wire.
    #[default]
    DeviceId,
    /// The device owner's email address.
    ///
    /// `email` on the wire.
    Email,
    /// Last policy settings sync date time of the device.
    ///
    /// `lastSync` on the wire.
    LastSync,
    /// The mobile device's model.
    ///
    /// `model` on the wire.
    Model,
    /// The device owner's user name.
    ///
    /// `name` on the wire.
    Name,
    /// The device's operating system.
    ///
    /// `os` on the wire.
    Os,
    /// The device status.
    ///
    /// `status` on the wire.
    Status,
    /// Type of the device.
    ///
    /// `type` on the wire.
    Type,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for OrderBy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeviceId => "deviceId",
            Self::Email => "email",
            Self::LastSync => "lastSync",
            Self::Model => "model",
            Self::Name => "name",
            Self::Os => "os",
            Self::Status => "status",
            Self::Type => "type",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "deviceId" => Self::DeviceId,
            "email" => Self::Email,
            "lastSync" => Self::LastSync,
            "model" => Self::Model,
            "name" => Self::Name,
            "os" => Self::Os,
            "status" => Self::Status,
            "type" => Self::Type,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(OrderBy);

/// Restrict information returned to a set of selected fields.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Projection {
    /// Includes only the basic metadata fields (e.g., deviceId, model, status, type, and status)
    ///
    /// `BASIC` on the wire.
    #[default]
    Basic,
    /// Includes all metadata fields
    ///
    /// `FULL` on the wire.
    Full,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for Projection {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::Full => "FULL",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "BASIC" => Self::Basic,
            "FULL" => Self::Full,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Projection);

/// Whether to return results in ascending or descending order. Must be used with the `orderBy`
/// parameter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SortOrder {
    /// Ascending order.
    ///
    /// `ASCENDING` on the wire.
    #[default]
    Ascending,
    /// Descending order.
    ///
    /// `DESCENDING` on the wire.
    Descending,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for SortOrder {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Ascending => "ASCENDING",
            Self::Descending => "DESCENDING",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ASCENDING" => Self::Ascending,
            "DESCENDING" => Self::Descending,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(SortOrder);
