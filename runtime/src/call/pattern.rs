//! Checks of parameter values against the discovery `pattern` regexes, compiled once and cached.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

mod regex;

use regex::Regex;

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
                tracing::warn!(pattern, reason = %error.0, "parameter pattern not handled; values are not checked against it");
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

    /// Every pattern of the pinned documents (and of the stress documents, when they are beside
    /// the repository) means the same here as in an independent regex engine, on values made to
    /// match it and on mutations of them.
    #[test]
    fn agrees_with_an_independent_engine() {
        let mut patterns = corpus_patterns();
        assert!(patterns.len() >= 5, "found only {patterns:?}");
        patterns.extend(
            [
                "^UA-(\\d+)-(\\d+)$",
                "^.{22}$",
                "\\d+:\\d+",
                "^.*$",
                "[0-9]+",
                "(firewallPolicies/)?[0-9]{0,20}",
            ]
            .map(str::to_owned),
        );
        let mut rng = fastrand::Rng::with_seed(11);
        let alphabet: Vec<char> = "ab/z-09_.:AZ é\n".chars().collect();
        let mut checked = 0;
        for pattern in &patterns {
            let ours = Regex::new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e:?}"));
            let theirs =
                regex_lite::Regex::new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
            for _ in 0..300 {
                let mut text: Vec<char> = ours.example(&mut rng).chars().collect();
                for _ in 0..rng.usize(0..3) {
                    let at = rng.usize(0..=text.len());
                    match rng.u8(0..3) {
                        0 => text.insert(at, alphabet[rng.usize(0..alphabet.len())]),
                        1 if at < text.len() => {
                            text.remove(at);
                        }
                        _ if at < text.len() => text[at] = alphabet[rng.usize(0..alphabet.len())],
                        _ => {}
                    }
                }
                let text: String = text.into_iter().collect();
                assert_eq!(
                    ours.is_match(&text),
                    theirs.is_match(&text),
                    "{pattern} on {text:?}"
                );
                checked += 1;
            }
        }
        assert!(checked > 1000);
    }

    /// The `pattern`s of the discovery documents the tests can find.
    fn corpus_patterns() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut files = Vec::new();
        for dir in ["discovery-json", "../shared/discovery-json/stress"] {
            if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
                files.extend(entries.flatten().map(|entry| entry.path()));
            }
        }
        let mut patterns = std::collections::BTreeSet::new();
        for file in files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "json"))
        {
            let Ok(text) = std::fs::read_to_string(file) else {
                continue;
            };
            let Ok(document) = serde_json::from_str::<serde_json::Value>(&text) else {
                continue;
            };
            collect_patterns(&document, &mut patterns);
        }
        patterns.into_iter().collect()
    }

    fn collect_patterns(value: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(pattern)) = map.get("pattern") {
                    out.insert(pattern.clone());
                }
                map.values().for_each(|v| collect_patterns(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect_patterns(v, out)),
            _ => {}
        }
    }

    #[test]
    fn uncompilable_patterns_accept_everything() {
        assert!(matches("^(unclosed$", "anything"));
    }
}
