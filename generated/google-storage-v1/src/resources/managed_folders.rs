//! The `managedFolders` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `managedFolders` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ManagedFoldersResource {
    pub(crate) client: Client,
}

impl ManagedFoldersResource {
    /// Permanently deletes a managed folder.
    ///
    /// `DELETE storage/v1/b/{bucket}/managedFolders/{managedFolder}` (method id
    /// `storage.managedFolders.delete`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket containing the managed folder.
    /// - `managed_folder`: The managed folder name/path.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn delete(
        &self,
        bucket: impl Into<String>,
        managed_folder: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("managedFolder", managed_folder.into());
        DeleteCall { call }
    }

    /// Returns metadata of the specified managed folder.
    ///
    /// `GET storage/v1/b/{bucket}/managedFolders/{managedFolder}` (method id
    /// `storage.managedFolders.get`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket containing the managed folder.
    /// - `managed_folder`: The managed folder name/path.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn get(
        &self,
        bucket: impl Into<String>,
        managed_folder: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("managedFolder", managed_folder.into());
        GetCall { call }
    }

    /// Returns an IAM policy for the specified managed folder.
    ///
    /// `GET storage/v1/b/{bucket}/managedFolders/{managedFolder}/iam` (method id
    /// `storage.managedFolders.getIamPolicy`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket containing the managed folder.
    /// - `managed_folder`: The managed folder name/path.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn get_iam_policy(
        &self,
        bucket: impl Into<String>,
        managed_folder: impl Into<String>,
    ) -> GetIamPolicyCall {
        let mut call = Call::new(&self.client, &GET_IAM_POLICY_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("managedFolder", managed_folder.into());
        GetIamPolicyCall { call }
    }

    /// Creates a new managed folder.
    ///
    /// `POST storage/v1/b/{bucket}/managedFolders` (method id `storage.managedFolders.insert`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket containing the managed folder.
    /// - `body`: the request body, a [`crate::schemas::ManagedFolder`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn insert(
        &self,
        bucket: impl Into<String>,
        body: crate::schemas::ManagedFolder,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("bucket", bucket.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Lists managed folders in the given bucket.
    ///
    /// `GET storage/v1/b/{bucket}/managedFolders` (method id `storage.managedFolders.list`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket containing the managed folder.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn list(&self, bucket: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("bucket", bucket.into());
        ListCall { call }
    }

    /// Updates an IAM policy for the specified managed folder.
    ///
    /// `PUT storage/v1/b/{bucket}/managedFolders/{managedFolder}/iam` (method id
    /// `storage.managedFolders.setIamPolicy`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket containing the managed folder.
    /// - `managed_folder`: The managed folder name/path.
    /// - `body`: the request body, a [`crate::schemas::Policy`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn set_iam_policy(
        &self,
        bucket: impl Into<String>,
        managed_folder: impl Into<String>,
        body: crate::schemas::Policy,
    ) -> SetIamPolicyCall {
        let mut call = Call::new(&self.client, &SET_IAM_POLICY_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("managedFolder", managed_folder.into());
        call.json_body(&body);
        SetIamPolicyCall { call }
    }

    /// Tests a set of permissions on the given managed folder to see which, if any, are held by the
    /// caller.
    ///
    /// `GET storage/v1/b/{bucket}/managedFolders/{managedFolder}/iam/testPermissions` (method id
    /// `storage.managedFolders.testIamPermissions`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket containing the managed folder.
    /// - `managed_folder`: The managed folder name/path.
    /// - `permissions`: Permissions to test.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn test_iam_permissions(
        &self,
        bucket: impl Into<String>,
        managed_folder: impl Into<String>,
        permissions: impl IntoIterator<Item = impl Into<String>>,
    ) -> TestIamPermissionsCall {
        let mut call = Call::new(&self.client, &TEST_IAM_PERMISSIONS_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("managedFolder", managed_folder.into());
        call.query_repeated("permissions", permissions.into_iter().map(|v| v.into()));
        TestIamPermissionsCall { call }
    }

    /// Updates a managed folder using patch semantics.
    ///
    /// `PATCH storage/v1/b/{bucket}/managedFolders/{managedFolder}` (method id
    /// `storage.managedFolders.update`)
    ///
    /// Arguments, in order:
    /// - `bucket`: The name of the bucket containing the managed folder.
    /// - `managed_folder`: The name of the managed folder.
    /// - `body`: the request body, a [`crate::schemas::ManagedFolder`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn update(
        &self,
        bucket: impl Into<String>,
        managed_folder: impl Into<String>,
        body: crate::schemas::ManagedFolder,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("managedFolder", managed_folder.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "storage.managedFolders.delete",
    http_method: http::Method::DELETE,
    path: "b/{bucket}/managedFolders/{managedFolder}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.managedFolders.delete`, made by [`ManagedFoldersResource::delete`]: set
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
    /// Allows the deletion of a managed folder even if it is not empty. A managed folder is empty
    /// if there are no objects or managed folders that it applies to. Callers must have
    /// storage.managedFolders.setIamPolicy permission.
    ///
    /// Optional parameter. Sent as `allowNonEmpty`.
    #[inline]
    pub fn allow_non_empty(mut self, value: bool) -> Self {
        self.call.query("allowNonEmpty", value.to_string());
        self
    }

    /// If set, only deletes the managed folder if its metageneration matches this value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// If set, only deletes the managed folder if its metageneration does not match this value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
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

    /// Sends the request and waits for the answer of `storage.managedFolders.delete`.
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
    id: "storage.managedFolders.get",
    http_method: http::Method::GET,
    path: "b/{bucket}/managedFolders/{managedFolder}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.managedFolders.get`, made by [`ManagedFoldersResource::get`]: set
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
    /// Makes the return of the managed folder metadata conditional on whether the managed folder's
    /// current metageneration matches the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the return of the managed folder metadata conditional on whether the managed folder's
    /// current metageneration does not match the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
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

    /// Sends the request and waits for the answer of `storage.managedFolders.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ManagedFolder, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::ManagedFolder;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_IAM_POLICY_METHOD: MethodInfo = MethodInfo {
    id: "storage.managedFolders.getIamPolicy",
    http_method: http::Method::GET,
    path: "b/{bucket}/managedFolders/{managedFolder}/iam",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.managedFolders.getIamPolicy`, made by
/// [`ManagedFoldersResource::get_iam_policy`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetIamPolicyCall {
    call: Call,
}

impl GetIamPolicyCall {
    /// The IAM policy format version to be returned. If the optionsRequestedPolicyVersion is for an
    /// older version that doesn't support part of the requested IAM policy, the request fails.
    ///
    /// Optional parameter. Sent as `optionsRequestedPolicyVersion`.
    #[inline]
    pub fn options_requested_policy_version(mut self, value: i32) -> Self {
        self.call.query("optionsRequestedPolicyVersion", value.to_string());
        self
    }

    /// The project to be billed for this request. Required for Requester Pays buckets.
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

    /// Sends the request and waits for the answer of `storage.managedFolders.getIamPolicy`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Policy, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetIamPolicyCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetIamPolicyCall {
    type Response = crate::schemas::Policy;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "storage.managedFolders.insert",
    http_method: http::Method::POST,
    path: "b/{bucket}/managedFolders",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.managedFolders.insert`, made by [`ManagedFoldersResource::insert`]: set
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
    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.managedFolders.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ManagedFolder, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::ManagedFolder;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "storage.managedFolders.list",
    http_method: http::Method::GET,
    path: "b/{bucket}/managedFolders",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.managedFolders.list`, made by [`ManagedFoldersResource::list`]: set
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
    /// Maximum number of items to return in a single page of responses.
    ///
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
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

    /// The managed folder name/path prefix to filter the output list of results.
    ///
    /// Optional parameter. Sent as `prefix`.
    #[inline]
    pub fn prefix(mut self, value: impl Into<String>) -> Self {
        self.call.query("prefix", value.into());
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

    /// Every page of the list, as a stream of [`ManagedFolders`](crate::schemas::ManagedFolders):
    /// the call is sent, then sent again with `pageToken` set to each `nextPageToken` the server
    /// answers, every other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ManagedFolders> {
        self.call
            .pages::<
                crate::schemas::ManagedFolders,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `items` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `items` adds nothing; an
    /// error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ManagedFolders, crate::schemas::ManagedFolder> {
        self.call
            .items::<
                crate::schemas::ManagedFolders,
                crate::schemas::ManagedFolder,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.items.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `storage.managedFolders.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ManagedFolders, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ManagedFolders;
    fn into_call(self) -> Call {
        self.call
    }
}

static SET_IAM_POLICY_METHOD: MethodInfo = MethodInfo {
    id: "storage.managedFolders.setIamPolicy",
    http_method: http::Method::PUT,
    path: "b/{bucket}/managedFolders/{managedFolder}/iam",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.managedFolders.setIamPolicy`, made by
/// [`ManagedFoldersResource::set_iam_policy`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct SetIamPolicyCall {
    call: Call,
}

impl SetIamPolicyCall {
    /// The project to be billed for this request. Required for Requester Pays buckets.
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

    /// Sends the request and waits for the answer of `storage.managedFolders.setIamPolicy`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Policy, Error> {
        self.call.send().await
    }
}

impl CallOptions for SetIamPolicyCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for SetIamPolicyCall {
    type Response = crate::schemas::Policy;
    fn into_call(self) -> Call {
        self.call
    }
}

static TEST_IAM_PERMISSIONS_METHOD: MethodInfo = MethodInfo {
    id: "storage.managedFolders.testIamPermissions",
    http_method: http::Method::GET,
    path: "b/{bucket}/managedFolders/{managedFolder}/iam/testPermissions",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.managedFolders.testIamPermissions`, made by
/// [`ManagedFoldersResource::test_iam_permissions`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct TestIamPermissionsCall {
    call: Call,
}

impl TestIamPermissionsCall {
    /// The project to be billed for this request. Required for Requester Pays buckets.
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

    /// Sends the request and waits for the answer of `storage.managedFolders.testIamPermissions`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::TestIamPermissionsResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for TestIamPermissionsCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for TestIamPermissionsCall {
    type Response = crate::schemas::TestIamPermissionsResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "storage.managedFolders.update",
    http_method: http::Method::PATCH,
    path: "b/{bucket}/managedFolders/{managedFolder}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.managedFolders.update`, made by [`ManagedFoldersResource::update`]: set
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
    /// Makes the operation conditional on whether the metageneration of the managed folder matches
    /// the specified value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the metageneration of the managed folder doesn't
    /// match the specified value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
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

    /// Sends the request and waits for the answer of `storage.managedFolders.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ManagedFolder, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::ManagedFolder;
    fn into_call(self) -> Call {
        self.call
    }
}
