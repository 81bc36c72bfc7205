//! [`ExternalAccount`]: workload and workforce identity federation, where a credential from
//! another identity provider (a Kubernetes or CI system's OIDC token, a SAML assertion, AWS
//! credentials, a program's output) is traded for a Google access token.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use futures_util::future::{BoxFuture, FutureExt};

use super::cache::{Fetched, TokenCache};
use super::file::KeyFile;
use super::oauth::default_http_client;
use super::sts::{self, ClientAuth, Exchange, CLOUD_PLATFORM};
use super::{AuthError, Credential, Scopes, Secret, TokenProvider};
use crate::transport::HttpClient;

#[cfg(feature = "external-account-aws")]
mod aws;
mod env;
#[cfg(feature = "external-account-executable")]
mod executable;
mod file;
mod impersonation;
#[cfg(feature = "external-account-aws")]
mod sigv4;
mod source;
mod subject;
mod url;

use env::Env;
use impersonation::Impersonation;
use source::Source;
use subject::Context;

/// The `type` of the files this provider reads.
pub(crate) const FILE_TYPE: &str = "external_account";

/// A token provider for workload identity federation and workforce identity federation: the
/// `external_account` credential files that `gcloud iam workload-identity-pools
/// create-cred-config` (and its workforce twin) write.
///
/// For each token it reads a *subject token* from the file's `credential_source`, trades it at
/// Google's Security Token Service (`token_url`, an OAuth 2.0 token exchange, RFC 8693) for a
/// Google access token and, when the file names a `service_account_impersonation_url`, trades
/// that for a token of the service account (IAM Credentials `generateAccessToken`, with
/// `service_account_impersonation.token_lifetime_seconds`, one hour by default).
///
/// The subject token comes from
///
/// - a file (`credential_source.file`), read again at every exchange, as text or as a field of
///   a JSON object (`format.type` `json`, `format.subject_token_field_name`);
/// - a URL (`credential_source.url`, with `headers`), in the same formats;
/// - a program (`credential_source.executable`; cargo feature `external-account-executable`),
///   run only when the environment variable `GOOGLE_EXTERNAL_ACCOUNT_ALLOW_EXECUTABLES` is `1`,
///   within `timeout_millis` (30 s by default), its answer kept in `output_file` when named;
/// - AWS (`credential_source.environment_id` `aws1`; cargo feature `external-account-aws`): a
///   `GetCallerIdentity` request signed with the workload's AWS credentials.
///
/// Workforce pools (audiences `//iam.googleapis.com/locations/…/workforcePools/…`) send
/// `workforce_pool_user_project` as the project to bill unless the file names an OAuth client
/// (`client_id`, `client_secret`), which then authenticates the exchange.
///
/// Tokens are cached per set of scopes (`cloud-platform` unless a client or call chooses) and
/// replaced shortly before they expire; concurrent callers wait for one exchange. Clones share
/// the cache. `Debug` shows the audience, the endpoints and where the subject token comes from,
/// never a token, a client secret or a header value.
///
/// ```no_run
/// # fn main() -> Result<(), google_api_runtime::auth::AuthError> {
/// use google_api_runtime::auth::ExternalAccount;
///
/// let credentials = ExternalAccount::from_file("github-actions-wif.json")?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct ExternalAccount {
    config: Arc<Config>,
    http: HttpClient,
    cache: Arc<TokenCache>,
    env: Env,
}

/// An external account file, checked.
struct Config {
    origin: String,
    audience: String,
    subject_token_type: String,
    token_url: String,
    source: Source,
    impersonation: Option<Impersonation>,
    client: Option<ClientAuth>,
    workforce_user_project: Option<String>,
    quota_project: Option<String>,
}

