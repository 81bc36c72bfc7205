//! The `objects` resource.

use crate::runtime::{
    batch, bytes, http, impl_open_enum, wire, Call, CallOptions, Client, Download, Error,
    Items, MediaUpload, MethodInfo, Pages, Poller, UploadProgress, UploadSource,
};

/// The `objects` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ObjectsResource {
    pub(crate) client: Client,
}

impl ObjectsResource {
    /// Initiates a long-running bulk restore operation on the specified bucket.
    ///
    /// `POST storage/v1/b/{bucket}/o/bulkRestore` (method id `storage.objects.bulkRestore`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the object resides.
    /// - `body`: the request body, a [`crate::schemas::BulkRestoreObjectsRequest`].
    ///
    /// Answers with a long-running operation: `.poller().until_done().await` waits for its end.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn bulk_restore(
        &self,
        bucket: impl Into<String>,
        body: crate::schemas::BulkRestoreObjectsRequest,
    ) -> BulkRestoreCall {
        let mut call = Call::new(&self.client, &BULK_RESTORE_METHOD);
        call.path_param("bucket", bucket.into());
        call.json_body(&body);
        BulkRestoreCall { call }
    }

    /// Concatenates a list of existing objects into a new object in the same bucket.
    ///
    /// `POST storage/v1/b/{destinationBucket}/o/{destinationObject}/compose` (method id
    /// `storage.objects.compose`)
    ///
    /// Arguments, in order:
    /// - `destination_bucket`: Name of the bucket containing the source objects. The destination
    ///   object is stored in this
    /// - `destination_object`: Name of the new object. For information about how to URL encode
    ///   object names to be path
    /// - `body`: the request body, a [`crate::schemas::ComposeRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn compose(
        &self,
        destination_bucket: impl Into<String>,
        destination_object: impl Into<String>,
        body: crate::schemas::ComposeRequest,
    ) -> ComposeCall {
        let mut call = Call::new(&self.client, &COMPOSE_METHOD);
        call.path_param("destinationBucket", destination_bucket.into());
        call.path_param("destinationObject", destination_object.into());
        call.json_body(&body);
        ComposeCall { call }
    }

    /// Copies a source object to a destination object. Optionally overrides metadata.
    ///
    /// `POST
    /// storage/v1/b/{sourceBucket}/o/{sourceObject}/copyTo/b/{destinationBucket}/o/{destinationObject}`
    /// (method id `storage.objects.copy`)
    ///
    /// Arguments, in order:
    /// - `source_bucket`: Name of the bucket in which to find the source object.
    /// - `source_object`: Name of the source object. For information about how to URL encode
    ///   object names to be path
    /// - `destination_bucket`: Name of the bucket in which to store the new object. Overrides the
    ///   provided object
    /// - `destination_object`: Name of the new object. Required when the object metadata is not
    ///   otherwise provided.
    /// - `body`: the request body, a [`crate::schemas::Object`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn copy(
        &self,
        source_bucket: impl Into<String>,
        source_object: impl Into<String>,
        destination_bucket: impl Into<String>,
        destination_object: impl Into<String>,
        body: crate::schemas::Object,
    ) -> CopyCall {
        let mut call = Call::new(&self.client, &COPY_METHOD);
        call.path_param("sourceBucket", source_bucket.into());
        call.path_param("sourceObject", source_object.into());
        call.path_param("destinationBucket", destination_bucket.into());
        call.path_param("destinationObject", destination_object.into());
        call.json_body(&body);
        CopyCall { call }
    }

    /// Deletes an object and its metadata. Deletions are permanent if versioning is not enabled for
    /// the bucket, or if the generation parameter is used.
    ///
    /// `DELETE storage/v1/b/{bucket}/o/{object}` (method id `storage.objects.delete`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the object resides.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn delete(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        DeleteCall { call }
    }

    /// Retrieves an object or its metadata.
    ///
    /// `GET storage/v1/b/{bucket}/o/{object}` (method id `storage.objects.get`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the object resides.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn get(&self, bucket: impl Into<String>, object: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        GetCall { call }
    }

    /// Returns an IAM policy for the specified object.
    ///
    /// `GET storage/v1/b/{bucket}/o/{object}/iam` (method id `storage.objects.getIamPolicy`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the object resides.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
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
        object: impl Into<String>,
    ) -> GetIamPolicyCall {
        let mut call = Call::new(&self.client, &GET_IAM_POLICY_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        GetIamPolicyCall { call }
    }

    /// Stores a new object and metadata.
    ///
    /// `POST storage/v1/b/{bucket}/o` (method id `storage.objects.insert`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which to store the new object. Overrides the provided
    ///   object
    /// - `body`: the request body, a [`crate::schemas::Object`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn insert(
        &self,
        bucket: impl Into<String>,
        body: crate::schemas::Object,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("bucket", bucket.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves a list of objects matching the criteria.
    ///
    /// `GET storage/v1/b/{bucket}/o` (method id `storage.objects.list`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which to look for objects.
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

    /// Moves the source object to the destination object in the same bucket.
    ///
    /// `POST storage/v1/b/{bucket}/o/{sourceObject}/moveTo/o/{destinationObject}` (method id
    /// `storage.objects.move`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the object resides.
    /// - `source_object`: Name of the source object. For information about how to URL encode
    ///   object names to be path
    /// - `destination_object`: Name of the destination object. For information about how to URL
    ///   encode object names to be
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn move_(
        &self,
        bucket: impl Into<String>,
        source_object: impl Into<String>,
        destination_object: impl Into<String>,
    ) -> MoveCall {
        let mut call = Call::new(&self.client, &MOVE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("sourceObject", source_object.into());
        call.path_param("destinationObject", destination_object.into());
        MoveCall { call }
    }

    /// Patches an object's metadata.
    ///
    /// `PATCH storage/v1/b/{bucket}/o/{object}` (method id `storage.objects.patch`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the object resides.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
    /// - `body`: the request body, a [`crate::schemas::Object`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn patch(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        body: crate::schemas::Object,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Restores a soft-deleted object.
    ///
    /// `POST storage/v1/b/{bucket}/o/{object}/restore` (method id `storage.objects.restore`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the object resides.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
    /// - `generation`: Selects a specific revision of this object.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn restore(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        generation: i64,
    ) -> RestoreCall {
        let mut call = Call::new(&self.client, &RESTORE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        call.query("generation", generation.to_string());
        RestoreCall { call }
    }

    /// Rewrites a source object to a destination object. Optionally overrides metadata.
    ///
    /// `POST
    /// storage/v1/b/{sourceBucket}/o/{sourceObject}/rewriteTo/b/{destinationBucket}/o/{destinationObject}`
    /// (method id `storage.objects.rewrite`)
    ///
    /// Arguments, in order:
    /// - `source_bucket`: Name of the bucket in which to find the source object.
    /// - `source_object`: Name of the source object. For information about how to URL encode
    ///   object names to be path
    /// - `destination_bucket`: Name of the bucket in which to store the new object. Overrides the
    ///   provided object
    /// - `destination_object`: Name of the new object. Required when the object metadata is not
    ///   otherwise provided.
    /// - `body`: the request body, a [`crate::schemas::Object`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn rewrite(
        &self,
        source_bucket: impl Into<String>,
        source_object: impl Into<String>,
        destination_bucket: impl Into<String>,
        destination_object: impl Into<String>,
        body: crate::schemas::Object,
    ) -> RewriteCall {
        let mut call = Call::new(&self.client, &REWRITE_METHOD);
        call.path_param("sourceBucket", source_bucket.into());
        call.path_param("sourceObject", source_object.into());
        call.path_param("destinationBucket", destination_bucket.into());
        call.path_param("destinationObject", destination_object.into());
        call.json_body(&body);
        RewriteCall { call }
    }

    /// Updates an IAM policy for the specified object.
    ///
    /// `PUT storage/v1/b/{bucket}/o/{object}/iam` (method id `storage.objects.setIamPolicy`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the object resides.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
    /// - `body`: the request body, a [`crate::schemas::Policy`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn set_iam_policy(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        body: crate::schemas::Policy,
    ) -> SetIamPolicyCall {
        let mut call = Call::new(&self.client, &SET_IAM_POLICY_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        call.json_body(&body);
        SetIamPolicyCall { call }
    }

    /// Tests a set of permissions on the given object to see which, if any, are held by the caller.
    ///
    /// `GET storage/v1/b/{bucket}/o/{object}/iam/testPermissions` (method id
    /// `storage.objects.testIamPermissions`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the object resides.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
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
        object: impl Into<String>,
        permissions: impl IntoIterator<Item = impl Into<String>>,
    ) -> TestIamPermissionsCall {
        let mut call = Call::new(&self.client, &TEST_IAM_PERMISSIONS_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        call.query_repeated("permissions", permissions.into_iter().map(|v| v.into()));
        TestIamPermissionsCall { call }
    }

    /// Updates an object's metadata.
    ///
    /// `PUT storage/v1/b/{bucket}/o/{object}` (method id `storage.objects.update`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the object resides.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
    /// - `body`: the request body, a [`crate::schemas::Object`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn update(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        body: crate::schemas::Object,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        call.json_body(&body);
        UpdateCall { call }
    }

    /// Retrieves a specific object context with its extended data for a given object.
    ///
    /// `GET storage/v1/b/{bucket}/o/{object}/viewFullContext` (method id
    /// `storage.objects.viewFullContext`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the object resides.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
    /// - `context_key`: Key identifying the object context to retrieve.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn view_full_context(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        context_key: impl Into<String>,
    ) -> ViewFullContextCall {
        let mut call = Call::new(&self.client, &VIEW_FULL_CONTEXT_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        call.query("contextKey", context_key.into());
        ViewFullContextCall { call }
    }
}

