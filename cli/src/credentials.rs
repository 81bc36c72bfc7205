//! Which credentials a command sends, in one documented order:
//!
//! 1. what the command line gives: `--access-token` (or `GOOGLE_OAUTH_ACCESS_TOKEN`), `--api-key`,
//!    `--credentials FILE`;
//! 2. a profile stored by `gapi auth login`: the one `--profile` or `GAPI_PROFILE` names, else
//!    `default` when it exists;
//! 3. application default credentials: `GOOGLE_APPLICATION_CREDENTIALS`, gcloud's
//!    `application_default_credentials.json`, then the metadata server.
//!
//! Each source is described ([`Chosen::identity`]) for `--dry-run` and `gapi auth status`, and
//! every error names where the credentials came from (the flag, the variable, the file) and what to
//! do about it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures_util::future::{BoxFuture, FutureExt};
use google_api_runtime::auth::{
    ApiKey, ApplicationDefaultCredentials, AuthError, AuthorizedUser, Credential,
    ImpersonatedServiceAccount, MetadataServer, Scopes, ServiceAccount, StaticToken, TokenProvider,
};
use google_api_runtime::transport::HttpClient;

use crate::failure::Failure;
use crate::globals::Options;
use crate::profiles;

/// What to do when no credentials are found: said by every such error.
pub const HOW_TO_LOG_IN: &str =
    "run `gapi auth login`, give --credentials FILE (a service account key or an \
     authorized user file), or run `gcloud auth application-default login`";

/// The credentials a command will send.
pub struct Chosen {
    /// `None`: send nothing (a dry run without credentials).
    pub provider: Option<Arc<dyn TokenProvider>>,
    /// Who the credentials are and where they came from, without a secret.
    pub identity: String,
    /// What tells these credentials apart from others in the token cache (hashed before use);
    /// `None` for credentials that are not worth caching (a token or key given as it is).
    pub cache_identity: Option<String>,
    /// The domain the credentials belong to (`googleapis.com` unless the file names another).
    pub universe: String,
}

/// Google's universe, where credentials belong unless they say otherwise.
const GOOGLE_UNIVERSE: &str = "googleapis.com";

/// The credentials `options` ask for (see the module's documentation for the order).
pub fn choose(options: &Options, http: &HttpClient) -> Result<Chosen, Failure> {
    if options.credentials.is_some()
        && (options.access_token.is_some() || options.api_key.is_some())
    {
        return Err(Failure::usage(
            "--credentials cannot be combined with --access-token or --api-key",
        ));
    }
    if options.access_token.is_some() && options.api_key.is_some() {
        return Err(Failure::usage(
            "--access-token and --api-key cannot be combined",
        ));
    }
    if let Some(chain) = &options.impersonate_service_account {
        return impersonated(options, chain, http);
    }
    if options.subject.is_some() && (options.access_token.is_some() || options.api_key.is_some()) {
        return Err(Failure::usage(
            "--subject needs a service account key (--credentials FILE or GOOGLE_APPLICATION_CREDENTIALS) or --impersonate-service-account, not --access-token or --api-key",
        ));
    }
    if let Some(token) = &options.access_token {
        return Ok(Chosen {
            provider: Some(Arc::new(StaticToken::new(token.clone()))),
            identity:
                "an access token given as it is (--access-token or GOOGLE_OAUTH_ACCESS_TOKEN)"
                    .to_owned(),
            cache_identity: None,
            universe: GOOGLE_UNIVERSE.to_owned(),
        });
    }
    if let Some(key) = &options.api_key {
        return Ok(Chosen {
            provider: Some(Arc::new(ApiKey::new(key.clone()))),
            identity: "an API key (--api-key)".to_owned(),
            cache_identity: None,
            universe: GOOGLE_UNIVERSE.to_owned(),
        });
    }
    if let Some(file) = &options.credentials {
        return from_file(
            Path::new(file),
            &format!("--credentials {file}"),
            options.subject.as_deref(),
            http,
        );
    }
    if let Some(profile) = profiles::selected(options.profile.as_deref())? {
        if options.subject.is_some() {
            return Err(Failure::usage(format!(
                "--subject needs a service account key, and the profile `{}` holds a user's login; \
                 give --credentials KEY.json",
                profile.name
            )));
        }
        let loaded = from_file(
            &profile.path,
            &format!("the profile `{}`", profile.name),
            None,
            http,
        )?;
        return Ok(Chosen {
            identity: format!(
                "{} (profile `{}`, {})",
                profile.account.as_deref().unwrap_or("a user's login"),
                profile.name,
                profile.path.display()
            ),
            ..loaded
        });
    }
    application_default(options.subject.as_deref(), http)
}

