//! The `buckets` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MethodInfo, Pages, Poller,
};

/// The `buckets` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct BucketsResource {
    pub(crate) client: Client,
}

impl BucketsResource {
    /// Deletes an empty bucket. Deletions are permanent unless soft delete is enabled on the
    /// bucket.
    ///
    /// `DELETE storage/v1/b/{bucket}` (method id `storage.buckets.delete`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn delete(&self, bucket: impl Into<String>) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("bucket", bucket.into());
        DeleteCall { call }
    }

    /// Returns metadata for the specified bucket.
    ///
    /// `GET storage/v1/b/{bucket}` (method id `storage.buckets.get`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn get(&self, bucket: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("bucket", bucket.into());
        GetCall { call }
    }

    /// Returns an IAM policy for the specified bucket.
    ///
    /// `GET storage/v1/b/{bucket}/iam` (method id `storage.buckets.getIamPolicy`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn get_iam_policy(&self, bucket: impl Into<String>) -> GetIamPolicyCall {
        let mut call = Call::new(&self.client, &GET_IAM_POLICY_METHOD);
        call.path_param("bucket", bucket.into());
        GetIamPolicyCall { call }
    }

    /// Returns the storage layout configuration for the specified bucket. Note that this operation
    /// requires storage.objects.list permission.
    ///
    /// `GET storage/v1/b/{bucket}/storageLayout` (method id `storage.buckets.getStorageLayout`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn get_storage_layout(&self, bucket: impl Into<String>) -> GetStorageLayoutCall {
        let mut call = Call::new(&self.client, &GET_STORAGE_LAYOUT_METHOD);
        call.path_param("bucket", bucket.into());
        GetStorageLayoutCall { call }
    }

    /// Creates a new bucket.
    ///
    /// `POST storage/v1/b` (method id `storage.buckets.insert`)
    ///
    /// Arguments, in order:
    /// - `project`: A valid API project identifier.
    /// - `body`: the request body, a [`crate::schemas::Bucket`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn insert(
        &self,
        project: impl Into<String>,
        body: crate::schemas::Bucket,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.query("project", project.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves a list of buckets for a given project.
    ///
    /// `GET storage/v1/b` (method id `storage.buckets.list`)
    ///
    /// Arguments, in order:
    /// - `project`: A valid API project identifier.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn list(&self, project: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.query("project", project.into());
        ListCall { call }
    }

    /// Locks retention policy on a bucket.
    ///
    /// `POST storage/v1/b/{bucket}/lockRetentionPolicy` (method id
    /// `storage.buckets.lockRetentionPolicy`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `if_metageneration_match`: Makes the operation conditional on whether bucket's current
    ///   metageneration matches the given
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn lock_retention_policy(
        &self,
        bucket: impl Into<String>,
        if_metageneration_match: i64,
    ) -> LockRetentionPolicyCall {
        let mut call = Call::new(&self.client, &LOCK_RETENTION_POLICY_METHOD);
        call.path_param("bucket", bucket.into());
        call.query("ifMetagenerationMatch", if_metageneration_match.to_string());
        LockRetentionPolicyCall { call }
    }

    /// Patches a bucket. Changes to the bucket will be readable immediately after writing, but
    /// configuration changes may take time to propagate.
    ///
    /// `PATCH storage/v1/b/{bucket}` (method id `storage.buckets.patch`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `body`: the request body, a [`crate::schemas::Bucket`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn patch(
        &self,
        bucket: impl Into<String>,
        body: crate::schemas::Bucket,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("bucket", bucket.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Initiates a long-running Relocate Bucket operation on the specified bucket.
    ///
    /// `POST storage/v1/b/{bucket}/relocate` (method id `storage.buckets.relocate`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket to be moved.
    /// - `body`: the request body, a [`crate::schemas::RelocateBucketRequest`].
    ///
    /// Answers with a long-running operation: `.poller().until_done().await` waits for its end.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn relocate(
        &self,
        bucket: impl Into<String>,
        body: crate::schemas::RelocateBucketRequest,
    ) -> RelocateCall {
        let mut call = Call::new(&self.client, &RELOCATE_METHOD);
        call.path_param("bucket", bucket.into());
        call.json_body(&body);
        RelocateCall { call }
    }

    /// Restores a soft-deleted bucket.
    ///
    /// `POST storage/v1/b/{bucket}/restore` (method id `storage.buckets.restore`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `generation`: Generation of a bucket.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn restore(&self, bucket: impl Into<String>, generation: i64) -> RestoreCall {
        let mut call = Call::new(&self.client, &RESTORE_METHOD);
        call.path_param("bucket", bucket.into());
        call.query("generation", generation.to_string());
        RestoreCall { call }
    }

    /// Updates an IAM policy for the specified bucket.
    ///
    /// `PUT storage/v1/b/{bucket}/iam` (method id `storage.buckets.setIamPolicy`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `body`: the request body, a [`crate::schemas::Policy`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn set_iam_policy(
        &self,
        bucket: impl Into<String>,
        body: crate::schemas::Policy,
    ) -> SetIamPolicyCall {
        let mut call = Call::new(&self.client, &SET_IAM_POLICY_METHOD);
        call.path_param("bucket", bucket.into());
        call.json_body(&body);
        SetIamPolicyCall { call }
    }

    /// Tests a set of permissions on the given bucket to see which, if any, are held by the caller.
    ///
    /// `GET storage/v1/b/{bucket}/iam/testPermissions` (method id
    /// `storage.buckets.testIamPermissions`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
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
        permissions: impl IntoIterator<Item = impl Into<String>>,
    ) -> TestIamPermissionsCall {
        let mut call = Call::new(&self.client, &TEST_IAM_PERMISSIONS_METHOD);
        call.path_param("bucket", bucket.into());
        call.query_repeated("permissions", permissions.into_iter().map(|v| v.into()));
        TestIamPermissionsCall { call }
    }

    /// Updates a bucket. Changes to the bucket will be readable immediately after writing, but
    /// configuration changes may take time to propagate.
    ///
    /// `PUT storage/v1/b/{bucket}` (method id `storage.buckets.update`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `body`: the request body, a [`crate::schemas::Bucket`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn update(
        &self,
        bucket: impl Into<String>,
        body: crate::schemas::Bucket,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("bucket", bucket.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.delete",
    http_method: http::Method::DELETE,
    path: "b/{bucket}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.delete`, made by [`BucketsResource::delete`]: set optional
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
    /// If set, only deletes the bucket if its metageneration matches this value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// If set, only deletes the bucket if its metageneration does not match this value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
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

    /// Sends the request and waits for the answer of `storage.buckets.delete`.
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
    id: "storage.buckets.get",
    http_method: http::Method::GET,
    path: "b/{bucket}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.get`, made by [`BucketsResource::get`]: set optional parameters,
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
    /// If present, specifies the generation of the bucket. This is required if softDeleted is true.
    ///
    /// Optional parameter. Sent as `generation`.
    #[inline]
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
        self
    }

    /// Makes the return of the bucket metadata conditional on whether the bucket's current
    /// metageneration matches the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the return of the bucket metadata conditional on whether the bucket's current
    /// metageneration does not match the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
        self
    }

    /// Set of properties to return. Defaults to noAcl.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// If true, return the soft-deleted version of this bucket. The default is false. For more
    /// information, see [Soft Delete](https://cloud.google.com/storage/docs/soft-delete).
    ///
    /// Optional parameter. Sent as `softDeleted`.
    #[inline]
    pub fn soft_deleted(mut self, value: bool) -> Self {
        self.call.query("softDeleted", value.to_string());
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

    /// Sends the request and waits for the answer of `storage.buckets.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Bucket, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Bucket;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_IAM_POLICY_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.getIamPolicy",
    http_method: http::Method::GET,
    path: "b/{bucket}/iam",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.buckets.getIamPolicy`, made by [`BucketsResource::get_iam_policy`]: set
/// optional parameters, then `send` it.
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

    /// Sends the request and waits for the answer of `storage.buckets.getIamPolicy`.
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

static GET_STORAGE_LAYOUT_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.getStorageLayout",
    http_method: http::Method::GET,
    path: "b/{bucket}/storageLayout",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.getStorageLayout`, made by
/// [`BucketsResource::get_storage_layout`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetStorageLayoutCall {
    call: Call,
}

