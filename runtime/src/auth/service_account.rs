//! [`ServiceAccount`]: tokens for a service account, from its JSON key file, optionally acting as a
//! user of a Google Workspace domain (domain-wide delegation).

use std::fmt;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use futures_util::future::{BoxFuture, FutureExt};
use ring::rand::SystemRandom;
use ring::signature::{RsaKeyPair, RSA_PKCS1_SHA256};
use rustls_pki_types::pem::{self, PemObject};
use rustls_pki_types::PrivateKeyDer;

use super::cache::{Fetched, TokenCache};
use super::file::KeyFile;
use super::oauth::{default_http_client, post_form, GOOGLE_TOKEN_URI, JWT_BEARER};
use super::{AuthError, Credential, Scopes, Secret, TokenProvider};
use crate::transport::{HttpClient, Url};

/// How long a signed assertion is valid; Google accepts at most an hour.
const ASSERTION_LIFETIME_SECS: u64 = 3600;

/// A token provider for a service account, built from the JSON key file that the Cloud console or
/// `gcloud iam service-accounts keys create` hands out.
///
/// For each set of scopes it signs a JWT with the account's private key (RS256), sends it to the
/// key file's `token_uri` (OAuth 2.0 JWT bearer grant), caches the access token it gets back and
/// replaces it shortly before it expires. It requests the scopes that [`Scopes::requested`]
/// names: those chosen on the call or the client, or else the first scope of the method.
///
/// With [`subject`](Self::subject), the tokens act as a user of a Google Workspace domain whose
/// administrator allowed the service account's client ID to use those scopes (domain-wide
/// delegation): the way administrators call the Gmail settings or Directory APIs on behalf of
/// their users.
///
/// Clones share the cache. The `Debug` output shows the account's e-mail address, the subject and
/// the token endpoint, never the private key or a token.
///
/// ```no_run
/// # fn main() -> Result<(), google_api_runtime::auth::AuthError> {
/// use google_api_runtime::auth::ServiceAccount;
///
/// let admin_tool = ServiceAccount::from_file("key.json")?;
/// let as_alice = admin_tool.clone().subject("alice@example.com");
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct ServiceAccount {
    key: Arc<Key>,
    subject: Option<String>,
    /// `Some`: chosen with [`ServiceAccount::self_signed_jwt`]; `None`: by the key's universe.
    self_signed: Option<bool>,
    token_uri: String,
    http: HttpClient,
    cache: Arc<TokenCache>,
}

/// The parts of a key file that tokens are made from.
struct Key {
    client_email: String,
    private_key_id: Option<String>,
    project_id: Option<String>,
    quota_project_id: Option<String>,
    /// The file's `universe_domain`, `googleapis.com` when it has none.
    universe_domain: String,
    token_uri: String,
    /// The key file's `universe_domain`, when it names one other than `googleapis.com`.
    other_universe: Option<String>,
    signer: RsaKeyPair,
}

/// Google's default universe, whose token endpoint trades JWTs for tokens.
const DEFAULT_UNIVERSE: &str = "googleapis.com";

