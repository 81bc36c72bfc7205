//! The `members` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `members` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct MembersResource {
    pub(crate) client: Client,
}

impl MembersResource {
    /// Removes a member from a group.
    ///
    /// `DELETE admin/directory/v1/groups/{groupKey}/members/{memberKey}` (method id
    /// `directory.members.delete`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    /// - `member_key`: Identifies the group member in the API request. A group member can be a
    ///   user or another
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    /// - `https://www.googleapis.com/auth/admin.directory.group.member`
    #[inline]
    pub fn delete(
        &self,
        group_key: impl Into<String>,
        member_key: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("groupKey", group_key.into());
        call.path_param("memberKey", member_key.into());
        DeleteCall { call }
    }

    /// Retrieves a group member's properties.
    ///
    /// `GET admin/directory/v1/groups/{groupKey}/members/{memberKey}` (method id
    /// `directory.members.get`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    /// - `member_key`: Identifies the group member in the API request. A group member can be a
    ///   user or another
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    /// - `https://www.googleapis.com/auth/admin.directory.group.member`
    /// - `https://www.googleapis.com/auth/admin.directory.group.member.readonly`
    /// - `https://www.googleapis.com/auth/admin.directory.group.readonly`
    #[inline]
    pub fn get(
        &self,
        group_key: impl Into<String>,
        member_key: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("groupKey", group_key.into());
        call.path_param("memberKey", member_key.into());
        GetCall { call }
    }

    /// Checks whether the given user is a member of the group. Membership can be direct or nested,
    /// but if nested, the `memberKey` and `groupKey` must be entities in the same domain or an
    /// `Invalid input` error is returned. To check for nested memberships that include entities
    /// outside of the group's domain, use the
    /// \[`checkTransitiveMembership()`\](<https://cloud.google.com/identity/docs/reference/rest/v1/groups.memberships/checkTransitiveMembership>)
    /// method in the Cloud Identity Groups API.
    ///
    /// `GET admin/directory/v1/groups/{groupKey}/hasMember/{memberKey}` (method id
    /// `directory.members.hasMember`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    /// - `member_key`: Identifies the user member in the API request. The value can be the user's
    ///   primary email
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    /// - `https://www.googleapis.com/auth/admin.directory.group.member`
    /// - `https://www.googleapis.com/auth/admin.directory.group.member.readonly`
    /// - `https://www.googleapis.com/auth/admin.directory.group.readonly`
    #[inline]
    pub fn has_member(
        &self,
        group_key: impl Into<String>,
        member_key: impl Into<String>,
    ) -> HasMemberCall {
        let mut call = Call::new(&self.client, &HAS_MEMBER_METHOD);
        call.path_param("groupKey", group_key.into());
        call.path_param("memberKey", member_key.into());
        HasMemberCall { call }
    }

    /// Adds a user to the specified group.
    ///
    /// `POST admin/directory/v1/groups/{groupKey}/members` (method id `directory.members.insert`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    /// - `body`: the request body, a [`crate::schemas::Member`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    /// - `https://www.googleapis.com/auth/admin.directory.group.member`
    #[inline]
    pub fn insert(
        &self,
        group_key: impl Into<String>,
        body: crate::schemas::Member,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("groupKey", group_key.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves a paginated list of all members in a group. This method times out after 60
    /// minutes. For more information, see [Troubleshoot error
    /// codes](https://developers.google.com/workspace/admin/directory/v1/guides/troubleshoot-error-codes).
    ///
    /// `GET admin/directory/v1/groups/{groupKey}/members` (method id `directory.members.list`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    /// - `https://www.googleapis.com/auth/admin.directory.group.member`
    /// - `https://www.googleapis.com/auth/admin.directory.group.member.readonly`
    /// - `https://www.googleapis.com/auth/admin.directory.group.readonly`
    #[inline]
    pub fn list(&self, group_key: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("groupKey", group_key.into());
        ListCall { call }
    }

    /// Updates the membership properties of a user in the specified group. This method supports
    /// [patch
    /// semantics](https://developers.google.com/workspace/admin/directory/v1/guides/performance#patch).
    ///
    /// `PATCH admin/directory/v1/groups/{groupKey}/members/{memberKey}` (method id
    /// `directory.members.patch`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    /// - `member_key`: Identifies the group member in the API request. A group member can be a
    ///   user or another
    /// - `body`: the request body, a [`crate::schemas::Member`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    /// - `https://www.googleapis.com/auth/admin.directory.group.member`
    #[inline]
    pub fn patch(
        &self,
        group_key: impl Into<String>,
        member_key: impl Into<String>,
        body: crate::schemas::Member,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("groupKey", group_key.into());
        call.path_param("memberKey", member_key.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates the membership of a user in the specified group.
    ///
    /// `PUT admin/directory/v1/groups/{groupKey}/members/{memberKey}` (method id
    /// `directory.members.update`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    /// - `member_key`: Identifies the group member in the API request. A group member can be a
    ///   user or another
    /// - `body`: the request body, a [`crate::schemas::Member`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    /// - `https://www.googleapis.com/auth/admin.directory.group.member`
    #[inline]
    pub fn update(
        &self,
        group_key: impl Into<String>,
        member_key: impl Into<String>,
        body: crate::schemas::Member,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("groupKey", group_key.into());
        call.path_param("memberKey", member_key.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.members.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/groups/{groupKey}/members/{memberKey}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.member",
    ],
    api_version: None,
};

/// A call of `directory.members.delete`, made by [`MembersResource::delete`]: set optional
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
    /// Sends the request and waits for the answer of `directory.members.delete`.
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
    id: "directory.members.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/groups/{groupKey}/members/{memberKey}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.member",
        "https://www.googleapis.com/auth/admin.directory.group.member.readonly",
        "https://www.googleapis.com/auth/admin.directory.group.readonly",
    ],
    api_version: None,
};

/// A call of `directory.members.get`, made by [`MembersResource::get`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `directory.members.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Member, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Member;
    fn into_call(self) -> Call {
        self.call
    }
}

static HAS_MEMBER_METHOD: MethodInfo = MethodInfo {
    id: "directory.members.hasMember",
    http_method: http::Method::GET,
    path: "admin/directory/v1/groups/{groupKey}/hasMember/{memberKey}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.member",
        "https://www.googleapis.com/auth/admin.directory.group.member.readonly",
        "https://www.googleapis.com/auth/admin.directory.group.readonly",
    ],
    api_version: None,
};

/// A call of `directory.members.hasMember`, made by [`MembersResource::has_member`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct HasMemberCall {
    call: Call,
}