impl GetStorageLayoutCall {
    /// An optional prefix used for permission check. It is useful when the caller only has
    /// storage.objects.list permission under a specific prefix.
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

    /// Sends the request and waits for the answer of `storage.buckets.getStorageLayout`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::BucketStorageLayout, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetStorageLayoutCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetStorageLayoutCall {
    type Response = crate::schemas::BucketStorageLayout;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.insert",
    http_method: http::Method::POST,
    path: "b",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.insert`, made by [`BucketsResource::insert`]: set optional
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
    /// When set to true, object retention is enabled for this bucket.
    ///
    /// Optional parameter. Sent as `enableObjectRetention`. Server default: `false`.
    #[inline]
    pub fn enable_object_retention(mut self, value: bool) -> Self {
        self.call.query("enableObjectRetention", value.to_string());
        self
    }

    /// Apply a predefined set of access controls to this bucket.
    ///
    /// Optional parameter. Sent as `predefinedAcl`.
    #[inline]
    pub fn predefined_acl(mut self, value: PredefinedAcl) -> Self {
        self.call.query("predefinedAcl", value.as_str().to_owned());
        self
    }

    /// Apply a predefined set of default object access controls to this bucket.
    ///
    /// Optional parameter. Sent as `predefinedDefaultObjectAcl`.
    #[inline]
    pub fn predefined_default_object_acl(
        mut self,
        value: PredefinedDefaultObjectAcl,
    ) -> Self {
        self.call.query("predefinedDefaultObjectAcl", value.as_str().to_owned());
        self
    }

    /// Set of properties to return. Defaults to noAcl, unless the bucket resource specifies acl or
    /// defaultObjectAcl properties, when it defaults to full.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
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

    /// Sends the request and waits for the answer of `storage.buckets.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Bucket, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::Bucket;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.list",
    http_method: http::Method::GET,
    path: "b",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.list`, made by [`BucketsResource::list`]: set optional
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
    /// Maximum number of buckets to return in a single response. The service will use this
    /// parameter or 1,000 items, whichever is smaller.
    ///
    /// Optional parameter. Sent as `maxResults`. Server default: `1000`.
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

    /// Filter results to buckets whose names begin with this prefix.
    ///
    /// Optional parameter. Sent as `prefix`.
    #[inline]
    pub fn prefix(mut self, value: impl Into<String>) -> Self {
        self.call.query("prefix", value.into());
        self
    }

    /// Set of properties to return. Defaults to noAcl.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// If true, return a list of bucket resource names for buckets that are in unreachable
    /// locations.
    ///
    /// Optional parameter. Sent as `returnPartialSuccess`.
    #[inline]
    pub fn return_partial_success(mut self, value: bool) -> Self {
        self.call.query("returnPartialSuccess", value.to_string());
        self
    }

    /// If true, only soft-deleted bucket versions will be returned. The default is false. For more
    /// information, see [Soft Delete](https://cloud.google.com/storage/docs/soft-delete).
    ///
    /// Optional parameter. Sent as `softDeleted`.
    #[inline]
    pub fn soft_deleted(mut self, value: bool) -> Self {
        self.call.query("softDeleted", value.to_string());
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

    /// Every page of the list, as a stream of [`Buckets`](crate::schemas::Buckets): the call is
    /// sent, then sent again with `pageToken` set to each `nextPageToken` the server answers, every
    /// other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::Buckets> {
        self.call
            .pages::<crate::schemas::Buckets>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `items` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `items` adds nothing; an
    /// error is the stream's last item.
    #[inline]
    pub fn items(self) -> Items<crate::schemas::Buckets, crate::schemas::Bucket> {
        self.call
            .items::<
                crate::schemas::Buckets,
                crate::schemas::Bucket,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.items.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `storage.buckets.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Buckets, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Buckets;
    fn into_call(self) -> Call {
        self.call
    }
}

