//! [`ApplicationDefaultCredentials`]: finding credentials where Google's own libraries look.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures_util::future::{BoxFuture, FutureExt};

use super::file::KeyFile;
use super::oauth::default_http_client;
use super::residency::{Probe, Residency};
use super::{
    AuthError, AuthorizedUser, Credential, ExternalAccount, ExternalAccountAuthorizedUser,
    ImpersonatedServiceAccount, MetadataServer, Scopes, ServiceAccount, TokenProvider,
};
use crate::transport::HttpClient;

/// The environment variable that names a credential file.
const CREDENTIALS_VARIABLE: &str = "GOOGLE_APPLICATION_CREDENTIALS";

/// The name of the file `gcloud auth application-default login` writes.
const WELL_KNOWN_FILE: &str = "application_default_credentials.json";

/// The credential file types the search accepts, as errors list them.
const SUPPORTED: &str =
    "`service_account`, `authorized_user`, `impersonated_service_account`, `external_account`, `external_account_authorized_user`";

/// Where [`ApplicationDefaultCredentials`] found its credentials.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialSource {
    /// The file named by `GOOGLE_APPLICATION_CREDENTIALS` (or
    /// [`ApplicationDefaultCredentialsBuilder::credentials_file`]).
    EnvironmentVariable(PathBuf),
    /// gcloud's well-known file (or
    /// [`ApplicationDefaultCredentialsBuilder::well_known_file`]).
    WellKnownFile(PathBuf),
    /// Neither file exists: the metadata server of the machine is asked.
    MetadataServer,
}

/// Application Default Credentials: a token provider that finds credentials the way Google's own
/// client libraries do, so that the same program runs on a developer's machine and in the cloud.
///
/// [`new`](Self::new) looks, in this order, at:
///
/// 1. the file named by the environment variable `GOOGLE_APPLICATION_CREDENTIALS`: a service
///    account key, an authorized-user file, an `impersonated_service_account` file
///    ([`ImpersonatedServiceAccount`]), an external account file (workload or workforce identity
///    federation, [`ExternalAccount`]) or an external account authorized-user file
///    ([`ExternalAccountAuthorizedUser`]); a file that cannot be used is an error, and the search
///    does not go on past it;
/// 2. the file `gcloud auth application-default login` writes:
///    `$CLOUDSDK_CONFIG/application_default_credentials.json` when that variable is set, otherwise
///    `~/.config/gcloud/application_default_credentials.json`, or
///    `%APPDATA%\gcloud\application_default_credentials.json` on Windows;
/// 3. the metadata server of Compute Engine, Cloud Run, GKE... ([`MetadataServer`]). It is not
///    contacted before the first call. Then, unless `GCE_METADATA_HOST` names it (or
///    [`ApplicationDefaultCredentialsBuilder::metadata_server`] gave one), the runtime first checks
///    that the machine is on Google Cloud as Google's libraries do (`NO_GCE_CHECK=true` says it is
///    not; a ping of `169.254.169.254`, or `GCE_METADATA_IP`, answered with `Metadata-Flavor:
///    Google` within half a second; a DMI product name that says Google): off Google Cloud the
///    call fails at once with an error that lists every place searched and how to provide
///    credentials.
///
/// The provider found does the work: caching, refreshing ahead of expiry, scope choice (see
/// [`ServiceAccount`], [`AuthorizedUser`], [`ImpersonatedServiceAccount`], [`ExternalAccount`],
/// [`MetadataServer`]...). Other credential types are refused with an error that names them.
///
/// `Debug` shows where the credentials came from and the provider found, never a secret.
///
/// ```no_run
/// # fn main() -> Result<(), google_api_runtime::auth::AuthError> {
/// use google_api_runtime::auth::ApplicationDefaultCredentials;
///
/// let credentials = ApplicationDefaultCredentials::new()?;
/// println!("using credentials from {:?}", credentials.source());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct ApplicationDefaultCredentials {
    provider: Found,
    source: CredentialSource,
    /// Where the search looked, for the error of an unreachable metadata server.
    searched: String,
    /// Before the metadata server is asked: whether there is one.
    residency: Option<Arc<Residency>>,
    /// What the residency check is sent with.
    http: HttpClient,
}

