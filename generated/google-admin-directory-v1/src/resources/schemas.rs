//! The `schemas` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `schemas` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct SchemasResource {
    pub(crate) client: Client,
}

impl SchemasResource {
    /// Deletes a schema.
    ///
    /// `DELETE admin/directory/v1/customer/{customerId}/schemas/{schemaKey}` (method id
    /// `directory.schemas.delete`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: Immutable ID of the Google Workspace account.
    /// - `schema_key`: Name or immutable ID of the schema.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.userschema`
    #[inline]
    pub fn delete(
        &self,
        customer_id: impl Into<String>,
        schema_key: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("schemaKey", schema_key.into());
        DeleteCall { call }
    }

    /// Retrieves a schema.
    ///
    /// `GET admin/directory/v1/customer/{customerId}/schemas/{schemaKey}` (method id
    /// `directory.schemas.get`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. In case of a
    ///   multi-domain
    /// - `schema_key`: Name or immutable ID of the schema.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.userschema`
    /// - `https://www.googleapis.com/auth/admin.directory.userschema.readonly`
    #[inline]
    pub fn get(
        &self,
        customer_id: impl Into<String>,
        schema_key: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("schemaKey", schema_key.into());
        GetCall { call }
    }

    /// Creates a schema.
    ///
    /// `POST admin/directory/v1/customer/{customerId}/schemas` (method id
    /// `directory.schemas.insert`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: Immutable ID of the Google Workspace account.
    /// - `body`: the request body, a [`crate::schemas::Schema`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.userschema`
    #[inline]
    pub fn insert(
        &self,
        customer_id: impl Into<String>,
        body: crate::schemas::Schema,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("customerId", customer_id.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves all schemas for a customer.
    ///
    /// `GET admin/directory/v1/customer/{customerId}/schemas` (method id `directory.schemas.list`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: The unique ID for the customer's Google Workspace account. In case of a
    ///   multi-domain
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.userschema`
    /// - `https://www.googleapis.com/auth/admin.directory.userschema.readonly`
    #[inline]
    pub fn list(&self, customer_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("customerId", customer_id.into());
        ListCall { call }
    }

    /// Patches a schema.
    ///
    /// `PATCH admin/directory/v1/customer/{customerId}/schemas/{schemaKey}` (method id
    /// `directory.schemas.patch`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: Immutable ID of the Google Workspace account.
    /// - `schema_key`: Name or immutable ID of the schema.
    /// - `body`: the request body, a [`crate::schemas::Schema`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.userschema`
    #[inline]
    pub fn patch(
        &self,
        customer_id: impl Into<String>,
        schema_key: impl Into<String>,
        body: crate::schemas::Schema,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("schemaKey", schema_key.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates a schema.
    ///
    /// `PUT admin/directory/v1/customer/{customerId}/schemas/{schemaKey}` (method id
    /// `directory.schemas.update`)
    ///
    /// Arguments, in order:
    /// - `customer_id`: Immutable ID of the Google Workspace account.
    /// - `schema_key`: Name or immutable ID of the schema.
    /// - `body`: the request body, a [`crate::schemas::Schema`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.userschema`
    #[inline]
    pub fn update(
        &self,
        customer_id: impl Into<String>,
        schema_key: impl Into<String>,
        body: crate::schemas::Schema,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("customerId", customer_id.into());
        call.path_param("schemaKey", schema_key.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.schemas.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/customer/{customerId}/schemas/{schemaKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.userschema"],
    api_version: None,
};

/// A call of `directory.schemas.delete`, made by [`SchemasResource::delete`]: set optional
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
    /// Sends the request and waits for the answer of `directory.schemas.delete`.
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
    id: "directory.schemas.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customerId}/schemas/{schemaKey}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.userschema",
        "https://www.googleapis.com/auth/admin.directory.userschema.readonly",
    ],
    api_version: None,
};

/// A call of `directory.schemas.get`, made by [`SchemasResource::get`]: set optional
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
    /// Sends the request and waits for the answer of `directory.schemas.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Schema, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Schema;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.schemas.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customerId}/schemas",
    scopes: &["https://www.googleapis.com/auth/admin.directory.userschema"],
    api_version: None,
};

/// A call of `directory.schemas.insert`, made by [`SchemasResource::insert`]: set optional
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
    /// Sends the request and waits for the answer of `directory.schemas.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Schema, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::Schema;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.schemas.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customerId}/schemas",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.userschema",
        "https://www.googleapis.com/auth/admin.directory.userschema.readonly",
    ],
    api_version: None,
};

/// A call of `directory.schemas.list`, made by [`SchemasResource::list`]: set optional
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
    /// Sends the request and waits for the answer of `directory.schemas.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Schemas, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Schemas;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.schemas.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/customer/{customerId}/schemas/{schemaKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.userschema"],
    api_version: None,
};

/// A call of `directory.schemas.patch`, made by [`SchemasResource::patch`]: set optional
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
    /// Sends the request and waits for the answer of `directory.schemas.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Schema, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Schema;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.schemas.update",
    http_method: http::Method::PUT,
    path: "admin/directory/v1/customer/{customerId}/schemas/{schemaKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.userschema"],
    api_version: None,
};

/// A call of `directory.schemas.update`, made by [`SchemasResource::update`]: set optional
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
    /// Sends the request and waits for the answer of `directory.schemas.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Schema, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Schema;
    fn into_call(self) -> Call {
        self.call
    }
}
