//! The `groups` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MethodInfo, Pages,
};

pub mod aliases;

/// The `groups` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct GroupsResource {
    pub(crate) client: Client,
}

impl GroupsResource {
    /// The `groups.aliases` resource.
    pub fn aliases(&self) -> aliases::AliasesResource {
        aliases::AliasesResource {
            client: self.client.clone(),
        }
    }

    /// Deletes a group.
    ///
    /// `DELETE admin/directory/v1/groups/{groupKey}` (method id `directory.groups.delete`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    #[inline]
    pub fn delete(&self, group_key: impl Into<String>) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("groupKey", group_key.into());
        DeleteCall { call }
    }

    /// Retrieves a group's properties.
    ///
    /// `GET admin/directory/v1/groups/{groupKey}` (method id `directory.groups.get`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    /// - `https://www.googleapis.com/auth/admin.directory.group.readonly`
    #[inline]
    pub fn get(&self, group_key: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("groupKey", group_key.into());
        GetCall { call }
    }

    /// Creates a group.
    ///
    /// `POST admin/directory/v1/groups` (method id `directory.groups.insert`)
    ///
    /// The request body is a [`crate::schemas::Group`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    #[inline]
    pub fn insert(&self, body: crate::schemas::Group) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves all groups of a domain or of a user given a userKey (paginated).
    ///
    /// `GET admin/directory/v1/groups` (method id `directory.groups.list`)
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    /// - `https://www.googleapis.com/auth/admin.directory.group.readonly`
    #[inline]
    pub fn list(&self) -> ListCall {
        let call = Call::new(&self.client, &LIST_METHOD);
        ListCall { call }
    }

    /// Updates a group's properties. This method supports [patch
    /// semantics](https://developers.google.com/workspace/admin/directory/v1/guides/performance#patch).
    ///
    /// `PATCH admin/directory/v1/groups/{groupKey}` (method id `directory.groups.patch`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    /// - `body`: the request body, a [`crate::schemas::Group`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    #[inline]
    pub fn patch(
        &self,
        group_key: impl Into<String>,
        body: crate::schemas::Group,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("groupKey", group_key.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates a group's properties.
    ///
    /// `PUT admin/directory/v1/groups/{groupKey}` (method id `directory.groups.update`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    /// - `body`: the request body, a [`crate::schemas::Group`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    #[inline]
    pub fn update(
        &self,
        group_key: impl Into<String>,
        body: crate::schemas::Group,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("groupKey", group_key.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.groups.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/groups/{groupKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.group"],
    api_version: None,
};

/// A call of `directory.groups.delete`, made by [`GroupsResource::delete`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `directory.groups.delete`.
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
    id: "directory.groups.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/groups/{groupKey}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.readonly",
    ],
    api_version: None,
};

/// A call of `directory.groups.get`, made by [`GroupsResource::get`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `directory.groups.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Group, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Group;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.groups.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/groups",
    scopes: &["https://www.googleapis.com/auth/admin.directory.group"],
    api_version: None,
};

/// A call of `directory.groups.insert`, made by [`GroupsResource::insert`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `directory.groups.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Group, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::Group;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.groups.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/groups",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.readonly",
    ],
    api_version: None,
};

/// A call of `directory.groups.list`, made by [`GroupsResource::list`]: set optional
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
    /// The unique ID for the customer's Google Workspace account. In case of a multi-domain
    /// account, to fetch all groups for a customer, use this field instead of `domain`. You can
    /// also use the `my_customer` alias to represent your account's `customerId`. The `customerId`
    /// is also returned as part of the
    /// [Users](https://developers.google.com/workspace/admin/directory/v1/reference/users)
    /// resource. You must provide either the `customer` or the `domain` parameter.
    ///
    /// Optional parameter. Sent as `customer`.
    #[inline]
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.call.query("customer", value.into());
        self
    }

    /// The domain name. Use this field to get groups from only one domain. To return all domains
    /// for a customer account, use the `customer` query parameter instead.
    ///
    /// Optional parameter. Sent as `domain`.
    #[inline]
    pub fn domain(mut self, value: impl Into<String>) -> Self {
        self.call.query("domain", value.into());
        self
    }

    /// Maximum number of results to return. Max allowed value is 200.
    ///
    /// Optional parameter. Sent as `maxResults`. Server default: `200`.
    #[inline]
    pub fn max_results(mut self, value: i32) -> Self {
        self.call.query("maxResults", value.to_string());
        self
    }

    /// Column to use for sorting results
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

    /// Query string search. Contains one or more search clauses, each with a field, operator, and
    /// value. For complete documentation, go to [Search for
    /// groups](https://developers.google.com/workspace/admin/directory/v1/guides/search-groups).
    ///
    /// Optional parameter. Sent as `query`.
    #[inline]
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.call.query("query", value.into());
        self
    }

    /// Whether to return results in ascending or descending order. Only of use when orderBy is also
    /// used
    ///
    /// Optional parameter. Sent as `sortOrder`.
    #[inline]
    pub fn sort_order(mut self, value: SortOrder) -> Self {
        self.call.query("sortOrder", value.as_str().to_owned());
        self
    }

    /// Email or immutable ID of the user if only those groups are to be listed, the given user is a
    /// member of. If it's an ID, it should match with the ID of the user object. Cannot be used
    /// with the `customer` parameter.
    ///
    /// Optional parameter. Sent as `userKey`.
    #[inline]
    pub fn user_key(mut self, value: impl Into<String>) -> Self {
        self.call.query("userKey", value.into());
        self
    }

    /// Every page of the list, as a stream of [`Groups`](crate::schemas::Groups): the call is sent,
    /// then sent again with `pageToken` set to each `nextPageToken` the server answers, every other
    /// parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::Groups> {
        self.call.pages::<crate::schemas::Groups>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `groups` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `groups` adds nothing;
    /// an error is the stream's last item.
    #[inline]
    pub fn items(self) -> Items<crate::schemas::Groups, crate::schemas::Group> {
        self.call
            .items::<
                crate::schemas::Groups,
                crate::schemas::Group,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.groups.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `directory.groups.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Groups, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Groups;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.groups.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/groups/{groupKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.group"],
    api_version: None,
};

/// A call of `directory.groups.patch`, made by [`GroupsResource::patch`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: Call,
}

impl PatchCall {
    /// Sends the request and waits for the answer of `directory.groups.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Group, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Group;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.groups.update",
    http_method: http::Method::PUT,
    path: "admin/directory/v1/groups/{groupKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.group"],
    api_version: None,
};

/// A call of `directory.groups.update`, made by [`GroupsResource::update`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: Call,
}

impl UpdateCall {
    /// Sends the request and waits for the answer of `directory.groups.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Group, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Group;
    fn into_call(self) -> Call {
        self.call
    }
}

/// Column to use for sorting results
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OrderBy {
    /// Email of the group.
    ///
    /// `email` on the wire.
    #[default]
    Email,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for OrderBy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "email" => Self::Email,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(OrderBy);

/// Whether to return results in ascending or descending order. Only of use when orderBy is also
/// used
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
