//! The `customers.chrome` resource.

use crate::runtime::Client;
pub mod print_servers;
pub mod printers;

/// The `customers.chrome` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ChromeResource {
    pub(crate) client: Client,
}

impl ChromeResource {
    /// The `customers.chrome.printServers` resource.
    pub fn print_servers(&self) -> print_servers::PrintServersResource {
        print_servers::PrintServersResource {
            client: self.client.clone(),
        }
    }

    /// The `customers.chrome.printers` resource.
    pub fn printers(&self) -> printers::PrintersResource {
        printers::PrintersResource {
            client: self.client.clone(),
        }
    }
}
