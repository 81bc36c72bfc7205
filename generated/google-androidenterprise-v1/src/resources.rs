//! The resources and methods of the Google Play EMM API, reached from [`crate::Client`].

#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
pub mod devices;
#[cfg(feature = "enrollment-tokens")]
#[cfg_attr(docsrs, doc(cfg(feature = "enrollment-tokens")))]
pub mod enrollment_tokens;
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub mod enterprises;
#[cfg(feature = "entitlements")]
#[cfg_attr(docsrs, doc(cfg(feature = "entitlements")))]
pub mod entitlements;
#[cfg(feature = "grouplicenses")]
#[cfg_attr(docsrs, doc(cfg(feature = "grouplicenses")))]
pub mod grouplicenses;
#[cfg(feature = "grouplicenseusers")]
#[cfg_attr(docsrs, doc(cfg(feature = "grouplicenseusers")))]
pub mod grouplicenseusers;
#[cfg(feature = "installs")]
#[cfg_attr(docsrs, doc(cfg(feature = "installs")))]
pub mod installs;
#[cfg(feature = "managedconfigurationsfordevice")]
#[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationsfordevice")))]
pub mod managedconfigurationsfordevice;
#[cfg(feature = "managedconfigurationsforuser")]
#[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationsforuser")))]
pub mod managedconfigurationsforuser;
#[cfg(feature = "managedconfigurationssettings")]
#[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationssettings")))]
pub mod managedconfigurationssettings;
#[cfg(feature = "permissions")]
#[cfg_attr(docsrs, doc(cfg(feature = "permissions")))]
pub mod permissions;
#[cfg(feature = "products")]
#[cfg_attr(docsrs, doc(cfg(feature = "products")))]
pub mod products;
#[cfg(feature = "serviceaccountkeys")]
#[cfg_attr(docsrs, doc(cfg(feature = "serviceaccountkeys")))]
pub mod serviceaccountkeys;
#[cfg(feature = "storelayoutclusters")]
#[cfg_attr(docsrs, doc(cfg(feature = "storelayoutclusters")))]
pub mod storelayoutclusters;
#[cfg(feature = "storelayoutpages")]
#[cfg_attr(docsrs, doc(cfg(feature = "storelayoutpages")))]
pub mod storelayoutpages;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub mod users;
#[cfg(feature = "webapps")]
#[cfg_attr(docsrs, doc(cfg(feature = "webapps")))]
pub mod webapps;
impl crate::Client {
    /// The `devices` resource.
    #[cfg(feature = "devices")]
    #[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
    pub fn devices(&self) -> devices::DevicesResource {
        devices::DevicesResource {
            client: self.client.clone(),
        }
    }

    /// The `enrollmentTokens` resource.
    #[cfg(feature = "enrollment-tokens")]
    #[cfg_attr(docsrs, doc(cfg(feature = "enrollment-tokens")))]
    pub fn enrollment_tokens(&self) -> enrollment_tokens::EnrollmentTokensResource {
        enrollment_tokens::EnrollmentTokensResource {
            client: self.client.clone(),
        }
    }

    /// The `enterprises` resource.
    #[cfg(feature = "enterprises")]
    #[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
    pub fn enterprises(&self) -> enterprises::EnterprisesResource {
        enterprises::EnterprisesResource {
            client: self.client.clone(),
        }
    }

    /// The `entitlements` resource.
    #[cfg(feature = "entitlements")]
    #[cfg_attr(docsrs, doc(cfg(feature = "entitlements")))]
    pub fn entitlements(&self) -> entitlements::EntitlementsResource {
        entitlements::EntitlementsResource {
            client: self.client.clone(),
        }
    }

    /// The `grouplicenses` resource.
    #[cfg(feature = "grouplicenses")]
    #[cfg_attr(docsrs, doc(cfg(feature = "grouplicenses")))]
    pub fn grouplicenses(&self) -> grouplicenses::GrouplicensesResource {
        grouplicenses::GrouplicensesResource {
            client: self.client.clone(),
        }
    }

