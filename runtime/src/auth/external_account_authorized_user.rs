//! [`ExternalAccountAuthorizedUser`]: a workforce identity federation user's refresh token.

use std::fmt;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use futures_util::future::{BoxFuture, FutureExt};

use super::cache::{Fetched, TokenCache};
use super::file::KeyFile;
use super::oauth::default_http_client;
use super::sts::{self, ClientAuth};
use super::{AuthError, Credential, Scopes, Secret, TokenProvider};
use crate::transport::HttpClient;

/// The `type` of the files this provider reads.
pub(crate) const FILE_TYPE: &str = "external_account_authorized_user";

/// A token provider for a user of a workforce identity pool who signed in once: the file that
/// `gcloud auth application-default login` writes for such a user
/// (`"type": "external_account_authorized_user"`).
///
/// It trades the refresh token at the file's `token_url` (Google's Security Token Service),
/// authenticating with the OAuth client (`client_id`, `client_secret`, HTTP Basic), caches the
/// token and replaces it shortly before it expires. When the service hands out a new refresh
/// token, the next refresh uses it (the file itself is not rewritten). The tokens carry the
/// scopes the user granted, so one token serves every call. `token_info_url` and `revoke_url`
/// are read but not used.
///
/// Clones share the cache. `Debug` shows the client ID, the audience and the token URL, never
/// the client secret, the refresh token or an access token.
#[derive(Clone)]
pub struct ExternalAccountAuthorizedUser {
    inner: Arc<Inner>,
    http: HttpClient,
}

struct Inner {
    audience: Option<String>,
    client: ClientAuth,
    refresh_token: Mutex<Secret>,
    token_url: String,
    #[allow(dead_code)]
    token_info_url: Option<String>,
    #[allow(dead_code)]
    revoke_url: Option<String>,
    quota_project: Option<String>,
    cache: TokenCache,
}

impl ExternalAccountAuthorizedUser {
    /// Reads a file of `"type": "external_account_authorized_user"`.
    ///
    /// Errors name the file and the field at fault, never a secret.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self, AuthError> {
        let file = KeyFile::read(path.as_ref(), "external account authorized user file")?;
        Self::from_key_file(&file)
    }

    /// Parses the contents of such a file.
    pub fn from_json(json: impl AsRef<[u8]>) -> Result<Self, AuthError> {
        let file = KeyFile::parse(
            json.as_ref(),
            "the external account authorized user credentials".to_owned(),
        )?;
        Self::from_key_file(&file)
    }

    pub(crate) fn from_key_file(file: &KeyFile) -> Result<Self, AuthError> {
        file.expect_kind(FILE_TYPE)?;
        let client = ClientAuth {
            id: file.required("client_id")?.to_owned(),
            secret: Some(Secret::new(file.required("client_secret")?)),
        };
        Ok(ExternalAccountAuthorizedUser {
            inner: Arc::new(Inner {
                audience: file.optional("audience")?.map(str::to_owned),
                client,
                refresh_token: Mutex::new(Secret::new(file.required("refresh_token")?)),
                token_url: file.required("token_url")?.to_owned(),
                token_info_url: file.optional("token_info_url")?.map(str::to_owned),
                revoke_url: file.optional("revoke_url")?.map(str::to_owned),
                quota_project: file.optional("quota_project_id")?.map(str::to_owned),
                cache: TokenCache::default(),
            }),
            http: default_http_client(),
        })
    }

    /// Sends token requests through `client` instead of a client of its own.
    pub fn http_client(mut self, client: HttpClient) -> Self {
        self.http = client;
        self
    }

    async fn fetch(&self) -> Result<Fetched, AuthError> {
        let inner = &*self.inner;
        let endpoint = format!(
            "the security token service `{}` (refresh token of client {})",
            inner.token_url, inner.client.id
        );
        let refresh_token = inner
            .refresh_token
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let refreshed = sts::refresh(
            &self.http,
            &endpoint,
            &inner.token_url,
            &refresh_token,
            &inner.client,
        )
        .await?;
        if let Some(rotated) = &refreshed.refresh_token {
            *inner
                .refresh_token
                .lock()
                .unwrap_or_else(PoisonError::into_inner) = rotated.clone();
        }
        Ok(refreshed.fetched)
    }
}

impl TokenProvider for ExternalAccountAuthorizedUser {
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
            let token = self.inner.cache.get(&[], || self.fetch()).await?;
            Ok(Credential::Bearer(token))
        }
        .boxed()
    }

    fn invalidate(&self, _scopes: Scopes<'_>, rejected: &Credential) -> bool {
        self.inner.cache.invalidate_rejected(&[], rejected)
    }

    fn quota_project(&self) -> Option<&str> {
        self.inner.quota_project.as_deref()
    }
}

impl fmt::Debug for ExternalAccountAuthorizedUser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.inner;
        f.debug_struct("ExternalAccountAuthorizedUser")
            .field("client_id", &inner.client.id)
            .field("audience", &inner.audience)
            .field("token_url", &inner.token_url)
            .field("cache", &inner.cache)
            .finish()
    }
}
