//! The resources and methods of the Admin SDK API, reached from [`crate::Client`].
pub mod asps;
pub mod channels;
pub mod chromeosdevices;
pub mod customer;
pub mod customers;
pub mod domain_aliases;
pub mod domains;
pub mod groups;
pub mod members;
pub mod mobiledevices;
pub mod orgunits;
pub mod privileges;
pub mod resources;
pub mod role_assignments;
pub mod roles;
pub mod schemas;
pub mod tokens;
pub mod two_step_verification;
pub mod users;
pub mod verification_codes;
impl crate::Client {
    /// The `asps` resource.
    pub fn asps(&self) -> asps::AspsResource {
        asps::AspsResource {
            client: self.client.clone(),
        }
    }
    /// The `channels` resource.
    pub fn channels(&self) -> channels::ChannelsResource {
        channels::ChannelsResource {
            client: self.client.clone(),
        }
    }
    /// The `chromeosdevices` resource.
    pub fn chromeosdevices(&self) -> chromeosdevices::ChromeosdevicesResource {
        chromeosdevices::ChromeosdevicesResource {
            client: self.client.clone(),
        }
    }
    /// The `customer` resource.
    pub fn customer(&self) -> customer::CustomerResource {
        customer::CustomerResource {
            client: self.client.clone(),
        }
    }
    /// The `customers` resource.
    pub fn customers(&self) -> customers::CustomersResource {
        customers::CustomersResource {
            client: self.client.clone(),
        }
    }
    /// The `domainAliases` resource.
    pub fn domain_aliases(&self) -> domain_aliases::DomainAliasesResource {
        domain_aliases::DomainAliasesResource {
            client: self.client.clone(),
        }
    }
    /// The `domains` resource.
    pub fn domains(&self) -> domains::DomainsResource {
        domains::DomainsResource {
            client: self.client.clone(),
        }
    }
    /// The `groups` resource.
    pub fn groups(&self) -> groups::GroupsResource {
        groups::GroupsResource {
            client: self.client.clone(),
        }
    }
    /// The `members` resource.
    pub fn members(&self) -> members::MembersResource {
        members::MembersResource {
            client: self.client.clone(),
        }
    }
    /// The `mobiledevices` resource.
    pub fn mobiledevices(&self) -> mobiledevices::MobiledevicesResource {
        mobiledevices::MobiledevicesResource {
            client: self.client.clone(),
        }
    }
    /// The `orgunits` resource.
    pub fn orgunits(&self) -> orgunits::OrgunitsResource {
        orgunits::OrgunitsResource {
            client: self.client.clone(),
        }
    }
    /// The `privileges` resource.
    pub fn privileges(&self) -> privileges::PrivilegesResource {
        privileges::PrivilegesResource {
            client: self.client.clone(),
        }
    }
    /// The `resources` resource.
    pub fn resources(&self) -> resources::ResourcesResource {
        resources::ResourcesResource {
            client: self.client.clone(),
        }
    }
    /// The `roleAssignments` resource.
    pub fn role_assignments(&self) -> role_assignments::RoleAssignmentsResource {
        role_assignments::RoleAssignmentsResource {
            client: self.client.clone(),
        }
    }
    /// The `roles` resource.
    pub fn roles(&self) -> roles::RolesResource {
        roles::RolesResource {
            client: self.client.clone(),
        }
    }
    /// The `schemas` resource.
    pub fn schemas(&self) -> schemas::SchemasResource {
        schemas::SchemasResource {
            client: self.client.clone(),
        }
    }
    /// The `tokens` resource.
    pub fn tokens(&self) -> tokens::TokensResource {
        tokens::TokensResource {
            client: self.client.clone(),
        }
    }
    /// The `twoStepVerification` resource.
    pub fn two_step_verification(
        &self,
    ) -> two_step_verification::TwoStepVerificationResource {
        two_step_verification::TwoStepVerificationResource {
            client: self.client.clone(),
        }
    }
    /// The `users` resource.
    pub fn users(&self) -> users::UsersResource {
        users::UsersResource {
            client: self.client.clone(),
        }
    }
    /// The `verificationCodes` resource.
    pub fn verification_codes(&self) -> verification_codes::VerificationCodesResource {
        verification_codes::VerificationCodesResource {
            client: self.client.clone(),
        }
    }
}