impl ServiceAccount {
    /// Reads a service account key file (JSON, `"type": "service_account"`).
    ///
    /// Errors name the file and what is wrong with it (unreadable, not JSON, a missing field, a
    /// private key that is not a PEM-encoded RSA key), never the key itself.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self, AuthError> {
        let file = KeyFile::read(path.as_ref(), "service account key file")?;
        Self::from_key_file(&file)
    }

    /// Parses the contents of a service account key file, for keys kept elsewhere than in a file
    /// (a secret manager, an environment variable).
    pub fn from_json(json: impl AsRef<[u8]>) -> Result<Self, AuthError> {
        let file = KeyFile::parse(json.as_ref(), "the service account key".to_owned())?;
        Self::from_key_file(&file)
    }

    pub(crate) fn from_key_file(file: &KeyFile) -> Result<Self, AuthError> {
        file.expect_kind("service_account")?;
        let client_email = file.required("client_email")?.to_owned();
        let pem = file.required("private_key")?;
        let signer = parse_private_key(pem).map_err(|reason| {
            AuthError::new(format!(
                "the `private_key` of {} is not usable: {reason}",
                file.origin()
            ))
        })?;
        let token_uri = file.optional("token_uri")?.unwrap_or(GOOGLE_TOKEN_URI);
        if Url::parse(token_uri).is_err() {
            return Err(AuthError::new(format!(
                "the `token_uri` of {} is not a URL",
                file.origin()
            )));
        }
        let key = Key {
            client_email,
            private_key_id: file.optional("private_key_id")?.map(str::to_owned),
            project_id: file.optional("project_id")?.map(str::to_owned),
            quota_project_id: file.optional("quota_project_id")?.map(str::to_owned),
            universe_domain: file.universe_domain()?,
            token_uri: token_uri.to_owned(),
            other_universe: file
                .optional("universe_domain")?
                .filter(|universe| *universe != DEFAULT_UNIVERSE)
                .map(str::to_owned),
            signer,
        };
        Ok(ServiceAccount {
            token_uri: key.token_uri.clone(),
            key: Arc::new(key),
            subject: None,
            self_signed: None,
            http: default_http_client(),
            cache: Arc::default(),
        })
    }

    /// Acts as the user `email` of a Google Workspace domain (the JWT's `sub` claim), which needs
    /// domain-wide delegation for the service account's client ID and the requested scopes.
    ///
    /// The result has a cache of its own; the key is shared with `self`, so making one provider
    /// per user is cheap.
    pub fn subject(mut self, email: impl Into<String>) -> Self {
        self.subject = Some(email.into());
        self.cache = Arc::default();
        self
    }

    /// Sends a self-signed JWT to the API itself instead of trading a JWT for an access token at
    /// the token endpoint (`on`), or always trades (`!on`).
    ///
    /// The JWT carries the requested scopes in a `scope` claim (`iss` and `sub` the account,
    /// `iat`, `exp` an hour later; header `kid` the key's ID), as Go's `EnableJwtWithScope` and
    /// google-auth's `always_use_jwt_access` make it: no round trip to the token endpoint, and
    /// no dependence on it. Unless chosen, JWTs are self-signed only for a key whose
    /// `universe_domain` is not `googleapis.com` (a universe without Google's token endpoint).
    /// With a [`subject`](Self::subject) the token endpoint is always used: only it grants
    /// domain-wide delegation. The result has a cache of its own.
    pub fn self_signed_jwt(mut self, on: bool) -> Self {
        self.self_signed = Some(on);
        self.cache = Arc::default();
        self
    }

    /// Sends token requests to `uri` instead of the key file's `token_uri` (for example a local
    /// test server). The result has a cache of its own.
    pub fn token_uri(mut self, uri: impl Into<String>) -> Self {
        self.token_uri = uri.into();
        self.cache = Arc::default();
        self
    }

    /// Sends token requests through `client` (for proxies or custom TLS roots) instead of a
    /// client of its own.
    pub fn http_client(mut self, client: HttpClient) -> Self {
        self.http = client;
        self
    }

    /// The service account's e-mail address (the JWT's issuer).
    pub fn client_email(&self) -> &str {
        &self.key.client_email
    }

    /// The user the tokens act as, if any (see [`subject`](Self::subject)).
    pub fn impersonated_user(&self) -> Option<&str> {
        self.subject.as_deref()
    }

    /// The Cloud project the key file names, if any.
    pub fn project_id(&self) -> Option<&str> {
        self.key.project_id.as_deref()
    }

    /// Where token requests go: the key file's `token_uri` unless replaced.
    pub fn token_endpoint(&self) -> &str {
        &self.token_uri
    }

    /// Whether tokens are self-signed JWTs rather than traded at the token endpoint.
    fn self_signs(&self) -> bool {
        self.subject.is_none()
            && self
                .self_signed
                .unwrap_or(self.key.other_universe.is_some())
    }

    /// The claims of the JWT for `scopes`, issued at `now` (seconds since the Unix epoch): the
    /// assertion of the JWT bearer grant, or the self-signed token itself.
    fn claims(&self, scopes: &[String], now: u64) -> serde_json::Value {
        let mut claims = serde_json::json!({
            "iss": self.key.client_email,
            "scope": scopes.join(" "),
            "iat": now,
            "exp": now + ASSERTION_LIFETIME_SECS,
        });
        if self.self_signs() {
            claims["sub"] = self.key.client_email.as_str().into();
        } else {
            claims["aud"] = self.token_uri.as_str().into();
            if let Some(subject) = &self.subject {
                claims["sub"] = subject.as_str().into();
            }
        }
        claims
    }

    /// `claims` signed with the account's key (RS256; the header names the key's ID).
    fn sign(&self, claims: &serde_json::Value) -> Result<String, AuthError> {
        let mut header = serde_json::json!({ "alg": "RS256", "typ": "JWT" });
        if let Some(kid) = &self.key.private_key_id {
            header["kid"] = kid.as_str().into();
        }
        let mut jwt = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let mut signature = vec![0; self.key.signer.public().modulus_len()];
        self.key
            .signer
            .sign(
                &RSA_PKCS1_SHA256,
                &SystemRandom::new(),
                jwt.as_bytes(),
                &mut signature,
            )
            .map_err(|_| AuthError::new("could not sign the service account's JWT"))?;
        jwt.push('.');
        jwt.push_str(&URL_SAFE_NO_PAD.encode(signature));
        Ok(jwt)
    }

    async fn fetch(&self, scopes: &[String]) -> Result<Fetched, AuthError> {
        if let (Some(universe), Some(subject)) = (&self.key.other_universe, &self.subject) {
            return Err(AuthError::new(format!(
                "{} cannot act as {subject}: domain-wide delegation is only available in the \
                 googleapis.com universe, not in `{universe}`",
                self.key.client_email
            )));
        }
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_err(|_| AuthError::new("the system clock is set before 1970"))?
            .as_secs();
        let jwt = self.sign(&self.claims(scopes, now))?;
        if self.self_signs() {
            return Ok(Fetched {
                token: Secret::new(jwt),
                expires_in: Some(Duration::from_secs(ASSERTION_LIFETIME_SECS)),
            });
        }
        let endpoint = match &self.subject {
            Some(subject) => format!(
                "the token endpoint `{}` (for {} acting as {subject})",
                self.token_uri, self.key.client_email
            ),
            None => format!(
                "the token endpoint `{}` (for {})",
                self.token_uri, self.key.client_email
            ),
        };
        let form = [("grant_type", JWT_BEARER), ("assertion", jwt.as_str())];
        post_form(&self.http, &endpoint, &self.token_uri, &form).await
    }
}