static LOCK_RETENTION_POLICY_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.lockRetentionPolicy",
    http_method: http::Method::POST,
    path: "b/{bucket}/lockRetentionPolicy",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.lockRetentionPolicy`, made by
/// [`BucketsResource::lock_retention_policy`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct LockRetentionPolicyCall {
    call: Call,
}

impl LockRetentionPolicyCall {
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

    /// Sends the request and waits for the answer of `storage.buckets.lockRetentionPolicy`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Bucket, Error> {
        self.call.send().await
    }
}

impl CallOptions for LockRetentionPolicyCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for LockRetentionPolicyCall {
    type Response = crate::schemas::Bucket;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.patch",
    http_method: http::Method::PATCH,
    path: "b/{bucket}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.buckets.patch`, made by [`BucketsResource::patch`]: set optional
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
    /// Makes the return of the bucket metadata conditional on whether the bucket's current
    /// metageneration matches the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the return of the bucket metadata conditional on whether the bucket's current
    /// metageneration does not match the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
        self
    }

    /// Apply a predefined set of access controls to this bucket.
    ///
    /// Optional parameter. Sent as `predefinedAcl`.
    #[inline]
    pub fn predefined_acl(mut self, value: PredefinedAcl) -> Self {
        self.call.query("predefinedAcl", value.as_str().to_owned());
        self
    }

    /// Apply a predefined set of default object access controls to this bucket.
    ///
    /// Optional parameter. Sent as `predefinedDefaultObjectAcl`.
    #[inline]
    pub fn predefined_default_object_acl(
        mut self,
        value: PredefinedDefaultObjectAcl,
    ) -> Self {
        self.call.query("predefinedDefaultObjectAcl", value.as_str().to_owned());
        self
    }

    /// Set of properties to return. Defaults to full.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
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

    /// Sends the request and waits for the answer of `storage.buckets.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Bucket, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Bucket;
    fn into_call(self) -> Call {
        self.call
    }
}