impl HasMemberCall {
    /// Sends the request and waits for the answer of `directory.members.hasMember`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::MembersHasMember, Error> {
        self.call.send().await
    }
}

impl CallOptions for HasMemberCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for HasMemberCall {
    type Response = crate::schemas::MembersHasMember;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.members.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/groups/{groupKey}/members",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.member",
    ],
    api_version: None,
};

/// A call of `directory.members.insert`, made by [`MembersResource::insert`]: set optional
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
    /// Sends the request and waits for the answer of `directory.members.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Member, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::Member;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.members.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/groups/{groupKey}/members",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.member",
        "https://www.googleapis.com/auth/admin.directory.group.member.readonly",
        "https://www.googleapis.com/auth/admin.directory.group.readonly",
    ],
    api_version: None,
};

/// A call of `directory.members.list`, made by [`MembersResource::list`]: set optional
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
    /// Whether to list indirect memberships. Default: false.
    ///
    /// Optional parameter. Sent as `includeDerivedMembership`.
    #[inline]
    pub fn include_derived_membership(mut self, value: bool) -> Self {
        self.call.query("includeDerivedMembership", value.to_string());
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

    /// Token to specify next page in the list.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// The `roles` query parameter allows you to retrieve group members by role. Allowed values are
    /// `OWNER`, `MANAGER`, and `MEMBER`.
    ///
    /// Optional parameter. Sent as `roles`.
    #[inline]
    pub fn roles(mut self, value: impl Into<String>) -> Self {
        self.call.query("roles", value.into());
        self
    }

    /// Every page of the list, as a stream of [`Members`](crate::schemas::Members): the call is
    /// sent, then sent again with `pageToken` set to each `nextPageToken` the server answers, every
    /// other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::Members> {
        self.call
            .pages::<crate::schemas::Members>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `members` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `members` adds nothing;
    /// an error is the stream's last item.
    #[inline]
    pub fn items(self) -> Items<crate::schemas::Members, crate::schemas::Member> {
        self.call
            .items::<
                crate::schemas::Members,
                crate::schemas::Member,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.members.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `directory.members.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Members, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Members;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.members.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/groups/{groupKey}/members/{memberKey}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.member",
    ],
    api_version: None,
};

/// A call of `directory.members.patch`, made by [`MembersResource::patch`]: set optional
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
    /// Sends the request and waits for the answer of `directory.members.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Member, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Member;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.members.update",
    http_method: http::Method::PUT,
    path: "admin/directory/v1/groups/{groupKey}/members/{memberKey}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.member",
    ],
    api_version: None,
};

/// A call of `directory.members.update`, made by [`MembersResource::update`]: set optional
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
    /// Sends the request and waits for the answer of `directory.members.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Member, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Member;
    fn into_call(self) -> Call {
        self.call
    }
}