static BULK_RESTORE_METHOD: MethodInfo = MethodInfo {
    id: "storage.objects.bulkRestore",
    http_method: http::Method::POST,
    path: "b/{bucket}/o/bulkRestore",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.objects.bulkRestore`, made by [`ObjectsResource::bulk_restore`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct BulkRestoreCall {
    call: Call,
}

impl BulkRestoreCall {
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

    /// Sends the request and waits for the answer of `storage.objects.bulkRestore`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::GoogleLongrunningOperation, Error> {
        self.call.send().await
    }
}

impl CallOptions for BulkRestoreCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for BulkRestoreCall {
    type Response = crate::schemas::GoogleLongrunningOperation;
    fn into_call(self) -> Call {
        self.call
    }
}

static COMPOSE_METHOD: MethodInfo = MethodInfo {
    id: "storage.objects.compose",
    http_method: http::Method::POST,
    path: "b/{destinationBucket}/o/{destinationObject}/compose",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.objects.compose`, made by [`ObjectsResource::compose`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ComposeCall {
    call: Call,
}

impl ComposeCall {
    /// Apply a predefined set of access controls to the destination object.
    ///
    /// Optional parameter. Sent as `destinationPredefinedAcl`.
    #[inline]
    pub fn destination_predefined_acl(
        mut self,
        value: DestinationPredefinedAcl,
    ) -> Self {
        self.call.query("destinationPredefinedAcl", value.as_str().to_owned());
        self
    }

    /// Specifies which object context groups to drop from the source object(s) during a compose
    /// operation. The accepted value is 'custom'.
    /// Destination contexts behave as follows:
    /// - When request body contexts are provided, they override all source contexts.
    /// - When no request body contexts are provided, source contexts are preserved unless
    ///   'dropContextGroups' contains 'custom', in which case all contexts are dropped.
    ///
    /// Optional parameter. Sent as `dropContextGroups`, once per value.
    #[inline]
    pub fn drop_context_groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.call
            .query_repeated("dropContextGroups", value.into_iter().map(|v| v.into()));
        self
    }

    /// Makes the operation conditional on whether the object's current generation matches the given
    /// value. Setting to 0 makes the operation succeed only if there are no live versions of the
    /// object.
    ///
    /// Optional parameter. Sent as `ifGenerationMatch`.
    #[inline]
    pub fn if_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current metageneration matches the
    /// given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Resource name of the Cloud KMS key, of the form
    /// projects/my-project/locations/global/keyRings/my-kr/cryptoKeys/my-key, that will be used to
    /// encrypt the object. Overrides the object metadata's kms_key_name value, if any.
    ///
    /// Optional parameter. Sent as `kmsKeyName`.
    #[inline]
    pub fn kms_key_name(mut self, value: impl Into<String>) -> Self {
        self.call.query("kmsKeyName", value.into());
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

    /// Sends the request and waits for the answer of `storage.objects.compose`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Object, Error> {
        self.call.send().await
    }
}

impl CallOptions for ComposeCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ComposeCall {
    type Response = crate::schemas::Object;
    fn into_call(self) -> Call {
        self.call
    }
}

static COPY_METHOD: MethodInfo = MethodInfo {
    id: "storage.objects.copy",
    http_method: http::Method::POST,
    path: "b/{sourceBucket}/o/{sourceObject}/copyTo/b/{destinationBucket}/o/{destinationObject}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.objects.copy`, made by [`ObjectsResource::copy`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CopyCall {
    call: Call,
}

impl CopyCall {
    /// Resource name of the Cloud KMS key, of the form
    /// projects/my-project/locations/global/keyRings/my-kr/cryptoKeys/my-key, that will be used to
    /// encrypt the object. Overrides the object metadata's kms_key_name value, if any.
    ///
    /// Optional parameter. Sent as `destinationKmsKeyName`.
    #[inline]
    pub fn destination_kms_key_name(mut self, value: impl Into<String>) -> Self {
        self.call.query("destinationKmsKeyName", value.into());
        self
    }

    /// Apply a predefined set of access controls to the destination object.
    ///
    /// Optional parameter. Sent as `destinationPredefinedAcl`.
    #[inline]
    pub fn destination_predefined_acl(
        mut self,
        value: DestinationPredefinedAcl,
    ) -> Self {
        self.call.query("destinationPredefinedAcl", value.as_str().to_owned());
        self
    }

    /// Makes the operation conditional on whether the destination object's current generation
    /// matches the given value. Setting to 0 makes the operation succeed only if there are no live
    /// versions of the object.
    ///
    /// Optional parameter. Sent as `ifGenerationMatch`.
    #[inline]
    pub fn if_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the destination object's current generation does
    /// not match the given value. If no live object exists, the precondition fails. Setting to 0
    /// makes the operation succeed only if there is a live version of the object.
    ///
    /// Optional parameter. Sent as `ifGenerationNotMatch`.
    #[inline]
    pub fn if_generation_not_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the destination object's current metageneration
    /// matches the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the destination object's current metageneration
    /// does not match the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current generation matches
    /// the given value.
    ///
    /// Optional parameter. Sent as `ifSourceGenerationMatch`.
    #[inline]
    pub fn if_source_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current generation does not
    /// match the given value.
    ///
    /// Optional parameter. Sent as `ifSourceGenerationNotMatch`.
    #[inline]
    pub fn if_source_generation_not_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceGenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current metageneration
    /// matches the given value.
    ///
    /// Optional parameter. Sent as `ifSourceMetagenerationMatch`.
    #[inline]
    pub fn if_source_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current metageneration does
    /// not match the given value.
    ///
    /// Optional parameter. Sent as `ifSourceMetagenerationNotMatch`.
    #[inline]
    pub fn if_source_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceMetagenerationNotMatch", value.to_string());
        self
    }

    /// Set of properties to return. Defaults to noAcl, unless the object resource specifies the acl
    /// property, when it defaults to full.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// If present, selects a specific revision of the source object (as opposed to the latest
    /// version, the default).
    ///
    /// Optional parameter. Sent as `sourceGeneration`.
    #[inline]
    pub fn source_generation(mut self, value: i64) -> Self {
        self.call.query("sourceGeneration", value.to_string());
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

    /// Sends the request and waits for the answer of `storage.objects.copy`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Object, Error> {
        self.call.send().await
    }
}