static RELOCATE_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.relocate",
    http_method: http::Method::POST,
    path: "b/{bucket}/relocate",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.relocate`, made by [`BucketsResource::relocate`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct RelocateCall {
    call: Call,
}

impl RelocateCall {
    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the call and follows the long-running operation it starts: `.until_done().await`
    /// returns the operation once it is done, or
    /// [`Error::Operation`]
    /// with Google's code, message and details if it failed; `.states()` streams every state.
    /// It asks with `storage.buckets.operations.get`.
    #[inline]
    pub fn poller(self) -> Poller<crate::schemas::GoogleLongrunningOperation> {
        Poller::new(self.call, &crate::operations::GOOGLE_LONGRUNNING_OPERATION_SHAPE)
    }

    /// Sends the request and waits for the answer of `storage.buckets.relocate`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::GoogleLongrunningOperation, Error> {
        self.call.send().await
    }
}

impl CallOptions for RelocateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for RelocateCall {
    type Response = crate::schemas::GoogleLongrunningOperation;
    fn into_call(self) -> Call {
        self.call
    }
}

static RESTORE_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.restore",
    http_method: http::Method::POST,
    path: "b/{bucket}/restore",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.restore`, made by [`BucketsResource::restore`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct RestoreCall {
    call: Call,
}

impl RestoreCall {
    /// Set of properties to return. Defaults to full.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
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

    /// Sends the request and waits for the answer of `storage.buckets.restore`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Bucket, Error> {
        self.call.send().await
    }
}

impl CallOptions for RestoreCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for RestoreCall {
    type Response = crate::schemas::Bucket;
    fn into_call(self) -> Call {
        self.call
    }
}

