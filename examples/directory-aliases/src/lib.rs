//! A downstream crate's code over the Admin SDK Directory client: what a service that manages
//! Workspace aliases writes, and how it tests it without a network (`tests/`).
//!
//! The service already runs `reqwest` (its proxies, middleware and metrics), so the client sends
//! through a `reqwest::Client` built from the service's own settings ([`builder_over`]).

use google_admin_directory_v1::runtime::transport::{HttpClient, ReqwestTransport};
use google_admin_directory_v1::runtime::{ClientBuilder, Error};
use google_admin_directory_v1::schemas::Alias;
use google_admin_directory_v1::Client;

/// A Directory client builder that sends through a reqwest client built from `http`, the
/// service's own settings (redirects and `Referer` are turned off, so that no credential follows
/// a redirect elsewhere); the service adds its credentials (`.auth(...)`) and builds it.
///
/// # Errors
///
/// When reqwest cannot build the client.
pub fn builder_over(http: reqwest::ClientBuilder) -> Result<ClientBuilder<Client>, reqwest::Error> {
    let transport = ReqwestTransport::from_builder(http)?;
    Ok(Client::builder().http_client(HttpClient::from_transport(transport)))
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
