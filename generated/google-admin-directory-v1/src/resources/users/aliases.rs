//! The `users.aliases` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, MethodInfo,
};

/// The `users.aliases` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct AliasesResource {
    pub(crate) client: Client,
}

impl AliasesResource {
    /// Removes an alias.
    ///
    /// `DELETE admin/directory/v1/users/{userKey}/aliases/{alias}` (method id
    /// `directory.users.aliases.delete`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    /// - `alias`: The alias to be removed.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    /// - `https://www.googleapis.com/auth/admin.directory.user.alias`
    #[inline]
    pub fn delete(
        &self,
        user_key: impl Into<String>,
        alias: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userKey", user_key.into());
        call.path_param("alias", alias.into());
        DeleteCall { call }
    }

    /// Adds an alias.
    ///
    /// `POST admin/directory/v1/users/{userKey}/aliases` (method id
    /// `directory.users.aliases.insert`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    /// - `body`: the request body, a [`crate::schemas::Alias`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    /// - `https://www.googleapis.com/auth/admin.directory.user.alias`
    #[inline]
    pub fn insert(
        &self,
        user_key: impl Into<String>,
        body: crate::schemas::Alias,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("userKey", user_key.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Lists all aliases for a user.
    ///
    /// `GET admin/directory/v1/users/{userKey}/aliases` (method id `directory.users.aliases.list`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Identifies the user in the API request. The value can be the user's primary
    ///   email address,
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    /// - `https://www.googleapis.com/auth/admin.directory.user.alias`
    /// - `https://www.googleapis.com/auth/admin.directory.user.alias.readonly`
    /// - `https://www.googleapis.com/auth/admin.directory.user.readonly`
    #[inline]
    pub fn list(&self, user_key: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("userKey", user_key.into());
        ListCall { call }
    }

    /// Watches for changes in users list.
    ///
    /// `POST admin/directory/v1/users/{userKey}/aliases/watch` (method id
    /// `directory.users.aliases.watch`)
    ///
    /// Arguments, in order:
    /// - `user_key`: Email or immutable ID of the user
    /// - `body`: the request body, a [`crate::schemas::Channel`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.user`
    /// - `https://www.googleapis.com/auth/admin.directory.user.alias`
    /// - `https://www.googleapis.com/auth/admin.directory.user.alias.readonly`
    /// - `https://www.googleapis.com/auth/admin.directory.user.readonly`
    #[inline]
    pub fn watch(
        &self,
        user_key: impl Into<String>,
        body: crate::schemas::Channel,
    ) -> WatchCall {
        let mut call = Call::new(&self.client, &WATCH_METHOD);
        call.path_param("userKey", user_key.into());
        call.json_body(&body);
        WatchCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.aliases.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/users/{userKey}/aliases/{alias}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.user",
        "https://www.googleapis.com/auth/admin.directory.user.alias",
    ],
    api_version: None,
};

/// A call of `directory.users.aliases.delete`, made by [`AliasesResource::delete`]: set
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
    /// Sends the request and waits for the answer of `directory.users.aliases.delete`.
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

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.aliases.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/users/{userKey}/aliases",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.user",
        "https://www.googleapis.com/auth/admin.directory.user.alias",
    ],
    api_version: None,
};

/// A call of `directory.users.aliases.insert`, made by [`AliasesResource::insert`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `directory.users.aliases.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Alias, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::Alias;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.aliases.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/users/{userKey}/aliases",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.user",
        "https://www.googleapis.com/auth/admin.directory.user.alias",
        "https://www.googleapis.com/auth/admin.directory.user.alias.readonly",
        "https://www.googleapis.com/auth/admin.directory.user.readonly",
    ],
    api_version: None,
};

/// A call of `directory.users.aliases.list`, made by [`AliasesResource::list`]: set optional
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
    /// Events to watch for.
    ///
    /// Optional parameter. Sent as `event`.
    #[inline]
    pub fn event(mut self, value: Event) -> Self {
        self.call.query("event", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `directory.users.aliases.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Aliases, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Aliases;
    fn into_call(self) -> Call {
        self.call
    }
}

static WATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.users.aliases.watch",
    http_method: http::Method::POST,
    path: "admin/directory/v1/users/{userKey}/aliases/watch",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.user",
        "https://www.googleapis.com/auth/admin.directory.user.alias",
        "https://www.googleapis.com/auth/admin.directory.user.alias.readonly",
        "https://www.googleapis.com/auth/admin.directory.user.readonly",
    ],
    api_version: None,
};

/// A call of `directory.users.aliases.watch`, made by [`AliasesResource::watch`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct WatchCall {
    call: Call,
}

impl WatchCall {
    /// Events to watch for.
    ///
    /// Optional parameter. Sent as `event`.
    #[inline]
    pub fn event(mut self, value: Event) -> Self {
        self.call.query("event", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `directory.users.aliases.watch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Channel, Error> {
        self.call.send().await
    }
}

impl CallOptions for WatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for WatchCall {
    type Response = crate::schemas::Channel;
    fn into_call(self) -> Call {
        self.call
    }
}

/// Events to watch for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Event {
    /// Alias Created Event
    ///
    /// `add` on the wire.
    #[default]
    Add,
    /// Alias Deleted Event
    ///
    /// `delete` on the wire.
    Delete,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for Event {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Delete => "delete",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "add" => Self::Add,
            "delete" => Self::Delete,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Event);
