//! The `enterprises.migrationTokens` resource.

/// The `enterprises.migrationTokens` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct MigrationTokensResource {
    pub(crate) client: crate::runtime::Client,
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
    pub fn create(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::MigrationToken,
    ) -> CreateCall {
        let mut call = crate::runtime::Call::new(&self.client, &CREATE_METHOD);
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
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
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
    pub fn list(&self, parent: impl Into<String>) -> ListCall {
        let mut call = crate::runtime::Call::new(&self.client, &LIST_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^enterprises/[^/]+$");
        call.path_param("parent", parent);
        ListCall { call }
    }
}

static CREATE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.migrationTokens.create",
    http_method: crate::runtime::http::Method::POST,
    path: "v1/{+parent}/migrationTokens",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.migrationTokens.get",
    http_method: crate::runtime::http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

static LIST_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.migrationTokens.list",
    http_method: crate::runtime::http::Method::GET,
    path: "v1/{+parent}/migrationTokens",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.migrationTokens.create`, made by
/// [`MigrationTokensResource::create`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: crate::runtime::Call,
}

impl CreateCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.migrationTokens.create`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::MigrationToken, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for CreateCall {
    type Response = crate::schemas::MigrationToken;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `androidmanagement.enterprises.migrationTokens.get`, made by
/// [`MigrationTokensResource::get`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.migrationTokens.get`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::MigrationToken, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::MigrationToken;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `androidmanagement.enterprises.migrationTokens.list`, made by
/// [`MigrationTokensResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: crate::runtime::Call,
}

impl ListCall {
    /// The maximum number of migration tokens to return. Fewer migration tokens may be returned. If
    /// unspecified, at most 100 migration tokens will be returned. The maximum value is 100; values
    /// above 100 will be coerced to 100.
    ///
    /// Optional parameter. Sent as `pageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// A page token, received from a previous ListMigrationTokens call. Provide this to retrieve
    /// the subsequent page.When paginating, all other parameters provided to ListMigrationTokens
    /// must match the call that provided the page token.
    ///
    /// Optional parameter. Sent as `pageToken`.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the answer, as a stream: the call is repeated with each
    /// `nextPageToken` (keeping every other parameter) until the server sends none.
    #[inline]
    pub fn pages(
        self,
    ) -> crate::runtime::Pages<crate::schemas::ListMigrationTokensResponse> {
        self.call
            .pages::<
                crate::schemas::ListMigrationTokensResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `migration_tokens` on every page, as one stream.
    #[inline]
    pub fn items(
        self,
    ) -> crate::runtime::Items<
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
    ) -> Result<crate::schemas::ListMigrationTokensResponse, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::ListMigrationTokensResponse;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