impl ExternalAccount {
    /// Reads an external account file (JSON, `"type": "external_account"`).
    ///
    /// Errors name the file and the JSON path of the field at fault, never a value.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self, AuthError> {
        let file = KeyFile::read(path.as_ref(), "external account credentials file")?;
        Self::from_key_file(&file)
    }

    /// Parses the contents of an external account file.
    pub fn from_json(json: impl AsRef<[u8]>) -> Result<Self, AuthError> {
        let file = KeyFile::parse(json.as_ref(), "the external account credentials".to_owned())?;
        Self::from_key_file(&file)
    }

    pub(crate) fn from_key_file(file: &KeyFile) -> Result<Self, AuthError> {
        file.expect_kind(FILE_TYPE)?;
        let root = file.root();
        let audience = root.required("audience")?.to_owned();
        let subject_token_type = root.required("subject_token_type")?.to_owned();
        let universe = root
            .optional("universe_domain")?
            .unwrap_or("googleapis.com");
        let token_url = match root.optional("token_url")? {
            Some(url) => url.to_owned(),
            None => format!("https://sts.{universe}/v1/token"),
        };
        let source = root
            .object("credential_source")?
            .ok_or_else(|| root.missing("credential_source"))?;
        let source = Source::parse(&source)?;
        let client = root.optional("client_id")?.map(|id| ClientAuth {
            id: id.to_owned(),
            secret: None,
        });
        let client = match (client, root.optional("client_secret")?) {
            (Some(client), secret) => Some(ClientAuth {
                secret: secret.map(Secret::new),
                ..client
            }),
            (None, Some(_)) => {
                return Err(root.invalid("client_secret", "is set without a `client_id`"))
            }
            (None, None) => None,
        };
        let workforce_user_project = root
            .optional("workforce_pool_user_project")?
            .map(str::to_owned);
        if workforce_user_project.is_some() && !is_workforce_pool(&audience) {
            return Err(root.invalid(
                "workforce_pool_user_project",
                "is set, but the audience is not a workforce pool's \
                 (//iam.googleapis.com/locations/…/workforcePools/…)",
            ));
        }
        Ok(ExternalAccount {
            config: Arc::new(Config {
                origin: file.origin().to_owned(),
                audience,
                subject_token_type,
                token_url,
                source,
                impersonation: Impersonation::parse(&root)?,
                client,
                workforce_user_project,
                quota_project: root.optional("quota_project_id")?.map(str::to_owned),
            }),
            http: default_http_client(),
            cache: Arc::default(),
            env: Env::default(),
        })
    }

    /// Sends every request (subject token, exchange, impersonation) through `client`.
    pub fn http_client(mut self, client: HttpClient) -> Self {
        self.http = client;
        self
    }

    /// The service account whose tokens are handed out, when the file impersonates one.
    pub fn service_account_email(&self) -> Option<&str> {
        self.config
            .impersonation
            .as_ref()
            .and_then(Impersonation::email)
    }

    #[cfg(all(
        test,
        any(
            feature = "external-account-executable",
            feature = "external-account-aws"
        )
    ))]
    fn with_env(mut self, env: Env) -> Self {
        self.env = env;
        self
    }

    async fn fetch(&self, scopes: &[String]) -> Result<Fetched, AuthError> {
        let config = &*self.config;
        let cx = Context {
            http: &self.http,
            audience: &config.audience,
            subject_token_type: &config.subject_token_type,
            impersonated_email: self.service_account_email(),
            env: &self.env,
        };
        let subject_token = config.source.subject_token(&cx).await.map_err(|e| {
            AuthError::with_source(
                format!("could not get the subject token of {}", config.origin),
                e,
            )
        })?;
        // The STS token only has to reach IAM Credentials when a service account follows.
        let cloud_platform = [CLOUD_PLATFORM.to_owned()];
        let exchange_scopes = match config.impersonation {
            Some(_) => &cloud_platform[..],
            None => scopes,
        };
        let exchange = Exchange {
            audience: &config.audience,
            subject_token: &subject_token,
            subject_token_type: &config.subject_token_type,
            scopes: exchange_scopes,
            user_project: config.workforce_user_project.as_deref(),
            client: config.client.as_ref(),
        };
        let endpoint = format!(
            "the security token service `{}` (audience {})",
            config.token_url, config.audience
        );
        let federated = sts::exchange(&self.http, &endpoint, &config.token_url, &exchange).await?;
        match &config.impersonation {
            None => Ok(federated),
            Some(impersonation) => {
                impersonation
                    .generate(&self.http, &federated.token, scopes)
                    .await
            }
        }
    }
}

/// Whether `audience` names a workforce pool (users) rather than a workload pool.
fn is_workforce_pool(audience: &str) -> bool {
    audience
        .strip_prefix("//iam.googleapis.com/locations/")
        .and_then(|rest| rest.split_once('/'))
        .is_some_and(|(location, rest)| !location.is_empty() && rest.starts_with("workforcePools/"))
}

/// The scopes a token is asked for: those of the request, or `cloud-platform`.
fn requested(scopes: Scopes<'_>) -> Vec<String> {
    let requested = scopes.requested();
    if requested.is_empty() {
        vec![CLOUD_PLATFORM.to_owned()]
    } else {
        requested
    }
}

impl TokenProvider for ExternalAccount {
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
            let scopes = requested(scopes);
            let token = self.cache.get(&scopes, || self.fetch(&scopes)).await?;
            Ok(Credential::Bearer(token))
        }
        .boxed()
    }

    fn invalidate(&self, scopes: Scopes<'_>, rejected: &Credential) -> bool {
        self.cache.invalidate_rejected(&requested(scopes), rejected)
    }

    fn quota_project(&self) -> Option<&str> {
        self.config.quota_project.as_deref()
    }
}

impl fmt::Debug for ExternalAccount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let config = &*self.config;
        f.debug_struct("ExternalAccount")
            .field("audience", &config.audience)
            .field("subject_token_type", &config.subject_token_type)
            .field("token_url", &config.token_url)
            .field("source", &config.source)
            .field(
                "impersonation_url",
                &config.impersonation.as_ref().map(Impersonation::url),
            )
            .field("client_id", &config.client.as_ref().map(|c| &c.id))
            .field(
                "workforce_pool_user_project",
                &config.workforce_user_project,
            )
            .field("cache", &self.cache)
            .finish()
    }
}

#[cfg(test)]
mod tests;
