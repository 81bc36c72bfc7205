//! The token cache shared by the providers that mint tokens: one entry per set of scopes, refreshed
//! ahead of expiry, with one refresh at a time per entry.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use futures_util::lock::Mutex as AsyncMutex;

use super::{AuthError, Credential, Secret};

/// How long before its expiry a token is replaced, at most. Tokens whose lifetime is short are
/// replaced after half of it instead.
const REFRESH_AHEAD: Duration = Duration::from_secs(4 * 60);

/// A token as a token endpoint hands it out.
pub(crate) struct Fetched {
    /// The access token.
    pub token: Secret,
    /// How long the token stays valid, from the moment it was asked for; `None` when the endpoint
    /// did not say (the token is then kept until the API refuses it).
    pub expires_in: Option<Duration>,
}

/// Cached tokens, one per set of scopes.
#[derive(Default)]
pub(crate) struct TokenCache {
    slots: Mutex<HashMap<Vec<String>, Arc<Slot>>>,
}

/// The token of one set of scopes.
#[derive(Default)]
struct Slot {
    /// The current token, read without waiting for a refresh in progress.
    current: Mutex<Option<Entry>>,
    /// Held while the token is being refreshed, so that callers arriving meanwhile wait for that
    /// refresh instead of starting their own.
    refreshing: AsyncMutex<()>,
}

#[derive(Clone)]
struct Entry {
    token: Secret,
    /// From then on the token is replaced at the next use.
    refresh_at: Option<Instant>,
    /// From then on the token is no longer sent.
    expires_at: Option<Instant>,
}

impl Entry {
    fn new(fetched: Fetched, asked_at: Instant) -> Self {
        let (refresh_at, expires_at) = match fetched.expires_in {
            Some(lifetime) => {
                let ahead = REFRESH_AHEAD.min(lifetime / 2);
                (
                    asked_at.checked_add(lifetime - ahead),
                    asked_at.checked_add(lifetime),
                )
            }
            None => (None, None),
        };
        Entry {
            token: fetched.token,
            refresh_at,
            expires_at,
        }
    }

    fn is_fresh(&self, now: Instant) -> bool {
        self.refresh_at.map_or(true, |at| now < at)
    }

    fn is_valid(&self, now: Instant) -> bool {
        self.expires_at.map_or(true, |at| now < at)
    }
}

impl Slot {
    fn entry(&self) -> Option<Entry> {
        self.current
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn fresh(&self) -> Option<Secret> {
        self.entry()
            .filter(|entry| entry.is_fresh(Instant::now()))
            .map(|entry| entry.token)
    }

    fn store(&self, entry: Option<Entry>) {
        *self.current.lock().unwrap_or_else(PoisonError::into_inner) = entry;
    }
}

impl TokenCache {
    /// Returns the cached token for `scopes` if it is fresh; otherwise calls `fetch` (one caller at
    /// a time per set of scopes; the others wait and then use its token) and caches the result.
    ///
    /// When a refresh ahead of expiry fails, the previous token is returned while it is still
    /// valid; the next call tries again.
    pub(crate) async fn get<F, Fut>(&self, scopes: &[String], fetch: F) -> Result<Secret, AuthError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Fetched, AuthError>>,
    {
        let slot = self.slot(scopes);
        if let Some(token) = slot.fresh() {
            return Ok(token);
        }
        let _refreshing = slot.refreshing.lock().await;
        // Another caller may have refreshed the token while this one waited.
        if let Some(token) = slot.fresh() {
            return Ok(token);
        }
        let asked_at = Instant::now();
        tracing::debug!(scopes = %scopes.join(" "), "requesting an access token");
        match fetch().await {
            Ok(fetched) => {
                let entry = Entry::new(fetched, asked_at);
                let token = entry.token.clone();
                slot.store(Some(entry));
                Ok(token)
            }
            Err(error) => match slot.entry().filter(|e| e.is_valid(Instant::now())) {
                Some(previous) => {
                    tracing::warn!(%error, "refreshing an access token failed; using the current one until it expires");
                    Ok(previous.token)
                }
                None => Err(error),
            },
        }
    }

    /// What a provider that mints one token per set of scopes answers for `requested`: no
    /// credential for a method without scopes (Google refuses a token request without one),
    /// otherwise the cached or fetched token (see [`get`](Self::get)).
    #[cfg_attr(
        not(any(feature = "service-account", feature = "impersonation")),
        allow(dead_code)
    )]
    pub(crate) async fn bearer<F, Fut>(
        &self,
        requested: &[String],
        fetch: F,
    ) -> Result<Credential, AuthError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Fetched, AuthError>>,
    {
        if requested.is_empty() {
            return Ok(Credential::None);
        }
        self.get(requested, fetch).await.map(Credential::Bearer)
    }

    /// What a caching provider's `TokenProvider::invalidate` does: a refused bearer token is
    /// forgotten (see [`TokenCache::invalidate`]) and the call may be retried; any other credential
    /// came from nowhere a refresh could help.
    pub(crate) fn invalidate_rejected(&self, scopes: &[String], rejected: &Credential) -> bool {
        match rejected {
            Credential::Bearer(token) => {
                self.invalidate(scopes, token);
                true
            }
            _ => false,
        }
    }

    /// Forgets the token of `scopes` if it is `rejected` (a token that was already replaced stays).
    pub(crate) fn invalidate(&self, scopes: &[String], rejected: &Secret) {
        let slot = self
            .slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(scopes)
            .cloned();
        if let Some(slot) = slot {
            let mut current = slot.current.lock().unwrap_or_else(PoisonError::into_inner);
            if current
                .as_ref()
                .is_some_and(|entry| entry.token == *rejected)
            {
                tracing::debug!(scopes = %scopes.join(" "), "the API refused the access token; it will be replaced");
                *current = None;
            }
        }
    }

    /// When the cached token of `scopes` stops being sent, as wall-clock time: `None` when no
    /// token is cached or its lifetime is unknown.
    #[cfg_attr(
        not(any(
            feature = "service-account",
            feature = "authorized-user",
            feature = "metadata-server"
        )),
        allow(dead_code)
    )]
    pub(crate) fn expires_at(&self, scopes: &[String]) -> Option<SystemTime> {
        let slot = self
            .slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(scopes)
            .cloned()?;
        let at = slot.entry()?.expires_at?;
        SystemTime::now().checked_add(at.saturating_duration_since(Instant::now()))
    }

    fn slot(&self, scopes: &[String]) -> Arc<Slot> {
        let mut slots = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        match slots.get(scopes) {
            Some(slot) => slot.clone(),
            None => {
                let slot = Arc::new(Slot::default());
                slots.insert(scopes.to_vec(), slot.clone());
                slot
            }
        }
    }
}

