//! The resources and methods of the Android Management API, reached from [`crate::Client`].
pub mod enterprises;
pub mod provisioning_info;
pub mod signup_urls;
impl crate::Client {
    /// The `enterprises` resource.
    pub fn enterprises(&self) -> enterprises::EnterprisesResource {
        enterprises::EnterprisesResource {
            client: self.client.clone(),
        }
    }
    /// The `provisioningInfo` resource.
    pub fn provisioning_info(&self) -> provisioning_info::ProvisioningInfoResource {
        provisioning_info::ProvisioningInfoResource {
            client: self.client.clone(),
        }
    }
    /// The `signupUrls` resource.
    pub fn signup_urls(&self) -> signup_urls::SignupUrlsResource {
        signup_urls::SignupUrlsResource {
            client: self.client.clone(),
        }
    }
}
