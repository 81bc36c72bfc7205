//! Expansion of discovery path templates (`users/{userId}/messages/{+name}`), after RFC 6570.
//!
//! - `{name}` (simple expansion) percent-encodes every byte outside the unreserved set
//!   `A-Z a-z 0-9 - . _ ~`, so a value is always exactly one path segment.
//! - `{+name}` (reserved expansion) keeps the reserved characters (`/`, `:`, `@`, `!`, `$`, `&`, `'`,
//!   `(`, `)`, `*`, `+`, `,`, `;`, `=`, `[`, `]`) so that a value such as `projects/p/topics/t` keeps
//!   its slashes. As RFC 6570 (section 3.2.3) and Google's Python client do, a percent-encoded
//!   triplet already in the value (`%` and two hex digits) passes through unchanged, so a value
//!   the caller escaped is not escaped twice (`a%2Fb` is sent as `a%2Fb`); a `%` that starts no
//!   triplet is the character itself (`100%` is sent as `100%25`). Unlike RFC 6570, it always
//!   encodes `?` and `#`: a value can never start a query or a fragment. Spaces, other ASCII
//!   characters outside both sets, and every non-ASCII byte are percent-encoded too. (Go's
//!   `googleapi.Expand` escapes every `%`; the two clients disagree, and we follow the RFC.)
//!
//! - Where the document sets `fullyEncodeReservedExpansion`, `{+name}` keeps only `/`: every
//!   other reserved character is percent-encoded as in `{name}`, so Admin Directory's
//!   `orgUnitPath` `Sales+Marketing` is sent as `Sales%2BMarketing` (a `+` the server would
//!   otherwise read as a space). Percent-encoded triplets still pass through, as in every
//!   reserved expansion.
//!
//! A value that would form a `.` or `..` path segment is refused, because URL parsers (and servers)
//! resolve dot segments, even encoded ones (`%2e%2E`, which a `{+name}` value may now carry),
//! which would let a value change the path. An empty value
//! and a variable without a value are refused as well.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Bytes that `{name}` encodes: everything but the unreserved set.
pub(crate) const SIMPLE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Bytes that `{+name}` encodes: everything but the unreserved and reserved sets, and always `?`,
/// `#` and `%` (none of which is removed here); [`reserved_expansion`] then keeps the triplets.
const RESERVED: &AsciiSet = &SIMPLE
    .remove(b':')
    .remove(b'/')
    .remove(b'[')
    .remove(b']')
    .remove(b'@')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=');

/// Bytes that `{+name}` encodes where the document sets `fullyEncodeReservedExpansion`:
/// everything but the unreserved set and `/`.
const FULLY_ENCODED_RESERVED: &AsciiSet = &SIMPLE.remove(b'/');

/// How `{+name}` expressions are expanded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reserved {
    /// RFC 6570's reserved expansion (but `?`, `#` and `%` always encoded).
    Kept,
    /// Only `/` kept (`fullyEncodeReservedExpansion`).
    OnlySlash,
}

/// Why a template could not be expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PathError {
    /// The template variable at fault, when there is one.
    pub parameter: Option<&'static str>,
    /// What is wrong.
    pub message: String,
}

impl PathError {
    fn new(parameter: Option<&'static str>, message: impl Into<String>) -> Self {
        PathError {
            parameter,
            message: message.into(),
        }
    }
}

/// Expands `template` with the values in `params` (the last value of a name wins).
pub(crate) fn expand(
    template: &'static str,
    params: &[(&'static str, String)],
    reserved_mode: Reserved,
) -> Result<String, PathError> {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or_else(|| {
            PathError::new(
                None,
                format!("unterminated expression in path `{template}`"),
            )
        })?;
        let expression = &after[..close];
        rest = &after[close + 1..];
        let (set, name) = match (expression.strip_prefix('+'), reserved_mode) {
            (Some(name), Reserved::Kept) => (RESERVED, name),
            (Some(name), Reserved::OnlySlash) => (FULLY_ENCODED_RESERVED, name),
            (None, _) => (SIMPLE, expression),
        };
        if name.is_empty() || name.starts_with(['#', '.', '/', ';', '?', '&']) {
            return Err(PathError::new(
                None,
                format!("unsupported expression `{{{expression}}}` in path `{template}`"),
            ));
        }
        let value = params
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| {
                PathError::new(Some(name), "no value was given for this path parameter")
            })?;
        out.push_str(&expand_value(name, value, set)?);
    }
    out.push_str(rest);
    // Templates never contain dot segments, so one here can only come from adjacent values.
    if has_dot_segment(&out) {
        return Err(PathError::new(
            None,
            format!("the expanded path `{out}` contains a `.` or `..` segment"),
        ));
    }
    Ok(out)
}

