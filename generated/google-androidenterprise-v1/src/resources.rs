//! The resources and methods of the Google Play EMM API, reached from [`crate::Client`].
pub mod devices;
pub mod enrollment_tokens;
pub mod enterprises;
pub mod entitlements;
pub mod grouplicenses;
pub mod grouplicenseusers;
pub mod installs;
pub mod managedconfigurationsfordevice;
pub mod managedconfigurationsforuser;
pub mod managedconfigurationssettings;
pub mod permissions;
pub mod products;
pub mod serviceaccountkeys;
pub mod storelayoutclusters;
pub mod storelayoutpages;
pub mod users;
pub mod webapps;
impl crate::Client {
    /// The `devices` resource.
    pub fn devices(&self) -> devices::DevicesResource {
        devices::DevicesResource {
            client: self.client.clone(),
        }
    }
    /// The `enrollmentTokens` resource.
    pub fn enrollment_tokens(&self) -> enrollment_tokens::EnrollmentTokensResource {
        enrollment_tokens::EnrollmentTokensResource {
            client: self.client.clone(),
        }
    }
    /// The `enterprises` resource.
    pub fn enterprises(&self) -> enterprises::EnterprisesResource {
        enterprises::EnterprisesResource {
            client: self.client.clone(),
        }
    }
    /// The `entitlements` resource.
    pub fn entitlements(&self) -> entitlements::EntitlementsResource {
        entitlements::EntitlementsResource {
            client: self.client.clone(),
        }
    }
    /// The `grouplicenses` resource.
    pub fn grouplicenses(&self) -> grouplicenses::GrouplicensesResource {
        grouplicenses::GrouplicensesResource {
            client: self.client.clone(),
        }
    }
    /// The `grouplicenseusers` resource.
    pub fn grouplicenseusers(&self) -> grouplicenseusers::GrouplicenseusersResource {
        grouplicenseusers::GrouplicenseusersResource {
            client: self.client.clone(),
        }
    }
    /// The `installs` resource.
    pub fn installs(&self) -> installs::InstallsResource {
        installs::InstallsResource {
            client: self.client.clone(),
        }
    }
    /// The `managedconfigurationsfordevice` resource.
    pub fn managedconfigurationsfordevice(
        &self,
    ) -> managedconfigurationsfordevice::ManagedconfigurationsfordeviceResource {
        managedconfigurationsfordevice::ManagedconfigurationsfordeviceResource {
            client: self.client.clone(),
        }
    }
    /// The `managedconfigurationsforuser` resource.
    pub fn managedconfigurationsforuser(
        &self,
    ) -> managedconfigurationsforuser::ManagedconfigurationsforuserResource {
        managedconfigurationsforuser::ManagedconfigurationsforuserResource {
            client: self.client.clone(),
        }
    }
    /// The `managedconfigurationssettings` resource.
    pub fn managedconfigurationssettings(
        &self,
    ) -> managedconfigurationssettings::ManagedconfigurationssettingsResource {
        managedconfigurationssettings::ManagedconfigurationssettingsResource {
            client: self.client.clone(),
        }
    }
    /// The `permissions` resource.
    pub fn permissions(&self) -> permissions::PermissionsResource {
        permissions::PermissionsResource {
            client: self.client.clone(),
        }
    }
    /// The `products` resource.
    pub fn products(&self) -> products::ProductsResource {
        products::ProductsResource {
            client: self.client.clone(),
        }
    }
    /// The `serviceaccountkeys` resource.
    pub fn serviceaccountkeys(&self) -> serviceaccountkeys::ServiceaccountkeysResource {
        serviceaccountkeys::ServiceaccountkeysResource {
            client: self.client.clone(),
        }
    }
    /// The `storelayoutclusters` resource.
    pub fn storelayoutclusters(
        &self,
    ) -> storelayoutclusters::StorelayoutclustersResource {
        storelayoutclusters::StorelayoutclustersResource {
            client: self.client.clone(),
        }
    }
    /// The `storelayoutpages` resource.
    pub fn storelayoutpages(&self) -> storelayoutpages::StorelayoutpagesResource {
        storelayoutpages::StorelayoutpagesResource {
            client: self.client.clone(),
        }
    }
    /// The `users` resource.
    pub fn users(&self) -> users::UsersResource {
        users::UsersResource {
            client: self.client.clone(),
        }
    }
    /// The `webapps` resource.
    pub fn webapps(&self) -> webapps::WebappsResource {
        webapps::WebappsResource {
            client: self.client.clone(),
        }
    }
}
