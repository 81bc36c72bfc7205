//! Credentials: how a [`Client`](crate::Client) proves who is calling.
//!
//! A client holds one [`TokenProvider`]. Before every attempt of every call the runtime asks it for a
//! [`Credential`], telling it the OAuth scopes the method accepts and any scopes the client or the
//! call chose instead ([`Scopes`]). When the API answers `401 Unauthorized`, the runtime tells the
//! provider that its credential was refused ([`TokenProvider::invalidate`]); a provider that can
//! mint a new one says so, and the request is sent once more with the new credential.
//!
//! Always available:
//!
//! - [`StaticToken`]: a fixed OAuth 2.0 access token, sent as `Authorization: Bearer <token>`;
//! - [`ApiKey`]: an API key, sent as the `key` query parameter;
//! - [`NoAuth`]: no credentials at all (the default of a [`ClientBuilder`](crate::ClientBuilder)).
//!
//! Behind cargo features (on by default through `adc`, unless marked):
//!
//! | feature | provider | what it does |
//! | --- | --- | --- |
//! | `service-account` | `ServiceAccount` | signs a JWT with a service account's key file and trades it for a token; can impersonate a user of a Workspace domain (domain-wide delegation) |
//! | `authorized-user` | `AuthorizedUser` | trades a user's OAuth refresh token (for example the one `gcloud auth application-default login` stores) for a token |
//! | `metadata-server` | `MetadataServer` | asks the metadata server of Compute Engine, Cloud Run, GKE... for the token of the attached service account |
//! | `impersonation` | `ImpersonatedServiceAccount` | acts as a service account through the IAM Credentials API with any other credential, no key file; can act as a Workspace user too (keyless domain-wide delegation) |
//! | `external-account` | `ExternalAccount` | workload and workforce identity federation: trades a token from another identity provider (a file or a URL) at Google's Security Token Service, then optionally for a service account's token |
//! | `external-account-authorized-user` | `ExternalAccountAuthorizedUser` | trades a workforce pool user's refresh token at the Security Token Service |
//! | `adc` | `ApplicationDefaultCredentials` | finds credentials the way Google's own libraries do: `GOOGLE_APPLICATION_CREDENTIALS`, then gcloud's well-known file, then the metadata server (when the machine is on Google Cloud) |
//!
//! These providers cache one token per set of scopes they request, refresh it shortly before it
//! expires (concurrent callers wait for one shared refresh instead of each asking the token
//! endpoint), and drop it when the API refuses it.
//!
//! Secrets travel inside [`Secret`], whose `Debug` output is redacted and which has no `Display`, so
//! that a token does not end up in a log line by accident. No provider shows a token, a private key,
//! a client secret or a refresh token in its `Debug` output, its errors or its `tracing` events.

use std::error::Error as StdError;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use futures_util::future::{self, BoxFuture, FutureExt};

#[cfg(any(
    feature = "service-account",
    feature = "authorized-user",
    feature = "metadata-server",
    feature = "external-account",
    feature = "external-account-authorized-user",
    feature = "impersonation",
))]
mod cache;
#[cfg(any(
    feature = "service-account",
    feature = "authorized-user",
    feature = "adc",
    feature = "external-account",
    feature = "external-account-authorized-user",
    feature = "impersonation",
))]
mod file;
#[cfg(any(feature = "impersonation", feature = "external-account"))]
mod iam;
#[cfg(any(
    feature = "service-account",
    feature = "authorized-user",
    feature = "metadata-server",
    feature = "external-account",
    feature = "external-account-authorized-user",
    feature = "impersonation",
))]
mod oauth;
#[cfg(any(
    feature = "external-account",
    feature = "external-account-authorized-user"
))]
mod sts;

