//! [`ImpersonatedServiceAccount`]: tokens of a service account, asked for with another credential
//! through the IAM Credentials API, optionally acting as a Workspace user (keyless domain-wide
//! delegation).

use std::fmt;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures_util::future::{BoxFuture, FutureExt};
use serde_json::json;

use super::cache::{Fetched, TokenCache};
use super::file::KeyFile;
use super::iam::{self, CLOUD_PLATFORM, IAM_CREDENTIALS_ROOT};
use super::oauth::{default_http_client, post_form, GOOGLE_TOKEN_URI, JWT_BEARER};
use super::{AuthError, Credential, Scopes, Secret, TokenProvider};
use crate::transport::{HttpClient, Url};

/// The lifetime of a token unless another is chosen: one hour, as Google's libraries ask.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);

/// The longest lifetime `generateAccessToken` grants (when the organisation policy
/// `iam.allowServiceAccountCredentialLifetimeExtension` allows more than an hour).
const MAX_LIFETIME: Duration = Duration::from_secs(12 * 3600);

/// The longest a delegation JWT may be valid: Google's token endpoint accepts an hour at most.
const MAX_ASSERTION_LIFETIME: Duration = Duration::from_secs(3600);

/// The suffix of a `service_account_impersonation_url`.
const GENERATE: &str = ":generateAccessToken";

/// A token provider for a service account that another credential (the *source*: a user, another
/// service account, the metadata server, ...) may act as: it holds
/// `roles/iam.serviceAccountTokenCreator` on the target, directly or through a chain of
/// [`delegates`](Self::delegates). No key file of the target is needed.
///
/// For each set of scopes it asks the IAM Credentials API's
/// `projects/-/serviceAccounts/{target}:generateAccessToken` for a token (with the source's token,
/// asked for `https://www.googleapis.com/auth/cloud-platform`), caches it and replaces it shortly
/// before it expires; concurrent callers share one request.
///
/// With [`subject`](Self::subject) it acts as a user of a Google Workspace domain instead
/// (domain-wide delegation without a key): it has the IAM Credentials API sign the delegation JWT
/// with the target's Google-managed key (`signJwt`; claims `iss` = target, `sub` = the user,
/// `scope`, `aud` = the token endpoint, `iat`, `exp`) and trades it at the token endpoint (OAuth
/// 2.0 JWT bearer grant), as a key file's JWT would be.
///
/// It is also what application default credentials make of an `impersonated_service_account`
/// file, the one `gcloud auth application-default login --impersonate-service-account SA` writes.
///
/// Clones share the cache; `Debug` shows the target, the chain, the subject and the source's own
/// (redacted) `Debug`, never a token or a signed JWT.
///
/// ```no_run
/// # fn main() -> Result<(), google_api_runtime::auth::AuthError> {
/// use google_api_runtime::auth::{AuthorizedUser, ImpersonatedServiceAccount};
///
/// let me = AuthorizedUser::from_file("application_default_credentials.json")?;
/// let admin = ImpersonatedServiceAccount::new(me, "admin-tool@example.iam.gserviceaccount.com")
///     .subject("alice@example.com");
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct ImpersonatedServiceAccount {
    source: Arc<dyn TokenProvider>,
    target: String,
    /// Resource names (`projects/-/serviceAccounts/{email}`).
    delegates: Vec<String>,
    lifetime: Duration,
    subject: Option<String>,
    generate_url: String,
    sign_url: String,
    token_uri: String,
    quota_project: Option<String>,
    http: HttpClient,
    cache: Arc<TokenCache>,
}

impl ImpersonatedServiceAccount {
    /// Acts as the service account `target` (its e-mail address) with the credentials of
    /// `source`.
    pub fn new(source: impl TokenProvider + 'static, target: impl Into<String>) -> Self {
        Self::with_source(Arc::new(source), target.into())
    }

    fn with_source(source: Arc<dyn TokenProvider>, target: String) -> Self {
        let url = |method| {
            iam::method_url(IAM_CREDENTIALS_ROOT, &target, method)
                .map(String::from)
                .unwrap_or_default()
        };
        ImpersonatedServiceAccount {
            generate_url: url("generateAccessToken"),
            sign_url: url("signJwt"),
            source,
            target,
            delegates: Vec::new(),
            lifetime: DEFAULT_LIFETIME,
            subject: None,
            token_uri: GOOGLE_TOKEN_URI.to_owned(),
            quota_project: None,
            http: default_http_client(),
            cache: Arc::default(),
        }
    }