impl CallOptions for CopyCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CopyCall {
    type Response = crate::schemas::Object;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "storage.objects.delete",
    http_method: http::Method::DELETE,
    path: "b/{bucket}/o/{object}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.objects.delete`, made by [`ObjectsResource::delete`]: set optional
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
    /// If present, permanently deletes a specific revision of this object (as opposed to the latest
    /// version, the default).
    ///
    /// Optional parameter. Sent as `generation`.
    #[inline]
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current generation matches the given
    /// value. Setting to 0 makes the operation succeed only if there are no live versions of the
    /// object.
    ///
    /// Optional parameter. Sent as `ifGenerationMatch`.
    #[inline]
    pub fn if_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current generation does not match
    /// the given value. If no live object exists, the precondition fails. Setting to 0 makes the
    /// operation succeed only if there is a live version of the object.
    ///
    /// Optional parameter. Sent as `ifGenerationNotMatch`.
    #[inline]
    pub fn if_generation_not_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current metageneration matches the
    /// given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current metageneration does not
    /// match the given value.
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

    /// Sends the request and waits for the answer of `storage.objects.delete`.
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
    id: "storage.objects.get",
    http_method: http::Method::GET,
    path: "b/{bucket}/o/{object}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.objects.get`, made by [`ObjectsResource::get`]: set optional parameters,
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
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    #[inline]
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current generation matches the given
    /// value. Setting to 0 makes the operation succeed only if there are no live versions of the
    /// object.
    ///
    /// Optional parameter. Sent as `ifGenerationMatch`.
    #[inline]
    pub fn if_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current generation does not match
    /// the given value. If no live object exists, the precondition fails. Setting to 0 makes the
    /// operation succeed only if there is a live version of the object.
    ///
    /// Optional parameter. Sent as `ifGenerationNotMatch`.
    #[inline]
    pub fn if_generation_not_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current metageneration matches the
    /// given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current metageneration does not
    /// match the given value.
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

