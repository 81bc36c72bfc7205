//! Rust names from discovery names: one place decides them, the same way every time.
//!
//! Rules (documented for users in the generated crates' README):
//! - types and enum variants are UpperCamelCase, everything else snake_case, by `heck`, after every
//!   character other than an ASCII letter or digit has been read as a word break;
//! - a name that starts with a digit gets a `V` in front, `v` in snake_case (`30fps` becomes
//!   `V30fps` or `v30fps`), so that every name derived from it (`set_v30fps`, `clear_v30fps`,
//!   `V30FPS_METHOD`, `V30fpsCall`, the feature `v30fps`) is a valid, lint-free identifier too;
//! - a Rust keyword, or a type name that the generated code itself relies on (`Option`, `Result`,
//!   `Client`, `Error`, ...), gets a trailing underscore: `type_`, `self_`, `Error_`;
//! - when two names still come out the same in one scope, the first to claim it keeps it and the
//!   next ones get `2`, `3`, ... (`_2`, `_3` for snake_case names).

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToSnakeCase, ToUpperCamelCase};

const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Type names the generated code names without a path, or that users expect to mean std's.
const RESERVED_TYPES: &[&str] = &[
    "Self",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Vec",
    "String",
    "Box",
    "Default",
    "Clone",
    "Copy",
    "Debug",
    "PartialEq",
    "Eq",
    "Hash",
    "Ord",
    "PartialOrd",
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "Into",
    "AsRef",
    "Iterator",
    "IntoIterator",
    "ToString",
    "ToOwned",
    "Serialize",
    "Deserialize",
    "Client",
    "ClientBuilder",
    "Error",
    "Value",
];

/// Splits a discovery name into words for heck: anything but an ASCII letter or digit is a break.
fn words(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// The UpperCamelCase name of a type or variant, before collisions are resolved.
pub fn type_name(raw: &str) -> String {
    let mut name = words(raw).to_upper_camel_case();
    if name.is_empty() {
        name = "Unnamed".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    if RESERVED_TYPES.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// The snake_case name of a field, parameter, method, resource or module.
pub fn snake_name(raw: &str) -> String {
    let mut name = words(raw).to_snake_case();
    if name.is_empty() {
        name = "unnamed".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'v');
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// The SCREAMING_SNAKE_CASE name of a static, from a snake_case name (a snake_case name from
/// [`snake_name`] never starts with a digit, so neither does this).
pub fn static_name(snake: &str) -> String {
    let name = snake.trim_matches('_').to_ascii_uppercase();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{name}")
    } else {
        name
    }
}

/// The names already taken in one scope; `claim` hands out the next free one.
///
/// Linear overall: for each numbered stem (`name_`) the pool remembers the next number to try,
/// so the thousandth claim of one name does not count past the 999 before it again.
#[derive(Debug, Default, Clone)]
pub struct NamePool {
    taken: BTreeSet<String>,
    /// `{stem}{separator}` -> the next number to try after it.
    next_number: BTreeMap<String, u64>,
}

impl NamePool {
    /// A pool in which `reserved` are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        NamePool {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
            next_number: BTreeMap::new(),
        }
    }

    /// Takes `name` if it is free, else the first free `name2`, `name3`, ... (`name_2` for
    /// snake_case names, `name-2` for kebab-case ones).
    pub fn claim(&mut self, name: String) -> String {
        if self.taken.insert(name.clone()) {
            return name;
        }
        let separator = if name.contains('-') {
            "-"
        } else if name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_') {
            "_"
        } else {
            ""
        };
        let prefix = format!("{}{separator}", name.trim_end_matches('_'));
        let next = self.next_number.entry(prefix.clone()).or_insert(2);
        loop {
            let candidate = format!("{prefix}{next}");
            *next += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }

    /// Whether `name` is taken.
    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_upper_camel_and_avoid_keywords_and_prelude_names() {
        assert_eq!(type_name("CseKeyPair"), "CseKeyPair");
        assert_eq!(type_name("HTTPHealthCheck"), "HttpHealthCheck");
        assert_eq!(type_name("Result"), "Result_");
        assert_eq!(type_name("self"), "Self_");
        assert_eq!(type_name("30fps"), "V30fps");
        assert_eq!(type_name("$.xgafv"), "Xgafv");
        assert_eq!(type_name("image/jpeg"), "ImageJpeg");
        assert_eq!(type_name("*"), "Unnamed");
    }

    #[test]
    fn snake_names_avoid_keywords_and_leading_digits() {
        assert_eq!(snake_name("type"), "type_");
        assert_eq!(snake_name("self"), "self_");
        assert_eq!(snake_name("move"), "move_");
        assert_eq!(snake_name("keyPairId"), "key_pair_id");
        assert_eq!(snake_name("$.xgafv"), "xgafv");
        assert_eq!(snake_name("upload_protocol"), "upload_protocol");
        assert_eq!(snake_name("start-index"), "start_index");
        assert_eq!(snake_name("1p"), "v1p");
    }

    #[test]
    fn names_from_a_leading_digit_stay_valid_when_derived_from() {
        let snake = snake_name("2fa");
        assert_eq!(snake, "v2fa");
        assert_eq!(format!("{}_METHOD", static_name(&snake)), "V2FA_METHOD");
        assert_eq!(format!("set_{}", snake_name("1st")), "set_v1st");
        assert_eq!(static_name("type_"), "TYPE");
        assert_eq!(static_name("_9"), "V9");
        for name in ["2fa", "1st", "30fps", "0"] {
            for derived in [
                snake_name(name),
                format!("set_{}", snake_name(name)),
                format!("{}_METHOD", static_name(&snake_name(name))),
                format!("{}Call", type_name(name)),
            ] {
                assert!(syn::parse_str::<syn::Ident>(&derived).is_ok(), "{derived}");
                assert!(!derived.contains("__"), "{derived}");
            }
        }
    }

    #[test]
    fn pool_numbers_later_claims_of_the_same_name() {
        let mut pool = NamePool::with_reserved(&["unknown_fields"]);
        assert_eq!(pool.claim("unknown_fields".into()), "unknown_fields_2");
        assert_eq!(pool.claim("a".into()), "a");
        assert_eq!(pool.claim("a".into()), "a_2");
        assert_eq!(pool.claim("type_".into()), "type_");
        assert_eq!(pool.claim("type_".into()), "type_2");
        assert_eq!(pool.claim("Foo".into()), "Foo");
        assert_eq!(pool.claim("Foo".into()), "Foo2");
        assert_eq!(pool.claim("signup-urls".into()), "signup-urls");
        assert_eq!(pool.claim("signup-urls".into()), "signup-urls-2");
    }

    #[test]
    fn pool_skips_numbers_taken_by_other_names() {
        let mut pool = NamePool::default();
        assert_eq!(pool.claim("a_3".into()), "a_3");
        assert_eq!(pool.claim("a".into()), "a");
        assert_eq!(pool.claim("a".into()), "a_2");
        assert_eq!(pool.claim("a".into()), "a_4");
        assert_eq!(pool.claim("a_2".into()), "a_2_2");
    }

    /// 20,000 claims of one name: a pool that counted from 2 on every claim took minutes
    /// (200 million candidates); a linear one takes milliseconds.
    #[test]
    fn pool_stays_linear_under_thousands_of_collisions() {
        let started = std::time::Instant::now();
        let mut pool = NamePool::default();
        let mut last = String::new();
        for _ in 0..20_000 {
            last = pool.claim("field".into());
        }
        assert_eq!(last, "field_20000");
        println!("20,000 colliding claims in {:?}", started.elapsed());
    }
}
