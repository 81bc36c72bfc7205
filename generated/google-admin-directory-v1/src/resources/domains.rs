//! The `domains` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `domains` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct DomainsResource {
    pub(crate) client: Client,
}

impl DomainsResource {
    /// Deletes a domain of the customer.
    ///
    /// `DELETE admin/directory/v1/customer/{customer}/domains/{domainName}` (method id
    /// `directory.domains.delete`)
    ///
    /// Arguments, in order:
    /// - `customer`: Immutable ID of the Google Workspace account.
    /// - `domain_name`: Name of domain to be deleted
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.domain`
    #[inline]
    pub fn delete(
        &self,
        customer: impl Into<String>,
        domain_name: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("domainName", domain_name.into());
        DeleteCall { call }
    }

    /// Retrieves a domain of the customer.
    ///
    /// `GET admin/directory/v1/customer/{customer}/domains/{domainName}` (method id
    /// `directory.domains.get`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. In case of a
    ///   multi-domain
    /// - `domain_name`: Name of domain to be retrieved
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.domain`
    /// - `https://www.googleapis.com/auth/admin.directory.domain.readonly`
    #[inline]
    pub fn get(
        &self,
        customer: impl Into<String>,
        domain_name: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("domainName", domain_name.into());
        GetCall { call }
    }

    /// Inserts a domain of the customer.
    ///
    /// `POST admin/directory/v1/customer/{customer}/domains` (method id `directory.domains.insert`)
    ///
    /// Arguments, in order:
    /// - `customer`: Immutable ID of the Google Workspace account.
    /// - `body`: the request body, a [`crate::schemas::Domains`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.domain`
    #[inline]
    pub fn insert(
        &self,
        customer: impl Into<String>,
        body: crate::schemas::Domains,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("customer", customer.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Lists the domains of the customer.
    ///
    /// `GET admin/directory/v1/customer/{customer}/domains` (method id `directory.domains.list`)
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
    id: "directory.domains.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/customer/{customer}/domains/{domainName}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.domain"],
    api_version: None,
};

/// A call of `directory.domains.delete`, made by [`DomainsResource::delete`]: set optional
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
    /// Sends the request and waits for the answer of `directory.domains.delete`.
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
    id: "directory.domains.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/domains/{domainName}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.domain",
        "https://www.googleapis.com/auth/admin.directory.domain.readonly",
    ],
    api_version: None,
};

/// A call of `directory.domains.get`, made by [`DomainsResource::get`]: set optional
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
    /// Sends the request and waits for the answer of `directory.domains.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Domains, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Domains;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.domains.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customer}/domains",
    scopes: &["https://www.googleapis.com/auth/admin.directory.domain"],
    api_version: None,
};

/// A call of `directory.domains.insert`, made by [`DomainsResource::insert`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `directory.domains.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Domains, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::Domains;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.domains.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/domains",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.domain",
        "https://www.googleapis.com/auth/admin.directory.domain.readonly",
    ],
    api_version: None,
};

/// A call of `directory.domains.list`, made by [`DomainsResource::list`]: set optional
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
    /// Sends the request and waits for the answer of `directory.domains.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Domains2, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Domains2;
    fn into_call(self) -> Call {
        self.call
    }
}
