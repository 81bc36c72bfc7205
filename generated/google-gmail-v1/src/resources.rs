//! The resources and methods of the Gmail API, reached from [`crate::Client`].

#[cfg(feature = "users")]
#[cfg_attr(docsrs, doc(cfg(feature = "users")))]
pub mod users;
impl crate::Client {
    /// The `users` resource.
    #[cfg(feature = "users")]
    #[cfg_attr(docsrs, doc(cfg(feature = "users")))]
    pub fn users(&self) -> users::UsersResource {
        users::UsersResource {
            client: self.client.clone(),
        }
    }
}
