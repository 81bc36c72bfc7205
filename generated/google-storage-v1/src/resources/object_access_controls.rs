//! The `objectAccessControls` resource.

/// The `objectAccessControls` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ObjectAccessControlsResource {
    pub(crate) client: crate::runtime::Client,
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
    pub fn delete(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        entity: impl Into<String>,
    ) -> DeleteCall {
        let mut call = crate::runtime::Call::new(&self.client, &DELETE_METHOD);
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
    pub fn get(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        entity: impl Into<String>,
    ) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
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
    pub fn insert(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        body: crate::schemas::ObjectAccessControl,
    ) -> InsertCall {
        let mut call = crate::runtime::Call::new(&self.client, &INSERT_METHOD);
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
    pub fn list(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
    ) -> ListCall {
        let mut call = crate::runtime::Call::new(&self.client, &LIST_METHOD);
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
    pub fn patch(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        entity: impl Into<String>,
        body: crate::schemas::ObjectAccessControl,
    ) -> PatchCall {
        let mut call = crate::runtime::Call::new(&self.client, &PATCH_METHOD);
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
    pub fn update(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        entity: impl Into<String>,
        body: crate::schemas::ObjectAccessControl,
    ) -> UpdateCall {
        let mut call = crate::runtime::Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("object", object.into());
        call.path_param("entity", entity.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "storage.objectAccessControls.delete",
    http_method: crate::runtime::http::Method::DELETE,
    path: "b/{bucket}/o/{object}/acl/{entity}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "storage.objectAccessControls.get",
    http_method: crate::runtime::http::Method::GET,
    path: "b/{bucket}/o/{object}/acl/{entity}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

static INSERT_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "storage.objectAccessControls.insert",
    http_method: crate::runtime::http::Method::POST,
    path: "b/{bucket}/o/{object}/acl",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

static LIST_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "storage.objectAccessControls.list",
    http_method: crate::runtime::http::Method::GET,
    path: "b/{bucket}/o/{object}/acl",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

static PATCH_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "storage.objectAccessControls.patch",
    http_method: crate::runtime::http::Method::PATCH,
    path: "b/{bucket}/o/{object}/acl/{entity}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
    api_version: None,
};

static UPDATE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "storage.objectAccessControls.update",
    http_method: crate::runtime::http::Method::PUT,
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
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: crate::runtime::Call,
}

impl DeleteCall {
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
        self
    }

    /// The project to be billed for this request. Required for Requester Pays buckets.
    ///
    /// Optional parameter. Sent as `userProject`.
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.objectAccessControls.delete`.
    #[inline]
    pub async fn send(self) -> Result<(), crate::runtime::Error> {
        self.call.send_empty().await
    }
}

impl crate::runtime::CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for DeleteCall {
    type Response = ();
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `storage.objectAccessControls.get`, made by [`ObjectAccessControlsResource::get`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}

impl GetCall {
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
        self
    }

    /// The project to be billed for this request. Required for Requester Pays buckets.
    ///
    /// Optional parameter. Sent as `userProject`.
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.objectAccessControls.get`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ObjectAccessControl, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::ObjectAccessControl;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `storage.objectAccessControls.insert`, made by
/// [`ObjectAccessControlsResource::insert`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: crate::runtime::Call,
}

impl InsertCall {
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
        self
    }

    /// The project to be billed for this request. Required for Requester Pays buckets.
    ///
    /// Optional parameter. Sent as `userProject`.
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.objectAccessControls.insert`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ObjectAccessControl, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for InsertCall {
    type Response = crate::schemas::ObjectAccessControl;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `storage.objectAccessControls.list`, made by
/// [`ObjectAccessControlsResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: crate::runtime::Call,
}

impl ListCall {
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
        self
    }

    /// The project to be billed for this request. Required for Requester Pays buckets.
    ///
    /// Optional parameter. Sent as `userProject`.
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.objectAccessControls.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ObjectAccessControls, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::ObjectAccessControls;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `storage.objectAccessControls.patch`, made by
/// [`ObjectAccessControlsResource::patch`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: crate::runtime::Call,
}

impl PatchCall {
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
        self
    }

    /// The project to be billed for this request. Required for Requester Pays buckets.
    ///
    /// Optional parameter. Sent as `userProject`.
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.objectAccessControls.patch`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ObjectAccessControl, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for PatchCall {
    type Response = crate::schemas::ObjectAccessControl;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `storage.objectAccessControls.update`, made by
/// [`ObjectAccessControlsResource::update`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: crate::runtime::Call,
}

impl UpdateCall {
    /// If present, selects a specific revision of this object (as opposed to the latest version,
    /// the default).
    ///
    /// Optional parameter. Sent as `generation`.
    pub fn generation(mut self, value: i64) -> Self {
        self.call.query("generation", value.to_string());
        self
    }

    /// The project to be billed for this request. Required for Requester Pays buckets.
    ///
    /// Optional parameter. Sent as `userProject`.
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.objectAccessControls.update`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ObjectAccessControl, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for UpdateCall {
    type Response = crate::schemas::ObjectAccessControl;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
