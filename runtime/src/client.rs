//! The configured HTTP client of one API: [`Client`], [`ClientBuilder`], [`ApiInfo`], [`RetryPolicy`].

mod retry;

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use http::HeaderValue;

use crate::auth::{AuthError, Credential, NoAuth, Scopes, TokenProvider};
use crate::transport::HttpClient;

pub use retry::RetryPolicy;
pub(crate) use retry::{is_idempotent, is_retryable_status, is_retryable_transport, retry_after};

/// The name of the header that tells Google which client library made a request.
pub const API_CLIENT_HEADER: &str = "x-goog-api-client";

/// Facts about one API, emitted as a `const` by each generated crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApiInfo {
    /// The discovery `name`, for example `gmail`.
    pub name: &'static str,
    /// The discovery `version`, for example `v1`.
    pub version: &'static str,
    /// The discovery `title`, for example `Gmail API`.
    pub title: &'static str,
    /// The discovery `rootUrl`, for example `https://gmail.googleapis.com/`.
    pub root_url: &'static str,
    /// The discovery `servicePath`, appended to the root URL, for example `admin/directory/v1/`; often
    /// empty.
    pub service_path: &'static str,
    /// The discovery `batchPath`, relative to the root URL, if the API accepts batches.
    pub batch_path: Option<&'static str>,
    /// The name of the generated crate, for example `google-gmail-v1`.
    pub crate_name: &'static str,
    /// The version of the generated crate.
    pub crate_version: &'static str,
}

/// A configured client of one API. Cheap to clone: clones share one connection pool and settings.
///
/// Build one with [`Client::builder`] (or the generated crate's own `Client::builder()`). Its `Debug`
/// output shows the settings but never the token provider.
///
/// Every request it sends carries:
///
/// - `User-Agent`: by default `{crate_name}/{crate_version} google-api-runtime/{runtime version}`;
/// - `x-goog-api-client: gl-rust/unknown gdcl/{crate_version}`, the header Google uses to tell
///   client libraries apart (`gl-rust` names the language; its version is not known at run time,
///   hence `unknown`; `gdcl` is the generated discovery client's version);
/// - the credential of the token provider: `Authorization: Bearer <token>`, or the `key` query
///   parameter for an API key;
/// - `Content-Type` with a body, and `Content-Length: 0` for a POST, PUT or PATCH without one
///   (Google's front ends refuse those without it).
///
/// Method paths are resolved against [`base_url`](Self::base_url) (root URL + service path); a path
/// starting with `/` (discovery's media upload paths) against [`root_url`](Self::root_url).
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    api: &'static ApiInfo,
    root_url: String,
    base_url: String,
    http: HttpClient,
    auth: Arc<dyn TokenProvider>,
    scopes: Option<Arc<[String]>>,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    user_agent: HeaderValue,
    api_client: HeaderValue,
}

impl Client {
    /// Starts building a client of `api`.
    pub fn builder(api: &'static ApiInfo) -> ClientBuilder<Client> {
        ClientBuilder::new(api)
    }

    /// The API this client calls.
    pub fn api(&self) -> &'static ApiInfo {
        self.inner.api
    }

    /// The root URL every request starts from, always ending with `/`.
    pub fn root_url(&self) -> &str {
        &self.inner.root_url
    }

    /// The root URL followed by the API's service path: where method paths are resolved.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The retry policy applied to idempotent calls.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// The time limit of one attempt (sending the request and reading the whole response), if any.
    pub fn timeout(&self) -> Option<Duration> {
        self.inner.timeout
    }

    /// The `User-Agent` sent with every request.
    pub fn user_agent(&self) -> &str {
        // Built from printable ASCII only, so this conversion cannot fail.
        self.inner.user_agent.to_str().unwrap_or_default()
    }

    /// The value of the `x-goog-api-client` header sent with every request.
    pub fn api_client_header(&self) -> &str {
        self.inner.api_client.to_str().unwrap_or_default()
    }

    /// The underlying HTTP client.
    pub fn http_client(&self) -> &HttpClient {
        &self.inner.http
    }

    /// The OAuth scopes chosen with [`ClientBuilder::scopes`], if any.
    pub fn scopes(&self) -> Option<&[String]> {
        self.inner.scopes.as_deref()
    }

    /// Asks the token provider for a credential for a method accepting `scopes`, with the scopes
    /// chosen on the call (`chosen`) or else on the client.
    pub(crate) async fn credential(
        &self,
        scopes: &[&'static str],
        chosen: Option<&[String]>,
    ) -> Result<Credential, AuthError> {
        let scopes = self.scopes_of(scopes, chosen);
        self.inner.auth.credential_for(scopes).await
    }

    /// Tells the token provider that the API refused `rejected`; `true` when a new credential
    /// may be had (the request is then worth repeating once).
    pub(crate) fn invalidate(
        &self,
        scopes: &[&'static str],
        chosen: Option<&[String]>,
        rejected: &Credential,
    ) -> bool {
        let scopes = self.scopes_of(scopes, chosen);
        self.inner.auth.invalidate(scopes, rejected)
    }

    fn scopes_of<'a>(
        &'a self,
        accepted: &'a [&'static str],
        chosen: Option<&'a [String]>,
    ) -> Scopes<'a> {
        match chosen.or(self.scopes()) {
            Some(chosen) => Scopes::new(accepted).with_chosen(chosen),
            None => Scopes::new(accepted),
        }
    }

    pub(crate) fn user_agent_header(&self) -> &HeaderValue {
        &self.inner.user_agent
    }

    pub(crate) fn api_client_header_value(&self) -> &HeaderValue {
        &self.inner.api_client
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("Client")
            .field(
                "api",
                &format_args!("{}:{}", inner.api.name, inner.api.version),
            )
            .field("base_url", &inner.base_url)
            .field("scopes", &inner.scopes)
            .field("retry", &inner.retry)
            .field("timeout", &inner.timeout)
            .field("user_agent", &inner.user_agent)
            .finish_non_exhaustive()
    }
}