    /// Reads an `impersonated_service_account` file (gcloud's): `service_account_impersonation_url`
    /// (which names the target), `source_credentials` (an `authorized_user` or `service_account`
    /// object), and optionally `delegates` and `quota_project_id`. An optional `token_uri`, which
    /// gcloud does not write and Google's libraries ignore, replaces the token endpoint of
    /// [`subject`](Self::subject) (as in a service account key file).
    ///
    /// Errors name the file and the field at fault, never a secret.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self, AuthError> {
        let file = KeyFile::read(path.as_ref(), "impersonated service account file")?;
        Self::from_key_file(&file)
    }

    /// Parses the contents of an `impersonated_service_account` file.
    pub fn from_json(json: impl AsRef<[u8]>) -> Result<Self, AuthError> {
        let file = KeyFile::parse(
            json.as_ref(),
            "the impersonated service account credentials".to_owned(),
        )?;
        Self::from_key_file(&file)
    }

    pub(crate) fn from_key_file(file: &KeyFile) -> Result<Self, AuthError> {
        file.expect_kind("impersonated_service_account")?;
        let url = file.required("service_account_impersonation_url")?;
        let target = target_of(url).ok_or_else(|| {
            AuthError::new(format!(
                "the `service_account_impersonation_url` of {} does not end in \
                 `/serviceAccounts/{{email}}:generateAccessToken`",
                file.origin()
            ))
        })?;
        if Url::parse(url).is_err() {
            return Err(AuthError::new(format!(
                "the `service_account_impersonation_url` of {} is not a URL",
                file.origin()
            )));
        }
        let source = source_of(&file.nested("source_credentials")?)?;
        let mut account =
            Self::with_source(source, target.to_owned()).delegates(file.strings("delegates")?);
        account.generate_url = url.to_owned();
        account.sign_url = format!("{}:signJwt", &url[..url.len() - GENERATE.len()]);
        account.quota_project = file.optional("quota_project_id")?.map(str::to_owned);
        if let Some(uri) = file.optional("token_uri")? {
            if Url::parse(uri).is_err() {
                return Err(AuthError::new(format!(
                    "the `token_uri` of {} is not a URL",
                    file.origin()
                )));
            }
            account.token_uri = uri.to_owned();
        }
        Ok(account)
    }

    /// The chain of service accounts between the source and the target (e-mail addresses or
    /// resource names): the source may act as the first, each as the next, the last as the
    /// target. Replaces any chain set before.
    pub fn delegates<I, S>(mut self, chain: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.delegates = chain
            .into_iter()
            .map(|account| iam::resource_name(&account.into()))
            .collect();
        self.cache = Arc::default();
        self
    }

    /// How long each token is valid: one hour unless chosen, twelve hours at most (more than one
    /// needs the organisation policy `iam.allowServiceAccountCredentialLifetimeExtension`). A
    /// longer one is refused at the first request.
    pub fn lifetime(mut self, lifetime: Duration) -> Self {
        self.lifetime = lifetime;
        self.cache = Arc::default();
        self
    }

    /// Acts as the user `email` of a Google Workspace domain whose administrator allowed the
    /// target's client ID to use the requested scopes (domain-wide delegation), without a key:
    /// the delegation JWT is signed by the IAM Credentials API (`signJwt`). The result has a cache
    /// of its own.
    pub fn subject(mut self, email: impl Into<String>) -> Self {
        self.subject = Some(email.into());
        self.cache = Arc::default();
        self
    }

    /// Sends IAM Credentials requests to `root` (for example a local test server) instead of
    /// `https://iamcredentials.googleapis.com` or the file's URL. The result has a cache of its
    /// own.
    pub fn iam_endpoint(mut self, root: impl AsRef<str>) -> Self {
        let url = |method| {
            iam::method_url(root.as_ref(), &self.target, method)
                .map(String::from)
                .unwrap_or_else(|_| root.as_ref().to_owned())
        };
        self.generate_url = url("generateAccessToken");
        self.sign_url = url("signJwt");
        self.cache = Arc::default();
        self
    }

    /// Trades delegation JWTs (see [`subject`](Self::subject)) at `uri` instead of Google's
    /// token endpoint; it is also the JWT's `aud`. The result has a cache of its own.
    pub fn token_uri(mut self, uri: impl Into<String>) -> Self {
        self.token_uri = uri.into();
        self.cache = Arc::default();
        self
    }

    /// Sends IAM Credentials and token requests through `client` instead of a client of its own
    /// (the source sends its own requests).
    pub fn http_client(mut self, client: HttpClient) -> Self {
        self.http = client;
        self
    }

    /// The service account acted as.
    pub fn target(&self) -> &str {
        &self.target
    }

    /// The delegation chain, as resource names (`projects/-/serviceAccounts/{email}`).
    pub fn delegate_chain(&self) -> &[String] {
        &self.delegates
    }

    /// The Workspace user the tokens act as, if any.
    pub fn impersonated_user(&self) -> Option<&str> {
        self.subject.as_deref()
    }

    /// The source credential's token, for the IAM Credentials API.
    async fn source_token(&self) -> Result<Secret, AuthError> {
        const SCOPES: &[&str] = &[CLOUD_PLATFORM];
        let credential = self
            .source
            .credential_for(Scopes::new(SCOPES))
            .await
            .map_err(|e| {
                AuthError::with_source(
                    format!(
                        "could not get a token of the credentials that impersonate {}",
                        self.target
                    ),
                    e,
                )
            })?;
        match credential {
            Credential::Bearer(token) => Ok(token),
            _ => Err(AuthError::new(format!(
                "the credentials that impersonate {} gave no OAuth token",
                self.target
            ))),
        }
    }

    async fn fetch(&self, scopes: &[String]) -> Result<Fetched, AuthError> {
        if self.lifetime > MAX_LIFETIME || self.lifetime.as_secs() == 0 {
            return Err(AuthError::new(format!(
                "the lifetime of tokens of {} must be between 1 second and 12 hours, not {} seconds",
                self.target,
                self.lifetime.as_secs()
            )));
        }
        let bearer = self.source_token().await?;
        match &self.subject {
            None => {
                let endpoint = format!(
                    "the IAM Credentials API (generateAccessToken of {})",
                    self.target
                );
                let url = self.url(&self.generate_url)?;
                let body = iam::generate_access_token_body(&self.delegates, scopes, self.lifetime);
                iam::generate_access_token(&self.http, &endpoint, &url, &bearer, &body).await
            }
            Some(user) => self.fetch_as(user, scopes, &bearer).await,
        }
    }

    /// Keyless domain-wide delegation: the delegation JWT signed by `signJwt`, then the JWT bearer
    /// grant.
    async fn fetch_as(
        &self,
        user: &str,
        scopes: &[String],
        bearer: &Secret,
    ) -> Result<Fetched, AuthError> {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_err(|_| AuthError::new("the system clock is set before 1970"))?
            .as_secs();
        let claims = json!({
            "iss": self.target,
            "scope": scopes.join(" "),
            "sub": user,
            "aud": self.token_uri,
            "iat": now,
            "exp": now + self.lifetime.min(MAX_ASSERTION_LIFETIME).as_secs(),
        });
        let endpoint = format!(
            "the IAM Credentials API (signJwt of {} acting as {user})",
            self.target
        );
        let url = self.url(&self.sign_url)?;
        let body = iam::sign_jwt_body(&self.delegates, &claims);
        let assertion = iam::sign_jwt(&self.http, &endpoint, &url, bearer, &body).await?;
        let endpoint = format!(
            "the token endpoint `{}` (for {} acting as {user})",
            self.token_uri, self.target
        );
        let form = [
            ("grant_type", JWT_BEARER),
            ("assertion", assertion.expose()),
        ];
        post_form(&self.http, &endpoint, &self.token_uri, &form).await
    }

    fn url(&self, text: &str) -> Result<Url, AuthError> {
        Url::parse(text).map_err(|_| {
            AuthError::new(format!(
                "the IAM Credentials URL for {} is not usable",
                self.target
            ))
        })
    }
}