/// Reads a PEM-encoded RSA private key (PKCS #8, as in Google's key files, or PKCS #1). The reason
/// of a failure never quotes the key.
fn parse_private_key(pem: &str) -> Result<RsaKeyPair, String> {
    // Keys pasted through a shell or an environment variable sometimes keep `\n` literally.
    let pem = if !pem.contains('\n') && pem.contains("\\n") {
        pem.replace("\\n", "\n")
    } else {
        pem.to_owned()
    };
    let der = PrivateKeyDer::from_pem_slice(pem.as_bytes()).map_err(|e| match e {
        pem::Error::NoItemsFound => "no `-----BEGIN PRIVATE KEY-----` section found".to_owned(),
        pem::Error::MissingSectionEnd { .. } => "the PEM section has no END line".to_owned(),
        pem::Error::Base64Decode(_) => "the PEM section is not valid base64".to_owned(),
        _ => "it is not valid PEM".to_owned(),
    })?;
    let parsed = match &der {
        PrivateKeyDer::Pkcs8(key) => RsaKeyPair::from_pkcs8(key.secret_pkcs8_der()),
        PrivateKeyDer::Pkcs1(key) => RsaKeyPair::from_der(key.secret_pkcs1_der()),
        _ => return Err("it is not an RSA key".to_owned()),
    };
    parsed.map_err(|e| format!("it is not an RSA private key of 2048 bits or more ({e})"))
}

impl TokenProvider for ServiceAccount {
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

    fn quota_project(&self) -> Option<&str> {
        self.key.quota_project_id.as_deref()
    }

    fn expires_at(&self, scopes: Scopes<'_>) -> Option<std::time::SystemTime> {
        self.cache.expires_at(&scopes.requested())
    }

    fn universe_domain(&self) -> BoxFuture<'_, Result<Option<String>, AuthError>> {
        super::known_universe(&self.key.universe_domain)
    }

    fn invalidate(&self, scopes: Scopes<'_>, rejected: &Credential) -> bool {
        self.cache
            .invalidate_rejected(&scopes.requested(), rejected)
    }
}

impl fmt::Debug for ServiceAccount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceAccount")
            .field("client_email", &self.key.client_email)
            .field("subject", &self.subject)
            .field("self_signed_jwt", &self.self_signs())
            .field("token_uri", &self.token_uri)
            .field("private_key", &format_args!("<redacted>"))
            .field("cache", &self.cache)
            .finish()
    }
}