    /// Restore token used to differentiate soft-deleted objects with the same name and generation.
    /// Only applicable for hierarchical namespace buckets and if softDeleted is set to true. This
    /// parameter is optional, and is only required in the rare case when there are multiple
    /// soft-deleted objects with the same name and generation.
    ///
    /// Optional parameter. Sent as `restoreToken`.
    #[inline]
    pub fn restore_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("restoreToken", value.into());
        self
    }

    /// If true, only soft-deleted object versions will be listed. The default is false. For more
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

    /// Downloads the media itself (`alt=media`) instead of its metadata, as a stream of
    /// bytes. Redirects are followed, and a body that breaks off is resumed where it
    /// stopped.
    #[inline]
    pub async fn download(self) -> Result<Download, Error> {
        self.call.download().await
    }

    /// Downloads only part of the media, in bytes (`.range(0..1024)`, `.range(4096..)`).
    pub fn range(mut self, range: impl std::ops::RangeBounds<u64>) -> Self {
        self.call.range(range);
        self
    }

    /// Sends the request and waits for the answer of `storage.objects.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Object, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Object;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_IAM_POLICY_METHOD: MethodInfo = MethodInfo {
    id: "storage.objects.getIamPolicy",
    http_method: http::Method::GET,
    path: "b/{bucket}/o/{object}/iam",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.objects.getIamPolicy`, made by [`ObjectsResource::get_iam_policy`]: set
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
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    #[inline]
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
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

    /// Sends the request and waits for the answer of `storage.objects.getIamPolicy`.
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
    id: "storage.objects.insert",
    http_method: http::Method::POST,
    path: "b/{bucket}/o",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

static INSERT_UPLOAD: MediaUpload = MediaUpload {
    simple_path: Some("/upload/storage/v1/b/{bucket}/o"),
    resumable_path: Some("/resumable/upload/storage/v1/b/{bucket}/o"),
    accept: &["*/*"],
    max_size: None,
    multipart: true,
};

/// A call of `storage.objects.insert`, made by [`ObjectsResource::insert`]: set optional
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
    /// If set, sets the contentEncoding property of the final object to this value. Setting this
    /// parameter is equivalent to setting the contentEncoding metadata property. This can be useful
    /// when uploading an object with uploadType=media to indicate the encoding of the content being
    /// uploaded.
    ///
    /// Optional parameter. Sent as `contentEncoding`.
    #[inline]
    pub fn content_encoding(mut self, value: impl Into<String>) -> Self {
        self.call.query("contentEncoding", value.into());
        self
    }

    /// Makes the operation conditional on whether the object's current generation matches the given
    /// value. Setting to 0 makes the operation succeed only if there are no live versions of the
    /// object.
    ///
    /// Optional parameter. Sent as `ifGenerationMatch`.
    #[inline]
    pub fn if_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current generation does not match
    /// the given value. If no live object exists, the precondition fails. Setting to 0 makes the
    /// operation succeed only if there is a live version of the object.
    ///
    /// Optional parameter. Sent as `ifGenerationNotMatch`.
    #[inline]
    pub fn if_generation_not_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current metageneration matches the
    /// given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current metageneration does not
    /// match the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
        self
    }

    /// Resource name of the Cloud KMS key, of the form
    /// projects/my-project/locations/global/keyRings/my-kr/cryptoKeys/my-key, that will be used to
    /// encrypt the object. Overrides the object metadata's kms_key_name value, if any.
    ///
    /// Optional parameter. Sent as `kmsKeyName`.
    #[inline]
    pub fn kms_key_name(mut self, value: impl Into<String>) -> Self {
        self.call.query("kmsKeyName", value.into());
        self
    }

    /// Name of the object. Required when the object metadata is not otherwise provided. Overrides
    /// the object metadata's name value, if any. For information about how to URL encode object
    /// names to be path safe, see [Encoding URI Path
    /// Parts](https://cloud.google.com/storage/docs/request-endpoints#encoding).
    ///
    /// Optional parameter. Sent as `name`.
    #[inline]
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.call.query("name", value.into());
        self
    }

    /// Apply a predefined set of access controls to this object.
    ///
    /// Optional parameter. Sent as `predefinedAcl`.
    #[inline]
    pub fn predefined_acl(mut self, value: PredefinedAcl) -> Self {
        self.call.query("predefinedAcl", value.as_str().to_owned());
        self
    }

    /// Set of properties to return. Defaults to noAcl, unless the object resource specifies the acl
    /// property, when it defaults to full.
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

    /// Attaches `data` as the media of this call, sent whole in one request by `send`, as
    /// `multipart/related`: the request body as metadata, then the media. Suits media small enough
    /// to hold in memory and to send again if the request fails; for larger media use
    /// [`upload_resumable`](Self::upload_resumable).
    ///
    /// Accepted: `*/*`. A `content_type` or size outside that makes `send` return
    /// [`Error::InvalidArgument`] before anything is sent.
    pub fn upload(mut self, data: impl Into<bytes::Bytes>, content_type: &str) -> Self {
        self.call.upload(&INSERT_UPLOAD, data.into(), content_type);
        self
    }

    /// Attaches `source` as the media of this call, sent by `send` with Google's resumable
    /// protocol: `send` opens an upload session, then sends the media in chunks (8 MiB unless
    /// [`upload_chunk_size`](Self::upload_chunk_size) says otherwise), reading one chunk of the
    /// source at a time, so media larger than memory can be uploaded.
    ///
    /// After a failed chunk (429 or 5xx, a dropped connection) it asks the server how much it has
    /// and goes on from exactly there, as often as the client's retry policy allows. A session the
    /// server forgot (404, 410) starts over once when the source can be read again (bytes or a
    /// file). A source that holds more or fewer bytes than its declared size fails the upload
    /// before the last chunk, so the server never completes the wrong media.
    ///
    /// `source` is an [`UploadSource`]: bytes, a file, a stream or
    /// any `AsyncRead`. Accepted: `*/*`; anything else is refused before sending. Progress is
    /// reported to [`on_upload_progress`](Self::on_upload_progress).
    pub fn upload_resumable(mut self, source: UploadSource, content_type: &str) -> Self {
        self.call.upload_resumable(&INSERT_UPLOAD, source, content_type);
        self
    }

    /// The size of each chunk of a resumable upload, rounded up to a multiple of 256 KiB
    /// (the protocol's unit); 8 MiB by default. Larger chunks mean fewer requests,
    /// smaller ones less memory and less to send again after a failure.
    pub fn upload_chunk_size(mut self, size: usize) -> Self {
        self.call.upload_chunk_size(size);
        self
    }

    /// Calls `callback` as an upload makes progress: after each chunk the server
    /// confirms, and once when a simple upload has succeeded. The values never
    /// decrease; the last one of a successful upload counts every byte of the media.
    pub fn on_upload_progress(
        mut self,
        callback: impl Fn(UploadProgress) + Send + Sync + 'static,
    ) -> Self {
        self.call.on_progress(callback);
        self
    }

    /// Sends the request and waits for the answer of `storage.objects.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Object, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "storage.objects.list",
    http_method: http::Method::GET,
    path: "b/{bucket}/o",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.objects.list`, made by [`ObjectsResource::list`]: set optional
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
    /// Returns results in a directory-like mode. items will contain only objects whose names, aside
    /// from the prefix, do not contain delimiter. Objects whose names, aside from the prefix,
    /// contain delimiter will have their name, truncated after the delimiter, returned in prefixes.
    /// Duplicate prefixes are omitted.
    ///
    /// Optional parameter. Sent as `delimiter`.
    #[inline]
    pub fn delimiter(mut self, value: impl Into<String>) -> Self {
        self.call.query("delimiter", value.into());
        self
    }

    /// Filter results to objects whose names are lexicographically before endOffset. If startOffset
    /// is also set, the objects listed will have names between startOffset (inclusive) and
    /// endOffset (exclusive).
    ///
    /// Optional parameter. Sent as `endOffset`.
    #[inline]
    pub fn end_offset(mut self, value: impl Into<String>) -> Self {
        self.call.query("endOffset", value.into());
        self
    }

    /// Filter the returned objects. Currently only supported for the contexts field. If delimiter
    /// is set, the returned prefixes are exempt from this filter.
    ///
    /// Optional parameter. Sent as `filter`.
    #[inline]
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.call.query("filter", value.into());
        self
    }

    /// Only applicable if delimiter is set to '/'. If true, will also include folders and managed
    /// folders (besides objects) in the returned prefixes.
    ///
    /// Optional parameter. Sent as `includeFoldersAsPrefixes`.
    #[inline]
    pub fn include_folders_as_prefixes(mut self, value: bool) -> Self {
        self.call.query("includeFoldersAsPrefixes", value.to_string());
        self
    }

    /// If true, objects that end in exactly one instance of delimiter will have their metadata
    /// included in items in addition to prefixes.
    ///
    /// Optional parameter. Sent as `includeTrailingDelimiter`.
    #[inline]
    pub fn include_trailing_delimiter(mut self, value: bool) -> Self {
        self.call.query("includeTrailingDelimiter", value.to_string());
        self
    }

    /// Filter results to objects and prefixes that match this glob pattern.
    ///
    /// Optional parameter. Sent as `matchGlob`.
    #[inline]
    pub fn match_glob(mut self, value: impl Into<String>) -> Self {
        self.call.query("matchGlob", value.into());
        self
    }

    /// Maximum number of items plus prefixes to return in a single page of responses. As duplicate
    /// prefixes are omitted, fewer total results may be returned than requested. The service will
    /// use this parameter or 1,000 items, whichever is smaller.
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

    /// Filter results to objects whose names begin with this prefix.
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

    /// If true, only soft-deleted object versions will be listed. The default is false. For more
    /// information, see [Soft Delete](https://cloud.google.com/storage/docs/soft-delete).
    ///
    /// Optional parameter. Sent as `softDeleted`.
    #[inline]
    pub fn soft_deleted(mut self, value: bool) -> Self {
        self.call.query("softDeleted", value.to_string());
        self
    }

    /// Filter results to objects whose names are lexicographically equal to or after startOffset.
    /// If endOffset is also set, the objects listed will have names between startOffset (inclusive)
    /// and endOffset (exclusive).
    ///
    /// Optional parameter. Sent as `startOffset`.
    #[inline]
    pub fn start_offset(mut self, value: impl Into<String>) -> Self {
        self.call.query("startOffset", value.into());
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

    /// If true, lists all versions of an object as distinct results. The default is false. For more
    /// information, see [Object
    /// Versioning](https://cloud.google.com/storage/docs/object-versioning).
    ///
    /// Optional parameter. Sent as `versions`.
    #[inline]
    pub fn versions(mut self, value: bool) -> Self {
        self.call.query("versions", value.to_string());
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

    /// Every page of the list, as a stream of [`Objects`](crate::schemas::Objects): the call is
    /// sent, then sent again with `pageToken` set to each `nextPageToken` the server answers, every
    /// other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::Objects> {
        self.call
            .pages::<crate::schemas::Objects>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `items` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `items` adds nothing; an
    /// error is the stream's last item.
    #[inline]
    pub fn items(self) -> Items<crate::schemas::Objects, crate::schemas::Object> {
        self.call
            .items::<
                crate::schemas::Objects,
                crate::schemas::Object,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.items.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `storage.objects.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Objects, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Objects;
    fn into_call(self) -> Call {
        self.call
    }
}

