//! The `users.settings.filters` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `users.settings.filters` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct FiltersResource {
    pub(crate) client: Client,
}

impl FiltersResource {
    /// Creates a filter. Note: you can only create a maximum of 1,000 filters. For more
    /// information, see [Manage Gmail
    /// filters](https://developers.google.com/workspace/gmail/api/guides/filter_settings).
    ///
    /// `POST gmail/v1/users/{userId}/settings/filters` (method id
    /// `gmail.users.settings.filters.create`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `body`: the request body, a [`crate::schemas::Filter`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    #[inline]
    pub fn create(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::Filter,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        CreateCall { call }
    }

    /// Immediately and permanently deletes the specified filter. For more information, see [Manage
    /// Gmail filters](https://developers.google.com/workspace/gmail/api/guides/filter_settings).
    ///
    /// `DELETE gmail/v1/users/{userId}/settings/filters/{id}` (method id
    /// `gmail.users.settings.filters.delete`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `id`: The ID of the filter to be deleted.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
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

    /// Gets a filter. For more information, see [Manage Gmail
    /// filters](https://developers.google.com/workspace/gmail/api/guides/filter_settings).
    ///
    /// `GET gmail/v1/users/{userId}/settings/filters/{id}` (method id
    /// `gmail.users.settings.filters.get`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `id`: The ID of the filter to be fetched.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    #[inline]
    pub fn get(&self, user_id: impl Into<String>, id: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("id", id.into());
        GetCall { call }
    }

    /// Lists the message filters of a Gmail user. For more information, see [Manage Gmail
    /// filters](https://developers.google.com/workspace/gmail/api/guides/filter_settings).
    ///
    /// `GET gmail/v1/users/{userId}/settings/filters` (method id
    /// `gmail.users.settings.filters.list`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    #[inline]
    pub fn list(&self, user_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("userId", user_id.into());
        ListCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.filters.create",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/settings/filters",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.basic"],
    api_version: None,
};

/// A call of `gmail.users.settings.filters.create`, made by [`FiltersResource::create`]: set
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
    /// Sends the request and waits for the answer of `gmail.users.settings.filters.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Filter, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::Filter;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.filters.delete",
    http_method: http::Method::DELETE,
    path: "gmail/v1/users/{userId}/settings/filters/{id}",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.basic"],
    api_version: None,
};

/// A call of `gmail.users.settings.filters.delete`, made by [`FiltersResource::delete`]: set
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
    /// Sends the request and waits for the answer of `gmail.users.settings.filters.delete`.
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
    id: "gmail.users.settings.filters.get",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/filters/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.filters.get`, made by [`FiltersResource::get`]: set optional
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
    /// Sends the request and waits for the answer of `gmail.users.settings.filters.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Filter, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Filter;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.filters.list",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/filters",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.filters.list`, made by [`FiltersResource::list`]: set
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
    /// Sends the request and waits for the answer of `gmail.users.settings.filters.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListFiltersResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListFiltersResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
