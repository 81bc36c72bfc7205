//! Decoding a successful response body into the method's response type.

use http::StatusCode;
use serde::de::DeserializeOwned;

use crate::Error;

mod json_path;

/// The largest snippet of a body kept in a decode error, in bytes (before the ellipses).
const SNIPPET_LEN: usize = 200;

/// Decodes `body` as JSON into `T`; an empty body (or a 204) decodes as `{}`.
pub(crate) fn json<T: DeserializeOwned>(
    method_id: &'static str,
    status: StatusCode,
    body: &[u8],
) -> Result<T, Error> {
    let input: &[u8] = if status == StatusCode::NO_CONTENT || body.trim_ascii().is_empty() {
        b"{}"
    } else {
        body
    };
    // Only a failure pays for finding where it is, and it does so on the text rather than with a
    // second typed pass, which would instantiate `T`'s whole `Deserialize` tree again.
    serde_json::from_slice(input).map_err(|source| {
        let offset = byte_offset(input, source.line(), source.column());
        Error::Decode {
            method_id,
            status,
            path: json_path::at(input, offset, source.classify()),
            snippet: snippet(input, offset),
            source,
        }
    })
}

/// The byte offset of a 1-based line and column as reported by `serde_json` (0 when unknown).
fn byte_offset(input: &[u8], line: usize, column: usize) -> usize {
    if line == 0 {
        return 0;
    }
    let line_start = if line == 1 {
        0
    } else {
        input
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .nth(line - 2)
            .map_or(input.len(), |(i, _)| i + 1)
    };
    line_start.saturating_add(column).min(input.len())
}

/// At most [`SNIPPET_LEN`] bytes of `body` around `offset`, with `…` where text was cut.
pub(crate) fn snippet(body: &[u8], offset: usize) -> String {
    if body.len() <= SNIPPET_LEN {
        return String::from_utf8_lossy(body).into_owned();
    }
    let half = SNIPPET_LEN / 2;
    let mut start = offset.saturating_sub(half).min(body.len() - SNIPPET_LEN);
    let mut end = start + SNIPPET_LEN;
    // Do not cut a UTF-8 sequence in two.
    while start > 0 && is_continuation(body[start]) {
        start -= 1;
    }
    while end < body.len() && is_continuation(body[end]) {
        end += 1;
    }
    let mut out = String::with_capacity(end - start + 8);
    if start > 0 {
        out.push('…');
    }
    out.push_str(&String::from_utf8_lossy(&body[start..end]));
    if end < body.len() {
        out.push('…');
    }
    out
}

fn is_continuation(byte: u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, Default, PartialEq)]
    struct Item {
        id: Option<u32>,
    }

    #[derive(Debug, Deserialize, Default, PartialEq)]
    struct List {
        #[serde(default)]
        items: Vec<Item>,
    }

    #[test]
    fn decodes_and_treats_empty_bodies_as_empty_objects() {
        let list: List = json("m", StatusCode::OK, br#"{"items":[{"id":1}]}"#).expect("decodes");
        assert_eq!(list.items, vec![Item { id: Some(1) }]);
        let empty: List = json("m", StatusCode::OK, b"").expect("empty body");
        assert_eq!(empty, List::default());
        let blank: List = json("m", StatusCode::OK, b" \n").expect("blank body");
        assert_eq!(blank, List::default());
        let no_content: List = json("m", StatusCode::NO_CONTENT, b"junk").expect("204");
        assert_eq!(no_content, List::default());
    }

    #[test]
    fn errors_carry_path_and_snippet() {
        let body = br#"{"items":[{"id":1},{"id":"two"}]}"#;
        let Err(Error::Decode {
            method_id,
            status,
            path,
            snippet,
            ..
        }) = json::<List>("m.x", StatusCode::OK, body)
        else {
            panic!("expected a decode error");
        };
        assert_eq!(method_id, "m.x");
        assert_eq!(status, StatusCode::OK);
        assert_eq!(path, "items[1].id");
        assert!(snippet.contains("\"two\""), "{snippet}");
    }

    #[test]
    fn trailing_garbage_is_an_error_at_the_top_level() {
        let result = json::<List>("m", StatusCode::OK, b"{} x");
        let Err(Error::Decode { path, .. }) = result else {
            panic!("expected a decode error, got {result:?}");
        };
        assert_eq!(path, ".");
    }

    #[test]
    fn errors_name_the_value_at_fault_across_lines() {
        let body = b"{\n  \"items\": [\n    {\"id\": 1},\n    {\"id\": [\"not\", \"a\", \"number\"]}\n  ]\n}";
        let result = json::<List>("m", StatusCode::OK, body);
        let Err(error @ Error::Decode { .. }) = result else {
            panic!("expected a decode error, got {result:?}");
        };
        assert_eq!(
            error.to_string(),
            "m: could not decode the response (HTTP 200) at `items[1].id`"
        );
    }

    #[test]
    fn snippets_are_bounded_and_centred() {
        let short = snippet(b"abc", 1);
        assert_eq!(short, "abc");
        let long: Vec<u8> = (0..1000).map(|i| b'a' + (i % 26) as u8).collect();
        let head = snippet(&long, 0);
        assert!(head.starts_with("abc") && head.ends_with('…'));
        let middle = snippet(&long, 500);
        assert!(middle.starts_with('…') && middle.ends_with('…'));
        assert!(middle.len() <= SNIPPET_LEN + 2 * '…'.len_utf8());
        let tail = snippet(&long, 5000);
        assert!(tail.starts_with('…') && !tail.ends_with('…'));
        let multibyte = "é".repeat(300);
        let cut = snippet(multibyte.as_bytes(), 301);
        assert!(!cut.contains('\u{FFFD}'), "{cut}");
    }

    #[test]
    fn offsets_follow_lines() {
        let input = b"ab\ncd\nef";
        assert_eq!(byte_offset(input, 1, 2), 2);
        assert_eq!(byte_offset(input, 2, 1), 4);
        assert_eq!(byte_offset(input, 3, 2), 8);
        assert_eq!(byte_offset(input, 9, 9), 8);
        assert_eq!(byte_offset(input, 0, 0), 0);
    }
}