static MOVE_METHOD: MethodInfo = MethodInfo {
    id: "storage.objects.move",
    http_method: http::Method::POST,
    path: "b/{bucket}/o/{sourceObject}/moveTo/o/{destinationObject}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.objects.move`, made by [`ObjectsResource::move_`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct MoveCall {
    call: Call,
}

impl MoveCall {
    /// Makes the operation conditional on whether the destination object's current generation
    /// matches the given value. Setting to 0 makes the operation succeed only if there are no live
    /// versions of the object. `ifGenerationMatch` and `ifGenerationNotMatch` conditions are
    /// mutually exclusive: it's an error for both of them to be set in the request.
    ///
    /// Optional parameter. Sent as `ifGenerationMatch`.
    #[inline]
    pub fn if_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the destination object's current generation does
    /// not match the given value. If no live object exists, the precondition fails. Setting to 0
    /// makes the operation succeed only if there is a live version of the
    /// object.`ifGenerationMatch` and `ifGenerationNotMatch` conditions are mutually exclusive:
    /// it's an error for both of them to be set in the request.
    ///
    /// Optional parameter. Sent as `ifGenerationNotMatch`.
    #[inline]
    pub fn if_generation_not_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the destination object's current metageneration
    /// matches the given value. `ifMetagenerationMatch` and `ifMetagenerationNotMatch` conditions
    /// are mutually exclusive: it's an error for both of them to be set in the request.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the destination object's current metageneration
    /// does not match the given value. `ifMetagenerationMatch` and `ifMetagenerationNotMatch`
    /// conditions are mutually exclusive: it's an error for both of them to be set in the request.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current generation matches
    /// the given value. `ifSourceGenerationMatch` and `ifSourceGenerationNotMatch` conditions are
    /// mutually exclusive: it's an error for both of them to be set in the request.
    ///
    /// Optional parameter. Sent as `ifSourceGenerationMatch`.
    #[inline]
    pub fn if_source_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current generation does not
    /// match the given value. `ifSourceGenerationMatch` and `ifSourceGenerationNotMatch` conditions
    /// are mutually exclusive: it's an error for both of them to be set in the request.
    ///
    /// Optional parameter. Sent as `ifSourceGenerationNotMatch`.
    #[inline]
    pub fn if_source_generation_not_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceGenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current metageneration
    /// matches the given value. `ifSourceMetagenerationMatch` and `ifSourceMetagenerationNotMatch`
    /// conditions are mutually exclusive: it's an error for both of them to be set in the request.
    ///
    /// Optional parameter. Sent as `ifSourceMetagenerationMatch`.
    #[inline]
    pub fn if_source_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current metageneration does
    /// not match the given value. `ifSourceMetagenerationMatch` and
    /// `ifSourceMetagenerationNotMatch` conditions are mutually exclusive: it's an error for both
    /// of them to be set in the request.
    ///
    /// Optional parameter. Sent as `ifSourceMetagenerationNotMatch`.
    #[inline]
    pub fn if_source_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceMetagenerationNotMatch", value.to_string());
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

