//! The `projects.hmacKeys` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `projects.hmacKeys` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct HmacKeysResource {
    pub(crate) client: Client,
}

impl HmacKeysResource {
    /// Creates a new HMAC key for the specified service account.
    ///
    /// `POST storage/v1/projects/{projectId}/hmacKeys` (method id
    /// `storage.projects.hmacKeys.create`)
    ///
    /// Arguments, in order:
    /// - `project_id`: Project ID owning the service account.
    /// - `service_account_email`: Email address of the service account.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn create(
        &self,
        project_id: impl Into<String>,
        service_account_email: impl Into<String>,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        call.path_param("projectId", project_id.into());
        call.query("serviceAccountEmail", service_account_email.into());
        CreateCall { call }
    }

    /// Deletes an HMAC key.
    ///
    /// `DELETE storage/v1/projects/{projectId}/hmacKeys/{accessId}` (method id
    /// `storage.projects.hmacKeys.delete`)
    ///
    /// Arguments, in order:
    /// - `project_id`: Project ID owning the requested key
    /// - `access_id`: Name of the HMAC key to be deleted.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn delete(
        &self,
        project_id: impl Into<String>,
        access_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("projectId", project_id.into());
        call.path_param("accessId", access_id.into());
        DeleteCall { call }
    }

    /// Retrieves an HMAC key's metadata
    ///
    /// `GET storage/v1/projects/{projectId}/hmacKeys/{accessId}` (method id
    /// `storage.projects.hmacKeys.get`)
    ///
    /// Arguments, in order:
    /// - `project_id`: Project ID owning the service account of the requested key.
    /// - `access_id`: Name of the HMAC key.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    #[inline]
    pub fn get(
        &self,
        project_id: impl Into<String>,
        access_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("projectId", project_id.into());
        call.path_param("accessId", access_id.into());
        GetCall { call }
    }

    /// Retrieves a list of HMAC keys matching the criteria.
    ///
    /// `GET storage/v1/projects/{projectId}/hmacKeys` (method id `storage.projects.hmacKeys.list`)
    ///
    /// Arguments, in order:
    /// - `project_id`: Name of the project in which to look for HMAC keys.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    #[inline]
    pub fn list(&self, project_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("projectId", project_id.into());
        ListCall { call }
    }

    /// Updates the state of an HMAC key. See the [HMAC Key resource
    /// descriptor](https://cloud.google.com/storage/docs/json_api/v1/projects/hmacKeys/update#request-body)
    /// for valid states.
    ///
    /// `PUT storage/v1/projects/{projectId}/hmacKeys/{accessId}` (method id
    /// `storage.projects.hmacKeys.update`)
    ///
    /// Arguments, in order:
    /// - `project_id`: Project ID owning the service account of the updated key.
    /// - `access_id`: Name of the HMAC key being updated.
    /// - `body`: the request body, a [`crate::schemas::HmacKeyMetadata`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn update(
        &self,
        project_id: impl Into<String>,
        access_id: impl Into<String>,
        body: crate::schemas::HmacKeyMetadata,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("projectId", project_id.into());
        call.path_param("accessId", access_id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "storage.projects.hmacKeys.create",
    http_method: http::Method::POST,
    path: "projects/{projectId}/hmacKeys",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.projects.hmacKeys.create`, made by [`HmacKeysResource::create`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// The project to be billed for this request.
    ///
    /// Optional parameter. Sent as `userProject`.
    #[inline]
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.projects.hmacKeys.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::HmacKey, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::HmacKey;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "storage.projects.hmacKeys.delete",
    http_method: http::Method::DELETE,
    path: "projects/{projectId}/hmacKeys/{accessId}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.projects.hmacKeys.delete`, made by [`HmacKeysResource::delete`]: set
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
    /// The project to be billed for this request.
    ///
    /// Optional parameter. Sent as `userProject`.
    #[inline]
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.projects.hmacKeys.delete`.
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
    id: "storage.projects.hmacKeys.get",
    http_method: http::Method::GET,
    path: "projects/{projectId}/hmacKeys/{accessId}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
    ],
    api_version: None,
};

/// A call of `storage.projects.hmacKeys.get`, made by [`HmacKeysResource::get`]: set optional
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
    /// The project to be billed for this request.
    ///
    /// Optional parameter. Sent as `userProject`.
    #[inline]
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.projects.hmacKeys.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::HmacKeyMetadata, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::HmacKeyMetadata;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "storage.projects.hmacKeys.list",
    http_method: http::Method::GET,
    path: "projects/{projectId}/hmacKeys",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
    ],
    api_version: None,
};

/// A call of `storage.projects.hmacKeys.list`, made by [`HmacKeysResource::list`]: set optional
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
    /// Maximum number of items to return in a single page of responses. The service uses this
    /// parameter or 250 items, whichever is smaller. The max number of items per page will also be
    /// limited by the number of distinct service accounts in the response. If the number of service
    /// accounts in a single response is too high, the page will truncated and a next page token
    /// will be returned.
    ///
    /// Optional parameter. Sent as `maxResults`. Server default: `250`.
    #[inline]
    pub fn max_results(mut self, value: u32) -> Self {
        self.call.query("maxResults", value.to_string());
        self
    }

    /// A previously-returned page token representing part of the larger set of results to view.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// If present, only keys for the given service account are returned.
    ///
    /// Optional parameter. Sent as `serviceAccountEmail`.
    #[inline]
    pub fn service_account_email(mut self, value: impl Into<String>) -> Self {
        self.call.query("serviceAccountEmail", value.into());
        self
    }

    /// Whether or not to show keys in the DELETED state.
    ///
    /// Optional parameter. Sent as `showDeletedKeys`.
    #[inline]
    pub fn show_deleted_keys(mut self, value: bool) -> Self {
        self.call.query("showDeletedKeys", value.to_string());
        self
    }

    /// The project to be billed for this request.
    ///
    /// Optional parameter. Sent as `userProject`.
    #[inline]
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`HmacKeysMetadata`](crate::schemas::HmacKeysMetadata): the call is sent, then sent again
    /// with `pageToken` set to each `nextPageToken` the server answers, every other parameter as
    /// set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::HmacKeysMetadata> {
        self.call
            .pages::<
                crate::schemas::HmacKeysMetadata,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `items` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `items` adds nothing; an
    /// error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::HmacKeysMetadata, crate::schemas::HmacKeyMetadata> {
        self.call
            .items::<
                crate::schemas::HmacKeysMetadata,
                crate::schemas::HmacKeyMetadata,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.items.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `storage.projects.hmacKeys.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::HmacKeysMetadata, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::HmacKeysMetadata;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "storage.projects.hmacKeys.update",
    http_method: http::Method::PUT,
    path: "projects/{projectId}/hmacKeys/{accessId}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.projects.hmacKeys.update`, made by [`HmacKeysResource::update`]: set
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
    /// The project to be billed for this request.
    ///
    /// Optional parameter. Sent as `userProject`.
    #[inline]
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.projects.hmacKeys.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::HmacKeyMetadata, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::HmacKeyMetadata;
    fn into_call(self) -> Call {
        self.call
    }
}
