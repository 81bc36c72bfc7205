//! The `chromeosdevices` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MethodInfo, Pages,
};

/// The `chromeosdevices` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ChromeosdevicesResource {
    pub(crate) client: Client,
}

impl ChromeosdevicesResource {
    /// Use
    /// [BatchChangeChromeOsDeviceStatus](https://developers.google.com/workspace/admin/directory/reference/rest/v1/customer.devices.chromeos/batchChangeStatus)
    /// instead. Takes an action that affects a Chrome OS Device. This includes deprovisioning,
    /// disabling, and re-enabling devices. *Warning:* * Deprovisioning a device will stop device
    /// policy syncing and remove device-level printers. After a device is deprovisioned, it must be
    /// wiped before it can be re-enrolled. * Lost or stolen devices should use the disable
    /// action. * Re-enabling a disabled device will consume a device license. If you do not have
    /// sufficient licenses available when completing the re-enable action, you will receive an
    /// error. For more information about deprovisioning and disabling devices, visit the [help
    /// center](https://support.google.com/chrome/a/answer/3523633).
    ///
    /// `POST admin/directory/v1/customer/{customerId}/devices/chromeos/{resourceId}/action` (method
    /// id `directory.chromeosdevices.action`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `resource_id`: The unique ID of the device. The `resourceId`s are returned in the
    ///   response from the
    /// - `body`: the request body, a [`crate::schemas::ChromeOsDeviceAction`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos`
    #[deprecated]
    #[inline]
    pub fn action(
        &self,
        customer_id: impl Into<String>,
        resource_id: impl Into<String>,
        body: crate::schemas::ChromeOsDeviceAction,
    ) -> ActionCall {
        let mut call = Call::new(&self.client, &ACTION_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("resourceId", resource_id.into());
        call.json_body(&body);
        ActionCall { call }
    }

    /// Retrieves a Chrome OS device's properties.
    ///
    /// `GET admin/directory/v1/customer/{customerId}/devices/chromeos/{deviceId}` (method id
    /// `directory.chromeosdevices.get`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `device_id`: The unique ID of the device. The `deviceId`s are returned in the response
    ///   from the
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos`
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos.readonly`
    #[inline]
    pub fn get(
        &self,
        customer_id: impl Into<String>,
        device_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("deviceId", device_id.into());
        GetCall { call }
    }

    /// Retrieves a paginated list of Chrome OS devices within an account.
    ///
    /// `GET admin/directory/v1/customer/{customerId}/devices/chromeos` (method id
    /// `directory.chromeosdevices.list`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos`
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos.readonly`
    #[inline]
    pub fn list(&self, customer_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("customerId", customer_id.into());
        ListCall { call }
    }

    /// Moves or inserts multiple Chrome OS devices to an organizational unit. You can move up to 50
    /// devices at once.
    ///
    /// `POST admin/directory/v1/customer/{customerId}/devices/chromeos/moveDevicesToOu` (method id
    /// `directory.chromeosdevices.moveDevicesToOu`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: Immutable. ID of the Google Workspace account
    /// - `org_unit_path`: Full path of the target organizational unit or its ID
    /// - `body`: the request body, a [`crate::schemas::ChromeOsMoveDevicesToOu`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos`
    #[inline]
    pub fn move_devices_to_ou(
        &self,
        customer_id: impl Into<String>,
        org_unit_path: impl Into<String>,
        body: crate::schemas::ChromeOsMoveDevicesToOu,
    ) -> MoveDevicesToOuCall {
        let mut call = Call::new(&self.client, &MOVE_DEVICES_TO_OU_METHOD);
        call.path_param("customerId", customer_id.into());
        call.query("orgUnitPath", org_unit_path.into());
        call.json_body(&body);
        MoveDevicesToOuCall { call }
    }

    /// Updates a device's updatable properties, such as `annotatedUser`, `annotatedLocation`,
    /// `notes`, `orgUnitPath`, or `annotatedAssetId`. This method supports [patch
    /// semantics](https://developers.google.com/workspace/admin/directory/v1/guides/performance#patch).
    ///
    /// `PATCH admin/directory/v1/customer/{customerId}/devices/chromeos/{deviceId}` (method id
    /// `directory.chromeosdevices.patch`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `device_id`: The unique ID of the device. The `deviceId`s are returned in the response
    ///   from the
    /// - `body`: the request body, a [`crate::schemas::ChromeOsDevice`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos`
    #[inline]
    pub fn patch(
        &self,
        customer_id: impl Into<String>,
        device_id: impl Into<String>,
        body: crate::schemas::ChromeOsDevice,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("deviceId", device_id.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates a device's updatable properties, such as `annotatedUser`, `annotatedLocation`,
    /// `notes`, `orgUnitPath`, or `annotatedAssetId`.
    ///
    /// `PUT admin/directory/v1/customer/{customerId}/devices/chromeos/{deviceId}` (method id
    /// `directory.chromeosdevices.update`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `device_id`: The unique ID of the device. The `deviceId`s are returned in the response
    ///   from the
    /// - `body`: the request body, a [`crate::schemas::ChromeOsDevice`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.device.chromeos`
    #[inline]
    pub fn update(
        &self,
        customer_id: impl Into<String>,
        device_id: impl Into<String>,
        body: crate::schemas::ChromeOsDevice,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("deviceId", device_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static ACTION_METHOD: MethodInfo = MethodInfo {
    id: "directory.chromeosdevices.action",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customerId}/devices/chromeos/{resourceId}/action",
    scopes: &["https://www.googleapis.com/auth/admin.directory.device.chromeos"],
    api_version: None,
};

/// A call of `directory.chromeosdevices.action`, made by [`ChromeosdevicesResource::action`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ActionCall {
    call: Call,
}

impl ActionCall {
    /// Sends the request and waits for the answer of `directory.chromeosdevices.action`.
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

static GET_METHOD: MethodInfo = MethodInfo {
    id: "directory.chromeosdevices.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customerId}/devices/chromeos/{deviceId}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.device.chromeos",
        "https://www.googleapis.com/auth/admin.directory.device.chromeos.readonly",
    ],
    api_version: None,
};

/// A call of `directory.chromeosdevices.get`, made by [`ChromeosdevicesResource::get`]: set
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
    /// Determines whether the response contains the full list of properties or only a subset.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `directory.chromeosdevices.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ChromeOsDevice, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::ChromeOsDevice;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.chromeosdevices.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customerId}/devices/chromeos",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.device.chromeos",
        "https://www.googleapis.com/auth/admin.directory.device.chromeos.readonly",
    ],
    api_version: None,
};

/// A call of `directory.chromeosdevices.list`, made by [`ChromeosdevicesResource::list`]: set
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
    /// Return devices from all child orgunits, as well as the specified org unit. If this is set to
    /// true, 'orgUnitPath' must be provided.
    ///
    /// Optional parameter. Sent as `includeChildOrgunits`.
    #[inline]
    pub fn include_child_orgunits(mut self, value: bool) -> Self {
        self.call.query("includeChildOrgunits", value.to_string());
        self
    }

    /// Maximum number of results to return. Value should not exceed 300.
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

    /// The full path of the organizational unit (minus the leading `/`) or its unique ID.
    ///
    /// Optional parameter. Sent as `orgUnitPath`.
    #[inline]
    pub fn org_unit_path(mut self, value: impl Into<String>) -> Self {
        self.call.query("orgUnitPath", value.into());
        self
    }

    /// The `pageToken` query parameter is used to request the next page of query results. The
    /// follow-on request's `pageToken` query parameter is the `nextPageToken` from your previous
    /// response.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Determines whether the response contains the full list of properties or only a subset.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// Search string in the format given at [List query
    /// operators](https://developers.google.com/workspace/admin/directory/v1/list-query-operators).
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

    /// Every page of the list, as a stream of [`ChromeOsDevices`](crate::schemas::ChromeOsDevices):
    /// the call is sent, then sent again with `pageToken` set to each `nextPageToken` the server
    /// answers, every other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ChromeOsDevices> {
        self.call
            .pages::<
                crate::schemas::ChromeOsDevices,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `chromeosdevices` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `chromeosdevices` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ChromeOsDevices, crate::schemas::ChromeOsDevice> {
        self.call
            .items::<
                crate::schemas::ChromeOsDevices,
                crate::schemas::ChromeOsDevice,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.chromeosdevices.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `directory.chromeosdevices.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ChromeOsDevices, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ChromeOsDevices;
    fn into_call(self) -> Call {
        self.call
    }
}

static MOVE_DEVICES_TO_OU_METHOD: MethodInfo = MethodInfo {
    id: "directory.chromeosdevices.moveDevicesToOu",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customerId}/devices/chromeos/moveDevicesToOu",
    scopes: &["https://www.googleapis.com/auth/admin.directory.device.chromeos"],
    api_version: None,
};

/// A call of `directory.chromeosdevices.moveDevicesToOu`, made by
/// [`ChromeosdevicesResource::move_devices_to_ou`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct MoveDevicesToOuCall {
    call: Call,
}

impl MoveDevicesToOuCall {
    /// Sends the request and waits for the answer of `directory.chromeosdevices.moveDevicesToOu`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for MoveDevicesToOuCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for MoveDevicesToOuCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.chromeosdevices.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/customer/{customerId}/devices/chromeos/{deviceId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.device.chromeos"],
    api_version: None,
};

/// A call of `directory.chromeosdevices.patch`, made by [`ChromeosdevicesResource::patch`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: Call,
}

impl PatchCall {
    /// Determines whether the response contains the full list of properties or only a subset.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `directory.chromeosdevices.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ChromeOsDevice, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::ChromeOsDevice;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.chromeosdevices.update",
    http_method: http::Method::PUT,
    path: "admin/directory/v1/customer/{customerId}/devices/chromeos/{deviceId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.device.chromeos"],
    api_version: None,
};

/// A call of `directory.chromeosdevices.update`, made by [`ChromeosdevicesResource::update`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: Call,
}