#[derive(Clone, Debug)]
enum Found {
    ServiceAccount(ServiceAccount),
    AuthorizedUser(AuthorizedUser),
    ExternalAccount(ExternalAccount),
    ExternalAccountAuthorizedUser(ExternalAccountAuthorizedUser),
    Impersonated(ImpersonatedServiceAccount),
    MetadataServer(MetadataServer),
}

/// How to provide credentials, for the error of a search that found none.
const HOW_TO_PROVIDE: &str = "set GOOGLE_APPLICATION_CREDENTIALS to a credentials file, or run \
     `gcloud auth application-default login`";

impl ApplicationDefaultCredentials {
    /// Searches for credentials in Google's documented order (see the type's documentation).
    pub fn new() -> Result<Self, AuthError> {
        Self::builder().build()
    }

    /// Starts a search that can be adjusted: other places to look, a user to impersonate, an HTTP
    /// client.
    pub fn builder() -> ApplicationDefaultCredentialsBuilder {
        ApplicationDefaultCredentialsBuilder::default()
    }

    /// Where the credentials were found.
    pub fn source(&self) -> &CredentialSource {
        &self.source
    }

    /// `error` of the provider found, saying where the search looked when it fell back on the
    /// metadata server, which could not provide `what`.
    fn explained(&self, error: AuthError, what: &str) -> AuthError {
        match self.source {
            CredentialSource::MetadataServer => AuthError::with_source(
                format!(
                    "no application default credentials found ({}), and the metadata server \
                     could not provide {what}",
                    self.searched
                ),
                error,
            ),
            _ => error,
        }
    }

    fn provider(&self) -> &dyn TokenProvider {
        match &self.provider {
            Found::ServiceAccount(p) => p,
            Found::AuthorizedUser(p) => p,
            Found::ExternalAccount(p) => p,
            Found::ExternalAccountAuthorizedUser(p) => p,
            Found::Impersonated(p) => p,
            Found::MetadataServer(p) => p,
        }
    }

    /// Fails when the metadata server is the last resort and the machine is not on Google Cloud.
    async fn check_residency(&self) -> Result<(), AuthError> {
        let Some(residency) = &self.residency else {
            return Ok(());
        };
        residency.check(&self.http).await.map_err(|reason| {
            AuthError::new(format!(
                "no application default credentials found ({}), and this machine is not on \
                 Google Cloud ({reason}); {HOW_TO_PROVIDE}",
                self.searched
            ))
        })
    }
}

impl TokenProvider for ApplicationDefaultCredentials {
    fn credential<'a>(
        &'a self,
        scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        self.credential_for(Scopes::new(scopes))
    }

    fn credential_for<'a>(
        &'a self,
        scopes: Scopes<'a>,
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        async move {
            self.check_residency().await?;
            let result = self.provider().credential_for(scopes).await;
            result.map_err(|e| self.explained(e, "a token"))
        }
        .boxed()
    }

    fn invalidate(&self, scopes: Scopes<'_>, rejected: &Credential) -> bool {
        self.provider().invalidate(scopes, rejected)
    }

    fn quota_project(&self) -> Option<&str> {
        self.provider().quota_project()
    }

    fn expires_at(&self, scopes: Scopes<'_>) -> Option<std::time::SystemTime> {
        self.provider().expires_at(scopes)
    }

    fn universe_domain(&self) -> BoxFuture<'_, Result<Option<String>, AuthError>> {
        async move {
            let result = self.provider().universe_domain().await;
            result.map_err(|e| self.explained(e, "its universe domain"))
        }
        .boxed()
    }
}

impl fmt::Debug for ApplicationDefaultCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApplicationDefaultCredentials")
            .field("source", &self.source)
            .field("provider", &self.provider)
            .finish()
    }
}

/// A place to look at: the default one, or one set by the caller (`None`: nowhere).
#[derive(Clone, Debug, Default)]
enum Place {
    #[default]
    Default,
    Set(Option<PathBuf>),
}

/// Adjusts the search of [`ApplicationDefaultCredentials`]; made by
/// [`ApplicationDefaultCredentials::builder`].
#[derive(Debug, Default)]
pub struct ApplicationDefaultCredentialsBuilder {
    credentials_file: Place,
    well_known_file: Place,
    metadata_server: Option<MetadataServer>,
    subject: Option<String>,
    http: Option<HttpClient>,
}

