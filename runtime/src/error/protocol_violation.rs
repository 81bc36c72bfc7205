//! The error for a server answer that breaks the protocol the runtime speaks (a repeated page
//! token, an upload offset that moves backwards, a batch answer that cannot be read):
//! [`Error::Protocol`], naming the part of the answer at fault (a JSON field or a header) and why.

use http::StatusCode;

use super::excerpt::snippet;
use crate::Error;

/// An [`Error::Protocol`] saying that the answer's `part` (a field or header name) is unusable, and
/// why; `excerpt` is the offending value, shortened for the error.
pub(crate) fn violation(
    method_id: &'static str,
    status: StatusCode,
    part: &str,
    excerpt: &[u8],
    why: impl std::fmt::Display,
) -> Error {
    Error::Protocol {
        method_id,
        status,
        part: part.to_owned(),
        excerpt: snippet(excerpt, 0),
        message: why.to_string(),
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
            "x.list: the server broke the protocol (HTTP 200) at `nextPageToken`: the server repeated a page token"
        );
        let Error::Protocol { excerpt, part, .. } = err else {
            panic!("expected a protocol error")
        };
        assert_eq!((excerpt.as_str(), part.as_str()), ("t1", "nextPageToken"));
    }
}
