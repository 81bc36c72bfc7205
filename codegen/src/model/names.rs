//! Rust names from discovery names: one place decides them, the same way every time.
//!
//! Rules (documented for users in the generated crates' README):
//! - types and enum variants are UpperCamelCase, everything else snake_case, by `heck`, after every
//!   character other than an ASCII letter or digit has been read as a word break;
//! - a name that starts with a digit gets a prefix: `V` for types and variants, `_` for the rest
//!   (`30fps` becomes `V30fps` or `_30fps`);
//! - a Rust keyword, or a type name that the generated code itself relies on (`Option`, `Result`,
//!   `Client`, `Error`, ...), gets a trailing underscore: `type_`, `self_`, `Error_`;
//! - when two names still come out the same in one scope, the first to claim it keeps it and the
//!   next ones get `2`, `3`, ... (`_2`, `_3` for snake_case names).

use std::collections::BTreeSet;

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
        name.insert(0, '_');
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// The SCREAMING_SNAKE_CASE name of a static, from a snake_case name.
pub fn static_name(snake: &str) -> String {
    snake.trim_matches('_').to_ascii_uppercase()
}

/// The names already taken in one scope; `claim` hands out the next free one.
#[derive(Debug, Default, Clone)]
pub struct NamePool {
    taken: BTreeSet<String>,
}

impl NamePool {
    /// A pool in which `reserved` are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        NamePool {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
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
        let stem = name.trim_end_matches('_');
        for n in 2.. {
            let candidate = format!("{stem}{separator}{n}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
        unreachable!("an unbounded range always yields a free name")
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
        assert_eq!(snake_name("1p"), "_1p");
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
}