impl ApplicationDefaultCredentialsBuilder {
    /// Looks at `path` instead of the file named by `GOOGLE_APPLICATION_CREDENTIALS` (`None`: as if
    /// the variable were not set).
    pub fn credentials_file(mut self, path: Option<PathBuf>) -> Self {
        self.credentials_file = Place::Set(path);
        self
    }

    /// Looks at `path` instead of gcloud's well-known file (`None`: skip this step).
    pub fn well_known_file(mut self, path: Option<PathBuf>) -> Self {
        self.well_known_file = Place::Set(path);
        self
    }

    /// Falls back on `server` instead of [`MetadataServer::new`].
    pub fn metadata_server(mut self, server: MetadataServer) -> Self {
        self.metadata_server = Some(server);
        self
    }

    /// Acts as the Workspace user `email` (domain-wide delegation; see
    /// [`ServiceAccount::subject`] and [`ImpersonatedServiceAccount::subject`]). The search then
    /// fails unless it finds a service account key or an `impersonated_service_account` file.
    pub fn subject(mut self, email: impl Into<String>) -> Self {
        self.subject = Some(email.into());
        self
    }

    /// Sends token requests through `client`.
    pub fn http_client(mut self, client: HttpClient) -> Self {
        self.http = Some(client);
        self
    }

    /// Searches, and returns the provider for the first credentials found.
    pub fn build(self) -> Result<ApplicationDefaultCredentials, AuthError> {
        let mut searched = Vec::new();
        let from_env = match self.credentials_file.clone() {
            Place::Set(path) => path,
            Place::Default => std::env::var_os(CREDENTIALS_VARIABLE)
                .filter(|value| !value.is_empty())
                .map(PathBuf::from),
        };
        match from_env {
            Some(path) => {
                let provider = self.load(
                    &path,
                    "credentials file named by GOOGLE_APPLICATION_CREDENTIALS",
                )?;
                return Ok(self.found(provider, CredentialSource::EnvironmentVariable(path), ""));
            }
            None => searched.push(format!("{CREDENTIALS_VARIABLE} is not set")),
        }
        let well_known = match self.well_known_file.clone() {
            Place::Set(path) => path,
            Place::Default => default_well_known_file(),
        };
        match well_known {
            Some(path) if path.is_file() => {
                let provider = self.load(&path, "application default credentials file")?;
                return Ok(self.found(provider, CredentialSource::WellKnownFile(path), ""));
            }
            Some(path) => searched.push(format!("there is no file `{}`", path.display())),
            None => searched.push("gcloud's configuration folder is unknown".to_owned()),
        }
        if let Some(subject) = &self.subject {
            return Err(AuthError::new(format!(
                "no service account key or impersonated service account file found to act as \
                 {subject}: {}",
                searched.join(", ")
            )));
        }
        // A server the caller or `GCE_METADATA_HOST` named is believed; otherwise the machine's
        // residency is checked at the first call.
        let residency = match &self.metadata_server {
            Some(_) => None,
            None => Probe::from_env().map(|probe| Arc::new(Residency::new(probe))),
        };
        let mut server = self.metadata_server.clone().unwrap_or_default();
        if let Some(http) = &self.http {
            server = server.http_client(http.clone());
        }
        let searched = searched.join(", ");
        let mut found = self.found(
            Found::MetadataServer(server),
            CredentialSource::MetadataServer,
            &searched,
        );
        found.residency = residency;
        Ok(found)
    }

    fn found(
        &self,
        provider: Found,
        source: CredentialSource,
        searched: &str,
    ) -> ApplicationDefaultCredentials {
        tracing::debug!(?source, "application default credentials found");
        ApplicationDefaultCredentials {
            provider,
            source,
            searched: searched.to_owned(),
            residency: None,
            http: self.http.clone().unwrap_or_else(default_http_client),
        }
    }

