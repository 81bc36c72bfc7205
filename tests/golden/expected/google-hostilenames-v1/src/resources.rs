//! The resources and methods of the Hostile Names API, reached from [`crate::Client`].

#[cfg(feature = "v4k")]
#[cfg_attr(docsrs, doc(cfg(feature = "v4k")))]
pub mod v4k;
impl crate::Client {
    /// The `4k` resource.
    #[cfg(feature = "v4k")]
    #[cfg_attr(docsrs, doc(cfg(feature = "v4k")))]
    pub fn v4k(&self) -> v4k::V4kResource {
        v4k::V4kResource {
            client: self.client.clone(),
        }
    }
}
