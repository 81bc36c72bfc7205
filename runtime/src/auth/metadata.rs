//! [`MetadataServer`]: tokens of the service account attached to the machine the program runs on.

use std::fmt;
use std::sync::Arc;

use futures_util::future::{BoxFuture, FutureExt};
use futures_util::lock::Mutex as AsyncMutex;

use super::cache::{Fetched, TokenCache};
use super::oauth::{default_http_client, send, token_from};
use super::{AuthError, Credential, Scopes, TokenProvider, DEFAULT_UNIVERSE_DOMAIN};
use crate::transport::{HttpClient, Response, Url};
use http::{HeaderName, HeaderValue, Method};
use percent_encoding::{utf8_percent_encode, AsciiSet};

/// What an account name keeps unencoded in its path segment: what a path parameter keeps, and the
/// `@` of an e-mail address, as Google's own libraries send it.
const PATH_SEGMENT: &AsciiSet = &crate::transport::path::SIMPLE.remove(b'@');

/// The metadata server's usual host name.
const DEFAULT_HOST: &str = "metadata.google.internal";

/// How long the universe domain is waited for, as Google's Go library waits.
const UNIVERSE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(1);

/// The environment variable that names another metadata host, as Google's own libraries honour.
pub(crate) const HOST_VARIABLE: &str = "GCE_METADATA_HOST";

/// The header every request to the metadata server carries, and every answer of it.
const FLAVOR: HeaderName = HeaderName::from_static("metadata-flavor");

/// The value of [`FLAVOR`].
const GOOGLE: &str = "Google";

/// Whether an answer comes from a Google metadata server: it carries `Metadata-Flavor: Google`.
fn is_google_flavored(response: &Response) -> bool {
    response
        .headers()
        .get(FLAVOR)
        .is_some_and(|value| value.as_bytes() == GOOGLE.as_bytes())
}

/// A token provider that asks the metadata server of Compute Engine, Cloud Run, Cloud Functions,
/// App Engine or GKE (with Workload Identity) for a token of the service account attached to the
/// workload.
///
/// Requests go to
/// `http://{host}/computeMetadata/v1/instance/service-accounts/{account}/token?scopes=...` with the
/// header `Metadata-Flavor: Google`, and only answers that carry the same header are believed
/// (read to 64 KiB at most); the host is `metadata.google.internal` unless the environment
/// variable `GCE_METADATA_HOST` or [`host`](Self::host) names another. The scopes sent are those of
/// [`Scopes::requested`] (servers that fix an instance's scopes ignore them). Tokens are cached per
/// set of scopes and replaced shortly before they expire.
///
/// Its universe domain ([`TokenProvider::universe_domain`]) is asked once, from
/// `/computeMetadata/v1/universe/universe-domain`; a server that does not know the path (404) or
/// answers with nothing is in `googleapis.com`, as Google's Go library reads it.
///
/// Clones share the cache; `Debug` shows the host and account, never a token.
#[derive(Clone)]
pub struct MetadataServer {
    host: String,
    account: String,
    http: HttpClient,
    cache: Arc<TokenCache>,
    /// The universe domain, once known; held while it is asked, so that it is asked once.
    universe: Arc<AsyncMutex<Option<String>>>,
}

impl MetadataServer {
    /// The metadata server of this machine (`GCE_METADATA_HOST`, or `metadata.google.internal`),
    /// for the workload's default service account.
    pub fn new() -> Self {
        let host = std::env::var(HOST_VARIABLE)
            .ok()
            .filter(|host| !host.trim().is_empty())
            .unwrap_or_else(|| DEFAULT_HOST.to_owned());
        MetadataServer {
            host,
            account: "default".to_owned(),
            http: default_http_client(),
            cache: Arc::default(),
            universe: Arc::default(),
        }
    }

    /// Asks another host: a name with an optional port (`127.0.0.1:8080`, sent over plain HTTP as
    /// the metadata server is), or a base URL starting with `http://` or `https://`. The result
    /// has a cache of its own.
    pub fn host(mut self, host: impl Into<String>) -> Self {
        self.host = host.into();
        self.cache = Arc::default();
        self.universe = Arc::default();
        self
    }

    /// Asks for the tokens of another service account attached to the workload (its e-mail
    /// address) instead of `default`. The result has a cache of its own.
    pub fn service_account(mut self, email: impl Into<String>) -> Self {
        self.account = email.into();
        self.cache = Arc::default();
        self
    }

    /// Sends requests through `client` instead of a client of its own.
    pub fn http_client(mut self, client: HttpClient) -> Self {
        self.http = client;
        self
    }

    /// The host (or base URL) asked.
    pub fn host_name(&self) -> &str {
        &self.host
    }

    /// The URL of `path` (after `/computeMetadata/v1/`) on the server.
    fn url(&self, path: &str) -> Result<Url, AuthError> {
        let base = if self.host.starts_with("http://") || self.host.starts_with("https://") {
            self.host.trim_end_matches('/').to_owned()
        } else {
            format!("http://{}", self.host.trim_end_matches('/'))
        };
        Url::parse(&format!("{base}/computeMetadata/v1/{path}")).map_err(|_| {
            AuthError::new(format!(
                "the metadata server host `{}` is not valid",
                self.host
            ))
        })
    }