#[cfg(feature = "adc")]
mod adc;
#[cfg(feature = "authorized-user")]
mod authorized_user;
#[cfg(feature = "external-account")]
mod external_account;
#[cfg(feature = "external-account-authorized-user")]
mod external_account_authorized_user;
#[cfg(feature = "impersonation")]
mod impersonated;
#[cfg(feature = "metadata-server")]
mod metadata;
#[cfg(feature = "adc")]
mod residency;
#[cfg(feature = "service-account")]
mod service_account;

#[cfg(feature = "adc")]
pub use adc::{
    ApplicationDefaultCredentials, ApplicationDefaultCredentialsBuilder, CredentialSource,
};
#[cfg(feature = "authorized-user")]
pub use authorized_user::AuthorizedUser;
#[cfg(feature = "external-account")]
pub use external_account::ExternalAccount;
#[cfg(feature = "external-account-authorized-user")]
pub use external_account_authorized_user::ExternalAccountAuthorizedUser;
#[cfg(feature = "impersonation")]
pub use impersonated::ImpersonatedServiceAccount;
#[cfg(feature = "metadata-server")]
pub use metadata::MetadataServer;
#[cfg(feature = "service-account")]
pub use service_account::ServiceAccount;

/// The universe domain of Google's public cloud: every API there is served under `googleapis.com`.
/// Other universes (sovereign clouds) serve the same APIs under a domain of their own.
pub const DEFAULT_UNIVERSE_DOMAIN: &str = "googleapis.com";

/// The answer of [`TokenProvider::universe_domain`] for credentials that know their universe
/// without asking anyone.
pub(crate) fn known_universe(
    universe: &str,
) -> BoxFuture<'static, Result<Option<String>, AuthError>> {
    future::ready(Ok(Some(universe.to_owned()))).boxed()
}

/// gcloud's configuration folder, where the platform says it is: `$CLOUDSDK_CONFIG` when set,
/// else `~/.config/gcloud`, or `%APPDATA%\gcloud` on Windows.
pub(crate) fn gcloud_config_folder() -> Option<PathBuf> {
    match std::env::var_os("CLOUDSDK_CONFIG").filter(|v| !v.is_empty()) {
        Some(folder) => Some(PathBuf::from(folder)),
        None if cfg!(windows) => Some(
            PathBuf::from(std::env::var_os("APPDATA").filter(|v| !v.is_empty())?).join("gcloud"),
        ),
        None => Some(
            PathBuf::from(std::env::var_os("HOME").filter(|v| !v.is_empty())?)
                .join(".config")
                .join("gcloud"),
        ),
    }
}

/// Something that hands out credentials for API calls.
///
/// The trait is dyn-compatible: the client stores it as `Arc<dyn TokenProvider>`. Implementations
/// must be cheap to call repeatedly (cache tokens rather than fetching one per call) and their `Debug`
/// output must not reveal secrets; the runtime itself never prints a provider.
///
/// Only [`credential`](Self::credential) must be written. The runtime calls
/// [`credential_for`](Self::credential_for), whose default forwards the method's accepted scopes to
/// `credential` (scopes chosen on the client or the call then make no difference), and
/// [`invalidate`](Self::invalidate), whose default refuses (a fixed credential cannot be renewed).
pub trait TokenProvider: Send + Sync + fmt::Debug {
    /// Returns the credential to use for one request to a method that accepts any of `scopes`.
    ///
    /// `scopes` is the method's list from the discovery document; it may be empty for methods that
    /// need no authorization.
    fn credential<'a>(
        &'a self,
        scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>>;