/// Builds a [`Client`], or any type made from one.
///
/// It is generic over what it builds so that a generated crate can say
/// `pub type ClientBuilder = runtime::ClientBuilder<Client>;` for its own `Client` that implements
/// `From<runtime::Client>`.
///
/// ```
/// use google_api_runtime::{ApiInfo, Client, RetryPolicy, auth::StaticToken};
///
/// static API: ApiInfo = ApiInfo {
///     name: "example", version: "v1", title: "Example API",
///     root_url: "https://example.googleapis.com/", service_path: "example/v1/",
///     batch_path: None, crate_name: "google-example-v1", crate_version: "0.1.0",
/// };
///
/// let client = Client::builder(&API)
///     .root_url("http://127.0.0.1:8080")
///     .auth(StaticToken::new("ya29.token"))
///     .retry(RetryPolicy::none())
///     .build();
/// assert_eq!(client.base_url(), "http://127.0.0.1:8080/example/v1/");
/// assert!(!format!("{client:?}").contains("ya29"));
/// ```
pub struct ClientBuilder<C = Client> {
    api: &'static ApiInfo,
    root_url: Option<String>,
    auth: Option<Arc<dyn TokenProvider>>,
    scopes: Option<Arc<[String]>>,
    http: Option<HttpClient>,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    user_agent: Option<String>,
    target: PhantomData<fn() -> C>,
}

impl<C: From<Client>> ClientBuilder<C> {
    /// Starts with the defaults: the API's root URL, no credentials, a new HTTP client, the default
    /// [`RetryPolicy`], no per-attempt timeout, and the default user agent.
    pub fn new(api: &'static ApiInfo) -> Self {
        ClientBuilder {
            api,
            root_url: None,
            auth: None,
            scopes: None,
            http: None,
            retry: RetryPolicy::default(),
            timeout: None,
            user_agent: None,
            target: PhantomData,
        }
    }

    /// Sends requests to another root URL, for example a local test server. A missing trailing `/`
    /// is added. The API's service path is still appended.
    pub fn root_url(mut self, url: impl Into<String>) -> Self {
        self.root_url = Some(url.into());
        self
    }

    /// Sets the token provider; by default no credentials are sent.
    pub fn auth(mut self, provider: impl TokenProvider + 'static) -> Self {
        self.auth = Some(Arc::new(provider));
        self
    }