/// Encodes one value, refusing values that are empty or would form a dot segment.
fn expand_value(
    name: &'static str,
    value: &str,
    set: &'static AsciiSet,
) -> Result<String, PathError> {
    if value.is_empty() {
        return Err(PathError::new(
            Some(name),
            "a path parameter must not be empty",
        ));
    }
    let encoded = if std::ptr::eq(set, SIMPLE) {
        utf8_percent_encode(value, set).to_string()
    } else {
        reserved_expansion(value, set)
    };
    if has_dot_segment(&encoded) {
        return Err(PathError::new(
            Some(name),
            format!("{value:?} would form a `.` or `..` path segment"),
        ));
    }
    Ok(encoded)
}

/// RFC 6570's reserved expansion (with `?` and `#` encoded): each percent-encoded triplet of
/// `value` is kept as it is, everything else is encoded with `set` ([`RESERVED`], or
/// [`FULLY_ENCODED_RESERVED`]).
fn reserved_expansion(value: &str, set: &'static AsciiSet) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('%') {
        out.extend(utf8_percent_encode(&rest[..at], set));
        let after = &rest[at + 1..];
        match after.as_bytes() {
            [a, b, ..] if a.is_ascii_hexdigit() && b.is_ascii_hexdigit() => {
                out.push('%');
                out.push_str(&after[..2]);
                rest = &after[2..];
            }
            _ => {
                out.push_str("%25");
                rest = after;
            }
        }
    }
    out.extend(utf8_percent_encode(rest, set));
    out
}

