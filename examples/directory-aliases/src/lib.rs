//! A downstream crate's code over the Admin SDK Directory client: what a service that manages
//! Workspace aliases writes, and how it tests it without a network (`tests/`).
//!
//! The service already runs `reqwest` (its proxies, middleware and metrics), so the client sends
//! through the service's own `reqwest::Client` ([`builder_over`]).

use google_admin_directory_v1::runtime::transport::{HttpClient, ReqwestTransport};
use google_admin_directory_v1::runtime::{ClientBuilder, Error};
use google_admin_directory_v1::schemas::Alias;
use google_admin_directory_v1::Client;

/// A Directory client builder that sends through `http`, the service's own reqwest client; the
/// service adds its credentials (`.auth(...)`) and builds it.
pub fn builder_over(http: reqwest::Client) -> ClientBuilder<Client> {
    Client::builder().http_client(HttpClient::from_transport(ReqwestTransport::new(http)))
}

/// What [`add_alias`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// The alias was created.
    Created(String),
    /// The user already had it: nothing to do.
    AlreadyThere,
}

/// Gives `user` the alias `alias`; an alias the user already has is not an error (the Directory
/// API answers `409 duplicate`).
pub async fn add_alias(client: &Client, user: &str, alias: &str) -> Result<Added, Error> {
    let result = client
        .users()
        .aliases()
        .insert(user, Alias::default().set_alias(alias))
        .send()
        .await;
    match result {
        Ok(created) => Ok(Added::Created(created.alias.unwrap_or_default())),
        Err(Error::Api(e)) if e.status.as_u16() == 409 && e.reason() == Some("duplicate") => {
            Ok(Added::AlreadyThere)
        }
        Err(e) => Err(e),
    }
}