    /// Sends the request and waits for the answer of `storage.objects.move`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Object, Error> {
        self.call.send().await
    }
}

impl CallOptions for MoveCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for MoveCall {
    type Response = crate::schemas::Object;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "storage.objects.patch",
    http_method: http::Method::PATCH,
    path: "b/{bucket}/o/{object}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.objects.patch`, made by [`ObjectsResource::patch`]: set optional
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
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    #[inline]
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current generation matches the given
    /// value. Setting to 0 makes the operation succeed only if there are no live versions of the
    /// object.
    ///
    /// Optional parameter. Sent as `ifGenerationMatch`.
    #[inline]
    pub fn if_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current generation does not match
    /// the given value. If no live object exists, the precondition fails. Setting to 0 makes the
    /// operation succeed only if there is a live version of the object.
    ///
    /// Optional parameter. Sent as `ifGenerationNotMatch`.
    #[inline]
    pub fn if_generation_not_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current metageneration matches the
    /// given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current metageneration does not
    /// match the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
        self
    }

    /// Must be true to remove the retention configuration, reduce its unlocked retention period, or
    /// change its mode from unlocked to locked.
    ///
    /// Optional parameter. Sent as `overrideUnlockedRetention`.
    #[inline]
    pub fn override_unlocked_retention(mut self, value: bool) -> Self {
        self.call.query("overrideUnlockedRetention", value.to_string());
        self
    }

    /// Apply a predefined set of access controls to this object.
    ///
    /// Optional parameter. Sent as `predefinedAcl`.
    #[inline]
    pub fn predefined_acl(mut self, value: PredefinedAcl) -> Self {
        self.call.query("predefinedAcl", value.as_str().to_owned());
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

    /// The project to be billed for this request, for Requester Pays buckets.
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

    /// Sends the request and waits for the answer of `storage.objects.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Object, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Object;
    fn into_call(self) -> Call {
        self.call
    }
}

