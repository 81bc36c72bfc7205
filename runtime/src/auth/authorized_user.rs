//! [`AuthorizedUser`]: tokens for a user, from an OAuth 2.0 refresh token.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use futures_util::future::{BoxFuture, FutureExt};

use super::cache::{Fetched, TokenCache};
use super::file::KeyFile;
use super::oauth::{default_http_client, post_form, GOOGLE_TOKEN_URI};
use super::{AuthError, Credential, Scopes, Secret, TokenProvider};
use crate::transport::HttpClient;

/// A token provider for a user who granted an OAuth client access once, and whose refresh token
/// is kept: the file `gcloud auth application-default login` writes, or a refresh token an
/// application stored itself.
///
/// It trades the refresh token for an access token at Google's token endpoint (OAuth 2.0 refresh
/// token grant), caches it and replaces it shortly before it expires. The tokens carry the scopes
/// the user granted, whatever the method asks for, so one token serves every call.
///
/// Clones share the cache. The `Debug` output shows the OAuth client ID and the token endpoint,
/// never the client secret, the refresh token or an access token.
#[derive(Clone)]
pub struct AuthorizedUser {
    client_id: String,
    client_secret: Secret,
    refresh_token: Secret,
    token_uri: String,
    quota_project: Option<String>,
    /// The file's `universe_domain`, `googleapis.com` when it has none.
    universe_domain: String,
    http: HttpClient,
    cache: Arc<TokenCache>,
}

impl AuthorizedUser {
    /// A provider for the refresh token `refresh_token` issued to the OAuth client `client_id`.
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
        refresh_token: impl Into<Secret>,
    ) -> Self {
        AuthorizedUser {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            refresh_token: refresh_token.into(),
            token_uri: GOOGLE_TOKEN_URI.to_owned(),
            quota_project: None,
            universe_domain: super::DEFAULT_UNIVERSE_DOMAIN.to_owned(),
            http: default_http_client(),
            cache: Arc::default(),
        }
    }

    /// Reads an authorized-user file (JSON, `"type": "authorized_user"`, with `client_id`,
    /// `client_secret` and `refresh_token`), such as gcloud's
    /// `application_default_credentials.json`.
    ///
    /// Errors name the file and what is wrong with it, never a secret.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self, AuthError> {
        let file = KeyFile::read(path.as_ref(), "authorized user file")?;
        Self::from_key_file(&file)
    }

    /// Parses the contents of an authorized-user file.
    pub fn from_json(json: impl AsRef<[u8]>) -> Result<Self, AuthError> {
        let file = KeyFile::parse(json.as_ref(), "the authorized user credentials".to_owned())?;
        Self::from_key_file(&file)
    }

    pub(crate) fn from_key_file(file: &KeyFile) -> Result<Self, AuthError> {
        file.expect_kind("authorized_user")?;
        let mut user = AuthorizedUser::new(
            file.required("client_id")?,
            file.required("client_secret")?,
            file.required("refresh_token")?,
        );
        if let Some(uri) = file.optional("token_uri")? {
            user.token_uri = uri.to_owned();
        }
        user.quota_project = file.optional("quota_project_id")?.map(str::to_owned);
        user.universe_domain = file.universe_domain()?;
        Ok(user)
    }

    /// Sends token requests to `uri` instead of Google's token endpoint (for example a local test
    /// server). The result has a cache of its own.
    pub fn token_uri(mut self, uri: impl Into<String>) -> Self {
        self.token_uri = uri.into();
        self.cache = Arc::default();
        self
    }

    /// Sends token requests through `client` instead of a client of its own.
    pub fn http_client(mut self, client: HttpClient) -> Self {
        self.http = client;
        self
    }

    /// The OAuth client ID the refresh token was issued to.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// Where token requests go.
    pub fn token_endpoint(&self) -> &str {
        &self.token_uri
    }

    async fn fetch(&self) -> Result<Fetched, AuthError> {
        let endpoint = format!(
            "the token endpoint `{}` (refresh token of client {})",
            self.token_uri, self.client_id
        );
        let form = [
            ("grant_type", "refresh_token"),
            ("client_id", self.client_id.as_str()),
            ("client_secret", self.client_secret.expose()),
            ("refresh_token", self.refresh_token.expose()),
        ];
        post_form(&self.http, &endpoint, &self.token_uri, &form).await
    }
}

impl TokenProvider for AuthorizedUser {
    fn credential<'a>(
        &'a self,
        scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        self.credential_for(Scopes::new(scopes))
    }

    fn credential_for<'a>(
        &'a self,
        _scopes: Scopes<'a>,
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        async move {
            let token = self.cache.get(&[], || self.fetch()).await?;
            Ok(Credential::Bearer(token))
        }
        .boxed()
    }

    fn quota_project(&self) -> Option<&str> {
        self.quota_project.as_deref()
    }

    fn expires_at(&self, _scopes: Scopes<'_>) -> Option<std::time::SystemTime> {
        self.cache.expires_at(&[])
    }

    fn universe_domain(&self) -> BoxFuture<'_, Result<Option<String>, AuthError>> {
        super::known_universe(&self.universe_domain)
    }

    fn invalidate(&self, _scopes: Scopes<'_>, rejected: &Credential) -> bool {
        self.cache.invalidate_rejected(&[], rejected)
    }
}

impl fmt::Debug for AuthorizedUser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthorizedUser")
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("refresh_token", &self.refresh_token)
            .field("token_uri", &self.token_uri)
            .field("cache", &self.cache)
            .finish()
    }
}
