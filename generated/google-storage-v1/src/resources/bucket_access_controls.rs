//! The `bucketAccessControls` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `bucketAccessControls` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct BucketAccessControlsResource {
    pub(crate) client: Client,
}

impl BucketAccessControlsResource {
    /// Permanently deletes the ACL entry for the specified entity on the specified bucket.
    ///
    /// `DELETE storage/v1/b/{bucket}/acl/{entity}` (method id
    /// `storage.bucketAccessControls.delete`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `entity`: The entity holding the permission. Can be user-userId, user-emailAddress,
    ///   group-groupId,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn delete(
        &self,
        bucket: impl Into<String>,
        entity: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("entity", entity.into());
        DeleteCall { call }
    }

    /// Returns the ACL entry for the specified entity on the specified bucket.
    ///
    /// `GET storage/v1/b/{bucket}/acl/{entity}` (method id `storage.bucketAccessControls.get`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `entity`: The entity holding the permission. Can be user-userId, user-emailAddress,
    ///   group-groupId,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn get(&self, bucket: impl Into<String>, entity: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("entity", entity.into());
        GetCall { call }
    }

    /// Creates a new ACL entry on the specified bucket.
    ///
    /// `POST storage/v1/b/{bucket}/acl` (method id `storage.bucketAccessControls.insert`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `body`: the request body, a [`crate::schemas::BucketAccessControl`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn insert(
        &self,
        bucket: impl Into<String>,
        body: crate::schemas::BucketAccessControl,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("bucket", bucket.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves ACL entries on the specified bucket.
    ///
    /// `GET storage/v1/b/{bucket}/acl` (method id `storage.bucketAccessControls.list`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn list(&self, bucket: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("bucket", bucket.into());
        ListCall { call }
    }

    /// Patches an ACL entry on the specified bucket.
    ///
    /// `PATCH storage/v1/b/{bucket}/acl/{entity}` (method id `storage.bucketAccessControls.patch`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `entity`: The entity holding the permission. Can be user-userId, user-emailAddress,
    ///   group-groupId,
    /// - `body`: the request body, a [`crate::schemas::BucketAccessControl`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn patch(
        &self,
        bucket: impl Into<String>,
        entity: impl Into<String>,
        body: crate::schemas::BucketAccessControl,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("entity", entity.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates an ACL entry on the specified bucket.
    ///
    /// `PUT storage/v1/b/{bucket}/acl/{entity}` (method id `storage.bucketAccessControls.update`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `entity`: The entity holding the permission. Can be user-userId, user-emailAddress,
    ///   group-groupId,
    /// - `body`: the request body, a [`crate::schemas::BucketAccessControl`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn update(
        &self,
        bucket: impl Into<String>,
        entity: impl Into<String>,
        body: crate::schemas::BucketAccessControl,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("entity", entity.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "storage.bucketAccessControls.delete",
    http_method: http::Method::DELETE,
    path: "b/{bucket}/acl/{entity}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.bucketAccessControls.delete`, made by
/// [`BucketAccessControlsResource::delete`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
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

    /// Sends the request and waits for the answer of `storage.bucketAccessControls.delete`.
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
    id: "storage.bucketAccessControls.get",
    http_method: http::Method::GET,
    path: "b/{bucket}/acl/{entity}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.bucketAccessControls.get`, made by [`BucketAccessControlsResource::get`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
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

    /// Sends the request and waits for the answer of `storage.bucketAccessControls.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::BucketAccessControl, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::BucketAccessControl;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "storage.bucketAccessControls.insert",
    http_method: http::Method::POST,
    path: "b/{bucket}/acl",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.bucketAccessControls.insert`, made by
/// [`BucketAccessControlsResource::insert`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
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

    /// Sends the request and waits for the answer of `storage.bucketAccessControls.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::BucketAccessControl, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::BucketAccessControl;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "storage.bucketAccessControls.list",
    http_method: http::Method::GET,
    path: "b/{bucket}/acl",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.bucketAccessControls.list`, made by
/// [`BucketAccessControlsResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
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

    /// Sends the request and waits for the answer of `storage.bucketAccessControls.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::BucketAccessControls, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::BucketAccessControls;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "storage.bucketAccessControls.patch",
    http_method: http::Method::PATCH,
    path: "b/{bucket}/acl/{entity}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.bucketAccessControls.patch`, made by
/// [`BucketAccessControlsResource::patch`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: Call,
}

impl PatchCall {
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

    /// Sends the request and waits for the answer of `storage.bucketAccessControls.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::BucketAccessControl, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::BucketAccessControl;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "storage.bucketAccessControls.update",
    http_method: http::Method::PUT,
    path: "b/{bucket}/acl/{entity}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.bucketAccessControls.update`, made by
/// [`BucketAccessControlsResource::update`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: Call,
}

impl UpdateCall {
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

    /// Sends the request and waits for the answer of `storage.bucketAccessControls.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::BucketAccessControl, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::BucketAccessControl;
    fn into_call(self) -> Call {
        self.call
    }
}