static RESTORE_METHOD: MethodInfo = MethodInfo {
    id: "storage.objects.restore",
    http_method: http::Method::POST,
    path: "b/{bucket}/o/{object}/restore",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.objects.restore`, made by [`ObjectsResource::restore`]: set optional
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
    /// If true, copies the source object's ACL; otherwise, uses the bucket's default object ACL.
    /// The default is false.
    ///
    /// Optional parameter. Sent as `copySourceAcl`.
    #[inline]
    pub fn copy_source_acl(mut self, value: bool) -> Self {
        self.call.query("copySourceAcl", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's one live generation matches the
    /// given value. Setting to 0 makes the operation succeed only if there are no live versions of
    /// the object.
    ///
    /// Optional parameter. Sent as `ifGenerationMatch`.
    #[inline]
    pub fn if_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether none of the object's live generations match the
    /// given value. If no live object exists, the precondition fails. Setting to 0 makes the
    /// operation succeed only if there is a live version of the object.
    ///
    /// Optional parameter. Sent as `ifGenerationNotMatch`.
    #[inline]
    pub fn if_generation_not_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's one live metageneration matches the
    /// given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether none of the object's live metagenerations match
    /// the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
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

    /// Restore token used to differentiate sof-deleted objects with the same name and generation.
    /// Only applicable for hierarchical namespace buckets. This parameter is optional, and is only
    /// required in the rare case when there are multiple soft-deleted objects with the same name
    /// and generation.
    ///
    /// Optional parameter. Sent as `restoreToken`.
    #[inline]
    pub fn restore_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("restoreToken", value.into());
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

    /// Sends the request and waits for the answer of `storage.objects.restore`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Object, Error> {
        self.call.send().await
    }
}

impl CallOptions for RestoreCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for RestoreCall {
    type Response = crate::schemas::Object;
    fn into_call(self) -> Call {
        self.call
    }
}

static REWRITE_METHOD: MethodInfo = MethodInfo {
    id: "storage.objects.rewrite",
    http_method: http::Method::POST,
    path: "b/{sourceBucket}/o/{sourceObject}/rewriteTo/b/{destinationBucket}/o/{destinationObject}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.objects.rewrite`, made by [`ObjectsResource::rewrite`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct RewriteCall {
    call: Call,
}

impl RewriteCall {
    /// Resource name of the Cloud KMS key, of the form
    /// projects/my-project/locations/global/keyRings/my-kr/cryptoKeys/my-key, that will be used to
    /// encrypt the object. Overrides the object metadata's kms_key_name value, if any.
    ///
    /// Optional parameter. Sent as `destinationKmsKeyName`.
    #[inline]
    pub fn destination_kms_key_name(mut self, value: impl Into<String>) -> Self {
        self.call.query("destinationKmsKeyName", value.into());
        self
    }

    /// Apply a predefined set of access controls to the destination object.
    ///
    /// Optional parameter. Sent as `destinationPredefinedAcl`.
    #[inline]
    pub fn destination_predefined_acl(
        mut self,
        value: DestinationPredefinedAcl,
    ) -> Self {
        self.call.query("destinationPredefinedAcl", value.as_str().to_owned());
        self
    }

    /// Specifies which object context groups to drop from the source object during a copy
    /// operation. The accepted value is 'custom'.
    /// Destination contexts behave as follows:
    /// - When request body contexts are provided, they override all source contexts.
    /// - When no request body contexts are provided, source contexts are preserved unless
    ///   'dropContextGroups' contains 'custom', in which case all contexts are dropped.
    ///
    /// Optional parameter. Sent as `dropContextGroups`, once per value.
    #[inline]
    pub fn drop_context_groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.call
            .query_repeated("dropContextGroups", value.into_iter().map(|v| v.into()));
        self
    }

    /// Makes the operation conditional on whether the object's current generation matches the given
    /// value. Setting to 0 makes the operation succeed only if there are no live versions of the
    /// object.
    ///
    /// Optional parameter. Sent as `ifGenerationMatch`.
    #[inline]
    pub fn if_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current generation does not match
    /// the given value. If no live object exists, the precondition fails. Setting to 0 makes the
    /// operation succeed only if there is a live version of the object.
    ///
    /// Optional parameter. Sent as `ifGenerationNotMatch`.
    #[inline]
    pub fn if_generation_not_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the destination object's current metageneration
    /// matches the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the destination object's current metageneration
    /// does not match the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current generation matches
    /// the given value.
    ///
    /// Optional parameter. Sent as `ifSourceGenerationMatch`.
    #[inline]
    pub fn if_source_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current generation does not
    /// match the given value.
    ///
    /// Optional parameter. Sent as `ifSourceGenerationNotMatch`.
    #[inline]
    pub fn if_source_generation_not_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceGenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current metageneration
    /// matches the given value.
    ///
    /// Optional parameter. Sent as `ifSourceMetagenerationMatch`.
    #[inline]
    pub fn if_source_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current metageneration does
    /// not match the given value.
    ///
    /// Optional parameter. Sent as `ifSourceMetagenerationNotMatch`.
    #[inline]
    pub fn if_source_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceMetagenerationNotMatch", value.to_string());
        self
    }

    /// The maximum number of bytes that will be rewritten per rewrite request. Most callers
    /// shouldn't need to specify this parameter - it is primarily in place to support testing. If
    /// specified the value must be an integral multiple of 1 MiB (1048576). Also, this only applies
    /// to requests where the source and destination span locations and/or storage classes. Finally,
    /// this value must not change across rewrite calls else you'll get an error that the
    /// rewriteToken is invalid.
    ///
    /// Optional parameter. Sent as `maxBytesRewrittenPerCall`.
    #[inline]
    pub fn max_bytes_rewritten_per_call(mut self, value: i64) -> Self {
        self.call.query("maxBytesRewrittenPerCall", value.to_string());
        self
    }

    /// Set of properties to return. Defaults to noAcl, unless the object resource specifies the acl
    /// property, when it defaults to full.
    ///
    /// Optional parameter. Sent as `projection`.
    #[inline]
    pub fn projection(mut self, value: Projection) -> Self {
        self.call.query("projection", value.as_str().to_owned());
        self
    }

    /// Include this field (from the previous rewrite response) on each rewrite request after the
    /// first one, until the rewrite response 'done' flag is true. Calls that provide a rewriteToken
    /// can omit all other request fields, but if included those fields must match the values
    /// provided in the first rewrite request.
    ///
    /// Optional parameter. Sent as `rewriteToken`.
    #[inline]
    pub fn rewrite_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("rewriteToken", value.into());
        self
    }

    /// If present, selects a specific revision of the source object (as opposed to the latest
    /// version, the default).
    ///
    /// Optional parameter. Sent as `sourceGeneration`.
    #[inline]
    pub fn source_generation(mut self, value: i64) -> Self {
        self.call.query("sourceGeneration", value.to_string());
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

    /// Sends the request and waits for the answer of `storage.objects.rewrite`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::RewriteResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for RewriteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for RewriteCall {
    type Response = crate::schemas::RewriteResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static SET_IAM_POLICY_METHOD: MethodInfo = MethodInfo {
    id: "storage.objects.setIamPolicy",
    http_method: http::Method::PUT,
    path: "b/{bucket}/o/{object}/iam",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.objects.setIamPolicy`, made by [`ObjectsResource::set_iam_policy`]: set
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
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    #[inline]
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
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

    /// Sends the request and waits for the answer of `storage.objects.setIamPolicy`.
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
    id: "storage.objects.testIamPermissions",
    http_method: http::Method::GET,
    path: "b/{bucket}/o/{object}/iam/testPermissions",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.objects.testIamPermissions`, made by
/// [`ObjectsResource::test_iam_permissions`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct TestIamPermissionsCall {
    call: Call,
}

impl TestIamPermissionsCall {
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    #[inline]
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
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

    /// Sends the request and waits for the answer of `storage.objects.testIamPermissions`.
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
    id: "storage.objects.update",
    http_method: http::Method::PUT,
    path: "b/{bucket}/o/{object}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.objects.update`, made by [`ObjectsResource::update`]: set optional
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
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    #[inline]
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current generation matches the given
    /// value. Setting to 0 makes the operation succeed only if there are no live versions of the
    /// object.
    ///
    /// Optional parameter. Sent as `ifGenerationMatch`.
    #[inline]
    pub fn if_generation_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current generation does not match
    /// the given value. If no live object exists, the precondition fails. Setting to 0 makes the
    /// operation succeed only if there is a live version of the object.
    ///
    /// Optional parameter. Sent as `ifGenerationNotMatch`.
    #[inline]
    pub fn if_generation_not_match(mut self, value: i64) -> Self {
        self.call.query("ifGenerationNotMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current metageneration matches the
    /// given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the object's current metageneration does not
    /// match the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
        self
    }

    /// Must be true to remove the retention configuration, reduce its unlocked retention period, or
    /// change its mode from unlocked to locked.
    ///
    /// Optional parameter. Sent as `overrideUnlockedRetention`.
    #[inline]
    pub fn override_unlocked_retention(mut self, value: bool) -> Self {
        self.call.query("overrideUnlockedRetention", value.to_string());
        self
    }

    /// Apply a predefined set of access controls to this object.
    ///
    /// Optional parameter. Sent as `predefinedAcl`.
    #[inline]
    pub fn predefined_acl(mut self, value: PredefinedAcl) -> Self {
        self.call.query("predefinedAcl", value.as_str().to_owned());
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

    /// Sends the request and waits for the answer of `storage.objects.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Object, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Object;
    fn into_call(self) -> Call {
        self.call
    }
}

static VIEW_FULL_CONTEXT_METHOD: MethodInfo = MethodInfo {
    id: "storage.objects.viewFullContext",
    http_method: http::Method::GET,
    path: "b/{bucket}/o/{object}/viewFullContext",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.objects.viewFullContext`, made by [`ObjectsResource::view_full_context`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ViewFullContextCall {
    call: Call,
}

impl ViewFullContextCall {
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    #[inline]
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
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

    /// Sends the request and waits for the answer of `storage.objects.viewFullContext`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ObjectFullContext, Error> {
        self.call.send().await
    }
}

impl CallOptions for ViewFullContextCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ViewFullContextCall {
    type Response = crate::schemas::ObjectFullContext;
    fn into_call(self) -> Call {
        self.call
    }
}

/// Apply a predefined set of access controls to the destination object.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DestinationPredefinedAcl {
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

impl wire::OpenEnum for DestinationPredefinedAcl {
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
impl_open_enum!(DestinationPredefinedAcl);

/// Apply a predefined set of access controls to this object.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PredefinedAcl {
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

impl wire::OpenEnum for PredefinedAcl {
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
impl_open_enum!(PredefinedAcl);

/// Set of properties to return. Defaults to noAcl, unless the object resource specifies the acl
/// property, when it defaults to full.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Projection {
    /// Include all properties.
    ///
    /// `full` on the wire.
    #[default]
    Full,
    /// Omit the owner, acl property.
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
