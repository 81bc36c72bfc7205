//! The `users.labels` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `users.labels` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct LabelsResource {
    pub(crate) client: Client,
}

impl LabelsResource {
    /// Creates a label. For more information, see [Manage
    /// labels](https://developers.google.com/workspace/gmail/api/guides/labels).
    ///
    /// `POST gmail/v1/users/{userId}/labels` (method id `gmail.users.labels.create`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `body`: the request body, a [`crate::schemas::Label`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.labels`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn create(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::Label,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        CreateCall { call }
    }

    /// Immediately and permanently deletes the specified label and removes it from any messages and
    /// threads that it's applied to. For more information, see [Manage
    /// labels](https://developers.google.com/workspace/gmail/api/guides/labels).
    ///
    /// `DELETE gmail/v1/users/{userId}/labels/{id}` (method id `gmail.users.labels.delete`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the label to delete.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.labels`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn delete(
        &self,
        user_id: impl Into<String>,
        id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        DeleteCall { call }
    }

    /// Gets the specified label. For more information, see [Manage
    /// labels](https://developers.google.com/workspace/gmail/api/guides/labels).
    ///
    /// `GET gmail/v1/users/{userId}/labels/{id}` (method id `gmail.users.labels.get`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the label to retrieve.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.labels`
    /// - `https://www.googleapis.com/auth/gmail.metadata`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    #[inline]
    pub fn get(&self, user_id: impl Into<String>, id: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        GetCall { call }
    }

    /// Lists all labels in the user's mailbox. For more information, see [Manage
    /// labels](https://developers.google.com/workspace/gmail/api/guides/labels).
    ///
    /// `GET gmail/v1/users/{userId}/labels` (method id `gmail.users.labels.list`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.labels`
    /// - `https://www.googleapis.com/auth/gmail.metadata`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    #[inline]
    pub fn list(&self, user_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("userId", user_id.into());
        ListCall { call }
    }

    /// Patch the specified label. For more information, see [Manage
    /// labels](https://developers.google.com/workspace/gmail/api/guides/labels).
    ///
    /// `PATCH gmail/v1/users/{userId}/labels/{id}` (method id `gmail.users.labels.patch`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the label to update.
    /// - `body`: the request body, a [`crate::schemas::Label`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.labels`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn patch(
        &self,
        user_id: impl Into<String>,
        id: impl Into<String>,
        body: crate::schemas::Label,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates the specified label. For more information, see [Manage
    /// labels](https://developers.google.com/workspace/gmail/api/guides/labels).
    ///
    /// `PUT gmail/v1/users/{userId}/labels/{id}` (method id `gmail.users.labels.update`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `id`: The ID of the label to update.
    /// - `body`: the request body, a [`crate::schemas::Label`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.labels`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    #[inline]
    pub fn update(
        &self,
        user_id: impl Into<String>,
        id: impl Into<String>,
        body: crate::schemas::Label,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.labels.create",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/labels",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.labels",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

/// A call of `gmail.users.labels.create`, made by [`LabelsResource::create`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Sends the request and waits for the answer of `gmail.users.labels.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Label, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::Label;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.labels.delete",
    http_method: http::Method::DELETE,
    path: "gmail/v1/users/{userId}/labels/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.labels",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

/// A call of `gmail.users.labels.delete`, made by [`LabelsResource::delete`]: set optional
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
    /// Sends the request and waits for the answer of `gmail.users.labels.delete`.
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
    id: "gmail.users.labels.get",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/labels/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.labels",
        "https://www.googleapis.com/auth/gmail.metadata",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

/// A call of `gmail.users.labels.get`, made by [`LabelsResource::get`]: set optional
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
    /// Sends the request and waits for the answer of `gmail.users.labels.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Label, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Label;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.labels.list",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/labels",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.labels",
        "https://www.googleapis.com/auth/gmail.metadata",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

/// A call of `gmail.users.labels.list`, made by [`LabelsResource::list`]: set optional
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
    /// Sends the request and waits for the answer of `gmail.users.labels.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListLabelsResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListLabelsResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.labels.patch",
    http_method: http::Method::PATCH,
    path: "gmail/v1/users/{userId}/labels/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.labels",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

/// A call of `gmail.users.labels.patch`, made by [`LabelsResource::patch`]: set optional
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
    /// Sends the request and waits for the answer of `gmail.users.labels.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Label, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Label;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.labels.update",
    http_method: http::Method::PUT,
    path: "gmail/v1/users/{userId}/labels/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.labels",
        "https://www.googleapis.com/auth/gmail.modify",
    ],
    api_version: None,
};

/// A call of `gmail.users.labels.update`, made by [`LabelsResource::update`]: set optional
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
    /// Sends the request and waits for the answer of `gmail.users.labels.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Label, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Label;
    fn into_call(self) -> Call {
        self.call
    }
}
