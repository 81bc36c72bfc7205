//! The `users` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MethodInfo, Pages,
};

pub mod aliases;
pub mod photos;

/// The `users` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct UsersResource {
    pub(crate) client: Client,
}

impl UsersResource {
    /// The `users.aliases` resource.
    pub fn aliases(&self) -> aliases::AliasesResource {
        aliases::AliasesResource {
            client: self.client.clone(),
        }
    }

    /// The `users.photos` resource.
    pub fn photos(&self) -> photos::PhotosResource {
        photos::PhotosResource {
            client: self.client.clone(),
        }
    }

    /// Create a guest user with access to a [subset of Workspace
    /// capabilities](https://support.google.com/a/answer/16558545).
    ///
    /// `POST admin/directory/v1/users:createGuest` (method id `directory.users.createGuest`)
    ///
    /// The request body is a [`crate::schemas::DirectoryUsersCreateGuestRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    #[inline]
    pub fn create_guest(
        &self,
        body: crate::schemas::DirectoryUsersCreateGuestRequest,
    ) -> CreateGuestCall {
        let mut call = Call::new(&self.client, &CREATE_GUEST_METHOD);
        call.json_body(&body);
        CreateGuestCall { call }
    }

    /// Deletes a user.
    ///
    /// `DELETE admin/directory/v1/users/{userKey}` (method id `directory.users.delete`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    #[inline]
    pub fn delete(&self, user_key: impl Into<String>) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userKey", user_key.into());
        DeleteCall { call }
    }

    /// Retrieves a user.
    ///
    /// `GET admin/directory/v1/users/{userKey}` (method id `directory.users.get`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    /// - `https://www.googleapis.com/auth/admin.directory.user.readonly`
    #[inline]
    pub fn get(&self, user_key: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userKey", user_key.into());
        GetCall { call }
    }

    /// Creates a user. Mutate calls immediately following user creation might sometimes fail as the
    /// user isn't fully created due to propagation delay in our backends. Check the error details
    /// for the "User creation is not complete" message to see if this is the case. Retrying the
    /// calls after some time can help in this case. If `resolve_conflict_account` is set to `true`,
    /// the option selected for [Find and add unmanaged
    /// users](https://knowledge.workspace.google.com/admin/users/find-and-add-unmanaged-users) will
    /// apply to resolve conflicting accounts: - A `200` response code indicates the user was
    /// created (or replaced an existing unmanaged personal account). - A `202` response code means
    /// that a conflicting unmanaged personal account exists and was invited to join the
    /// organization. - A `409` response code means that a conflicting account exists so the user
    /// wasn't created (e.g. based on the option selected to preserve the account, or if the email
    /// conflicts with an unmanaged work account or existing managed user). For details on resolving
    /// duplicate account errors, see [Resolve duplicate account
    /// errors](https://knowledge.workspace.google.com/p/duplicate-account-errors) and [Transfer
    /// unmanaged work accounts](https://knowledge.workspace.google.com/p/unmanaged-work-accounts).
    ///
    /// `POST admin/directory/v1/users` (method id `directory.users.insert`)
    ///
    /// The request body is a [`crate::schemas::User`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    #[inline]
    pub fn insert(&self, body: crate::schemas::User) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves a paginated list of either deleted users or all users in a domain.
    ///
    /// `GET admin/directory/v1/users` (method id `directory.users.list`)
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    /// - `https://www.googleapis.com/auth/admin.directory.user.readonly`
    /// - `https://www.googleapis.com/auth/cloud-platform`
    #[inline]
    pub fn list(&self) -> ListCall {
        let call = Call::new(&self.client, &LIST_METHOD);
        ListCall { call }
    }

    /// Makes a user a super administrator.
    ///
    /// `POST admin/directory/v1/users/{userKey}/makeAdmin` (method id `directory.users.makeAdmin`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    /// - `body`: the request body, a [`crate::schemas::UserMakeAdmin`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    #[inline]
    pub fn make_admin(
        &self,
        user_key: impl Into<String>,
        body: crate::schemas::UserMakeAdmin,
    ) -> MakeAdminCall {
        let mut call = Call::new(&self.client, &MAKE_ADMIN_METHOD);
        call.path_param("userKey", user_key.into());
        call.json_body(&body);
        MakeAdminCall { call }
    }

    /// Updates a user using patch semantics. The update method should be used instead, because it
    /// also supports patch semantics and has better performance. If you're mapping an external
    /// identity to a Google identity, use the
    /// \[`update`\](<https://developers.google.com/workspace/admin/directory/v1/reference/users/update>)
    /// method instead of the `patch` method. This method is unable to clear fields that contain
    /// repeated objects (`addresses`, `phones`, etc). Use the update method instead.
    ///
    /// `PATCH admin/directory/v1/users/{userKey}` (method id `directory.users.patch`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    /// - `body`: the request body, a [`crate::schemas::User`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    #[inline]
    pub fn patch(
        &self,
        user_key: impl Into<String>,
        body: crate::schemas::User,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("userKey", user_key.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Signs a user out of all web and device sessions and reset their sign-in cookies. User will
    /// have to sign in by authenticating again.
    ///
    /// `POST admin/directory/v1/users/{userKey}/signOut` (method id `directory.users.signOut`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the target user in the API request. The value can be the user's
    ///   primary email
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user.security`
    #[inline]
    pub fn sign_out(&self, user_key: impl Into<String>) -> SignOutCall {
        let mut call = Call::new(&self.client, &SIGN_OUT_METHOD);
        call.path_param("userKey", user_key.into());
        SignOutCall { call }
    }

    /// Undeletes a deleted user.
    ///
    /// `POST admin/directory/v1/users/{userKey}/undelete` (method id `directory.users.undelete`)
    ///
    /// Arguments, in order:
    /// - `user_key`: The immutable id of the user
    /// - `body`: the request body, a [`crate::schemas::UserUndelete`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    #[inline]
    pub fn undelete(
        &self,
        user_key: impl Into<String>,
        body: crate::schemas::UserUndelete,
    ) -> UndeleteCall {
        let mut call = Call::new(&self.client, &UNDELETE_METHOD);
        call.path_param("userKey", user_key.into());
        call.json_body(&body);
        UndeleteCall { call }
    }

    /// Updates a user. This method supports patch semantics, meaning that you only need to include
    /// the fields you wish to update. Fields that are not present in the request will be preserved,
    /// and fields set to `null` will be cleared. For repeating fields that contain arrays,
    /// individual items in the array can't be patched piecemeal; they must be supplied in the
    /// request body with the desired values for all items. See the [user accounts
    /// guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users#update_user)
    /// for more information.
    ///
    /// `PUT admin/directory/v1/users/{userKey}` (method id `directory.users.update`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    /// - `body`: the request body, a [`crate::schemas::User`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    #[inline]
    pub fn update(
        &self,
        user_key: impl Into<String>,
        body: crate::schemas::User,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("userKey", user_key.into());
        call.json_body(&body);
        UpdateCall { call }
    }

    /// Watches for changes in users list.
    ///
    /// `POST admin/directory/v1/users/watch` (method id `directory.users.watch`)
    ///
    /// The request body is a [`crate::schemas::Channel`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    /// - `https://www.googleapis.com/auth/admin.directory.user.readonly`
    /// - `https://www.googleapis.com/auth/cloud-platform`
    #[inline]
    pub fn watch(&self, body: crate::schemas::Channel) -> WatchCall {
        let mut call = Call::new(&self.client, &WATCH_METHOD);
        call.json_body(&body);
        WatchCall { call }
    }
}

static CREATE_GUEST_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.createGuest",
    http_method: http::Method::POST,
    path: "admin/directory/v1/users:createGuest",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

/// A call of `directory.users.createGuest`, made by [`UsersResource::create_guest`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateGuestCall {
    call: Call,
}