    /// Returns the credential for one request, knowing both the scopes the method accepts and the
    /// scopes the client or the call chose, if any (see [`Scopes::requested`]).
    ///
    /// This is what the runtime calls. The default calls [`credential`](Self::credential) with
    /// the method's accepted scopes.
    fn credential_for<'a>(
        &'a self,
        scopes: Scopes<'a>,
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        self.credential(scopes.accepted())
    }

    /// Told that the API answered `401 Unauthorized` to a request that carried `rejected`, obtained
    /// for `scopes`. A provider that caches tokens forgets `rejected` (unless it has already
    /// replaced it) and returns `true`: the runtime then asks for a credential again and repeats
    /// the request, once per call. The default returns `false`, and the 401 is returned to the
    /// caller as it is.
    fn invalidate(&self, scopes: Scopes<'_>, rejected: &Credential) -> bool {
        let _ = (scopes, rejected);
        false
    }

    /// The project the credentials bill quota to, when they name one (the `quota_project_id` of
    /// a service account or authorized-user file). A client sends it as `X-Goog-User-Project`
    /// unless it was given one itself or the `GOOGLE_CLOUD_QUOTA_PROJECT` environment variable
    /// names one. The default names none.
    fn quota_project(&self) -> Option<&str> {
        None
    }

    /// When the token this provider holds for `scopes` expires (wall-clock time), if it holds
    /// one and knows: what a program that keeps tokens between runs (a command line) stores
    /// beside the token. Called after [`credential_for`](Self::credential_for) with the same
    /// scopes. The default knows nothing.
    fn expires_at(&self, scopes: Scopes<'_>) -> Option<std::time::SystemTime> {
        let _ = scopes;
        None
    }

    /// The universe domain the credentials belong to (`googleapis.com` for Google's public cloud):
    /// a client refuses to send a request when its own universe
    /// ([`ClientBuilder::universe_domain`](crate::ClientBuilder::universe_domain)) is another,
    /// as a token of one universe is worthless in the others. `None` means the credentials are
    /// not bound to a universe (no credentials, an API key): nothing is compared.
    ///
    /// Providers read it from their credentials file's `universe_domain` field, or ask the
    /// metadata server; the default is [`DEFAULT_UNIVERSE_DOMAIN`].
    fn universe_domain(&self) -> BoxFuture<'_, Result<Option<String>, AuthError>> {
        known_universe(DEFAULT_UNIVERSE_DOMAIN)
    }
}

impl<T: TokenProvider + ?Sized> TokenProvider for Arc<T> {
    fn credential<'a>(
        &'a self,
        scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        (**self).credential(scopes)
    }

    fn credential_for<'a>(
        &'a self,
        scopes: Scopes<'a>,
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        (**self).credential_for(scopes)
    }

    fn invalidate(&self, scopes: Scopes<'_>, rejected: &Credential) -> bool {
        (**self).invalidate(scopes, rejected)
    }

    fn quota_project(&self) -> Option<&str> {
        (**self).quota_project()
    }

    fn expires_at(&self, scopes: Scopes<'_>) -> Option<std::time::SystemTime> {
        (**self).expires_at(scopes)
    }

    fn universe_domain(&self) -> BoxFuture<'_, Result<Option<String>, AuthError>> {
        (**self).universe_domain()
    }
}

impl<T: TokenProvider + ?Sized> TokenProvider for Box<T> {
    fn credential<'a>(
        &'a self,
        scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        (**self).credential(scopes)
    }

    fn credential_for<'a>(
        &'a self,
        scopes: Scopes<'a>,
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        (**self).credential_for(scopes)
    }

    fn invalidate(&self, scopes: Scopes<'_>, rejected: &Credential) -> bool {
        (**self).invalidate(scopes, rejected)
    }

    fn quota_project(&self) -> Option<&str> {
        (**self).quota_project()
    }

    fn expires_at(&self, scopes: Scopes<'_>) -> Option<std::time::SystemTime> {
        (**self).expires_at(scopes)
    }

    fn universe_domain(&self) -> BoxFuture<'_, Result<Option<String>, AuthError>> {
        (**self).universe_domain()
    }
}

