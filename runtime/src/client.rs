//! The configured HTTP client of one API: [`Client`], [`ClientBuilder`], [`ApiInfo`], [`RetryPolicy`].

mod api_info;
mod certificate_config;
mod endpoint;
mod headers;
mod retry;

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use http::header::USER_AGENT;
use http::{HeaderMap, HeaderName, HeaderValue};

use crate::auth::{AuthError, Credential, NoAuth, Scopes, TokenProvider};
use crate::transport::{ClientCertificate, HttpClient};

pub use api_info::ApiInfo;
pub use certificate_config::CERTIFICATE_CONFIG_ENV;
pub use endpoint::{UNIVERSE_DOMAIN_ENV, USE_CLIENT_CERTIFICATE_ENV, USE_MTLS_ENDPOINT_ENV};
pub(crate) use headers::{add as add_extra_header, random_uuid};
pub use retry::RetryPolicy;
pub(crate) use retry::{is_idempotent, retry_after, status_kind, transport_kind, FailureKind};

/// The name of the header that tells Google which client library made a request.
pub const API_CLIENT_HEADER: &str = "x-goog-api-client";

/// The name of the header that names the project billed for a call's quota.
pub const USER_PROJECT_HEADER: &str = "x-goog-user-project";

/// The environment variable that names the quota project when the client does not.
pub const QUOTA_PROJECT_ENV: &str = "GOOGLE_CLOUD_QUOTA_PROJECT";

/// The default time limit of one attempt, as in Google's Python client.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// The default limit on a response body read into memory: 128 MiB, above the largest JSON
/// answers Google's APIs give (a Gmail message in `raw` format is at most about 50 MB).
pub const DEFAULT_MAX_RESPONSE_SIZE: u64 = 128 << 20;

/// The version of the compiler that built this crate, as `rustc --version` gave it.
const RUSTC_VERSION: &str = env!("GOOGLE_API_RUNTIME_RUSTC_VERSION");

