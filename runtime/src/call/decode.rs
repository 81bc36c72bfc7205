//! Decoding a successful response body into the method's response type.

use http::StatusCode;
use serde::de::DeserializeOwned;

use crate::error::excerpt::snippet;
use crate::Error;

mod json_path;

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
    fn offsets_follow_lines() {
        let input = b"ab\ncd\nef";
        assert_eq!(byte_offset(input, 1, 2), 2);
        assert_eq!(byte_offset(input, 2, 1), 4);
        assert_eq!(byte_offset(input, 3, 2), 8);
        assert_eq!(byte_offset(input, 9, 9), 8);
        assert_eq!(byte_offset(input, 0, 0), 0);
    }
}