impl UpdateCall {
    /// Determines whether the response contains the full list of properties or only a subset.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `directory.chromeosdevices.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ChromeOsDevice, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::ChromeOsDevice;
    fn into_call(self) -> Call {
        self.call
    }
}

/// Device property to use for sorting results.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OrderBy {
    /// Chrome device location as annotated by the administrator.
    ///
    /// `annotatedLocation` on the wire.
    #[default]
    AnnotatedLocation,
    /// Chromebook user as annotated by administrator.
    ///
    /// `annotatedUser` on the wire.
    AnnotatedUser,
    /// The date and time the Chrome device was last synchronized with the policy settings in the
    /// Admin console.
    ///
    /// `lastSync` on the wire.
    LastSync,
    /// Chrome device notes as annotated by the administrator.
    ///
    /// `notes` on the wire.
    Notes,
    /// The Chrome device serial number entered when the device was enabled.
    ///
    /// `serialNumber` on the wire.
    SerialNumber,
    /// Chrome device status. For more information, see the &lt;a
    /// [chromeosdevices](https://developers.google.com/workspace/admin/directory/v1/reference/chromeosdevices.html).
    ///
    /// `status` on the wire.
    Status,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for OrderBy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AnnotatedLocation => "annotatedLocation",
            Self::AnnotatedUser => "annotatedUser",
            Self::LastSync => "lastSync",
            Self::Notes => "notes",
            Self::SerialNumber => "serialNumber",
            Self::Status => "status",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "annotatedLocation" => Self::AnnotatedLocation,
            "annotatedUser" => Self::AnnotatedUser,
            "lastSync" => Self::LastSync,
            "notes" => Self::Notes,
            "serialNumber" => Self::SerialNumber,
            "status" => Self::Status,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(OrderBy);

/// Determines whether the response contains the full list of properties or only a subset.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Projection {
    /// Includes only the basic metadata fields (e.g., deviceId, serialNumber, status, and user)
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