/// Whether any `/`-separated segment of `path` is `.` or `..`, its dots written plainly or as
/// `%2E` / `%2e`.
fn has_dot_segment(path: &str) -> bool {
    path.split('/').any(|segment| {
        let dots = segment.replace("%2E", ".").replace("%2e", ".");
        dots == "." || dots == ".."
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
        pairs.iter().map(|(n, v)| (*n, (*v).to_owned())).collect()
    }

    fn ok(template: &'static str, pairs: &[(&'static str, &str)]) -> String {
        match expand(template, &params(pairs), Reserved::Kept) {
            Ok(path) => path,
            Err(e) => panic!("{template}: {e:?}"),
        }
    }

    fn err(template: &'static str, pairs: &[(&'static str, &str)]) -> PathError {
        match expand(template, &params(pairs), Reserved::Kept) {
            Ok(path) => panic!("{template} expanded to {path}"),
            Err(e) => e,
        }
    }

    #[test]
    fn literal_templates_pass_through() {
        assert_eq!(ok("users/me/profile", &[]), "users/me/profile");
        assert_eq!(ok("", &[]), "");
    }

    #[test]
    fn simple_expansion_encodes_all_but_unreserved() {
        assert_eq!(
            ok(
                "users/{userId}/messages/{id}",
                &[("userId", "me"), ("id", "a-b.c_d~e")]
            ),
            "users/me/messages/a-b.c_d~e"
        );
        assert_eq!(ok("x/{v}", &[("v", "a/b")]), "x/a%2Fb");
        assert_eq!(ok("x/{v}", &[("v", "a b?c#d%e")]), "x/a%20b%3Fc%23d%25e");
        assert_eq!(
            ok("x/{v}", &[("v", "x:y@z+1=2&3")]),
            "x/x%3Ay%40z%2B1%3D2%263"
        );
        assert_eq!(ok("x/{v}", &[("v", "é☃")]), "x/%C3%A9%E2%98%83");
        assert_eq!(ok("x/{v}", &[("v", "%2E%2E")]), "x/%252E%252E");
        assert_eq!(ok("x/{v}", &[("v", "...")]), "x/...");
        assert_eq!(ok("x/{v}", &[("v", "a\\b")]), "x/a%5Cb");
    }

    #[test]
    fn reserved_expansion_keeps_reserved_characters() {
        assert_eq!(
            ok("v1/{+name}", &[("name", "enterprises/e1/devices/d:1")]),
            "v1/enterprises/e1/devices/d:1"
        );
        assert_eq!(
            ok("v1/{+name}:cancel", &[("name", "a/b@c!$&'()*+,;=[]")]),
            "v1/a/b@c!$&'()*+,;=[]:cancel"
        );
    }

    fn fully_encoded(
        template: &'static str,
        pairs: &[(&'static str, &str)],
    ) -> Result<String, PathError> {
        expand(template, &params(pairs), Reserved::OnlySlash)
    }

    #[test]
    fn fully_encoded_reserved_expansion_keeps_only_slashes() {
        assert_eq!(
            fully_encoded(
                "orgunits/{+orgUnitPath}",
                &[("orgUnitPath", "Sales+Marketing")]
            ),
            Ok("orgunits/Sales%2BMarketing".to_owned())
        );
        assert_eq!(
            fully_encoded("v1/{+name}", &[("name", "a/b@c!$&'()*+,;=[]:d e?f#g%h")]),
            Ok("v1/a/b%40c%21%24%26%27%28%29%2A%2B%2C%3B%3D%5B%5D%3Ad%20e%3Ff%23g%25h".to_owned())
        );
        // Simple expressions are not affected: they already encode `/` too.
        assert_eq!(
            fully_encoded("u/{id}/{+rest}", &[("id", "a/b+c"), ("rest", "x/y+z")]),
            Ok("u/a%2Fb%2Bc/x/y%2Bz".to_owned())
        );
        let e = fully_encoded("v1/{+name}", &[("name", "a/../b")]).expect_err("dot segment");
        assert_eq!(e.parameter, Some("name"));
    }

    #[test]
    fn reserved_expansion_always_encodes_query_fragment_and_space() {
        assert_eq!(
            ok("v1/{+name}", &[("name", "a?b#c%2Fd e")]),
            "v1/a%3Fb%23c%2Fd%20e"
        );
        assert_eq!(
            ok("v1/{+name}", &[("name", "ü\"<>\\^`{|}")]),
            "v1/%C3%BC%22%3C%3E%5C%5E%60%7B%7C%7D"
        );
    }

    #[test]
    fn dot_segments_are_refused() {
        for value in [".", ".."] {
            let e = err("users/{userId}/x", &[("userId", value)]);
            assert_eq!(e.parameter, Some("userId"));
            assert!(e.message.contains("segment"), "{}", e.message);
        }
        for value in ["..", "a/../b", "./a", "a/.", "a/..", "../../admin"] {
            let e = err("v1/{+name}", &[("name", value)]);
            assert_eq!(e.parameter, Some("name"), "{value}");
        }
        // Encoded dots pass through a reserved expansion, so they are refused as well.
        for value in ["a/%2e%2e/b", "%2E", "%2e.", "x/.%2E"] {
            let e = err("v1/{+name}", &[("name", value)]);
            assert_eq!(e.parameter, Some("name"), "{value}");
        }
        assert_eq!(ok("v1/{+name}", &[("name", "a/%2e%2ex")]), "v1/a/%2e%2ex");
        // In a simple expansion the `%` itself is escaped, so no dot segment can form.
        assert_eq!(ok("x/{v}", &[("v", "%2e%2e")]), "x/%252e%252e");
        // Dots that are not a whole segment are fine.
        assert_eq!(ok("v1/{+name}", &[("name", "a/..b/.c")]), "v1/a/..b/.c");
    }

    /// RFC 6570 section 3.2.3: reserved expansion keeps pct-encoded triplets; the Python client
    /// (uritemplate 4) does the same. A `%` that starts no triplet is encoded.
    #[test]
    fn reserved_expansion_keeps_percent_encoded_triplets() {
        assert_eq!(ok("v1/{+name}", &[("name", "a%2Fb")]), "v1/a%2Fb");
        assert_eq!(
            ok("v1/{+name}", &[("name", "%C3%A9t%c3%a9")]),
            "v1/%C3%A9t%c3%a9"
        );
        assert_eq!(ok("v1/{+name}", &[("name", "100%")]), "v1/100%25");
        assert_eq!(ok("v1/{+name}", &[("name", "a%zz%2")]), "v1/a%25zz%252");
        assert_eq!(ok("v1/{+name}", &[("name", "%%41")]), "v1/%25%41");
        assert_eq!(ok("v1/{+name}", &[("name", "é%20x")]), "v1/%C3%A9%20x");
        // `fullyEncodeReservedExpansion` changes which reserved characters are kept, not how
        // triplets are read; a simple expansion still escapes every `%`.
        assert_eq!(
            fully_encoded("v1/{+name}", &[("name", "a%2Fb+c%")]),
            Ok("v1/a%2Fb%2Bc%25".to_owned())
        );
        assert_eq!(ok("v1/{name}", &[("name", "a%2Fb")]), "v1/a%252Fb");
    }

    #[test]
    fn adjacent_values_cannot_form_a_dot_segment() {
        let e = err("x/{a}{b}/y", &[("a", "."), ("b", ".")]);
        assert_eq!(e.parameter, Some("a"));
        let e = err("x/{a}{b}/y", &[("a", "a."), ("b", ".")]);
        assert_eq!(e.parameter, Some("b"));
        // Each value is judged on its own, which errs on the side of refusing.
        let e = err("x/{a}{b}/y", &[("a", "a"), ("b", ".")]);
        assert_eq!(e.parameter, Some("b"));
        let e = err("x/{a}.{b}", &[("a", "."), ("b", "z")]);
        assert_eq!(e.parameter, Some("a"));
    }

    #[test]
    fn missing_and_empty_values_are_refused() {
        let e = err("users/{userId}/messages/{id}", &[("userId", "me")]);
        assert_eq!(e.parameter, Some("id"));
        assert!(e.message.contains("no value"));
        let e = err("users/{userId}", &[("userId", "")]);
        assert_eq!(e.parameter, Some("userId"));
        assert!(e.message.contains("empty"));
    }

    #[test]
    fn the_last_value_wins() {
        assert_eq!(ok("u/{id}", &[("id", "1"), ("id", "2")]), "u/2");
    }

    #[test]
    fn malformed_templates_are_reported() {
        assert_eq!(err("u/{id", &[("id", "1")]).parameter, None);
        assert!(err("u/{#id}", &[("id", "1")])
            .message
            .contains("unsupported"));
        assert!(err("u/{}", &[]).message.contains("unsupported"));
    }
}
