//! The `resources.calendars` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `resources.calendars` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct CalendarsResource {
    pub(crate) client: Client,
}

impl CalendarsResource {
    /// Deletes a calendar resource.
    ///
    /// `DELETE admin/directory/v1/customer/{customer}/resources/calendars/{calendarResourceId}`
    /// (method id `directory.resources.calendars.delete`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `calendar_resource_id`: The unique ID of the calendar resource to delete.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn delete(
        &self,
        customer: impl Into<String>,
        calendar_resource_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("calendarResourceId", calendar_resource_id.into());
        DeleteCall { call }
    }

    /// Retrieves a calendar resource.
    ///
    /// `GET admin/directory/v1/customer/{customer}/resources/calendars/{calendarResourceId}`
    /// (method id `directory.resources.calendars.get`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `calendar_resource_id`: The unique ID of the calendar resource to retrieve.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar.readonly`
    #[inline]
    pub fn get(
        &self,
        customer: impl Into<String>,
        calendar_resource_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("calendarResourceId", calendar_resource_id.into());
        GetCall { call }
    }

    /// Inserts a calendar resource.
    ///
    /// `POST admin/directory/v1/customer/{customer}/resources/calendars` (method id
    /// `directory.resources.calendars.insert`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `body`: the request body, a [`crate::schemas::CalendarResource`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn insert(
        &self,
        customer: impl Into<String>,
        body: crate::schemas::CalendarResource,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("customer", customer.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves a list of calendar resources for an account.
    ///
    /// `GET admin/directory/v1/customer/{customer}/resources/calendars` (method id
    /// `directory.resources.calendars.list`)
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

    /// Patches a calendar resource.
    ///
    /// `PATCH admin/directory/v1/customer/{customer}/resources/calendars/{calendarResourceId}`
    /// (method id `directory.resources.calendars.patch`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `calendar_resource_id`: The unique ID of the calendar resource to update.
    /// - `body`: the request body, a [`crate::schemas::CalendarResource`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn patch(
        &self,
        customer: impl Into<String>,
        calendar_resource_id: impl Into<String>,
        body: crate::schemas::CalendarResource,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("calendarResourceId", calendar_resource_id.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates a calendar resource. This method supports patch semantics, meaning you only need to
    /// include the fields you wish to update. Fields that are not present in the request will be
    /// preserved.
    ///
    /// `PUT admin/directory/v1/customer/{customer}/resources/calendars/{calendarResourceId}`
    /// (method id `directory.resources.calendars.update`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `calendar_resource_id`: The unique ID of the calendar resource to update.
    /// - `body`: the request body, a [`crate::schemas::CalendarResource`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn update(
        &self,
        customer: impl Into<String>,
        calendar_resource_id: impl Into<String>,
        body: crate::schemas::CalendarResource,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("calendarResourceId", calendar_resource_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.calendars.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/customer/{customer}/resources/calendars/{calendarResourceId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.calendars.delete`, made by [`CalendarsResource::delete`]: set
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
    /// Sends the request and waits for the answer of `directory.resources.calendars.delete`.
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
    id: "directory.resources.calendars.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/resources/calendars/{calendarResourceId}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.resource.calendar",
        "https://www.googleapis.com/auth/admin.directory.resource.calendar.readonly",
    ],
    api_version: None,
};

/// A call of `directory.resources.calendars.get`, made by [`CalendarsResource::get`]: set
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
    /// Sends the request and waits for the answer of `directory.resources.calendars.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::CalendarResource, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::CalendarResource;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.calendars.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customer}/resources/calendars",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.calendars.insert`, made by [`CalendarsResource::insert`]: set
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
    /// Sends the request and waits for the answer of `directory.resources.calendars.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::CalendarResource, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::CalendarResource;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.calendars.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/resources/calendars",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.resource.calendar",
        "https://www.googleapis.com/auth/admin.directory.resource.calendar.readonly",
    ],
    api_version: None,
};

/// A call of `directory.resources.calendars.list`, made by [`CalendarsResource::list`]: set
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

    /// Field(s) to sort results by in either ascending or descending order. Supported fields
    /// include `resourceId`, `resourceName`, `capacity`, `buildingId`, and `floorName`. If no order
    /// is specified, defaults to ascending. Should be of the form "field \[asc|desc\], field
    /// \[asc|desc\], ...". For example `buildingId, capacity desc` would return results sorted
    /// first by `buildingId` in ascending order then by `capacity` in descending order.
    ///
    /// Optional parameter. Sent as `orderBy`.
    #[inline]
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.call.query("orderBy", value.into());
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

    /// String query used to filter results. Contains one or more search clauses, each with a field,
    /// operator, and value. A field can be any of supported fields and operators can be any of
    /// supported operations. Operators include '=' for exact match, '!=' for mismatch and ':' for
    /// prefix match or HAS match where applicable. For prefix match, the value should always be
    /// followed by a *. Logical operators NOT and AND are supported (in this order of precedence).
    /// Supported fields include `generatedResourceName`, `name`, `buildingId`, `floor_name`,
    /// `capacity`, `featureInstances.feature.name`, `resourceEmail`, `resourceCategory`. For
    /// example `buildingId=US-NYC-9TH AND featureInstances.feature.name:Phone`.
    ///
    /// Optional parameter. Sent as `query`.
    #[inline]
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.call.query("query", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`CalendarResources`](crate::schemas::CalendarResources): the call is sent, then sent again
    /// with `pageToken` set to each `nextPageToken` the server answers, every other parameter as
    /// set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::CalendarResources> {
        self.call
            .pages::<
                crate::schemas::CalendarResources,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `items` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `items` adds nothing; an
    /// error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::CalendarResources, crate::schemas::CalendarResource> {
        self.call
            .items::<
                crate::schemas::CalendarResources,
                crate::schemas::CalendarResource,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.items.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `directory.resources.calendars.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::CalendarResources, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::CalendarResources;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.calendars.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/customer/{customer}/resources/calendars/{calendarResourceId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.calendars.patch`, made by [`CalendarsResource::patch`]: set
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
    /// Sends the request and waits for the answer of `directory.resources.calendars.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::CalendarResource, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::CalendarResource;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.calendars.update",
    http_method: http::Method::PUT,
    path: "admin/directory/v1/customer/{customer}/resources/calendars/{calendarResourceId}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.calendars.update`, made by [`CalendarsResource::update`]: set
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
    /// Sends the request and waits for the answer of `directory.resources.calendars.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::CalendarResource, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::CalendarResource;
    fn into_call(self) -> Call {
        self.call
    }
}
