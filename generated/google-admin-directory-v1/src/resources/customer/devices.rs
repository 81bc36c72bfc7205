//! The `customer.devices` resource.

use crate::runtime::Client;
pub mod chromeos;

/// The `customer.devices` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct DevicesResource {
    pub(crate) client: Client,
}

impl DevicesResource {
    /// The `customer.devices.chromeos` resource.
    pub fn chromeos(&self) -> chromeos::ChromeosResource {
        chromeos::ChromeosResource {
            client: self.client.clone(),
        }
    }
}
