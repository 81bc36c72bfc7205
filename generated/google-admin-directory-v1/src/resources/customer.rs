//! The `customer` resource.

use crate::runtime::Client;
pub mod devices;

/// The `customer` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct CustomerResource {
    pub(crate) client: Client,
}

impl CustomerResource {
    /// The `customer.devices` resource.
    pub fn devices(&self) -> devices::DevicesResource {
        devices::DevicesResource {
            client: self.client.clone(),
        }
    }
}
