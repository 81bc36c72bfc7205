//! The `users.photos` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `users.photos` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct PhotosResource {
    pub(crate) client: Client,
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
    #[inline]
    pub fn delete(&self, user_key: impl Into<String>) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
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
    #[inline]
    pub fn get(&self, user_key: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
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
    #[inline]
    pub fn patch(
        &self,
        user_key: impl Into<String>,
        body: crate::schemas::UserPhoto,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
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
    #[inline]
    pub fn update(
        &self,
        user_key: impl Into<String>,
        body: crate::schemas::UserPhoto,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("userKey", user_key.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.photos.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/users/{userKey}/photos/thumbnail",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

/// A call of `directory.users.photos.delete`, made by [`PhotosResource::delete`]: set optional
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
    /// Sends the request and waits for the answer of `directory.users.photos.delete`.
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
    id: "directory.users.photos.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/users/{userKey}/photos/thumbnail",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.user",
        "https://www.googleapis.com/auth/admin.directory.user.readonly",
    ],
    api_version: None,
};

/// A call of `directory.users.photos.get`, made by [`PhotosResource::get`]: set optional
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
    /// Sends the request and waits for the answer of `directory.users.photos.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::UserPhoto, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::UserPhoto;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.photos.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/users/{userKey}/photos/thumbnail",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

/// A call of `directory.users.photos.patch`, made by [`PhotosResource::patch`]: set optional
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
    /// Sends the request and waits for the answer of `directory.users.photos.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::UserPhoto, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::UserPhoto;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.photos.update",
    http_method: http::Method::PUT,
    path: "admin/directory/v1/users/{userKey}/photos/thumbnail",
    scopes: &["https://www.googleapis.com/auth/admin.directory.user"],
    api_version: None,
};

/// A call of `directory.users.photos.update`, made by [`PhotosResource::update`]: set optional
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
    /// Sends the request and waits for the answer of `directory.users.photos.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::UserPhoto, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::UserPhoto;
    fn into_call(self) -> Call {
        self.call
    }
}
