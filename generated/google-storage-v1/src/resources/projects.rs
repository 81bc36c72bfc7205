//! The `projects` resource.

use crate::runtime::Client;
pub mod hmac_keys;
pub mod service_account;

/// The `projects` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ProjectsResource {
    pub(crate) client: Client,
}

impl ProjectsResource {
    /// The `projects.hmacKeys` resource.
    pub fn hmac_keys(&self) -> hmac_keys::HmacKeysResource {
        hmac_keys::HmacKeysResource {
            client: self.client.clone(),
        }
    }

    /// The `projects.serviceAccount` resource.
    pub fn service_account(&self) -> service_account::ServiceAccountResource {
        service_account::ServiceAccountResource {
            client: self.client.clone(),
        }
    }
}