static SET_IAM_POLICY_METHOD: MethodInfo = MethodInfo {
    id: "storage.buckets.setIamPolicy",
    http_method: http::Method::PUT,
    path: "b/{bucket}/iam",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.buckets.setIamPolicy`, made by [`BucketsResource::set_iam_policy`]: set
/// optional parameters, then `send` it.
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

    /// Sends the request and waits for the answer of `storage.buckets.setIamPolicy`.
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
    id: "storage.buckets.testIamPermissions",
    http_method: http::Method::GET,
    path: "b/{bucket}/iam/testPermissions",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.buckets.testIamPermissions`, made by
/// [`BucketsResource::test_iam_permissions`]: set optional parameters, then `send` it.
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

    /// Sends the request and waits for the answer of `storage.buckets.testIamPermissions`.
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
    id: "storage.buckets.update",
    http_method: http::Method::PUT,
    path: "b/{bucket}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.buckets.update`, made by [`BucketsResource::update`]: set optional
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
    /// Makes the return of the bucket metadata conditional on whether the bucket's current
    /// metageneration matches the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the return of the bucket metadata conditional on whether the bucket's current
    /// metageneration does not match the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
        self
    }

    /// Apply a predefined set of access controls to this bucket.
    ///
    /// Optional parameter. Sent as `predefinedAcl`.
    #[inline]
    pub fn predefined_acl(mut self, value: PredefinedAcl) -> Self {
        self.call.query("predefinedAcl", value.as_str().to_owned());
        self
    }

    /// Apply a predefined set of default object access controls to this bucket.
    ///
    /// Optional parameter. Sent as `predefinedDefaultObjectAcl`.
    #[inline]
    pub fn predefined_default_object_acl(
        mut self,
        value: PredefinedDefaultObjectAcl,
    ) -> Self {
        self.call.query("predefinedDefaultObjectAcl", value.as_str().to_owned());
        self
    }

    /// Set of properties to return. Defaults to full.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
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

    /// Sends the request and waits for the answer of `storage.buckets.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Bucket, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Bucket;
    fn into_call(self) -> Call {
        self.call
    }
}

/// Apply a predefined set of access controls to this bucket.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PredefinedAcl {
    /// Project team owners get OWNER access, and allAuthenticatedUsers get READER access.
    ///
    /// `authenticatedRead` on the wire.
    #[default]
    AuthenticatedRead,
    /// Project team owners get OWNER access.
    ///
    /// `private` on the wire.
    Private,
    /// Project team members get access according to their roles.
    ///
    /// `projectPrivate` on the wire.
    ProjectPrivate,
    /// Project team owners get OWNER access, and allUsers get READER access.
    ///
    /// `publicRead` on the wire.
    PublicRead,
    /// Project team owners get OWNER access, and allUsers get WRITER access.
    ///
    /// `publicReadWrite` on the wire.
    PublicReadWrite,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PredefinedAcl {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::PublicReadWrite => "publicReadWrite",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            "publicReadWrite" => Self::PublicReadWrite,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PredefinedAcl);

/// Apply a predefined set of default object access controls to this bucket.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PredefinedDefaultObjectAcl {
    /// Object owner gets OWNER access, and allAuthenticatedUsers get READER access.
    ///
    /// `authenticatedRead` on the wire.
    #[default]
    AuthenticatedRead,
    /// Object owner gets OWNER access, and project team owners get OWNER access.
    ///
    /// `bucketOwnerFullControl` on the wire.
    BucketOwnerFullControl,
    /// Object owner gets OWNER access, and project team owners get READER access.
    ///
    /// `bucketOwnerRead` on the wire.
    BucketOwnerRead,
    /// Object owner gets OWNER access.
    ///
    /// `private` on the wire.
    Private,
    /// Object owner gets OWNER access, and project team members get access according to their
    /// roles.
    ///
    /// `projectPrivate` on the wire.
    ProjectPrivate,
    /// Object owner gets OWNER access, and allUsers get READER access.
    ///
    /// `publicRead` on the wire.
    PublicRead,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PredefinedDefaultObjectAcl {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::BucketOwnerFullControl => "bucketOwnerFullControl",
            Self::BucketOwnerRead => "bucketOwnerRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PredefinedDefaultObjectAcl);

/// Set of properties to return. Defaults to noAcl.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Projection {
    /// Include all properties.
    ///
    /// `full` on the wire.
    #[default]
    Full,
    /// Omit owner, acl and defaultObjectAcl properties.
    ///
    /// `noAcl` on the wire.
    NoAcl,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for Projection {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Projection);