/// The OAuth scopes of one request, as the runtime tells them to a [`TokenProvider`].
///
/// Google grants a method to a token that carries *any one* of the scopes the method lists, so a
/// provider that mints tokens needs to ask for only one of them. Which set it asks for is
/// [`requested`](Self::requested): the scopes chosen on the call
/// ([`CallOptions::scopes`](crate::CallOptions::scopes)) or else on the client
/// ([`ClientBuilder::scopes`](crate::ClientBuilder::scopes)), and otherwise the first scope the
/// method lists.
///
/// ```
/// use google_api_runtime::auth::Scopes;
///
/// const ACCEPTED: &[&str] = &[
///     "https://mail.google.com/",
///     "https://www.googleapis.com/auth/gmail.settings.basic",
/// ];
/// assert_eq!(Scopes::new(ACCEPTED).requested(), ["https://mail.google.com/"]);
///
/// let chosen = vec!["https://www.googleapis.com/auth/gmail.settings.basic".to_owned()];
/// let scopes = Scopes::new(ACCEPTED).with_chosen(&chosen);
/// assert_eq!(scopes.requested(), chosen);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scopes<'a> {
    accepted: &'a [&'static str],
    chosen: Option<&'a [String]>,
}

impl<'a> Scopes<'a> {
    /// The scopes of a request to a method that accepts any of `accepted`, with nothing chosen.
    pub fn new(accepted: &'a [&'static str]) -> Self {
        Scopes {
            accepted,
            chosen: None,
        }
    }

    /// Adds the scopes chosen on the client or the call, which replace the method's default. An
    /// empty list chooses nothing.
    pub fn with_chosen(mut self, chosen: &'a [String]) -> Self {
        self.chosen = if chosen.is_empty() {
            None
        } else {
            Some(chosen)
        };
        self
    }

    /// The scopes the method accepts, from its discovery document (any one suffices).
    pub fn accepted(&self) -> &'a [&'static str] {
        self.accepted
    }

    /// The scopes chosen on the client or the call, if any.
    pub fn chosen(&self) -> Option<&'a [String]> {
        self.chosen
    }

    /// The scopes a token should be requested for: the chosen ones (sorted, without duplicates),
    /// or else the first scope the method accepts, or else none.
    pub fn requested(&self) -> Vec<String> {
        match self.chosen {
            Some(chosen) => {
                let mut scopes = chosen.to_vec();
                scopes.sort();
                scopes.dedup();
                scopes
            }
            None => self
                .accepted
                .first()
                .map(|scope| vec![(*scope).to_owned()])
                .unwrap_or_default(),
        }
    }
}

/// What a request carries to prove who is calling.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Credential {
    /// An OAuth 2.0 access token, sent as `Authorization: Bearer <token>`.
    Bearer(Secret),
    /// An API key, sent as the `key` query parameter (unless the call already sets `key` itself).
    ApiKey(Secret),
    /// Nothing: the request is sent anonymously.
    None,
}

/// A secret string (a token or a key) that never shows itself in `Debug` output.
///
/// There is deliberately no `Display` implementation; call [`Secret::expose`] where the raw value is
/// really needed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// Returns the secret value itself. Take care not to log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}

/// A provider that always returns the same OAuth 2.0 access token.
///
/// Useful for tests, for short-lived tools, and for tokens obtained elsewhere (for example from
/// `gcloud auth print-access-token`). The token is not refreshed when it expires.
#[derive(Clone, Debug)]
pub struct StaticToken {
    token: Secret,
    universe_domain: String,
}

impl StaticToken {
    /// Creates a provider that sends `token` as `Authorization: Bearer <token>`, a token of
    /// Google's public cloud (`googleapis.com`).
    pub fn new(token: impl Into<String>) -> Self {
        StaticToken {
            token: Secret::new(token),
            universe_domain: DEFAULT_UNIVERSE_DOMAIN.to_owned(),
        }
    }

    /// Says that the token belongs to another universe than `googleapis.com`.
    pub fn with_universe_domain(mut self, universe_domain: impl Into<String>) -> Self {
        self.universe_domain = universe_domain.into();
        self
    }
}

