//! The `resources.buildings` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MethodInfo, Pages,
};

/// The `resources.buildings` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct BuildingsResource {
    pub(crate) client: Client,
}

impl BuildingsResource {
    /// Deletes a building.
    ///
    /// `DELETE admin/directory/v1/customer/{customer}/resources/buildings/{buildingId}` (method id
    /// `directory.resources.buildings.delete`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `building_id`: The id of the building to delete.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn delete(
        &self,
        customer: impl Into<String>,
        building_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("buildingId", building_id.into());
        DeleteCall { call }
    }

    /// Retrieves a building.
    ///
    /// `GET admin/directory/v1/customer/{customer}/resources/buildings/{buildingId}` (method id
    /// `directory.resources.buildings.get`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `building_id`: The unique ID of the building to retrieve.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar.readonly`
    #[inline]
    pub fn get(
        &self,
        customer: impl Into<String>,
        building_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("buildingId", building_id.into());
        GetCall { call }
    }

    /// Inserts a building.
    ///
    /// `POST admin/directory/v1/customer/{customer}/resources/buildings` (method id
    /// `directory.resources.buildings.insert`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `body`: the request body, a [`crate::schemas::Building`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn insert(
        &self,
        customer: impl Into<String>,
        body: crate::schemas::Building,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("customer", customer.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves a list of buildings for an account.
    ///
    /// `GET admin/directory/v1/customer/{customer}/resources/buildings` (method id
    /// `directory.resources.buildings.list`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar.readonly`
    #[inline]
    pub fn list(&self, customer: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("customer", customer.into());
        ListCall { call }
    }

    /// Patches a building.
    ///
    /// `PATCH admin/directory/v1/customer/{customer}/resources/buildings/{buildingId}` (method id
    /// `directory.resources.buildings.patch`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `building_id`: The id of the building to update.
    /// - `body`: the request body, a [`crate::schemas::Building`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn patch(
        &self,
        customer: impl Into<String>,
        building_id: impl Into<String>,
        body: crate::schemas::Building,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("buildingId", building_id.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates a building.
    ///
    /// `PUT admin/directory/v1/customer/{customer}/resources/buildings/{buildingId}` (method id
    /// `directory.resources.buildings.update`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `building_id`: The id of the building to update.
    /// - `body`: the request body, a [`crate::schemas::Building`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn update(
        &self,
        customer: impl Into<String>,
        building_id: impl Into<String>,
        body: crate::schemas::Building,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("buildingId", building_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.buildings.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/customer/{customer}/resources/buildings/{buildingId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.buildings.delete`, made by [`BuildingsResource::delete`]: set
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
    /// Sends the request and waits for the answer of `directory.resources.buildings.delete`.
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
    id: "directory.resources.buildings.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/resources/buildings/{buildingId}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.resource.calendar",
        "https://www.googleapis.com/auth/admin.directory.resource.calendar.readonly",
    ],
    api_version: None,
};

/// A call of `directory.resources.buildings.get`, made by [`BuildingsResource::get`]: set
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
    /// Sends the request and waits for the answer of `directory.resources.buildings.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Building, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Building;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.buildings.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customer}/resources/buildings",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.buildings.insert`, made by [`BuildingsResource::insert`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Source from which Building.coordinates are derived.
    ///
    /// Optional parameter. Sent as `coordinatesSource`. Server default: `SOURCE_UNSPECIFIED`.
    #[inline]
    pub fn coordinates_source(mut self, value: CoordinatesSource) -> Self {
        self.call.query("coordinatesSource", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `directory.resources.buildings.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Building, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::Building;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.buildings.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/resources/buildings",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.resource.calendar",
        "https://www.googleapis.com/auth/admin.directory.resource.calendar.readonly",
    ],
    api_version: None,
};

/// A call of `directory.resources.buildings.list`, made by [`BuildingsResource::list`]: set
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
    /// Maximum number of results to return.
    ///
    /// Optional parameter. Sent as `maxResults`.
    #[inline]
    pub fn max_results(mut self, value: i32) -> Self {
        self.call.query("maxResults", value.to_string());
        self
    }

    /// Token to specify the next page in the list.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of [`Buildings`](crate::schemas::Buildings): the call is
    /// sent, then sent again with `pageToken` set to each `nextPageToken` the server answers, every
    /// other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::Buildings> {
        self.call
            .pages::<crate::schemas::Buildings>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `buildings` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `buildings` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(self) -> Items<crate::schemas::Buildings, crate::schemas::Building> {
        self.call
            .items::<
                crate::schemas::Buildings,
                crate::schemas::Building,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.buildings.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `directory.resources.buildings.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Buildings, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Buildings;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.buildings.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/customer/{customer}/resources/buildings/{buildingId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.buildings.patch`, made by [`BuildingsResource::patch`]: set
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
    /// Source from which Building.coordinates are derived.
    ///
    /// Optional parameter. Sent as `coordinatesSource`. Server default: `SOURCE_UNSPECIFIED`.
    #[inline]
    pub fn coordinates_source(mut self, value: CoordinatesSource) -> Self {
        self.call.query("coordinatesSource", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `directory.resources.buildings.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Building, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Building;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.buildings.update",
    http_method: http::Method::PUT,
    path: "admin/directory/v1/customer/{customer}/resources/buildings/{buildingId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.buildings.update`, made by [`BuildingsResource::update`]: set
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
    /// Source from which Building.coordinates are derived.
    ///
    /// Optional parameter. Sent as `coordinatesSource`. Server default: `SOURCE_UNSPECIFIED`.
    #[inline]
    pub fn coordinates_source(mut self, value: CoordinatesSource) -> Self {
        self.call.query("coordinatesSource", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `directory.resources.buildings.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Building, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Building;
    fn into_call(self) -> Call {
        self.call
    }
}

/// Source from which Building.coordinates are derived.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum CoordinatesSource {
    /// Building.coordinates are set to the coordinates included in the request.
    ///
    /// `CLIENT_SPECIFIED` on the wire.
    #[default]
    ClientSpecified,
    /// Building.coordinates are automatically populated based on the postal address.
    ///
    /// `RESOLVED_FROM_ADDRESS` on the wire.
    ResolvedFromAddress,
    /// Defaults to `RESOLVED_FROM_ADDRESS` if postal address is provided. Otherwise, defaults to
    /// `CLIENT_SPECIFIED` if coordinates are provided.
    ///
    /// `SOURCE_UNSPECIFIED` on the wire.
    SourceUnspecified,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for CoordinatesSource {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ClientSpecified => "CLIENT_SPECIFIED",
            Self::ResolvedFromAddress => "RESOLVED_FROM_ADDRESS",
            Self::SourceUnspecified => "SOURCE_UNSPECIFIED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CLIENT_SPECIFIED" => Self::ClientSpecified,
            "RESOLVED_FROM_ADDRESS" => Self::ResolvedFromAddress,
            "SOURCE_UNSPECIFIED" => Self::SourceUnspecified,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(CoordinatesSource);