impl CreateGuestCall {
    /// Sends the request and waits for the answer of `directory.users.createGuest`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::User, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateGuestCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateGuestCall {
    type Response = crate::schemas::User;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/users/{userKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

/// A call of `directory.users.delete`, made by [`UsersResource::delete`]: set optional
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
    /// Sends the request and waits for the answer of `directory.users.delete`.
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
    id: "directory.users.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/users/{userKey}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.user",
        "https://www.googleapis.com/auth/admin.directory.user.readonly",
    ],
    api_version: None,
};

/// A call of `directory.users.get`, made by [`UsersResource::get`]: set optional parameters,
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
    /// A comma-separated list of schema names. All fields from these schemas are fetched. This
    /// should only be set when `projection=custom`.
    ///
    /// Optional parameter. Sent as `customFieldMask`.
    #[inline]
    pub fn custom_field_mask(mut self, value: impl Into<String>) -> Self {
        self.call.query("customFieldMask", value.into());
        self
    }

    /// What subset of fields to fetch for this user.
    ///
    /// Optional parameter. Sent as `projection`. Server default: `basic`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// Whether to fetch the administrator-only or domain-wide public view of the user. For more
    /// information, see [Retrieve a user as a
    /// non-administrator](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users#retrieve_users_non_admin).
    ///
    /// Optional parameter. Sent as `viewType`. Server default: `admin_view`.
    #[inline]
    pub fn view_type(mut self, value: ViewType) -> Self {
        self.call.query("viewType", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `directory.users.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::User, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::User;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/users",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

/// A call of `directory.users.insert`, made by [`UsersResource::insert`]: set optional
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
    /// Optional. Applies the option selected for [Find and add unmanaged
    /// users](https://knowledge.workspace.google.com/admin/users/find-and-add-unmanaged-users) to
    /// resolve conflicting accounts when set to `true`. Default: `false`
    ///
    /// Optional parameter. Sent as `resolveConflictAccount`.
    #[inline]
    pub fn resolve_conflict_account(mut self, value: bool) -> Self {
        self.call.query("resolveConflictAccount", value.to_string());
        self
    }

    /// Sends the request and waits for the answer of `directory.users.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::User, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::User;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/users",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.user",
        "https://www.googleapis.com/auth/admin.directory.user.readonly",
        "https://www.googleapis.com/auth/cloud-platform",
    ],
    api_version: None,
};

