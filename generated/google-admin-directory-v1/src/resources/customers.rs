//! The `customers` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};
pub mod chrome;

/// The `customers` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct CustomersResource {
    pub(crate) client: Client,
}

impl CustomersResource {
    /// The `customers.chrome` resource.
    pub fn chrome(&self) -> chrome::ChromeResource {
        chrome::ChromeResource {
            client: self.client.clone(),
        }
    }

    /// Retrieves a customer.
    ///
    /// `GET admin/directory/v1/customers/{customerKey}` (method id `directory.customers.get`)
    ///
    /// Arguments, in order:
    /// - `customer_key`: Id of the customer to be retrieved
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.customer`
    /// - `https://www.googleapis.com/auth/admin.directory.customer.readonly`
    #[inline]
    pub fn get(&self, customer_key: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("customerKey", customer_key.into());
        GetCall { call }
    }

    /// Patches a customer.
    ///
    /// `PATCH admin/directory/v1/customers/{customerKey}` (method id `directory.customers.patch`)
    ///
    /// Arguments, in order:
    /// - `customer_key`: Id of the customer to be updated
    /// - `body`: the request body, a [`crate::schemas::Customer`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.customer`
    #[inline]
    pub fn patch(
        &self,
        customer_key: impl Into<String>,
        body: crate::schemas::Customer,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("customerKey", customer_key.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates a customer.
    ///
    /// `PUT admin/directory/v1/customers/{customerKey}` (method id `directory.customers.update`)
    ///
    /// Arguments, in order:
    /// - `customer_key`: Id of the customer to be updated
    /// - `body`: the request body, a [`crate::schemas::Customer`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.customer`
    #[inline]
    pub fn update(
        &self,
        customer_key: impl Into<String>,
        body: crate::schemas::Customer,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("customerKey", customer_key.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "directory.customers.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customers/{customerKey}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.customer",
        "https://www.googleapis.com/auth/admin.directory.customer.readonly",
    ],
    api_version: None,
};

/// A call of `directory.customers.get`, made by [`CustomersResource::get`]: set optional
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
    /// Sends the request and waits for the answer of `directory.customers.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Customer, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Customer;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.customers.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/customers/{customerKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.customer"],
    api_version: None,
};

/// A call of `directory.customers.patch`, made by [`CustomersResource::patch`]: set optional
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
    /// Sends the request and waits for the answer of `directory.customers.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Customer, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Customer;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.customers.update",
    http_method: http::Method::PUT,
    path: "admin/directory/v1/customers/{customerKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.customer"],
    api_version: None,
};

/// A call of `directory.customers.update`, made by [`CustomersResource::update`]: set optional
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
    /// Sends the request and waits for the answer of `directory.customers.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Customer, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Customer;
    fn into_call(self) -> Call {
        self.call
    }
}
