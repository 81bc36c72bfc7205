//! The `customer` resource.

pub mod devices;

/// The `customer` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct CustomerResource {
    pub(crate) client: crate::runtime::Client,
}

impl CustomerResource {
    /// The `customer.devices` resource.
    pub fn devices(&self) -> devices::DevicesResource {
        devices::DevicesResource {
            client: self.client.clone(),
        }
    }
}
