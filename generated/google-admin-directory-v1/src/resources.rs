//! The resources and methods of the Admin SDK API, reached from [`crate::Client`].

#[cfg(feature = "asps")]
#[cfg_attr(docsrs, doc(cfg(feature = "asps")))]
pub mod asps;
#[cfg(feature = "channels")]
#[cfg_attr(docsrs, doc(cfg(feature = "channels")))]
pub mod channels;
#[cfg(feature = "chromeosdevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
pub mod chromeosdevices;
#[cfg(feature = "customer")]
#[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
pub mod customer;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub mod customers;
#[cfg(feature = "domain-aliases")]
#[cfg_attr(docsrs, doc(cfg(feature = "domain-aliases")))]
pub mod domain_aliases;
#[cfg(feature = "domains")]
#[cfg_attr(docsrs, doc(cfg(feature = "domains")))]
pub mod domains;
#[cfg(feature = "groups")]
#[cfg_attr(docsrs, doc(cfg(feature = "groups")))]
pub mod groups;
#[cfg(feature = "members")]
#[cfg_attr(docsrs, doc(cfg(feature = "members")))]
pub mod members;
#[cfg(feature = "mobiledevices")]
#[cfg_attr(docsrs, doc(cfg(feature = "mobiledevices")))]
pub mod mobiledevices;
#[cfg(feature = "orgunits")]
#[cfg_attr(docsrs, doc(cfg(feature = "orgunits")))]
pub mod orgunits;
#[cfg(feature = "privileges")]
#[cfg_attr(docsrs, doc(cfg(feature = "privileges")))]
pub mod privileges;
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
pub mod resources;
#[cfg(feature = "role-assignments")]
#[cfg_attr(docsrs, doc(cfg(feature = "role-assignments")))]
pub mod role_assignments;
#[cfg(feature = "roles")]
#[cfg_attr(docsrs, doc(cfg(feature = "roles")))]
pub mod roles;
#[cfg(feature = "schemas")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemas")))]
pub mod schemas;
#[cfg(feature = "tokens")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokens")))]
pub mod tokens;
#[cfg(feature = "two-step-verification")]
#[cfg_attr(docsrs, doc(cfg(feature = "two-step-verification")))]
pub mod two_step_verification;
#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub mod users;
#[cfg(feature = "verification-codes")]
#[cfg_attr(docsrs, doc(cfg(feature = "verification-codes")))]
pub mod verification_codes;
impl crate::Client {
    /// The `asps` resource.
    #[cfg(feature = "asps")]
    #[cfg_attr(docsrs, doc(cfg(feature = "asps")))]
    pub fn asps(&self) -> asps::AspsResource {
        asps::AspsResource {
            client: self.client.clone(),
        }
    }

    /// The `channels` resource.
    #[cfg(feature = "channels")]
    #[cfg_attr(docsrs, doc(cfg(feature = "channels")))]
    pub fn channels(&self) -> channels::ChannelsResource {
        channels::ChannelsResource {
            client: self.client.clone(),
        }
    }

    /// The `chromeosdevices` resource.
    #[cfg(feature = "chromeosdevices")]
    #[cfg_attr(docsrs, doc(cfg(feature = "chromeosdevices")))]
    pub fn chromeosdevices(&self) -> chromeosdevices::ChromeosdevicesResource {
        chromeosdevices::ChromeosdevicesResource {
            client: self.client.clone(),
        }
    }

    /// The `customer` resource.
    #[cfg(feature = "customer")]
    #[cfg_attr(docsrs, doc(cfg(feature = "customer")))]
    pub fn customer(&self) -> customer::CustomerResource {
        customer::CustomerResource {
            client: self.client.clone(),
        }
    }

    /// The `customers` resource.
    #[cfg(feature = "customers")]
    #[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
    pub fn customers(&self) -> customers::CustomersResource {
        customers::CustomersResource {
            client: self.client.clone(),
        }
    }

    /// The `domainAliases` resource.
    #[cfg(feature = "domain-aliases")]
    #[cfg_attr(docsrs, doc(cfg(feature = "domain-aliases")))]
    pub fn domain_aliases(&self) -> domain_aliases::DomainAliasesResource {
        domain_aliases::DomainAliasesResource {
            client: self.client.clone(),
        }
    }