/// `--impersonate-service-account A,B,TARGET`: the credentials the other options name act as
/// TARGET through the IAM Credentials API, by way of the chain A, B, as gcloud reads the flag;
/// with `--subject`, as a Workspace user (keyless domain-wide delegation). gcloud's endpoint
/// overrides are honoured: `CLOUDSDK_API_ENDPOINT_OVERRIDES_IAMCREDENTIALS` and
/// `CLOUDSDK_AUTH_TOKEN_HOST`.
fn impersonated(options: &Options, chain: &str, http: &HttpClient) -> Result<Chosen, Failure> {
    let mut accounts: Vec<String> = chain
        .split(',')
        .map(|account| account.trim().to_owned())
        .collect();
    if options.api_key.is_some() {
        return Err(Failure::usage(
            "--impersonate-service-account cannot be combined with --api-key",
        ));
    }
    if accounts.iter().any(String::is_empty) {
        return Err(Failure::usage(format!(
            "--impersonate-service-account `{chain}`: expected service account e-mail addresses, comma-separated"
        )));
    }
    let target = accounts.pop().unwrap_or_default();
    let source_options = Options {
        impersonate_service_account: None,
        subject: None,
        ..options.clone()
    };
    let source = choose(&source_options, http)?;
    let Some(provider) = source.provider else {
        return Ok(source);
    };
    let mut account = ImpersonatedServiceAccount::new(provider, target.clone())
        .delegates(accounts)
        .http_client(http.clone());
    let overridden = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    if let Some(root) = overridden("CLOUDSDK_API_ENDPOINT_OVERRIDES_IAMCREDENTIALS") {
        account = account.iam_endpoint(root);
    }
    if let Some(uri) = overridden("CLOUDSDK_AUTH_TOKEN_HOST") {
        account = account.token_uri(uri);
    }
    let mut identity = format!(
        "service account {target}, impersonated by {}",
        source.identity
    );
    if let Some(subject) = &options.subject {
        account = account.subject(subject.clone());
        identity.push_str(&format!(", acting as {subject}"));
    }
    Ok(Chosen {
        provider: Some(Arc::new(account)),
        identity,
        cache_identity: source.cache_identity.map(|id| {
            format!(
                "{id}\nimpersonating\n{chain}\n{}",
                options.subject.as_deref().unwrap_or("")
            )
        }),
        universe: source.universe,
    })
}

/// Application default credentials, with errors that say what to do.
fn application_default(subject: Option<&str>, http: &HttpClient) -> Result<Chosen, Failure> {
    if let Some(path) = std::env::var_os("GOOGLE_APPLICATION_CREDENTIALS").filter(|v| !v.is_empty())
    {
        let path = PathBuf::from(path);
        let label = format!("GOOGLE_APPLICATION_CREDENTIALS={}", path.display());
        return from_file(&path, &label, subject, http);
    }
    if let Some(path) = gcloud_file().filter(|p| p.is_file()) {
        let label = format!(
            "gcloud's application default credentials {}",
            path.display()
        );
        return from_file(&path, &label, subject, http);
    }
    if let Some(subject) = subject {
        return Err(Failure::usage(format!(
            "--subject {subject} needs a service account key: give --credentials KEY.json or set \
             GOOGLE_APPLICATION_CREDENTIALS"
        )));
    }
    let server = MetadataServer::new().http_client(http.clone());
    let identity = format!(
        "the metadata server's service account ({}); no credentials file or profile was found",
        server.host_name()
    );
    Ok(Chosen {
        cache_identity: Some(format!("metadata\n{}", server.host_name())),
        universe: GOOGLE_UNIVERSE.to_owned(),
        provider: Some(Arc::new(Explained {
            inner: Arc::new(server),
            explain: |e: &AuthError| {
                format!(
                    "no credentials found: {HOW_TO_LOG_IN} (no profile, GOOGLE_APPLICATION_CREDENTIALS \
                     not set, no gcloud file, and the metadata server could not be used: {})",
                    crate::failure::chain(e)
                )
            },
            when: |_: &AuthError| true,
        })),
        identity,
    })
}

/// gcloud's application default credentials file, where the platform keeps it.
fn gcloud_file() -> Option<PathBuf> {
    let folder = match std::env::var_os("CLOUDSDK_CONFIG").filter(|v| !v.is_empty()) {
        Some(folder) => PathBuf::from(folder),
        None if cfg!(windows) => {
            PathBuf::from(std::env::var_os("APPDATA").filter(|v| !v.is_empty())?).join("gcloud")
        }
        None => PathBuf::from(std::env::var_os("HOME").filter(|v| !v.is_empty())?)
            .join(".config")
            .join("gcloud"),
    };
    Some(folder.join("application_default_credentials.json"))
}

