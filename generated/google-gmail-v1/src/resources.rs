//! The resources and methods of the Gmail API, reached from [`crate::Client`].
pub mod users;
impl crate::Client {
    /// The `users` resource.
    pub fn users(&self) -> users::UsersResource {
        users::UsersResource {
            client: self.client.clone(),
        }
    }
}
