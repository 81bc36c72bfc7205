//! The error for a server answer that breaks the protocol the runtime speaks (a repeated page
//! token, an upload offset that moves backwards, a batch answer that cannot be read).
//!
//! [`Error`] has no variant of its own for these, and they are closest to [`Error::Decode`]: the
//! server answered, and the answer cannot be used. The `path` names the part of the answer at
//! fault (a JSON field or a header) and the `source` carries the explanation.

use http::StatusCode;

use crate::call::decode::snippet;
use crate::Error;

/// An [`Error::Decode`] saying that the answer's `part` (a field or header name) is unusable, and
/// why; `excerpt` is the offending value, shortened for the error.
pub(crate) fn violation(
    method_id: &'static str,
    status: StatusCode,
    part: &str,
    excerpt: &[u8],
    why: impl std::fmt::Display,
) -> Error {
    Error::Decode {
        method_id,
        status,
        path: part.to_owned(),
        snippet: snippet(excerpt, 0),
        source: <serde_json::Error as serde::de::Error>::custom(why),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_part_and_the_reason() {
        let err = violation(
            "x.list",
            StatusCode::OK,
            "nextPageToken",
            b"t1",
            "the server repeated a page token",
        );
        assert_eq!(
            err.to_string(),
            "x.list: could not decode the response (HTTP 200) at `nextPageToken`: the server repeated a page token"
        );
        let Error::Decode { snippet, .. } = err else {
            panic!("expected a decode error")
        };
        assert_eq!(snippet, "t1");
    }
}
