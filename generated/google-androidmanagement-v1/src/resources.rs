//! The resources and methods of the Android Management API, reached from [`crate::Client`].

#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
pub mod enterprises;
#[cfg(feature = "provisioning-info")]
#[cfg_attr(docsrs, doc(cfg(feature = "provisioning-info")))]
pub mod provisioning_info;
#[cfg(feature = "signup-urls")]
#[cfg_attr(docsrs, doc(cfg(feature = "signup-urls")))]
pub mod signup_urls;
impl crate::Client {
    /// The `enterprises` resource.
    #[cfg(feature = "enterprises")]
    #[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
    pub fn enterprises(&self) -> enterprises::EnterprisesResource {
        enterprises::EnterprisesResource {
            client: self.client.clone(),
        }
    }

    /// The `provisioningInfo` resource.
    #[cfg(feature = "provisioning-info")]
    #[cfg_attr(docsrs, doc(cfg(feature = "provisioning-info")))]
    pub fn provisioning_info(&self) -> provisioning_info::ProvisioningInfoResource {
        provisioning_info::ProvisioningInfoResource {
            client: self.client.clone(),
        }
    }

    /// The `signupUrls` resource.
    #[cfg(feature = "signup-urls")]
    #[cfg_attr(docsrs, doc(cfg(feature = "signup-urls")))]
    pub fn signup_urls(&self) -> signup_urls::SignupUrlsResource {
        signup_urls::SignupUrlsResource {
            client: self.client.clone(),
        }
    }
}
