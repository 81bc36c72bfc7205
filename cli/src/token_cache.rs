//! Access tokens kept between runs, so that ten commands in a row ask the token endpoint once.
//!
//! The file is `tokens.json` in `gapi`'s folder (see [`crate::profiles`]), mode 0600, replaced
//! whole on each change. An entry's key is a SHA-256 of who the credentials are (the credential
//! file's contents and type, the subject) and, separately, of the scopes asked for; it holds the
//! access token and when it expires. A token is used until five minutes before its expiry; a token
//! the API refuses is removed. `--no-token-cache` neither reads nor writes the file.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures_util::future::{BoxFuture, FutureExt};
use google_api_runtime::auth::{AuthError, Credential, Scopes, Secret, TokenProvider};
use serde_json::{json, Map, Value};

use crate::credentials::{hex, sha256};

/// A cached token is not used in its last minutes (a command may run for a while).
const EARLY: Duration = Duration::from_secs(5 * 60);

/// The cache file.
pub fn file() -> Option<PathBuf> {
    crate::profiles::config_dir()
        .ok()
        .map(|d| d.join("tokens.json"))
}

/// The key prefix of an identity.
pub fn identity_key(identity: &str) -> String {
    hex(&sha256(identity.as_bytes()))[..32].to_owned()
}

/// `inner`, with its tokens kept in `file` under `identity`.
pub fn wrap(
    inner: Arc<dyn TokenProvider>,
    identity: &str,
    file: PathBuf,
) -> Arc<dyn TokenProvider> {
    Arc::new(DiskCached {
        inner,
        identity: identity_key(identity),
        file,
    })
}

struct DiskCached {
    inner: Arc<dyn TokenProvider>,
    identity: String,
    file: PathBuf,
}

impl std::fmt::Debug for DiskCached {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiskCached")
            .field("inner", &self.inner)
            .finish_non_exhaustive()
    }
}

impl DiskCached {
    fn key(&self, scopes: Scopes<'_>) -> String {
        let scopes = scopes.requested().join(" ");
        format!(
            "{}:{}",
            self.identity,
            &hex(&sha256(scopes.as_bytes()))[..32]
        )
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The entries of the cache file (empty when it is missing or unreadable: a cache is no
/// authority).
fn load(file: &Path) -> Map<String, Value> {
    std::fs::read(file)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Value>(&bytes).ok())
        .and_then(|v| v.get("tokens").and_then(Value::as_object).cloned())
        .unwrap_or_default()
}

/// Writes the entries back, without those that have expired.
fn save(file: &Path, mut tokens: Map<String, Value>) {
    let now = unix_now();
    tokens.retain(|_, entry| {
        entry
            .get("expires_at")
            .and_then(Value::as_u64)
            .is_some_and(|at| at > now)
    });
    let text = json!({ "version": 1, "tokens": tokens }).to_string();
    if let Err(e) = crate::profiles::write_private(file, text.as_bytes()) {
        // Not fatal: the command goes on without the cache.
        eprintln!(
            "gapi: warning: cannot write the token cache {}: {e}",
            file.display()
        );
    }
}

/// Removes every entry of `identity` (after a logout).
pub fn forget(identity: &str) {
    let Some(file) = file() else { return };
    let prefix = format!("{}:", identity_key(identity));
    let mut tokens = load(&file);
    let before = tokens.len();
    tokens.retain(|key, _| !key.starts_with(&prefix));
    if tokens.len() != before {
        save(&file, tokens);
    }
}

impl TokenProvider for DiskCached {
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
            let key = self.key(scopes);
            let now = unix_now();
            let cached = load(&self.file).get(&key).and_then(|entry| {
                let at = entry.get("expires_at")?.as_u64()?;
                let token = entry.get("access_token")?.as_str()?;
                (at > now + EARLY.as_secs()).then(|| Secret::new(token))
            });
            if let Some(token) = cached {
                return Ok(Credential::Bearer(token));
            }
            let credential = self.inner.credential_for(scopes).await?;
            if let (Credential::Bearer(token), Some(at)) =
                (&credential, self.inner.expires_at(scopes))
            {
                let at = at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
                let mut tokens = load(&self.file);
                tokens.insert(
                    key,
                    json!({ "access_token": token.expose(), "expires_at": at }),
                );
                save(&self.file, tokens);
            }
            Ok(credential)
        }
        .boxed()
    }

    fn invalidate(&self, scopes: Scopes<'_>, rejected: &Credential) -> bool {
        let mut tokens = load(&self.file);
        if tokens.remove(&self.key(scopes)).is_some() {
            save(&self.file, tokens);
        }
        self.inner.invalidate(scopes, rejected)
    }

    fn quota_project(&self) -> Option<&str> {
        self.inner.quota_project()
    }

    fn expires_at(&self, scopes: Scopes<'_>) -> Option<SystemTime> {
        self.inner.expires_at(scopes)
    }
}