/// The credentials in the file at `path`, which `label` names in errors (the flag or variable
/// that gave it). Nothing is sent: a file that cannot be used is a usage error.
pub fn from_file(
    path: &Path,
    label: &str,
    subject: Option<&str>,
    http: &HttpClient,
) -> Result<Chosen, Failure> {
    let bad = |what: String| Failure::usage(format!("{label}: {what}"));
    let bytes = std::fs::read(path).map_err(|e| bad(format!("cannot read the file: {e}")))?;
    // serde_json's message is not shown: it could quote part of a secret.
    let json: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
        bad(format!(
            "not a JSON credentials file (syntax error at line {}, column {})",
            e.line(),
            e.column()
        ))
    })?;
    let kind = json.get("type").and_then(|t| t.as_str()).unwrap_or("");
    let field = |name: &str| json.get(name).and_then(|v| v.as_str()).unwrap_or("?");
    let runtime_error = |e: AuthError| bad(crate::failure::chain(&e));
    let cache_identity = Some(file_identity(kind, subject, &bytes));
    let universe = json
        .get("universe_domain")
        .and_then(|u| u.as_str())
        .filter(|u| !u.is_empty())
        .unwrap_or(GOOGLE_UNIVERSE)
        .to_owned();
    match kind {
        "service_account" => {
            let mut account = ServiceAccount::from_file(path)
                .map_err(runtime_error)?
                .http_client(http.clone());
            let email = field("client_email").to_owned();
            let mut identity = format!("service account {email} ({label})");
            if let Some(subject) = subject {
                account = account.subject(subject.to_owned());
                identity.push_str(&format!(", acting as {subject}"));
            }
            let client_id = field("client_id").to_owned();
            let provider: Arc<dyn TokenProvider> = match subject {
                Some(_) => Arc::new(Explained {
                    inner: Arc::new(account),
                    explain: delegation_hint(client_id),
                    when: |e: &AuthError| crate::failure::chain(e).contains("unauthorized_client"),
                }),
                None => Arc::new(account),
            };
            Ok(Chosen {
                provider: Some(provider),
                cache_identity,
                universe,
                identity,
            })
        }
        "authorized_user" => {
            if let Some(subject) = subject {
                return Err(bad(format!(
                    "holds a user's credentials, which cannot act as {subject} (--subject needs a \
                     service account key with domain-wide delegation)"
                )));
            }
            let user = AuthorizedUser::from_file(path)
                .map_err(runtime_error)?
                .http_client(http.clone());
            let who = json
                .get("account")
                .and_then(|v| v.as_str())
                .map(str::to_owned)
                .unwrap_or_else(|| format!("a user of OAuth client {}", user.client_id()));
            Ok(Chosen {
                provider: Some(Arc::new(user)),
                cache_identity,
                universe,
                identity: format!("{who} ({label})"),
            })
        }
        "" => Err(bad(
            "has no `type` field (expected `service_account` or `authorized_user`)".to_owned(),
        )),
        other => {
            // Types the runtime's search knows and this module does not name yet.
            let mut builder = ApplicationDefaultCredentials::builder()
                .credentials_file(Some(path.into()))
                .http_client(http.clone());
            if let Some(subject) = subject {
                builder = builder.subject(subject.to_owned());
            }
            let adc = builder.build().map_err(runtime_error)?;
            Ok(Chosen {
                provider: Some(Arc::new(adc)),
                cache_identity,
                universe,
                identity: format!("credentials of type `{other}` ({label})"),
            })
        }
    }
}

/// Who the credentials of a file are, for the token cache: the file's type and contents (a new
/// key or login is a new identity) and the subject.
pub fn file_identity(kind: &str, subject: Option<&str>, bytes: &[u8]) -> String {
    format!("{kind}\n{}\n{}", subject.unwrap_or(""), hex(&sha256(bytes)))
}

/// The hint for a token endpoint that refuses to let a service account act as a user.
fn delegation_hint(client_id: String) -> impl Fn(&AuthError) -> String + Send + Sync {
    move |e| {
        format!(
            "{}; the domain has not allowed this service account to act as its users for these \
             scopes: in the Admin console, Security > Access and data control > API controls > \
             Manage domain-wide delegation, add client ID {client_id} with the scopes the call \
             uses (`--dry-run` shows them)",
            crate::failure::chain(e)
        )
    }
}

/// A provider whose errors (those `when` picks) are rewritten by `explain` to say what to do.
struct Explained<E, W> {
    inner: Arc<dyn TokenProvider>,
    explain: E,
    when: W,
}

impl<E, W> std::fmt::Debug for Explained<E, W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

impl<E, W> TokenProvider for Explained<E, W>
where
    E: Fn(&AuthError) -> String + Send + Sync,
    W: Fn(&AuthError) -> bool + Send + Sync,
{
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
            match self.inner.credential_for(scopes).await {
                Err(e) if (self.when)(&e) => Err(AuthError::new((self.explain)(&e))),
                other => other,
            }
        }
        .boxed()
    }

    fn invalidate(&self, scopes: Scopes<'_>, rejected: &Credential) -> bool {
        self.inner.invalidate(scopes, rejected)
    }

    fn quota_project(&self) -> Option<&str> {
        self.inner.quota_project()
    }

    fn expires_at(&self, scopes: Scopes<'_>) -> Option<std::time::SystemTime> {
        self.inner.expires_at(scopes)
    }
}

/// SHA-256 of `bytes`.
pub fn sha256(bytes: &[u8]) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, bytes)
        .as_ref()
        .to_vec()
}

/// Lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
