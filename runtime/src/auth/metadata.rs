//! [`MetadataServer`]: tokens of the service account attached to the machine the program runs on.

use std::fmt;
use std::sync::Arc;

use futures_util::future::{BoxFuture, FutureExt};

use super::cache::{Fetched, TokenCache};
use super::oauth::{default_http_client, request_token};
use super::{AuthError, Credential, Scopes, TokenProvider};
use crate::transport::{HttpClient, Url};
use http::{HeaderName, HeaderValue, Method};
use percent_encoding::{utf8_percent_encode, AsciiSet};

/// What an account name keeps unencoded in its path segment: what a path parameter keeps, and the
/// `@` of an e-mail address, as Google's own libraries send it.
const PATH_SEGMENT: &AsciiSet = &crate::call::path::SIMPLE.remove(b'@');

/// The metadata server's usual host name.
const DEFAULT_HOST: &str = "metadata.google.internal";

/// The environment variable that names another metadata host, as Google's own libraries honour.
const HOST_VARIABLE: &str = "GCE_METADATA_HOST";

/// A token provider that asks the metadata server of Compute Engine, Cloud Run, Cloud Functions,
/// App Engine or GKE (with Workload Identity) for a token of the service account attached to the
/// workload.
///
/// Requests go to
/// `http://{host}/computeMetadata/v1/instance/service-accounts/{account}/token?scopes=...` with the
/// header `Metadata-Flavor: Google`; the host is `metadata.google.internal` unless the environment
/// variable `GCE_METADATA_HOST` or [`host`](Self::host) names another. The scopes sent are those of
/// [`Scopes::requested`] (servers that fix an instance's scopes ignore them). Tokens are cached per
/// set of scopes and replaced shortly before they expire.
///
/// Clones share the cache; `Debug` shows the host and account, never a token.
#[derive(Clone)]
pub struct MetadataServer {
    host: String,
    account: String,
    http: HttpClient,
    cache: Arc<TokenCache>,
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
        }
    }

    /// Asks another host: a name with an optional port (`127.0.0.1:8080`, sent over plain HTTP as
    /// the metadata server is), or a base URL starting with `http://` or `https://`. The result
    /// has a cache of its own.
    pub fn host(mut self, host: impl Into<String>) -> Self {
        self.host = host.into();
        self.cache = Arc::default();
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

    /// The URL a token for `scopes` is asked from.
    fn token_url(&self, scopes: &[String]) -> Result<Url, AuthError> {
        let base = if self.host.starts_with("http://") || self.host.starts_with("https://") {
            self.host.trim_end_matches('/').to_owned()
        } else {
            format!("http://{}", self.host.trim_end_matches('/'))
        };
        let account = utf8_percent_encode(&self.account, PATH_SEGMENT);
        let mut url = Url::parse(&format!(
            "{base}/computeMetadata/v1/instance/service-accounts/{account}/token"
        ))
        .map_err(|_| {
            AuthError::new(format!(
                "the metadata server host `{}` is not valid",
                self.host
            ))
        })?;
        if !scopes.is_empty() {
            url.append_query_pair("scopes", &scopes.join(","));
        }
        Ok(url)
    }

    async fn fetch(&self, scopes: &[String]) -> Result<Fetched, AuthError> {
        let url = self.token_url(scopes)?;
        let endpoint = format!("the metadata server `{}`", self.host);
        request_token(&endpoint, || {
            self.http.request(Method::GET, url.clone()).header(
                HeaderName::from_static("metadata-flavor"),
                HeaderValue::from_static("Google"),
            )
        })
        .await
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
