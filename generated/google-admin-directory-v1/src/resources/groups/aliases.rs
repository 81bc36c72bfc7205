//! The `groups.aliases` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `groups.aliases` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct AliasesResource {
    pub(crate) client: Client,
}

impl AliasesResource {
    /// Removes an alias.
    ///
    /// `DELETE admin/directory/v1/groups/{groupKey}/aliases/{alias}` (method id
    /// `directory.groups.aliases.delete`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    /// - `alias`: The alias to be removed
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    #[inline]
    pub fn delete(
        &self,
        group_key: impl Into<String>,
        alias: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("groupKey", group_key.into());
        call.path_param("alias", alias.into());
        DeleteCall { call }
    }

    /// Adds an alias for the group.
    ///
    /// `POST admin/directory/v1/groups/{groupKey}/aliases` (method id
    /// `directory.groups.aliases.insert`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    /// - `body`: the request body, a [`crate::schemas::Alias`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    #[inline]
    pub fn insert(
        &self,
        group_key: impl Into<String>,
        body: crate::schemas::Alias,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("groupKey", group_key.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Lists all aliases for a group.
    ///
    /// `GET admin/directory/v1/groups/{groupKey}/aliases` (method id
    /// `directory.groups.aliases.list`)
    ///
    /// Arguments, in order:
    /// - `group_key`: Identifies the group in the API request. The value can be the group's email
    ///   address, group
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.group`
    /// - `https://www.googleapis.com/auth/admin.directory.group.readonly`
    #[inline]
    pub fn list(&self, group_key: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("groupKey", group_key.into());
        ListCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.groups.aliases.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/groups/{groupKey}/aliases/{alias}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.group"],
    api_version: None,
};

/// A call of `directory.groups.aliases.delete`, made by [`AliasesResource::delete`]: set
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
    /// Sends the request and waits for the answer of `directory.groups.aliases.delete`.
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
    id: "directory.groups.aliases.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/groups/{groupKey}/aliases",
    scopes: &["https://www.googleapis.com/auth/admin.directory.group"],
    api_version: None,
};

/// A call of `directory.groups.aliases.insert`, made by [`AliasesResource::insert`]: set
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
    /// Sends the request and waits for the answer of `directory.groups.aliases.insert`.
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
    id: "directory.groups.aliases.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/groups/{groupKey}/aliases",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.readonly",
    ],
    api_version: None,
};

/// A call of `directory.groups.aliases.list`, made by [`AliasesResource::list`]: set optional
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
    /// Sends the request and waits for the answer of `directory.groups.aliases.list`.
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