    /// The `domains` resource.
    #[cfg(feature = "domains")]
    #[cfg_attr(docsrs, doc(cfg(feature = "domains")))]
    pub fn domains(&self) -> domains::DomainsResource {
        domains::DomainsResource {
            client: self.client.clone(),
        }
    }

    /// The `groups` resource.
    #[cfg(feature = "groups")]
    #[cfg_attr(docsrs, doc(cfg(feature = "groups")))]
    pub fn groups(&self) -> groups::GroupsResource {
        groups::GroupsResource {
            client: self.client.clone(),
        }
    }

    /// The `members` resource.
    #[cfg(feature = "members")]
    #[cfg_attr(docsrs, doc(cfg(feature = "members")))]
    pub fn members(&self) -> members::MembersResource {
        members::MembersResource {
            client: self.client.clone(),
        }
    }

    /// The `mobiledevices` resource.
    #[cfg(feature = "mobiledevices")]
    #[cfg_attr(docsrs, doc(cfg(feature = "mobiledevices")))]
    pub fn mobiledevices(&self) -> mobiledevices::MobiledevicesResource {
        mobiledevices::MobiledevicesResource {
            client: self.client.clone(),
        }
    }

    /// The `orgunits` resource.
    #[cfg(feature = "orgunits")]
    #[cfg_attr(docsrs, doc(cfg(feature = "orgunits")))]
    pub fn orgunits(&self) -> orgunits::OrgunitsResource {
        orgunits::OrgunitsResource {
            client: self.client.clone(),
        }
    }

    /// The `privileges` resource.
    #[cfg(feature = "privileges")]
    #[cfg_attr(docsrs, doc(cfg(feature = "privileges")))]
    pub fn privileges(&self) -> privileges::PrivilegesResource {
        privileges::PrivilegesResource {
            client: self.client.clone(),
        }
    }

    /// The `resources` resource.
    #[cfg(feature = "resources")]
    #[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
    pub fn resources(&self) -> resources::ResourcesResource {
        resources::ResourcesResource {
            client: self.client.clone(),
        }
    }

    /// The `roleAssignments` resource.
    #[cfg(feature = "role-assignments")]
    #[cfg_attr(docsrs, doc(cfg(feature = "role-assignments")))]
    pub fn role_assignments(&self) -> role_assignments::RoleAssignmentsResource {
        role_assignments::RoleAssignmentsResource {
            client: self.client.clone(),
        }
    }

    /// The `roles` resource.
    #[cfg(feature = "roles")]
    #[cfg_attr(docsrs, doc(cfg(feature = "roles")))]
    pub fn roles(&self) -> roles::RolesResource {
        roles::RolesResource {
            client: self.client.clone(),
        }
    }

    /// The `schemas` resource.
    #[cfg(feature = "schemas")]
    #[cfg_attr(docsrs, doc(cfg(feature = "schemas")))]
    pub fn schemas(&self) -> schemas::SchemasResource {
        schemas::SchemasResource {
            client: self.client.clone(),
        }
    }

    /// The `tokens` resource.
    #[cfg(feature = "tokens")]
    #[cfg_attr(docsrs, doc(cfg(feature = "tokens")))]
    pub fn tokens(&self) -> tokens::TokensResource {
        tokens::TokensResource {
            client: self.client.clone(),
        }
    }

    /// The `twoStepVerification` resource.
    #[cfg(feature = "two-step-verification")]
    #[cfg_attr(docsrs, doc(cfg(feature = "two-step-verification")))]
    pub fn two_step_verification(
        &self,
    ) -> two_step_verification::TwoStepVerificationResource {
        two_step_verification::TwoStepVerificationResource {
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

    /// The `verificationCodes` resource.
    #[cfg(feature = "verification-codes")]
    #[cfg_attr(docsrs, doc(cfg(feature = "verification-codes")))]
    pub fn verification_codes(&self) -> verification_codes::VerificationCodesResource {
        verification_codes::VerificationCodesResource {
            client: self.client.clone(),
        }
    }
}
