//! Checks of parameter values against the discovery `pattern` regexes, compiled once and cached.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use regex_lite::Regex;

/// Compiled patterns by source text; `None` for a pattern this crate cannot compile.
type Cache = HashMap<&'static str, Option<Arc<Regex>>>;

fn cache() -> &'static Mutex<Cache> {
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The compiled form of `pattern`, or `None` if it cannot be compiled.
fn compiled(pattern: &'static str) -> Option<Arc<Regex>> {
    // A panic while holding the lock cannot leave the map inconsistent, so poisoning is ignored.
    let mut cache = cache()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    cache
        .entry(pattern)
        .or_insert_with(|| match Regex::new(pattern) {
            Ok(regex) => Some(Arc::new(regex)),
            Err(error) => {
                tracing::warn!(pattern, %error, "parameter pattern cannot be compiled; values are not checked against it");
                None
            }
        })
        .clone()
}

/// Whether `value` matches `pattern` (with the pattern's own anchors, as JavaScript would test it).
///
/// A pattern that cannot be compiled accepts every value: the server still checks, and a flaw in a
/// discovery document should not make a method unusable.
pub(crate) fn matches(pattern: &'static str, value: &str) -> bool {
    match compiled(pattern) {
        Some(regex) => regex.is_match(value),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchored_patterns() {
        let p = "^enterprises/[^/]+$";
        assert!(matches(p, "enterprises/e1"));
        assert!(!matches(p, "enterprises/e1/devices/d1"));
        assert!(!matches(p, "enterprises/"));
        assert!(!matches(p, "x/enterprises/e1"));
        // Second lookup comes from the cache.
        assert!(matches(p, "enterprises/e2"));
    }

    #[test]
    fn unanchored_patterns_match_anywhere() {
        assert!(matches("[0-9]+", "abc123"));
        assert!(!matches("[0-9]+", "abc"));
    }

    #[test]
    fn uncompilable_patterns_accept_everything() {
        assert!(matches("^(unclosed$", "anything"));
    }
}
