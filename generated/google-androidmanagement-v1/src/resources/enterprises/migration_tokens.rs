//! The `enterprises.migrationTokens` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `enterprises.migrationTokens` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct MigrationTokensResource {
    pub(crate) client: Client,
}

impl MigrationTokensResource {
    /// Creates a migration token, to migrate an existing device from being managed by the EMM's
    /// Device Policy Controller (DPC) to being managed by the Android Management API. See the guide
    /// (<https://developers.google.com/android/management/dpc-migration>) for more details.
    ///
    /// `POST v1/{+parent}/migrationTokens` (method id
    /// `androidmanagement.enterprises.migrationTokens.create`)
    ///
    /// Arguments, in order:
    /// - `parent`: Required. The enterprise in which this migration token is created. This must
    ///   be the same Must match `^enterprises/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::MigrationToken`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn create(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::MigrationToken,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^enterprises/[^/]+$");
        call.path_param("parent", parent);
        call.json_body(&body);
        CreateCall { call }
    }

    /// Gets a migration token.
    ///
    /// `GET v1/{+name}` (method id `androidmanagement.enterprises.migrationTokens.get`)
    ///
    /// Arguments, in order:
    /// - `name`: Required. The name of the migration token to retrieve. Format: Must match
    ///   `^enterprises/[^/]+/migrationTokens/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/migrationTokens/[^/]+$");
        call.path_param("name", name);
        GetCall { call }
    }

    /// Lists migration tokens.
    ///
    /// `GET v1/{+parent}/migrationTokens` (method id
    /// `androidmanagement.enterprises.migrationTokens.list`)
    ///
    /// Arguments, in order:
    /// - `parent`: Required. The enterprise which the migration tokens belong to. Format: Must
    ///   match `^enterprises/[^/]+$`.
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
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.migrationTokens.create",
    http_method: http::Method::POST,
    path: "v1/{+parent}/migrationTokens",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.migrationTokens.create`, made by
/// [`MigrationTokensResource::create`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.migrationTokens.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::MigrationToken, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::MigrationToken;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.migrationTokens.get",
    http_method: http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.migrationTokens.get`, made by
/// [`MigrationTokensResource::get`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.migrationTokens.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::MigrationToken, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::MigrationToken;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.migrationTokens.list",
    http_method: http::Method::GET,
    path: "v1/{+parent}/migrationTokens",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.migrationTokens.list`, made by
/// [`MigrationTokensResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// The maximum number of migration tokens to return. Fewer migration tokens may be returned. If
    /// unspecified, at most 100 migration tokens will be returned. The maximum value is 100; values
    /// above 100 will be coerced to 100.
    ///
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// A page token, received from a previous ListMigrationTokens call. Provide this to retrieve
    /// the subsequent page.When paginating, all other parameters provided to ListMigrationTokens
    /// must match the call that provided the page token.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListMigrationTokensResponse`](crate::schemas::ListMigrationTokensResponse): the call is
    /// sent, then sent again with `pageToken` set to each `nextPageToken` the server answers, every
    /// other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListMigrationTokensResponse> {
        self.call
            .pages::<
                crate::schemas::ListMigrationTokensResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `migration_tokens` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `migration_tokens` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<
        crate::schemas::ListMigrationTokensResponse,
        crate::schemas::MigrationToken,
    > {
        self.call
            .items::<
                crate::schemas::ListMigrationTokensResponse,
                crate::schemas::MigrationToken,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.migration_tokens.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.migrationTokens.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ListMigrationTokensResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListMigrationTokensResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
