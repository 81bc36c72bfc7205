//! The `objectAccessControls` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `objectAccessControls` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ObjectAccessControlsResource {
    pub(crate) client: Client,
}

impl ObjectAccessControlsResource {
    /// Permanently deletes the ACL entry for the specified entity on the specified object.
    ///
    /// `DELETE storage/v1/b/{bucket}/o/{object}/acl/{entity}` (method id
    /// `storage.objectAccessControls.delete`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
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
        object: impl Into<String>,
        entity: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        call.path_param("entity", entity.into());
        DeleteCall { call }
    }

    /// Returns the ACL entry for the specified entity on the specified object.
    ///
    /// `GET storage/v1/b/{bucket}/o/{object}/acl/{entity}` (method id
    /// `storage.objectAccessControls.get`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
    /// - `entity`: The entity holding the permission. Can be user-userId, user-emailAddress,
    ///   group-groupId,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn get(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        entity: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        call.path_param("entity", entity.into());
        GetCall { call }
    }

    /// Creates a new ACL entry on the specified object.
    ///
    /// `POST storage/v1/b/{bucket}/o/{object}/acl` (method id
    /// `storage.objectAccessControls.insert`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
    /// - `body`: the request body, a [`crate::schemas::ObjectAccessControl`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn insert(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        body: crate::schemas::ObjectAccessControl,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves ACL entries on the specified object.
    ///
    /// `GET storage/v1/b/{bucket}/o/{object}/acl` (method id `storage.objectAccessControls.list`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn list(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
    ) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        ListCall { call }
    }

    /// Patches an ACL entry on the specified object.
    ///
    /// `PATCH storage/v1/b/{bucket}/o/{object}/acl/{entity}` (method id
    /// `storage.objectAccessControls.patch`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
    /// - `entity`: The entity holding the permission. Can be user-userId, user-emailAddress,
    ///   group-groupId,
    /// - `body`: the request body, a [`crate::schemas::ObjectAccessControl`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn patch(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        entity: impl Into<String>,
        body: crate::schemas::ObjectAccessControl,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        call.path_param("entity", entity.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates an ACL entry on the specified object.
    ///
    /// `PUT storage/v1/b/{bucket}/o/{object}/acl/{entity}` (method id
    /// `storage.objectAccessControls.update`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a bucket.
    /// - `object`: Name of the object. For information about how to URL encode object names to be
    ///   path safe,
    /// - `entity`: The entity holding the permission. Can be user-userId, user-emailAddress,
    ///   group-groupId,
    /// - `body`: the request body, a [`crate::schemas::ObjectAccessControl`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    #[inline]
    pub fn update(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        entity: impl Into<String>,
        body: crate::schemas::ObjectAccessControl,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        call.path_param("entity", entity.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "storage.objectAccessControls.delete",
    http_method: http::Method::DELETE,
    path: "b/{bucket}/o/{object}/acl/{entity}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.objectAccessControls.delete`, made by
/// [`ObjectAccessControlsResource::delete`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
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

    /// Sends the request and waits for the answer of `storage.objectAccessControls.delete`.
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
    id: "storage.objectAccessControls.get",
    http_method: http::Method::GET,
    path: "b/{bucket}/o/{object}/acl/{entity}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.objectAccessControls.get`, made by [`ObjectAccessControlsResource::get`]:
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

    /// Sends the request and waits for the answer of `storage.objectAccessControls.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ObjectAccessControl, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::ObjectAccessControl;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "storage.objectAccessControls.insert",
    http_method: http::Method::POST,
    path: "b/{bucket}/o/{object}/acl",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.objectAccessControls.insert`, made by
/// [`ObjectAccessControlsResource::insert`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
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

    /// Sends the request and waits for the answer of `storage.objectAccessControls.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ObjectAccessControl, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::ObjectAccessControl;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "storage.objectAccessControls.list",
    http_method: http::Method::GET,
    path: "b/{bucket}/o/{object}/acl",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.objectAccessControls.list`, made by
/// [`ObjectAccessControlsResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
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

    /// Sends the request and waits for the answer of `storage.objectAccessControls.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ObjectAccessControls, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ObjectAccessControls;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "storage.objectAccessControls.patch",
    http_method: http::Method::PATCH,
    path: "b/{bucket}/o/{object}/acl/{entity}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.objectAccessControls.patch`, made by
/// [`ObjectAccessControlsResource::patch`]: set optional parameters, then `send` it.
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

    /// Sends the request and waits for the answer of `storage.objectAccessControls.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ObjectAccessControl, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::ObjectAccessControl;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "storage.objectAccessControls.update",
    http_method: http::Method::PUT,
    path: "b/{bucket}/o/{object}/acl/{entity}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

/// A call of `storage.objectAccessControls.update`, made by
/// [`ObjectAccessControlsResource::update`]: set optional parameters, then `send` it.
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

    /// Sends the request and waits for the answer of `storage.objectAccessControls.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ObjectAccessControl, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::ObjectAccessControl;
    fn into_call(self) -> Call {
        self.call
    }
}