    /// Reads the credential file at `path`, whatever its type.
    fn load(&self, path: &Path, what: &str) -> Result<Found, AuthError> {
        let file = KeyFile::read(path, what)?;
        let found = match file.kind() {
            Some("service_account") => {
                let mut account = ServiceAccount::from_key_file(&file)?;
                if let Some(subject) = &self.subject {
                    account = account.subject(subject.clone());
                }
                if let Some(http) = &self.http {
                    account = account.http_client(http.clone());
                }
                Found::ServiceAccount(account)
            }
            Some("authorized_user") => {
                if let Some(subject) = &self.subject {
                    return Err(AuthError::new(format!(
                        "{} holds a user's credentials, which cannot act as {subject}; a service account key or an impersonated service account is needed",
                        file.origin()
                    )));
                }
                let mut user = AuthorizedUser::from_key_file(&file)?;
                if let Some(http) = &self.http {
                    user = user.http_client(http.clone());
                }
                Found::AuthorizedUser(user)
            }
            Some(kind @ ("external_account" | "external_account_authorized_user")) => {
                if let Some(subject) = &self.subject {
                    return Err(AuthError::new(format!(
                        "{} holds `{kind}` credentials, which cannot act as {subject}; a service account key is needed",
                        file.origin()
                    )));
                }
                if kind == "external_account" {
                    let mut account = ExternalAccount::from_key_file(&file)?;
                    if let Some(http) = &self.http {
                        account = account.http_client(http.clone());
                    }
                    Found::ExternalAccount(account)
                } else {
                    let mut user = ExternalAccountAuthorizedUser::from_key_file(&file)?;
                    if let Some(http) = &self.http {
                        user = user.http_client(http.clone());
                    }
                    Found::ExternalAccountAuthorizedUser(user)
                }
            }
            Some("impersonated_service_account") => {
                let mut account = ImpersonatedServiceAccount::from_key_file(&file)?;
                if let Some(subject) = &self.subject {
                    account = account.subject(subject.clone());
                }
                if let Some(http) = &self.http {
                    account = account.http_client(http.clone());
                }
                Found::Impersonated(account)
            }
            Some(other) if is_type_name(other) => {
                return Err(AuthError::new(format!(
                    "{} holds credentials of type `{other}`, which this crate does not support (supported: {SUPPORTED})",
                    file.origin()
                )))
            }
            Some(other) => {
                return Err(AuthError::new(format!(
                    "{} holds credentials of an unknown type (a `type` value of {} characters that is not a credential type's name; supported: {SUPPORTED})",
                    file.origin(),
                    other.chars().count()
                )))
            }
            None => {
                return Err(AuthError::new(format!(
                    "{} has no `type` field (expected one of {SUPPORTED})",
                    file.origin()
                )))
            }
        };
        Ok(found)
    }
}

/// Whether a `type` value looks like the name of a credential type (`gdch_service_account`), and
/// so can be quoted in an error: anything else may be a secret pasted into the wrong field, or
/// text that would drive a terminal, and is described by its length only.
fn is_type_name(value: &str) -> bool {
    (1..=64).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// gcloud's well-known file, where the platform says it is.
fn default_well_known_file() -> Option<PathBuf> {
    Some(super::gcloud_config_folder()?.join(WELL_KNOWN_FILE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn off_google_cloud_the_error_says_where_it_looked_and_how_to_provide_credentials() {
        let mut adc = ApplicationDefaultCredentials::builder()
            .credentials_file(None)
            .well_known_file(Some(PathBuf::from("/nonexistent/adc.json")))
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        adc.residency = Some(Arc::new(Residency::new(Probe {
            skip: true,
            ping_host: "127.0.0.1:9".to_owned(),
            product_name_file: None,
        })));
        let message = match adc.credential(&["https://mail.google.com/"]).await {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.to_string(),
        };
        assert_eq!(
            message,
            "no application default credentials found (GOOGLE_APPLICATION_CREDENTIALS is not set, \
             there is no file `/nonexistent/adc.json`), and this machine is not on Google Cloud \
             (NO_GCE_CHECK is set); set GOOGLE_APPLICATION_CREDENTIALS to a credentials file, or \
             run `gcloud auth application-default login`"
        );
    }

    #[test]
    fn a_named_metadata_server_is_believed() {
        let adc = ApplicationDefaultCredentials::builder()
            .credentials_file(None)
            .well_known_file(None)
            .metadata_server(MetadataServer::new().host("127.0.0.1:9"))
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(adc.residency.is_none());
    }
}