/// A call of `directory.users.list`, made by [`UsersResource::list`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// A comma-separated list of schema names. All fields from these schemas are fetched. This
    /// should only be set when `projection=custom`.
    ///
    /// Optional parameter. Sent as `customFieldMask`.
    #[inline]
    pub fn custom_field_mask(mut self, value: impl Into<String>) -> Self {
        self.call.query("customFieldMask", value.into());
        self
    }

    /// The unique ID for the customer's Google Workspace account. In case of a multi-domain
    /// account, to fetch all users for a customer, use this field instead of `domain`. You can also
    /// use the `my_customer` alias to represent your account's `customerId`. The `customerId` is
    /// also returned as part of the
    /// [Users](https://developers.google.com/workspace/admin/directory/v1/reference/users)
    /// resource. You must provide either the `customer` or the `domain` parameter.
    ///
    /// Optional parameter. Sent as `customer`.
    #[inline]
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.call.query("customer", value.into());
        self
    }

    /// The domain name. Use this field to get users from only one domain. To return all domains for
    /// a customer account, use the `customer` query parameter instead. Either the `customer` or the
    /// `domain` parameter must be provided.
    ///
    /// Optional parameter. Sent as `domain`.
    #[inline]
    pub fn domain(mut self, value: impl Into<String>) -> Self {
        self.call.query("domain", value.into());
        self
    }

    /// Event on which subscription is intended (if subscribing)
    ///
    /// Optional parameter. Sent as `event`.
    #[inline]
    pub fn event(mut self, value: Event) -> Self {
        self.call.query("event", value.as_str().to_owned());
        self
    }

    /// Maximum number of results to return.
    ///
    /// Optional parameter. Sent as `maxResults`. Server default: `100`.
    #[inline]
    pub fn max_results(mut self, value: i32) -> Self {
        self.call.query("maxResults", value.to_string());
        self
    }

    /// Property to use for sorting results.
    ///
    /// Optional parameter. Sent as `orderBy`.
    #[inline]
    pub fn order_by(mut self, value: OrderBy) -> Self {
        self.call.query("orderBy", value.as_str().to_owned());
        self
    }

    /// Token to specify next page in the list. The page token is only valid for three days.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// What subset of fields to fetch for this user.
    ///
    /// Optional parameter. Sent as `projection`. Server default: `basic`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// Query string for searching user fields. For more information on constructing user queries,
    /// see [Search for
    /// Users](https://developers.google.com/workspace/admin/directory/v1/guides/search-users).
    ///
    /// Optional parameter. Sent as `query`.
    #[inline]
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.call.query("query", value.into());
        self
    }

    /// If set to `true`, retrieves the list of deleted users. (Default: `false`)
    ///
    /// Optional parameter. Sent as `showDeleted`.
    #[inline]
    pub fn show_deleted(mut self, value: impl Into<String>) -> Self {
        self.call.query("showDeleted", value.into());
        self
    }

    /// Whether to return results in ascending or descending order, ignoring case.
    ///
    /// Optional parameter. Sent as `sortOrder`.
    #[inline]
    pub fn sort_order(mut self, value: SortOrder) -> Self {
        self.call.query("sortOrder", value.as_str().to_owned());
        self
    }

    /// Whether to fetch the administrator-only or domain-wide public view of the user. For more
    /// information, see [Retrieve a user as a
    /// non-administrator](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users#retrieve_users_non_admin).
    ///
    /// Optional parameter. Sent as `viewType`. Server default: `admin_view`.
    #[inline]
    pub fn view_type(mut self, value: ViewType) -> Self {
        self.call.query("viewType", value.as_str().to_owned());
        self
    }

    /// Every page of the list, as a stream of [`Users`](crate::schemas::Users): the call is sent,
    /// then sent again with `pageToken` set to each `nextPageToken` the server answers, every other
    /// parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::Users> {
        self.call.pages::<crate::schemas::Users>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `users` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `users` adds nothing; an
    /// error is the stream's last item.
    #[inline]
    pub fn items(self) -> Items<crate::schemas::Users, crate::schemas::User> {
        self.call
            .items::<
                crate::schemas::Users,
                crate::schemas::User,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.users.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `directory.users.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Users, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Users;
    fn into_call(self) -> Call {
        self.call
    }
}

static MAKE_ADMIN_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.makeAdmin",
    http_method: http::Method::POST,
    path: "admin/directory/v1/users/{userKey}/makeAdmin",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

/// A call of `directory.users.makeAdmin`, made by [`UsersResource::make_admin`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct MakeAdminCall {
    call: Call,
}

impl MakeAdminCall {
    /// Sends the request and waits for the answer of `directory.users.makeAdmin`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for MakeAdminCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for MakeAdminCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/users/{userKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

/// A call of `directory.users.patch`, made by [`UsersResource::patch`]: set optional
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
    /// Sends the request and waits for the answer of `directory.users.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::User, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::User;
    fn into_call(self) -> Call {
        self.call
    }
}

