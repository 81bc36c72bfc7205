//! The `users.photos` resource.

/// The `users.photos` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct PhotosResource {
    pub(crate) client: crate::runtime::Client,
}

impl PhotosResource {
    /// Removes the user's photo.
    ///
    /// `DELETE admin/directory/v1/users/{userKey}/photos/thumbnail` (method id
    /// `directory.users.photos.delete`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    pub fn delete(&self, user_key: impl Into<String>) -> DeleteCall {
        let mut call = crate::runtime::Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userKey", user_key.into());
        DeleteCall { call }
    }

    /// Retrieves the user's photo.
    ///
    /// `GET admin/directory/v1/users/{userKey}/photos/thumbnail` (method id
    /// `directory.users.photos.get`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    /// - `https://www.googleapis.com/auth/admin.directory.user.readonly`
    pub fn get(&self, user_key: impl Into<String>) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
        call.path_param("userKey", user_key.into());
        GetCall { call }
    }

    /// Adds a photo for the user. This method supports [patch
    /// semantics](https://developers.google.com/workspace/admin/directory/v1/guides/performance#patch).
    ///
    /// `PATCH admin/directory/v1/users/{userKey}/photos/thumbnail` (method id
    /// `directory.users.photos.patch`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    /// - `body`: the request body, a [`crate::schemas::UserPhoto`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    pub fn patch(
        &self,
        user_key: impl Into<String>,
        body: crate::schemas::UserPhoto,
    ) -> PatchCall {
        let mut call = crate::runtime::Call::new(&self.client, &PATCH_METHOD);
        call.path_param("userKey", user_key.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Adds a photo for the user.
    ///
    /// `PUT admin/directory/v1/users/{userKey}/photos/thumbnail` (method id
    /// `directory.users.photos.update`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    /// - `body`: the request body, a [`crate::schemas::UserPhoto`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    pub fn update(
        &self,
        user_key: impl Into<String>,
        body: crate::schemas::UserPhoto,
    ) -> UpdateCall {
        let mut call = crate::runtime::Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("userKey", user_key.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.users.photos.delete",
    http_method: crate::runtime::http::Method::DELETE,
    path: "admin/directory/v1/users/{userKey}/photos/thumbnail",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.users.photos.get",
    http_method: crate::runtime::http::Method::GET,
    path: "admin/directory/v1/users/{userKey}/photos/thumbnail",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.user",
        "https://www.googleapis.com/auth/admin.directory.user.readonly",
    ],
    api_version: None,
};

static PATCH_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.users.photos.patch",
    http_method: crate::runtime::http::Method::PATCH,
    path: "admin/directory/v1/users/{userKey}/photos/thumbnail",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

static UPDATE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.users.photos.update",
    http_method: crate::runtime::http::Method::PUT,
    path: "admin/directory/v1/users/{userKey}/photos/thumbnail",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

/// A call of `directory.users.photos.delete`, made by [`PhotosResource::delete`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: crate::runtime::Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `directory.users.photos.delete`.
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

/// A call of `directory.users.photos.get`, made by [`PhotosResource::get`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `directory.users.photos.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::UserPhoto, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::UserPhoto;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.users.photos.patch`, made by [`PhotosResource::patch`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: crate::runtime::Call,
}

impl PatchCall {
    /// Sends the request and waits for the answer of `directory.users.photos.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::UserPhoto, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for PatchCall {
    type Response = crate::schemas::UserPhoto;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.users.photos.update`, made by [`PhotosResource::update`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: crate::runtime::Call,
}

impl UpdateCall {
    /// Sends the request and waits for the answer of `directory.users.photos.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::UserPhoto, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for UpdateCall {
    type Response = crate::schemas::UserPhoto;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
