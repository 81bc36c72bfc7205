//! The `resources` resource.

use crate::runtime::Client;
pub mod buildings;
pub mod calendars;
pub mod features;

/// The `resources` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ResourcesResource {
    pub(crate) client: Client,
}

impl ResourcesResource {
    /// The `resources.buildings` resource.
    pub fn buildings(&self) -> buildings::BuildingsResource {
        buildings::BuildingsResource {
            client: self.client.clone(),
        }
    }

    /// The `resources.calendars` resource.
    pub fn calendars(&self) -> calendars::CalendarsResource {
        calendars::CalendarsResource {
            client: self.client.clone(),
        }
    }

    /// The `resources.features` resource.
    pub fn features(&self) -> features::FeaturesResource {
        features::FeaturesResource {
            client: self.client.clone(),
        }
    }
}