static SIGN_OUT_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.signOut",
    http_method: http::Method::POST,
    path: "admin/directory/v1/users/{userKey}/signOut",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user.security"],
    api_version: None,
};

/// A call of `directory.users.signOut`, made by [`UsersResource::sign_out`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct SignOutCall {
    call: Call,
}

impl SignOutCall {
    /// Sends the request and waits for the answer of `directory.users.signOut`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for SignOutCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for SignOutCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static UNDELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.undelete",
    http_method: http::Method::POST,
    path: "admin/directory/v1/users/{userKey}/undelete",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

/// A call of `directory.users.undelete`, made by [`UsersResource::undelete`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UndeleteCall {
    call: Call,
}

impl UndeleteCall {
    /// Sends the request and waits for the answer of `directory.users.undelete`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for UndeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UndeleteCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.update",
    http_method: http::Method::PUT,
    path: "admin/directory/v1/users/{userKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

/// A call of `directory.users.update`, made by [`UsersResource::update`]: set optional
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
    /// Sends the request and waits for the answer of `directory.users.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::User, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::User;
    fn into_call(self) -> Call {
        self.call
    }
}

static WATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.watch",
    http_method: http::Method::POST,
    path: "admin/directory/v1/users/watch",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.user",
        "https://www.googleapis.com/auth/admin.directory.user.readonly",
        "https://www.googleapis.com/auth/cloud-platform",
    ],
    api_version: None,
};

/// A call of `directory.users.watch`, made by [`UsersResource::watch`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct WatchCall {
    call: Call,
}

impl WatchCall {
    /// Comma-separated list of schema names. All fields from these schemas are fetched. This should
    /// only be set when projection=custom.
    ///
    /// Optional parameter. Sent as `customFieldMask`.
    #[inline]
    pub fn custom_field_mask(mut self, value: impl Into<String>) -> Self {
        self.call.query("customFieldMask", value.into());
        self
    }