    /// The `grouplicenseusers` resource.
    #[cfg(feature = "grouplicenseusers")]
    #[cfg_attr(docsrs, doc(cfg(feature = "grouplicenseusers")))]
    pub fn grouplicenseusers(&self) -> grouplicenseusers::GrouplicenseusersResource {
        grouplicenseusers::GrouplicenseusersResource {
            client: self.client.clone(),
        }
    }

    /// The `installs` resource.
    #[cfg(feature = "installs")]
    #[cfg_attr(docsrs, doc(cfg(feature = "installs")))]
    pub fn installs(&self) -> installs::InstallsResource {
        installs::InstallsResource {
            client: self.client.clone(),
        }
    }

    /// The `managedconfigurationsfordevice` resource.
    #[cfg(feature = "managedconfigurationsfordevice")]
    #[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationsfordevice")))]
    pub fn managedconfigurationsfordevice(
        &self,
    ) -> managedconfigurationsfordevice::ManagedconfigurationsfordeviceResource {
        managedconfigurationsfordevice::ManagedconfigurationsfordeviceResource {
            client: self.client.clone(),
        }
    }

    /// The `managedconfigurationsforuser` resource.
    #[cfg(feature = "managedconfigurationsforuser")]
    #[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationsforuser")))]
    pub fn managedconfigurationsforuser(
        &self,
    ) -> managedconfigurationsforuser::ManagedconfigurationsforuserResource {
        managedconfigurationsforuser::ManagedconfigurationsforuserResource {
            client: self.client.clone(),
        }
    }

    /// The `managedconfigurationssettings` resource.
    #[cfg(feature = "managedconfigurationssettings")]
    #[cfg_attr(docsrs, doc(cfg(feature = "managedconfigurationssettings")))]
    pub fn managedconfigurationssettings(
        &self,
    ) -> managedconfigurationssettings::ManagedconfigurationssettingsResource {
        managedconfigurationssettings::ManagedconfigurationssettingsResource {
            client: self.client.clone(),
        }
    }

    /// The `permissions` resource.
    #[cfg(feature = "permissions")]
    #[cfg_attr(docsrs, doc(cfg(feature = "permissions")))]
    pub fn permissions(&self) -> permissions::PermissionsResource {
        permissions::PermissionsResource {
            client: self.client.clone(),
        }
    }

    /// The `products` resource.
    #[cfg(feature = "products")]
    #[cfg_attr(docsrs, doc(cfg(feature = "products")))]
    pub fn products(&self) -> products::ProductsResource {
        products::ProductsResource {
            client: self.client.clone(),
        }
    }

    /// The `serviceaccountkeys` resource.
    #[cfg(feature = "serviceaccountkeys")]
    #[cfg_attr(docsrs, doc(cfg(feature = "serviceaccountkeys")))]
    pub fn serviceaccountkeys(&self) -> serviceaccountkeys::ServiceaccountkeysResource {
        serviceaccountkeys::ServiceaccountkeysResource {
            client: self.client.clone(),
        }
    }

    /// The `storelayoutclusters` resource.
    #[cfg(feature = "storelayoutclusters")]
    #[cfg_attr(docsrs, doc(cfg(feature = "storelayoutclusters")))]
    pub fn storelayoutclusters(
        &self,
    ) -> storelayoutclusters::StorelayoutclustersResource {
        storelayoutclusters::StorelayoutclustersResource {
            client: self.client.clone(),
        }
    }

    /// The `storelayoutpages` resource.
    #[cfg(feature = "storelayoutpages")]
    #[cfg_attr(docsrs, doc(cfg(feature = "storelayoutpages")))]
    pub fn storelayoutpages(&self) -> storelayoutpages::StorelayoutpagesResource {
        storelayoutpages::StorelayoutpagesResource {
            client: self.client.clone(),
        }
    }

    /// The `users` resource.
    #[cfg(feature = "users")]
    #[cfg_attr(docsrs, doc(cfg(feature = "users")))]
    pub fn users(&self) -> users::UsersResource {
        users::UsersResource {
            client: self.client.clone(),
        }
    }

    /// The `webapps` resource.
    #[cfg(feature = "webapps")]
    #[cfg_attr(docsrs, doc(cfg(feature = "webapps")))]
    pub fn webapps(&self) -> webapps::WebappsResource {
        webapps::WebappsResource {
            client: self.client.clone(),
        }
    }
}
