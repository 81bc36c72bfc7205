//! The `groups` resource.

pub mod aliases;

/// The `groups` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct GroupsResource {
    pub(crate) client: crate::runtime::Client,
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
    pub fn delete(&self, group_key: impl Into<String>) -> DeleteCall {
        let mut call = crate::runtime::Call::new(&self.client, &DELETE_METHOD);
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
    pub fn get(&self, group_key: impl Into<String>) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
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
    pub fn insert(&self, body: crate::schemas::Group) -> InsertCall {
        let mut call = crate::runtime::Call::new(&self.client, &INSERT_METHOD);
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
    pub fn list(&self) -> ListCall {
        let call = crate::runtime::Call::new(&self.client, &LIST_METHOD);
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
    pub fn patch(
        &self,
        group_key: impl Into<String>,
        body: crate::schemas::Group,
    ) -> PatchCall {
        let mut call = crate::runtime::Call::new(&self.client, &PATCH_METHOD);
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
    pub fn update(
        &self,
        group_key: impl Into<String>,
        body: crate::schemas::Group,
    ) -> UpdateCall {
        let mut call = crate::runtime::Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("groupKey", group_key.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.groups.delete",
    http_method: crate::runtime::http::Method::DELETE,
    path: "admin/directory/v1/groups/{groupKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.group"],
    api_version: None,
};

static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.groups.get",
    http_method: crate::runtime::http::Method::GET,
    path: "admin/directory/v1/groups/{groupKey}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.readonly",
    ],
    api_version: None,
};

static INSERT_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.groups.insert",
    http_method: crate::runtime::http::Method::POST,
    path: "admin/directory/v1/groups",
    scopes: &["https://www.googleapis.com/auth/admin.directory.group"],
    api_version: None,
};

static LIST_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.groups.list",
    http_method: crate::runtime::http::Method::GET,
    path: "admin/directory/v1/groups",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.readonly",
    ],
    api_version: None,
};

static PATCH_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.groups.patch",
    http_method: crate::runtime::http::Method::PATCH,
    path: "admin/directory/v1/groups/{groupKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.group"],
    api_version: None,
};

static UPDATE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.groups.update",
    http_method: crate::runtime::http::Method::PUT,
    path: "admin/directory/v1/groups/{groupKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.group"],
    api_version: None,
};

/// A call of `directory.groups.delete`, made by [`GroupsResource::delete`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: crate::runtime::Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `directory.groups.delete`.
    #[inline]
    pub async fn send(self) -> Result<(), crate::runtime::Error> {
        self.call.send_empty().await
    }
}

impl crate::runtime::CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for DeleteCall {
    type Response = ();
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.groups.get`, made by [`GroupsResource::get`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `directory.groups.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Group, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::Group;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.groups.insert`, made by [`GroupsResource::insert`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: crate::runtime::Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `directory.groups.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Group, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for InsertCall {
    type Response = crate::schemas::Group;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.groups.list`, made by [`GroupsResource::list`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: crate::runtime::Call,
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
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.call.query("customer", value.into());
        self
    }

    /// The domain name. Use this field to get groups from only one domain. To return all domains
    /// for a customer account, use the `customer` query parameter instead.
    ///
    /// Optional parameter. Sent as `domain`.
    pub fn domain(mut self, value: impl Into<String>) -> Self {
        self.call.query("domain", value.into());
        self
    }

    /// Maximum number of results to return. Max allowed value is 200.
    ///
    /// Optional parameter. Sent as `maxResults`. Server default: `200`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.call.query("maxResults", value.to_string());
        self
    }

    /// Column to use for sorting results
    ///
    /// Optional parameter. Sent as `orderBy`.
    pub fn order_by(mut self, value: OrderBy) -> Self {
        self.call.query("orderBy", value.as_str().to_owned());
        self
    }

    /// Token to specify next page in the list
    ///
    /// Optional parameter. Sent as `pageToken`.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Query string search. Contains one or more search clauses, each with a field, operator, and
    /// value. For complete documentation, go to [Search for
    /// groups](https://developers.google.com/workspace/admin/directory/v1/guides/search-groups).
    ///
    /// Optional parameter. Sent as `query`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.call.query("query", value.into());
        self
    }

    /// Whether to return results in ascending or descending order. Only of use when orderBy is also
    /// used
    ///
    /// Optional parameter. Sent as `sortOrder`.
    pub fn sort_order(mut self, value: SortOrder) -> Self {
        self.call.query("sortOrder", value.as_str().to_owned());
        self
    }

    /// Email or immutable ID of the user if only those groups are to be listed, the given user is a
    /// member of. If it's an ID, it should match with the ID of the user object. Cannot be used
    /// with the `customer` parameter.
    ///
    /// Optional parameter. Sent as `userKey`.
    pub fn user_key(mut self, value: impl Into<String>) -> Self {
        self.call.query("userKey", value.into());
        self
    }

    /// Every page of the answer, as a stream: the call is repeated with each
    /// `nextPageToken` (keeping every other parameter) until the server sends none.
    #[inline]
    pub fn pages(self) -> crate::runtime::Pages<crate::schemas::Groups> {
        self.call.pages::<crate::schemas::Groups>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `groups` on every page, as one stream.
    #[inline]
    pub fn items(
        self,
    ) -> crate::runtime::Items<crate::schemas::Groups, crate::schemas::Group> {
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
    pub async fn send(self) -> Result<crate::schemas::Groups, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::Groups;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.groups.patch`, made by [`GroupsResource::patch`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: crate::runtime::Call,
}

impl PatchCall {
    /// Sends the request and waits for the answer of `directory.groups.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Group, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for PatchCall {
    type Response = crate::schemas::Group;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.groups.update`, made by [`GroupsResource::update`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: crate::runtime::Call,
}

impl UpdateCall {
    /// Sends the request and waits for the answer of `directory.groups.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Group, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for UpdateCall {
    type Response = crate::schemas::Group;
    fn into_call(self) -> crate::runtime::Call {
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

impl crate::runtime::wire::OpenEnum for OrderBy {
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::UnknownValue(value) => value,
        }
    }

    fn from_wire_str(value: &str) -> Self {
        match value {
            "email" => Self::Email,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
crate::runtime::impl_open_enum!(OrderBy);

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

impl crate::runtime::wire::OpenEnum for SortOrder {
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Ascending => "ASCENDING",
            Self::Descending => "DESCENDING",
            Self::UnknownValue(value) => value,
        }
    }

    fn from_wire_str(value: &str) -> Self {
        match value {
            "ASCENDING" => Self::Ascending,
            "DESCENDING" => Self::Descending,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
crate::runtime::impl_open_enum!(SortOrder);