    /// Immutable ID of the Google Workspace account. In case of multi-domain, to fetch all users
    /// for a customer, fill this field instead of domain.
    ///
    /// Optional parameter. Sent as `customer`.
    #[inline]
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.call.query("customer", value.into());
        self
    }

    /// Name of the domain. Fill this field to get users from only this domain. To return all users
    /// in a multi-domain fill customer field instead."
    ///
    /// Optional parameter. Sent as `domain`.
    #[inline]
    pub fn domain(mut self, value: impl Into<String>) -> Self {
        self.call.query("domain", value.into());
        self
    }

    /// Events to watch for.
    ///
    /// Optional parameter. Sent as `event`.
    #[inline]
    pub fn event(mut self, value: Event) -> Self {
        self.call.query("event", value.as_str().to_owned());
        self
    }

    /// Maximum number of results to return.
    ///
    /// Optional parameter. Sent as `maxResults`. Server default: `100`.
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

    /// What subset of fields to fetch for this user.
    ///
    /// Optional parameter. Sent as `projection`. Server default: `basic`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// Query string search. Contains one or more search clauses, each with a field, operator, and
    /// value. For complete documentation, go to [Search for
    /// users](https://developers.google.com/workspace/admin/directory/v1/guides/search-users).
    ///
    /// Optional parameter. Sent as `query`.
    #[inline]
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.call.query("query", value.into());
        self
    }

    /// If set to true, retrieves the list of deleted users. (Default: false)
    ///
    /// Optional parameter. Sent as `showDeleted`.
    #[inline]
    pub fn show_deleted(mut self, value: impl Into<String>) -> Self {
        self.call.query("showDeleted", value.into());
        self
    }

    /// Whether to return results in ascending or descending order.
    ///
    /// Optional parameter. Sent as `sortOrder`.
    #[inline]
    pub fn sort_order(mut self, value: SortOrder) -> Self {
        self.call.query("sortOrder", value.as_str().to_owned());
        self
    }

    /// Whether to fetch the administrator-only or domain-wide public view of the user. For more
    /// information, see [Retrieve a user as a
    /// non-administrator](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users#retrieve_users_non_admin).
    ///
    /// Optional parameter. Sent as `viewType`. Server default: `admin_view`.
    #[inline]
    pub fn view_type(mut self, value: ViewType) -> Self {
        self.call.query("viewType", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `directory.users.watch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Channel, Error> {
        self.call.send().await
    }
}

impl CallOptions for WatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for WatchCall {
    type Response = crate::schemas::Channel;
    fn into_call(self) -> Call {
        self.call
    }
}

/// Event on which subscription is intended (if subscribing)
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Event {
    /// User Created Event
    ///
    /// `add` on the wire.
    #[default]
    Add,
    /// User Deleted Event
    ///
    /// `delete` on the wire.
    Delete,
    /// User Admin Status Change Event
    ///
    /// `makeAdmin` on the wire.
    MakeAdmin,
    /// User Undeleted Event
    ///
    /// `undelete` on the wire.
    Undelete,
    /// User Updated Event
    ///
    /// `update` on the wire.
    Update,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for Event {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Delete => "delete",
            Self::MakeAdmin => "makeAdmin",
            Self::Undelete => "undelete",
            Self::Update => "update",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "add" => Self::Add,
            "delete" => Self::Delete,
            "makeAdmin" => Self::MakeAdmin,
            "undelete" => Self::Undelete,
            "update" => Self::Update,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Event);

/// Property to use for sorting results.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum OrderBy {
    /// Primary email of the user.
    ///
    /// `email` on the wire.
    #[default]
    Email,
    /// User's family name.
    ///
    /// `familyName` on the wire.
    FamilyName,
    /// User's given name.
    ///
    /// `givenName` on the wire.
    GivenName,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for OrderBy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::FamilyName => "familyName",
            Self::GivenName => "givenName",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "email" => Self::Email,
            "familyName" => Self::FamilyName,
            "givenName" => Self::GivenName,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(OrderBy);

/// What subset of fields to fetch for this user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Projection {
    /// Do not include any custom fields for the user.
    ///
    /// `basic` on the wire.
    #[default]
    Basic,
    /// Include custom fields from schemas requested in `customFieldMask`.
    ///
    /// `custom` on the wire.
    Custom,
    /// Include all fields associated with this user.
    ///
    /// `full` on the wire.
    Full,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for Projection {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Basic => "basic",
            Self::Custom => "custom",
            Self::Full => "full",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "basic" => Self::Basic,
            "custom" => Self::Custom,
            "full" => Self::Full,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Projection);

/// Whether to return results in ascending or descending order, ignoring case.
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

/// Whether to fetch the administrator-only or domain-wide public view of the user. For more
/// information, see [Retrieve a user as a
/// non-administrator](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users#retrieve_users_non_admin).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ViewType {
    /// Results include both administrator-only and domain-public fields for the user.
    ///
    /// `admin_view` on the wire.
    #[default]
    AdminView,
    /// Results only include fields for the user that are publicly visible to other users in the
    /// domain.
    ///
    /// `domain_public` on the wire.
    DomainPublic,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ViewType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AdminView => "admin_view",
            Self::DomainPublic => "domain_public",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "admin_view" => Self::AdminView,
            "domain_public" => Self::DomainPublic,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ViewType);