impl fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self
            .slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len();
        f.debug_struct("TokenCache")
            .field("scope_sets", &count)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn fetched(token: &str, expires_in: Option<Duration>) -> Result<Fetched, AuthError> {
        Ok(Fetched {
            token: Secret::new(token),
            expires_in,
        })
    }

    #[test]
    fn entries_refresh_ahead_of_expiry() {
        let now = Instant::now();
        let hour = Entry::new(
            Fetched {
                token: Secret::new("t"),
                expires_in: Some(Duration::from_secs(3600)),
            },
            now,
        );
        assert!(hour.is_fresh(now + Duration::from_secs(3600 - 241)));
        assert!(!hour.is_fresh(now + Duration::from_secs(3600 - 240)));
        assert!(hour.is_valid(now + Duration::from_secs(3599)));
        assert!(!hour.is_valid(now + Duration::from_secs(3600)));

        let short = Entry::new(
            Fetched {
                token: Secret::new("t"),
                expires_in: Some(Duration::from_secs(10)),
            },
            now,
        );
        assert!(short.is_fresh(now + Duration::from_secs(4)));
        assert!(!short.is_fresh(now + Duration::from_secs(5)));

        let unknown = Entry::new(
            Fetched {
                token: Secret::new("t"),
                expires_in: None,
            },
            now,
        );
        assert!(unknown.is_fresh(now + Duration::from_secs(1 << 30)));
    }

    #[tokio::test]
    async fn caches_per_scope_set_and_invalidates_only_the_rejected_token() {
        let cache = TokenCache::default();
        let calls = AtomicUsize::new(0);
        let fetch = |name: &'static str| {
            let calls = &calls;
            move || {
                calls.fetch_add(1, Ordering::SeqCst);
                async move { fetched(name, None) }
            }
        };
        let a = vec!["a".to_owned()];
        let b = vec!["b".to_owned()];
        assert_eq!(
            cache.get(&a, fetch("ta")).await.ok(),
            Some(Secret::new("ta"))
        );
        assert_eq!(
            cache.get(&a, fetch("tx")).await.ok(),
            Some(Secret::new("ta"))
        );
        assert_eq!(
            cache.get(&b, fetch("tb")).await.ok(),
            Some(Secret::new("tb"))
        );
        assert_eq!(calls.load(Ordering::SeqCst), 2);

        cache.invalidate(&a, &Secret::new("not-the-current-one"));
        assert_eq!(
            cache.get(&a, fetch("tx")).await.ok(),
            Some(Secret::new("ta"))
        );
        cache.invalidate(&a, &Secret::new("ta"));
        assert_eq!(
            cache.get(&a, fetch("ta2")).await.ok(),
            Some(Secret::new("ta2"))
        );
        assert_eq!(calls.load(Ordering::SeqCst), 3);
        assert_eq!(format!("{cache:?}"), "TokenCache { scope_sets: 2 }");
    }

    #[tokio::test]
    async fn tells_when_a_cached_token_expires() {
        let cache = TokenCache::default();
        let key = vec!["s".to_owned()];
        assert_eq!(cache.expires_at(&key), None, "nothing cached");
        let before = SystemTime::now();
        cache
            .get(&key, || async {
                fetched("t", Some(Duration::from_secs(3600)))
            })
            .await
            .ok();
        let at = cache.expires_at(&key).expect("a lifetime was given");
        let left = at.duration_since(before).expect("in the future");
        assert!(
            left <= Duration::from_secs(3601) && left >= Duration::from_secs(3590),
            "{left:?}"
        );
        let other = vec!["o".to_owned()];
        cache
            .get(&other, || async { fetched("u", None) })
            .await
            .ok();
        assert_eq!(cache.expires_at(&other), None, "lifetime unknown");
    }

    #[tokio::test]
    async fn a_failed_refresh_keeps_a_valid_token_and_reports_otherwise() {
        let cache = TokenCache::default();
        let key = vec!["s".to_owned()];
        let first = cache
            .get(&key, || async {
                fetched("t1", Some(Duration::from_secs(2)))
            })
            .await;
        assert_eq!(first.ok(), Some(Secret::new("t1")));
        // Fresh for one second (half of its lifetime), valid for two.
        tokio::time::sleep(Duration::from_millis(1100)).await;
        let kept = cache
            .get(&key, || async { Err(AuthError::new("endpoint down")) })
            .await;
        assert_eq!(kept.ok(), Some(Secret::new("t1")));
        tokio::time::sleep(Duration::from_millis(1000)).await;
        let failed = cache
            .get(&key, || async { Err(AuthError::new("endpoint down")) })
            .await;
        assert_eq!(
            failed.err().map(|e| e.to_string()).as_deref(),
            Some("endpoint down")
        );
    }
}
