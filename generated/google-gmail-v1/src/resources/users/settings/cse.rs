//! The `users.settings.cse` resource.

use crate::runtime::Client;
pub mod identities;
pub mod keypairs;

/// The `users.settings.cse` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct CseResource {
    pub(crate) client: Client,
}

impl CseResource {
    /// The `users.settings.cse.identities` resource.
    pub fn identities(&self) -> identities::IdentitiesResource {
        identities::IdentitiesResource {
            client: self.client.clone(),
        }
    }

    /// The `users.settings.cse.keypairs` resource.
    pub fn keypairs(&self) -> keypairs::KeypairsResource {
        keypairs::KeypairsResource {
            client: self.client.clone(),
        }
    }
}