/// A configured client of one API. Cheap to clone: clones share one connection pool and settings.
///
/// Build one with [`Client::builder`] (or the generated crate's own `Client::builder()`). Its `Debug`
/// output shows the settings but never the token provider.
///
/// Every request it sends carries, as Google's own client libraries send them:
///
/// - `User-Agent`: by default `{crate_name}/{crate_version} google-api-runtime/{runtime version}
///   (gzip)` (Google serves compressed answers to user agents that say `gzip`);
/// - `Accept-Encoding: gzip`; compressed answers are decoded as they arrive;
/// - `x-goog-api-client: gl-rust/{rustc version} gdcl/{crate_version}`, the header Google uses to
///   tell client libraries apart (`gl-rust` names the language and the compiler that built the
///   crate; `gdcl` is the generated discovery client's version);
/// - the credential of the token provider: `Authorization: Bearer <token>`, or the `key` query
///   parameter for an API key;
/// - `X-Goog-User-Project` when a quota project is known: set with
///   [`ClientBuilder::quota_project`], else the `GOOGLE_CLOUD_QUOTA_PROJECT` environment variable,
///   else the credentials file's `quota_project_id` (the order of Google's libraries);
/// - the headers added with [`ClientBuilder::header`], then those of the call;
/// - `Content-Type` with a body, and `Content-Length: 0` for a POST, PUT or PATCH without one
///   (Google's front ends refuse those without it).
///
/// Each attempt has a time limit ([`DEFAULT_TIMEOUT`] unless set with
/// [`ClientBuilder::timeout`]) and a body read into memory a size limit
/// ([`DEFAULT_MAX_RESPONSE_SIZE`] unless set with [`ClientBuilder::max_response_size`]).
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
    max_response_size: Option<u64>,
    user_agent: HeaderValue,
    api_client: HeaderValue,
    quota_project: Option<HeaderValue>,
    /// The universe domain the client calls into.
    universe_domain: String,
    /// Headers added to every request ([`ClientBuilder::header`]).
    headers: HeaderMap,
    /// Why a setting given to the builder (a header, the universe, the client certificate) was
    /// refused: every call reports it.
    setup_problem: Option<String>,
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

    /// The retry policy of calls that do not set their own.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// The time limit of one attempt (sending the request and reading the whole response; for a
    /// streamed download, each wait for more of the body), if any.
    pub fn timeout(&self) -> Option<Duration> {
        self.inner.timeout
    }

    /// The most bytes a response body read into memory may hold, if limited.
    pub fn max_response_size(&self) -> Option<u64> {
        self.inner.max_response_size
    }

    /// The project billed for the quota of this client's calls (sent as `X-Goog-User-Project`),
    /// if one is known.
    pub fn quota_project(&self) -> Option<&str> {
        self.inner
            .quota_project
            .as_ref()
            .and_then(|v| v.to_str().ok())
    }

    /// The universe domain of the client: `googleapis.com` unless set with
    /// [`ClientBuilder::universe_domain`] or the `GOOGLE_CLOUD_UNIVERSE_DOMAIN` environment
    /// variable.
    pub fn universe_domain(&self) -> &str {
        &self.inner.universe_domain
    }

    /// The headers added to every request with [`ClientBuilder::header`].
    pub fn headers(&self) -> &HeaderMap {
        &self.inner.headers
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

    pub(crate) fn api_client_header_value(&self) -> &HeaderValue {
        &self.inner.api_client
    }

    /// The headers every request to an API carries besides the credential and its own: the user
    /// agent, `x-goog-api-client`, and, when it goes to the API itself (`to_api`), the quota
    /// project and the client's extra headers. [`Call::preview`](crate::Call::preview) shows the
    /// same.
    pub(crate) fn standard_headers(&self, to_api: bool) -> HeaderMap {
        let inner = &*self.inner;
        let mut headers = HeaderMap::new();
        headers.insert(USER_AGENT, inner.user_agent.clone());
        headers.insert(
            HeaderName::from_static(API_CLIENT_HEADER),
            inner.api_client.clone(),
        );
        if to_api {
            if let Some(project) = &inner.quota_project {
                headers.insert(
                    HeaderName::from_static(USER_PROJECT_HEADER),
                    project.clone(),
                );
            }
            for (name, value) in &inner.headers {
                headers.insert(name, value.clone());
            }
        }
        headers
    }

    /// Why a setting given to the builder was refused, if one was.
    pub(crate) fn setup_problem(&self) -> Option<&str> {
        self.inner.setup_problem.as_deref()
    }

    /// The universe domain of the credentials, when they are bound to one.
    pub(crate) async fn credentials_universe(&self) -> Result<Option<String>, AuthError> {
        self.inner.auth.universe_domain().await
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
            .field("universe_domain", &inner.universe_domain)
            .field("scopes", &inner.scopes)
            .field("retry", &inner.retry)
            .field("timeout", &inner.timeout)
            .field("max_response_size", &inner.max_response_size)
            .field("user_agent", &inner.user_agent)
            .field("quota_project", &inner.quota_project)
            .field("headers", &inner.headers.keys().collect::<Vec<_>>())
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
///     root_url: "https://example.googleapis.com/", mtls_root_url: None, service_path: "example/v1/",
///     batch_path: None, crate_name: "google-example-v1", crate_version: "0.1.0",
///     fully_encode_reserved: false,
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
    max_response_size: Option<u64>,
    user_agent: Option<String>,
    quota_project: Option<String>,
    universe_domain: Option<String>,
    client_certificate: Option<ClientCertificate>,
    headers: HeaderMap,
    header_problem: Option<String>,
    target: PhantomData<fn() -> C>,
}

impl<C: From<Client>> ClientBuilder<C> {
    /// Starts with the defaults: the API's root URL, no credentials, a new HTTP client, the default
    /// [`RetryPolicy`], a per-attempt time limit of [`DEFAULT_TIMEOUT`], bodies read into memory
    /// limited to [`DEFAULT_MAX_RESPONSE_SIZE`], and the default user agent.
    pub fn new(api: &'static ApiInfo) -> Self {
        ClientBuilder {
            api,
            root_url: None,
            auth: None,
            scopes: None,
            http: None,
            retry: RetryPolicy::default(),
            timeout: Some(DEFAULT_TIMEOUT),
            max_response_size: Some(DEFAULT_MAX_RESPONSE_SIZE),
            user_agent: None,
            quota_project: None,
            universe_domain: None,
            client_certificate: None,
            headers: HeaderMap::new(),
            header_problem: None,
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
    /// [`CallOptions::scopes`](crate::CallOptions::scopes)). For example, a service account with domain-wide
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

    /// Calls the API in another universe than Google's public cloud (`googleapis.com`), for
    /// example a sovereign cloud's domain; by default the `GOOGLE_CLOUD_UNIVERSE_DOMAIN`
    /// environment variable's, else `googleapis.com`. The document's root URL follows:
    /// `https://gmail.googleapis.com/` becomes `https://gmail.{universe}/` (a root URL set with
    /// [`root_url`](Self::root_url) is used as it is).
    ///
    /// The credentials must belong to the same universe
    /// ([`TokenProvider::universe_domain`]): otherwise every call fails with
    /// [`Error::UniverseMismatch`](crate::Error::UniverseMismatch) before anything is sent.
    pub fn universe_domain(mut self, universe_domain: impl Into<String>) -> Self {
        self.universe_domain = Some(universe_domain.into());
        self
    }

    /// Shows `certificate` to the API in the TLS handshake (mutual TLS), as Google's libraries
    /// do for certificate-based access: calls then go to the API's mTLS endpoint
    /// (`mtlsRootUrl`) unless `GOOGLE_API_USE_MTLS_ENDPOINT` is `never`.
    ///
    /// Without one, the workload certificate of the certificate configuration file is used when
    /// there is one: the file `GOOGLE_API_CERTIFICATE_CONFIG` names, else gcloud's
    /// `certificate_config.json`, with `cert_configs.workload.cert_path` and `key_path`.
    /// `GOOGLE_API_USE_CLIENT_CERTIFICATE=false` turns client certificates off (both this one
    /// and the file's); when it is unset they are on in the `googleapis.com` universe only, as in
    /// Google's Go library. mTLS outside `googleapis.com` is refused: every call then fails
    /// before anything is sent.
    ///
    /// With [`http_client`](Self::http_client), the certificate belongs on that client instead
    /// ([`HttpClientBuilder::client_certificate`](crate::transport::HttpClientBuilder::client_certificate)):
    /// giving it here too is refused.
    pub fn client_certificate(mut self, certificate: ClientCertificate) -> Self {
        self.client_certificate = Some(certificate);
        self
    }

    /// Uses the caller's own HTTP client, for example one shared by the clients of several APIs or
    /// with other connection settings.
    pub fn http_client(mut self, client: HttpClient) -> Self {
        self.http = Some(client);
        self
    }

    /// Sets how failed calls are retried (a call can set its own with
    /// [`CallOptions::retry`](crate::CallOptions::retry)); [`RetryPolicy::none()`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Limits the time of each attempt: connecting, sending, and reading the whole response (for a
    /// streamed download, each wait for more of the body, so a long download is not cut off while
    /// data flows). `None` removes the limit. Default: [`DEFAULT_TIMEOUT`].
    pub fn timeout(mut self, per_attempt: impl Into<Option<Duration>>) -> Self {
        self.timeout = per_attempt.into();
        self
    }

    /// Limits the size of a response body read into memory (every answer but a streamed
    /// download), after decoding; a larger one fails the call with a transport error for which
    /// [`TransportError::is_too_large`](crate::transport::TransportError::is_too_large) holds.
    /// `None` removes the limit. Default: [`DEFAULT_MAX_RESPONSE_SIZE`].
    pub fn max_response_size(mut self, bytes: impl Into<Option<u64>>) -> Self {
        self.max_response_size = bytes.into();
        self
    }

    /// Bills the quota of every call to `project` (sent as `X-Goog-User-Project`), for example
    /// when the credentials are a user's, from `gcloud auth application-default login`, which
    /// APIs such as Gmail refuse without a quota project. Overrides the
    /// `GOOGLE_CLOUD_QUOTA_PROJECT` environment variable and the credentials file's
    /// `quota_project_id`.
    pub fn quota_project(mut self, project: impl Into<String>) -> Self {
        self.quota_project = Some(project.into());
        self
    }

    /// Adds a header to every request (a call's own [`header`](crate::CallOptions::header) replaces
    /// it), for example `X-Goog-Request-Reason`. Headers the runtime sets itself
    /// (`Authorization`, `Content-Type`, `Content-Length`, `Host`, `User-Agent`, ...) and names or
    /// values that HTTP does not allow are refused: every call of the client then fails with
    /// [`Error::InvalidArgument`](crate::Error::InvalidArgument) saying why, before anything is
    /// sent.
    pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<[u8]>) -> Self {
        add_extra_header(
            &mut self.headers,
            &mut self.header_problem,
            name.as_ref(),
            value.as_ref(),
        );
        self
    }

    /// Replaces the `User-Agent`, by default
    /// `{crate_name}/{crate_version} google-api-runtime/{runtime version} (gzip)`. Characters that
    /// an HTTP header cannot carry are dropped, and ` (gzip)` is added when the text does not say
    /// `gzip` (Google's front ends compress answers only for such user agents).
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
        let Endpoint {
            universe: universe_domain,
            root_url: chosen_root,
            http,
            problem: setup_problem,
        } = Endpoint::choose(
            api,
            &endpoint::Environment::read(),
            self.universe_domain.as_deref(),
            self.client_certificate,
            self.http,
        );
        let mut root_url = self
            .root_url
            .or(chosen_root)
            .unwrap_or_else(|| api.root_url.to_owned());
        if !root_url.ends_with('/') {
            root_url.push('/');
        }
        let base_url = format!("{root_url}{}", api.service_path.trim_start_matches('/'));
        let user_agent = self.user_agent.unwrap_or_else(|| {
            format!(
                "{}/{} google-api-runtime/{}",
                api.crate_name,
                api.crate_version,
                env!("CARGO_PKG_VERSION")
            )
        });
        let mut user_agent = header_value(&user_agent);
        if !user_agent
            .as_bytes()
            .windows(4)
            .any(|w| w.eq_ignore_ascii_case(b"gzip"))
        {
            let with_gzip = format!("{} (gzip)", user_agent.to_str().unwrap_or_default());
            user_agent = header_value(&with_gzip);
        }
        let api_client = format!("gl-rust/{RUSTC_VERSION} gdcl/{}", api.crate_version);
        let auth = self.auth.unwrap_or_else(|| Arc::new(NoAuth));
        let quota_project = self
            .quota_project
            .or_else(|| {
                std::env::var(QUOTA_PROJECT_ENV)
                    .ok()
                    .filter(|p| !p.trim().is_empty())
            })
            .or_else(|| auth.quota_project().map(str::to_owned));
        let (quota_project, header_problem) = match quota_project.as_deref().map(str::trim) {
            None | Some("") => (None, None),
            Some(project) => match HeaderValue::from_str(project) {
                Ok(value) => (Some(value), None),
                Err(_) => (
                    None,
                    Some(format!(
                        "the quota project `{}` holds characters a header cannot carry",
                        project.escape_debug()
                    )),
                ),
            },
        };
        // The first problem found is the one every call reports.
        let setup_problem = self.header_problem.or(header_problem).or(setup_problem);
        C::from(Client {
            inner: Arc::new(Inner {
                api,
                root_url,
                base_url,
                http,
                auth,
                scopes: self.scopes,
                retry: self.retry,
                timeout: self.timeout,
                max_response_size: self.max_response_size,
                user_agent,
                api_client: header_value(&api_client),
                quota_project,
                universe_domain,
                headers: self.headers,
                setup_problem,
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
            .field("max_response_size", &self.max_response_size)
            .field("user_agent", &self.user_agent)
            .field("quota_project", &self.quota_project)
            .field("universe_domain", &self.universe_domain)
            .field("client_certificate", &self.client_certificate)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

/// Where a client's requests go and what they are sent with, as the builder's settings and the
/// environment decide.
struct Endpoint {
    universe: String,
    /// `None` when the settings cannot be used.
    root_url: Option<String>,
    http: HttpClient,
    /// Why the settings cannot be used: every call reports it.
    problem: Option<String>,
}

/// What [`Endpoint::decide`] has decided so far.
#[derive(Default)]
struct Decided {
    universe: Option<String>,
    http: Option<HttpClient>,
}

impl Endpoint {
    /// The universe, the HTTP client (with the client certificate, if one is used) and the root
    /// URL; or why the settings cannot be used, with an HTTP client to build the client anyway.
    fn choose(
        api: &ApiInfo,
        environment: &endpoint::Environment,
        universe: Option<&str>,
        certificate: Option<ClientCertificate>,
        http: Option<HttpClient>,
    ) -> Self {
        let mut decided = Decided::default();
        let root_url = Self::decide(api, environment, universe, certificate, http, &mut decided);
        Endpoint {
            universe: decided
                .universe
                .unwrap_or_else(|| universe.unwrap_or_default().to_owned()),
            http: decided.http.unwrap_or_default(),
            problem: root_url.as_ref().err().cloned(),
            root_url: root_url.ok(),
        }
    }

    /// Fills in `decided` as it goes, and returns the root URL.
    fn decide(
        api: &ApiInfo,
        environment: &endpoint::Environment,
        universe: Option<&str>,
        certificate: Option<ClientCertificate>,
        http: Option<HttpClient>,
        decided: &mut Decided,
    ) -> Result<String, String> {
        if http.is_some() && certificate.is_some() {
            decided.http = http;
            return Err(
                "a client certificate was given to the client builder together with an \
                        HTTP client: give it to that HTTP client's builder instead"
                    .to_owned(),
            );
        }
        let given = http.is_some();
        decided.http = http;
        let universe = decided.universe.insert(environment.universe(universe)?);
        let mode = environment.mtls_mode()?;
        let allowed = environment.client_certificate_allowed(universe)?;
        // A client of the builder's own shows the certificate given, else the configured one.
        if allowed && !given {
            let certificate = match (certificate, certificate_config::config_path()) {
                (Some(certificate), _) => Some(certificate),
                (None, Some(path)) => certificate_config::workload_certificate(&path)?,
                (None, None) => None,
            };
            if let Some(certificate) = certificate {
                let http = HttpClient::builder().client_certificate(certificate);
                decided.http = Some(http.build());
            }
        }
        let has_certificate = allowed
            && decided
                .http
                .as_ref()
                .is_some_and(HttpClient::presents_client_certificate);
        endpoint::root_url(api, universe, mode, has_certificate)
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

    pub(super) static API: ApiInfo = ApiInfo {
        name: "gmail",
        version: "v1",
        title: "Gmail API",
        root_url: "https://gmail.googleapis.com/",
        mtls_root_url: Some("https://gmail.mtls.googleapis.com/"),
        service_path: "",
        batch_path: Some("batch/gmail/v1"),
        crate_name: "google-gmail-v1",
        crate_version: "0.3.0",
        fully_encode_reserved: false,
    };

    #[test]
    fn defaults() {
        let client = Client::builder(&API).build();
        assert_eq!(client.root_url(), "https://gmail.googleapis.com/");
        assert_eq!(client.base_url(), "https://gmail.googleapis.com/");
        assert_eq!(client.api().name, "gmail");
        assert_eq!(client.retry_policy(), &RetryPolicy::default());
        assert_eq!(client.timeout(), Some(Duration::from_secs(60)));
        assert_eq!(client.max_response_size(), Some(128 << 20));
        assert_eq!(
            client.user_agent(),
            format!(
                "google-gmail-v1/0.3.0 google-api-runtime/{} (gzip)",
                env!("CARGO_PKG_VERSION")
            )
        );
        assert!(client.headers().is_empty());
        assert!(client.setup_problem().is_none());
    }

    #[test]
    fn api_client_names_the_compiler() {
        let client = Client::builder(&API).build();
        let header = client.api_client_header();
        let rustc = header
            .strip_prefix("gl-rust/")
            .and_then(|rest| rest.strip_suffix(" gdcl/0.3.0"))
            .unwrap_or_else(|| panic!("{header}"));
        let mut parts = rustc.split('.');
        for _ in 0..3 {
            let part = parts.next().unwrap_or_else(|| panic!("{header}"));
            assert!(
                part.chars().next().is_some_and(|c| c.is_ascii_digit()),
                "{header}"
            );
        }
    }

    #[test]
    fn limits_can_be_changed_and_removed() {
        let client = Client::builder(&API)
            .timeout(Duration::from_secs(5))
            .max_response_size(1024)
            .build();
        assert_eq!(client.timeout(), Some(Duration::from_secs(5)));
        assert_eq!(client.max_response_size(), Some(1024));
        let client = Client::builder(&API)
            .timeout(None)
            .max_response_size(None)
            .build();
        assert_eq!(client.timeout(), None);
        assert_eq!(client.max_response_size(), None);
    }

    #[test]
    fn a_custom_user_agent_says_gzip_once() {
        let client = Client::builder(&API).user_agent("my-app/1.0").build();
        assert_eq!(client.user_agent(), "my-app/1.0 (gzip)");
        let client = Client::builder(&API)
            .user_agent("my-app/1.0 (GZIP)")
            .build();
        assert_eq!(client.user_agent(), "my-app/1.0 (GZIP)");
    }

    #[test]
    fn headers_and_quota_project() {
        let client = Client::builder(&API)
            .quota_project("billing-project")
            .header("X-Goog-Request-Reason", "audit-123")
            .build();
        assert_eq!(client.quota_project(), Some("billing-project"));
        assert_eq!(client.headers()["x-goog-request-reason"], "audit-123");
        assert!(client.setup_problem().is_none());
        let refused = Client::builder(&API)
            .header("Authorization", "Bearer x")
            .build();
        assert!(refused.headers().is_empty());
        assert!(refused
            .setup_problem()
            .is_some_and(|why| why.contains("Authorization")));
        let bad_project = Client::builder(&API).quota_project("p\r\nX: y").build();
        assert_eq!(bad_project.quota_project(), None);
        assert!(bad_project.setup_problem().is_some());
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
        assert_eq!(client.user_agent(), "my-app/1.0X-Evil: 1 (gzip)");
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
    fn the_root_url_follows_the_universe() {
        let client = Client::builder(&API).universe_domain("u.test").build();
        assert_eq!(client.universe_domain(), "u.test");
        assert_eq!(client.root_url(), "https://gmail.u.test/");
        assert!(client.setup_problem().is_none());
        let local = Client::builder(&API)
            .universe_domain("u.test")
            .root_url("http://localhost:1234/")
            .build();
        assert_eq!(local.root_url(), "http://localhost:1234/");
        let default = Client::builder(&API).build();
        assert_eq!(default.universe_domain(), "googleapis.com");
        assert!(format!("{default:?}").contains("universe_domain: \"googleapis.com\""));
    }

    #[cfg(any(feature = "rustls", feature = "native-tls"))]
    #[test]
    fn a_client_certificate_moves_the_client_to_the_mtls_endpoint() {
        let certificate = || {
            ClientCertificate::from_pem(
                include_bytes!("../tests/http/tls/client.pem"),
                include_bytes!("../tests/http/tls/client.key.pem"),
            )
            .expect("usable")
        };
        let client = Client::builder(&API)
            .client_certificate(certificate())
            .build();
        assert_eq!(client.root_url(), "https://gmail.mtls.googleapis.com/");
        assert!(client.http_client().presents_client_certificate());
        assert!(client.setup_problem().is_none());
        // Outside the default universe certificates are off unless the environment allows them.
        let elsewhere = Client::builder(&API)
            .universe_domain("u.test")
            .client_certificate(certificate())
            .build();
        assert_eq!(elsewhere.root_url(), "https://gmail.u.test/");
        assert!(!elsewhere.http_client().presents_client_certificate());
        assert!(elsewhere.setup_problem().is_none());
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