    /// Asks the token provider for tokens with these OAuth scopes on every call, instead of the
    /// first scope each method accepts (a call can still choose others with
    /// [`Call::scopes`](crate::Call::scopes)). For example, a service account with domain-wide
    /// delegation may be allowed only narrower scopes than the first one a method lists. An empty
    /// list restores the default.
    pub fn scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let scopes: Vec<String> = scopes.into_iter().map(Into::into).collect();
        self.scopes = (!scopes.is_empty()).then(|| scopes.into());
        self
    }

    /// Uses the caller's own HTTP client, for example one shared by the clients of several APIs or
    /// with other connection settings.
    pub fn http_client(mut self, client: HttpClient) -> Self {
        self.http = Some(client);
        self
    }

    /// Sets how failed idempotent calls are retried; [`RetryPolicy::none()`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Limits the time of each attempt: connecting, sending, and reading the whole response.
    pub fn timeout(mut self, per_attempt: Duration) -> Self {
        self.timeout = Some(per_attempt);
        self
    }

    /// Replaces the `User-Agent`, by default
    /// `{crate_name}/{crate_version} google-api-runtime/{runtime version}`. Characters that an HTTP
    /// header cannot carry are dropped.
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = Some(ua.into());
        self
    }

    /// Builds the client.
    ///
    /// # Panics
    ///
    /// When no HTTP client was given and a default one cannot be created: see [`HttpClient::new`].
    pub fn build(self) -> C {
        let api = self.api;
        let mut root_url = self.root_url.unwrap_or_else(|| api.root_url.to_owned());
        if !root_url.ends_with('/') {
            root_url.push('/');
        }
        let base_url = format!("{root_url}{}", api.service_path.trim_start_matches('/'));
        let http = self.http.unwrap_or_default();
        let user_agent = self.user_agent.unwrap_or_else(|| {
            format!(
                "{}/{} google-api-runtime/{}",
                api.crate_name,
                api.crate_version,
                env!("CARGO_PKG_VERSION")
            )
        });
        let api_client = format!("gl-rust/unknown gdcl/{}", api.crate_version);
        C::from(Client {
            inner: Arc::new(Inner {
                api,
                root_url,
                base_url,
                http,
                auth: self.auth.unwrap_or_else(|| Arc::new(NoAuth)),
                scopes: self.scopes,
                retry: self.retry,
                timeout: self.timeout,
                user_agent: header_value(&user_agent),
                api_client: header_value(&api_client),
            }),
        })
    }
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field(
                "api",
                &format_args!("{}:{}", self.api.name, self.api.version),
            )
            .field("root_url", &self.root_url)
            .field("scopes", &self.scopes)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("user_agent", &self.user_agent)
            .finish_non_exhaustive()
    }
}

/// A header value made of the printable ASCII characters of `text`.
fn header_value(text: &str) -> HeaderValue {
    let clean: String = text.chars().filter(|c| matches!(c, ' '..='~')).collect();
    HeaderValue::from_str(clean.trim()).unwrap_or(HeaderValue::from_static("google-api-runtime"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::StaticToken;

    static API: ApiInfo = ApiInfo {
        name: "gmail",
        version: "v1",
        title: "Gmail API",
        root_url: "https://gmail.googleapis.com/",
        service_path: "",
        batch_path: Some("batch/gmail/v1"),
        crate_name: "google-gmail-v1",
        crate_version: "0.3.0",
    };

    #[test]
    fn defaults() {
        let client = Client::builder(&API).build();
        assert_eq!(client.root_url(), "https://gmail.googleapis.com/");
        assert_eq!(client.base_url(), "https://gmail.googleapis.com/");
        assert_eq!(client.api().name, "gmail");
        assert_eq!(client.retry_policy(), &RetryPolicy::default());
        assert_eq!(client.timeout(), None);
        assert_eq!(
            client.user_agent(),
            format!(
                "google-gmail-v1/0.3.0 google-api-runtime/{}",
                env!("CARGO_PKG_VERSION")
            )
        );
        assert_eq!(client.api_client_header(), "gl-rust/unknown gdcl/0.3.0");
    }

    #[test]
    fn root_url_gets_a_trailing_slash() {
        let client = Client::builder(&API)
            .root_url("http://localhost:1234/x")
            .build();
        assert_eq!(client.root_url(), "http://localhost:1234/x/");
        let client = Client::builder(&API)
            .root_url("http://localhost:1234/")
            .build();
        assert_eq!(client.root_url(), "http://localhost:1234/");
    }

    #[test]
    fn user_agent_is_sanitised() {
        let client = Client::builder(&API)
            .user_agent("my-app/1.0\r\nX-Evil: 1 é")
            .build();
        assert_eq!(client.user_agent(), "my-app/1.0X-Evil: 1");
    }

    #[test]
    fn debug_never_shows_the_token() {
        let builder = Client::builder(&API).auth(StaticToken::new("ya29.secret-token"));
        assert!(!format!("{builder:?}").contains("secret-token"));
        let client = builder.timeout(Duration::from_secs(5)).build();
        let shown = format!("{client:?}");
        assert!(!shown.contains("secret-token"), "{shown}");
        assert!(shown.contains("gmail:v1"), "{shown}");
    }

    #[test]
    fn builds_wrapper_types() {
        struct Wrapper(Client);
        impl From<Client> for Wrapper {
            fn from(client: Client) -> Self {
                Wrapper(client)
            }
        }
        let wrapper: Wrapper = ClientBuilder::new(&API).build();
        assert_eq!(wrapper.0.api().version, "v1");
    }
}
