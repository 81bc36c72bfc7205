//! The `users` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};
pub mod drafts;
pub mod history;
pub mod labels;
pub mod messages;
pub mod settings;
pub mod threads;

/// The `users` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct UsersResource {
    pub(crate) client: Client,
}

impl UsersResource {
    /// The `users.drafts` resource.
    pub fn drafts(&self) -> drafts::DraftsResource {
        drafts::DraftsResource {
            client: self.client.clone(),
        }
    }

    /// The `users.history` resource.
    pub fn history(&self) -> history::HistoryResource {
        history::HistoryResource {
            client: self.client.clone(),
        }
    }

    /// The `users.labels` resource.
    pub fn labels(&self) -> labels::LabelsResource {
        labels::LabelsResource {
            client: self.client.clone(),
        }
    }

    /// The `users.messages` resource.
    pub fn messages(&self) -> messages::MessagesResource {
        messages::MessagesResource {
            client: self.client.clone(),
        }
    }

    /// The `users.settings` resource.
    pub fn settings(&self) -> settings::SettingsResource {
        settings::SettingsResource {
            client: self.client.clone(),
        }
    }

    /// The `users.threads` resource.
    pub fn threads(&self) -> threads::ThreadsResource {
        threads::ThreadsResource {
            client: self.client.clone(),
        }
    }

    /// Gets the current user's Gmail profile.
    ///
    /// `GET gmail/v1/users/{userId}/profile` (method id `gmail.users.getProfile`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.compose`
    /// - `https://www.googleapis.com/auth/gmail.metadata`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    #[inline]
    pub fn get_profile(&self, user_id: impl Into<String>) -> GetProfileCall {
        let mut call = Call::new(&self.client, &GET_PROFILE_METHOD);
        call.path_param("userId", user_id.into());
        GetProfileCall { call }
    }

    /// Turn off push notification delivery for the given user mailbox. For more information, see
    /// [Configure push notifications in Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/push).
    ///
    /// `POST gmail/v1/users/{userId}/stop` (method id `gmail.users.stop`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.metadata`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    #[inline]
    pub fn stop(&self, user_id: impl Into<String>) -> StopCall {
        let mut call = Call::new(&self.client, &STOP_METHOD);
        call.path_param("userId", user_id.into());
        StopCall { call }
    }

    /// Set up or update a push notification watch on the given user mailbox. For more information,
    /// see [Configure push notifications in Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/push).
    ///
    /// `POST gmail/v1/users/{userId}/watch` (method id `gmail.users.watch`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `body`: the request body, a [`crate::schemas::WatchRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.metadata`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    #[inline]
    pub fn watch(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::WatchRequest,
    ) -> WatchCall {
        let mut call = Call::new(&self.client, &WATCH_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        WatchCall { call }
    }
}

static GET_PROFILE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.getProfile",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/profile",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.metadata",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

/// A call of `gmail.users.getProfile`, made by [`UsersResource::get_profile`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetProfileCall {
    call: Call,
}

impl GetProfileCall {
    /// Sends the request and waits for the answer of `gmail.users.getProfile`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Profile, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetProfileCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetProfileCall {
    type Response = crate::schemas::Profile;
    fn into_call(self) -> Call {
        self.call
    }
}

static STOP_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.stop",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/stop",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.metadata",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

/// A call of `gmail.users.stop`, made by [`UsersResource::stop`]: set optional parameters, then
/// `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct StopCall {
    call: Call,
}

impl StopCall {
    /// Sends the request and waits for the answer of `gmail.users.stop`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for StopCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for StopCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static WATCH_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.watch",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/watch",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.metadata",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
    ],
    api_version: None,
};

/// A call of `gmail.users.watch`, made by [`UsersResource::watch`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct WatchCall {
    call: Call,
}

impl WatchCall {
    /// Sends the request and waits for the answer of `gmail.users.watch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::WatchResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for WatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for WatchCall {
    type Response = crate::schemas::WatchResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