impl TokenProvider for StaticToken {
    fn credential<'a>(
        &'a self,
        _scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        future::ready(Ok(Credential::Bearer(self.token.clone()))).boxed()
    }

    fn universe_domain(&self) -> BoxFuture<'_, Result<Option<String>, AuthError>> {
        known_universe(&self.universe_domain)
    }
}

/// A provider that identifies the caller with an API key instead of a token.
///
/// Only methods that accept anonymous access (public data) work with a key alone.
#[derive(Clone, Debug)]
pub struct ApiKey {
    key: Secret,
}

impl ApiKey {
    /// Creates a provider that adds `key=<key>` to every request's query string.
    pub fn new(key: impl Into<String>) -> Self {
        ApiKey {
            key: Secret::new(key),
        }
    }
}

impl TokenProvider for ApiKey {
    fn credential<'a>(
        &'a self,
        _scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        future::ready(Ok(Credential::ApiKey(self.key.clone()))).boxed()
    }

    /// An API key is not compared with the client's universe: the API judges it.
    fn universe_domain(&self) -> BoxFuture<'_, Result<Option<String>, AuthError>> {
        future::ready(Ok(None)).boxed()
    }
}

/// A provider that sends no credentials at all.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoAuth;

impl TokenProvider for NoAuth {
    fn credential<'a>(
        &'a self,
        _scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        future::ready(Ok(Credential::None)).boxed()
    }

    /// No credentials: nothing to compare with the client's universe.
    fn universe_domain(&self) -> BoxFuture<'_, Result<Option<String>, AuthError>> {
        future::ready(Ok(None)).boxed()
    }
}

/// The reason a [`TokenProvider`] could not produce a credential.
///
/// Its `Display` shows the message only; the underlying cause, if any, is returned by
/// [`std::error::Error::source`].
#[derive(Debug)]
pub struct AuthError {
    message: String,
    source: Option<Box<dyn StdError + Send + Sync + 'static>>,
}

impl AuthError {
    /// Creates an error with a human-readable message and no underlying cause.
    pub fn new(message: impl Into<String>) -> Self {
        AuthError {
            message: message.into(),
            source: None,
        }
    }

    /// Creates an error with a message and the underlying cause.
    pub fn with_source(
        message: impl Into<String>,
        source: impl Into<Box<dyn StdError + Send + Sync + 'static>>,
    ) -> Self {
        AuthError {
            message: message.into(),
            source: Some(source.into()),
        }
    }

    /// The human-readable message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl StdError for AuthError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn StdError + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_in_debug() {
        let token = StaticToken::new("ya29.very-secret");
        let key = ApiKey::new("AIza-secret-key");
        let printed = format!("{token:?} {key:?} {:?}", Credential::Bearer("x1y2".into()));
        assert!(!printed.contains("very-secret"), "{printed}");
        assert!(!printed.contains("secret-key"), "{printed}");
        assert!(!printed.contains("x1y2"), "{printed}");
        assert!(printed.contains("Secret(<redacted>)"));
    }

    #[tokio::test]
    async fn providers_return_their_credentials() {
        let scopes = ["https://www.googleapis.com/auth/gmail.readonly"];
        let bearer = StaticToken::new("t").credential(&scopes).await;
        assert_eq!(bearer.ok(), Some(Credential::Bearer(Secret::new("t"))));
        let key = ApiKey::new("k").credential(&scopes).await;
        assert_eq!(key.ok(), Some(Credential::ApiKey(Secret::new("k"))));
        let shared: Arc<dyn TokenProvider> = Arc::new(NoAuth);
        assert_eq!(shared.credential(&[]).await.ok(), Some(Credential::None));
    }

    #[test]
    fn auth_error_keeps_message_and_source() {
        let io = std::io::Error::other("disk on fire");
        let err = AuthError::with_source("could not read the key file", io);
        assert_eq!(err.to_string(), "could not read the key file");
        assert_eq!(
            err.source().map(|s| s.to_string()).as_deref(),
            Some("disk on fire")
        );
        assert!(AuthError::new("x").source().is_none());
    }
}