    /// The URL a token for `scopes` is asked from.
    fn token_url(&self, scopes: &[String]) -> Result<Url, AuthError> {
        let account = utf8_percent_encode(&self.account, PATH_SEGMENT);
        let mut url = self.url(&format!("instance/service-accounts/{account}/token"))?;
        if !scopes.is_empty() {
            url.append_query_pair("scopes", &scopes.join(","));
        }
        Ok(url)
    }

    /// Asks the server which universe the workload is in.
    async fn fetch_universe(&self) -> Result<String, AuthError> {
        // A domain name is short: more than this is not an answer to the question.
        const LIMIT: usize = 1024;
        let url = self.url("universe/universe-domain")?;
        let endpoint = format!("the metadata server `{}`", self.host);
        let response = self
            .http
            .request(Method::GET, url)
            .header(
                HeaderName::from_static("metadata-flavor"),
                HeaderValue::from_static("Google"),
            )
            .timeout(UNIVERSE_TIMEOUT)
            .send()
            .await
            .map_err(|e| {
                AuthError::with_source(format!("could not ask {endpoint} for its universe"), e)
            })?;
        let status = response.status();
        if status == http::StatusCode::NOT_FOUND {
            return Ok(DEFAULT_UNIVERSE_DOMAIN.to_owned());
        }
        if !status.is_success() {
            return Err(AuthError::new(format!(
                "{endpoint} answered HTTP {} when asked for its universe domain",
                status.as_u16()
            )));
        }
        let body = response.bytes_truncated(LIMIT + 1).await;
        let universe = std::str::from_utf8(&body)
            .ok()
            .filter(|_| body.len() <= LIMIT)
            .map(str::trim)
            .ok_or_else(|| {
                AuthError::new(format!(
                    "{endpoint} answered with a universe domain that is not a domain name"
                ))
            })?;
        Ok(if universe.is_empty() {
            DEFAULT_UNIVERSE_DOMAIN.to_owned()
        } else {
            universe.to_owned()
        })
    }

    async fn fetch(&self, scopes: &[String]) -> Result<Fetched, AuthError> {
        let url = self.token_url(scopes)?;
        let endpoint = format!("the metadata server `{}`", self.host);
        let response = send(&endpoint, || {
            self.http
                .request(Method::GET, url.clone())
                .header(FLAVOR, HeaderValue::from_static(GOOGLE))
        })
        .await?;
        if !is_google_flavored(&response) {
            return Err(AuthError::new(format!(
                "{endpoint} answered without the `Metadata-Flavor: Google` header, so it is not \
                 a Google metadata server (HTTP {})",
                response.status()
            )));
        }
        token_from(&endpoint, response).await
    }
}

impl Default for MetadataServer {
    fn default() -> Self {
        MetadataServer::new()
    }
}

impl TokenProvider for MetadataServer {
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
            let requested = scopes.requested();
            let token = self
                .cache
                .get(&requested, || self.fetch(&requested))
                .await?;
            Ok(Credential::Bearer(token))
        }
        .boxed()
    }

    fn expires_at(&self, scopes: Scopes<'_>) -> Option<std::time::SystemTime> {
        self.cache.expires_at(&scopes.requested())
    }

    fn invalidate(&self, scopes: Scopes<'_>, rejected: &Credential) -> bool {
        self.cache
            .invalidate_rejected(&scopes.requested(), rejected)
    }

    fn universe_domain(&self) -> BoxFuture<'_, Result<Option<String>, AuthError>> {
        async move {
            let mut known = self.universe.lock().await;
            if let Some(universe) = known.as_ref() {
                return Ok(Some(universe.clone()));
            }
            let universe = self.fetch_universe().await?;
            *known = Some(universe.clone());
            Ok(Some(universe))
        }
        .boxed()
    }
}

impl fmt::Debug for MetadataServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MetadataServer")
            .field("host", &self.host)
            .field("account", &self.account)
            .field("cache", &self.cache)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_urls() {
        let scopes = vec!["https://a/x".to_owned(), "https://a/y".to_owned()];
        let server = MetadataServer::new().host("127.0.0.1:1234");
        assert_eq!(
            server.token_url(&scopes).map(String::from).ok().as_deref(),
            Some("http://127.0.0.1:1234/computeMetadata/v1/instance/service-accounts/default/token?scopes=https%3A%2F%2Fa%2Fx%2Chttps%3A%2F%2Fa%2Fy")
        );
        let server = MetadataServer::new()
            .host("https://meta.example/")
            .service_account("sa@p.iam.gserviceaccount.com");
        assert_eq!(
            server.token_url(&[]).map(String::from).ok().as_deref(),
            Some("https://meta.example/computeMetadata/v1/instance/service-accounts/sa@p.iam.gserviceaccount.com/token")
        );
        assert!(MetadataServer::new()
            .host("http://[bad")
            .token_url(&[])
            .is_err());
    }
}
