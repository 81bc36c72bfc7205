//! The `groups.aliases` resource.

/// The `groups.aliases` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct AliasesResource {
    pub(crate) client: crate::runtime::Client,
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
    pub fn delete(
        &self,
        group_key: impl Into<String>,
        alias: impl Into<String>,
    ) -> DeleteCall {
        let mut call = crate::runtime::Call::new(&self.client, &DELETE_METHOD);
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
    pub fn insert(
        &self,
        group_key: impl Into<String>,
        body: crate::schemas::Alias,
    ) -> InsertCall {
        let mut call = crate::runtime::Call::new(&self.client, &INSERT_METHOD);
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
    pub fn list(&self, group_key: impl Into<String>) -> ListCall {
        let mut call = crate::runtime::Call::new(&self.client, &LIST_METHOD);
        call.path_param("groupKey", group_key.into());
        ListCall { call }
    }
}

static DELETE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.groups.aliases.delete",
    http_method: crate::runtime::http::Method::DELETE,
    path: "admin/directory/v1/groups/{groupKey}/aliases/{alias}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.group"],
    api_version: None,
};

static INSERT_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.groups.aliases.insert",
    http_method: crate::runtime::http::Method::POST,
    path: "admin/directory/v1/groups/{groupKey}/aliases",
    scopes: &["https://www.googleapis.com/auth/admin.directory.group"],
    api_version: None,
};

static LIST_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "directory.groups.aliases.list",
    http_method: crate::runtime::http::Method::GET,
    path: "admin/directory/v1/groups/{groupKey}/aliases",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.group",
        "https://www.googleapis.com/auth/admin.directory.group.readonly",
    ],
    api_version: None,
};

/// A call of `directory.groups.aliases.delete`, made by [`AliasesResource::delete`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: crate::runtime::Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `directory.groups.aliases.delete`.
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

/// A call of `directory.groups.aliases.insert`, made by [`AliasesResource::insert`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: crate::runtime::Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `directory.groups.aliases.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Alias, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for InsertCall {
    type Response = crate::schemas::Alias;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}

/// A call of `directory.groups.aliases.list`, made by [`AliasesResource::list`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: crate::runtime::Call,
}

impl ListCall {
    /// Sends the request and waits for the answer of `directory.groups.aliases.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Aliases, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::Aliases;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
