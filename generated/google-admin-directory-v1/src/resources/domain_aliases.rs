//! The `domainAliases` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `domainAliases` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct DomainAliasesResource {
    pub(crate) client: Client,
}

impl DomainAliasesResource {
    /// Deletes a domain Alias of the customer.
    ///
    /// `DELETE admin/directory/v1/customer/{customer}/domainaliases/{domainAliasName}` (method id
    /// `directory.domainAliases.delete`)
    ///
    /// Arguments, in order:
    /// - `customer`: Immutable ID of the Google Workspace account.
    /// - `domain_alias_name`: Name of domain alias to be retrieved.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.domain`
    #[inline]
    pub fn delete(
        &self,
        customer: impl Into<String>,
        domain_alias_name: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("domainAliasName", domain_alias_name.into());
        DeleteCall { call }
    }

    /// Retrieves a domain alias of the customer.
    ///
    /// `GET admin/directory/v1/customer/{customer}/domainaliases/{domainAliasName}` (method id
    /// `directory.domainAliases.get`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. In case of a
    ///   multi-domain
    /// - `domain_alias_name`: Name of domain alias to be retrieved.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.domain`
    /// - `https://www.googleapis.com/auth/admin.directory.domain.readonly`
    #[inline]
    pub fn get(
        &self,
        customer: impl Into<String>,
        domain_alias_name: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("domainAliasName", domain_alias_name.into());
        GetCall { call }
    }

    /// Inserts a domain alias of the customer.
    ///
    /// `POST admin/directory/v1/customer/{customer}/domainaliases` (method id
    /// `directory.domainAliases.insert`)
    ///
    /// Arguments, in order:
    /// - `customer`: Immutable ID of the Google Workspace account.
    /// - `body`: the request body, a [`crate::schemas::DomainAlias`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.domain`
    #[inline]
    pub fn insert(
        &self,
        customer: impl Into<String>,
        body: crate::schemas::DomainAlias,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("customer", customer.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Lists the domain aliases of the customer.
    ///
    /// `GET admin/directory/v1/customer/{customer}/domainaliases` (method id
    /// `directory.domainAliases.list`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. In case of a
    ///   multi-domain
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.domain`
    /// - `https://www.googleapis.com/auth/admin.directory.domain.readonly`
    #[inline]
    pub fn list(&self, customer: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("customer", customer.into());
        ListCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.domainAliases.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/customer/{customer}/domainaliases/{domainAliasName}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.domain"],
    api_version: None,
};

/// A call of `directory.domainAliases.delete`, made by [`DomainAliasesResource::delete`]: set
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
    /// Sends the request and waits for the answer of `directory.domainAliases.delete`.
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
    id: "directory.domainAliases.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/domainaliases/{domainAliasName}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.domain",
        "https://www.googleapis.com/auth/admin.directory.domain.readonly",
    ],
    api_version: None,
};

/// A call of `directory.domainAliases.get`, made by [`DomainAliasesResource::get`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `directory.domainAliases.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::DomainAlias, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::DomainAlias;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.domainAliases.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customer}/domainaliases",
    scopes: &["https://www.googleapis.com/auth/admin.directory.domain"],
    api_version: None,
};

/// A call of `directory.domainAliases.insert`, made by [`DomainAliasesResource::insert`]: set
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
    /// Sends the request and waits for the answer of `directory.domainAliases.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::DomainAlias, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::DomainAlias;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.domainAliases.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/domainaliases",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.domain",
        "https://www.googleapis.com/auth/admin.directory.domain.readonly",
    ],
    api_version: None,
};

/// A call of `directory.domainAliases.list`, made by [`DomainAliasesResource::list`]: set
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
    /// Name of the parent domain for which domain aliases are to be fetched.
    ///
    /// Optional parameter. Sent as `parentDomainName`.
    #[inline]
    pub fn parent_domain_name(mut self, value: impl Into<String>) -> Self {
        self.call.query("parentDomainName", value.into());
        self
    }

    /// Sends the request and waits for the answer of `directory.domainAliases.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::DomainAliases, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::DomainAliases;
    fn into_call(self) -> Call {
        self.call
    }
}
