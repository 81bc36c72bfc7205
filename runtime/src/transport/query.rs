//! The query string of a call: strict percent-encoding, repeated names once per value, in order.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Bytes encoded in a query value: everything outside the unreserved set `A-Z a-z 0-9 - . _ ~`.
/// A space becomes `%20` (never `+`), so the encoding means the same to every server.
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Bytes encoded in a parameter name: as for values, but `$` (as in `$.xgafv`) is kept.
const NAME: &AsciiSet = &VALUE.remove(b'$');

/// Builds `a=1&b=x%20y&a=2` from pairs, in the order given.
pub(crate) fn encode<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (name, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.extend(utf8_percent_encode(name, NAME));
        out.push('=');
        out.extend(utf8_percent_encode(value, VALUE));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs<'a>(items: &'a [(&'a str, &'a str)]) -> impl Iterator<Item = (&'a str, &'a str)> {
        items.iter().copied()
    }

    #[test]
    fn empty() {
        assert_eq!(encode([]), "");
    }

    #[test]
    fn values_are_strictly_encoded() {
        assert_eq!(
            encode(pairs(&[
                ("q", "from:a@b.com is:unread"),
                ("x", "a+b=c&d/é?#%")
            ])),
            "q=from%3Aa%40b.com%20is%3Aunread&x=a%2Bb%3Dc%26d%2F%C3%A9%3F%23%25"
        );
        assert_eq!(encode(pairs(&[("v", "A-z_0.9~")])), "v=A-z_0.9~");
        assert_eq!(encode(pairs(&[("empty", "")])), "empty=");
    }

    #[test]
    fn repeated_names_keep_their_order() {
        assert_eq!(
            encode(pairs(&[("a", "1"), ("b", "x"), ("a", "2")])),
            "a=1&b=x&a=2"
        );
    }

    #[test]
    fn names_keep_dollar() {
        assert_eq!(encode(pairs(&[("$.xgafv", "2")])), "$.xgafv=2");
    }
}