/// The target e-mail address of a `service_account_impersonation_url`: what lies between the last
/// `/` and `:generateAccessToken` (as google-auth reads it).
fn target_of(url: &str) -> Option<&str> {
    let rest = url.strip_suffix(GENERATE)?;
    let target = &rest[rest.rfind('/')? + 1..];
    (!target.is_empty()).then_some(target)
}

/// The provider of an impersonated file's `source_credentials`.
fn source_of(file: &KeyFile) -> Result<Arc<dyn TokenProvider>, AuthError> {
    match file.kind() {
        #[cfg(feature = "authorized-user")]
        Some("authorized_user") => Ok(Arc::new(super::AuthorizedUser::from_key_file(file)?)),
        #[cfg(feature = "service-account")]
        Some("service_account") => Ok(Arc::new(super::ServiceAccount::from_key_file(file)?)),
        Some(other) => Err(AuthError::new(format!(
            "{} is of type `{other}`, which cannot be the source of an impersonation here \
             (supported: `authorized_user`, `service_account`, with the crate features of the \
             same names)",
            file.origin()
        ))),
        None => Err(AuthError::new(format!(
            "{} has no `type` field (expected `authorized_user` or `service_account`)",
            file.origin()
        ))),
    }
}

impl TokenProvider for ImpersonatedServiceAccount {
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
            self.cache
                .bearer(&requested, || self.fetch(&requested))
                .await
        }
        .boxed()
    }

    fn invalidate(&self, scopes: Scopes<'_>, rejected: &Credential) -> bool {
        self.cache
            .invalidate_rejected(&scopes.requested(), rejected)
    }

    fn quota_project(&self) -> Option<&str> {
        self.quota_project.as_deref()
    }
}

impl fmt::Debug for ImpersonatedServiceAccount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ImpersonatedServiceAccount")
            .field("target", &self.target)
            .field("delegates", &self.delegates)
            .field("subject", &self.subject)
            .field("lifetime", &self.lifetime)
            .field("source", &self.source)
            .field("cache", &self.cache)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_of_impersonation_urls() {
        assert_eq!(
            target_of("https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/sa@p.iam.gserviceaccount.com:generateAccessToken"),
            Some("sa@p.iam.gserviceaccount.com")
        );
        assert_eq!(
            target_of("https://x/v1/projects/-/serviceAccounts/:generateAccessToken"),
            None
        );
        assert_eq!(
            target_of("https://x/v1/projects/-/serviceAccounts/sa@p:signJwt"),
            None
        );
        assert_eq!(target_of("sa@p:generateAccessToken"), None);
    }
}
