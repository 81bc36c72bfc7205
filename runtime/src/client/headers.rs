//! Headers a caller adds to requests, on the client or on one call, and the ones the runtime
//! keeps for itself.

use http::{HeaderMap, HeaderName, HeaderValue};

/// Headers the runtime sets from its own state, each with where a caller sets what it carries.
/// A caller's copy would be sent twice or contradict the runtime's, so it is refused.
const OWNED: &[(&str, &str)] = &[
    ("authorization", "the client's token provider"),
    ("proxy-authorization", "the HTTP client's proxy URL"),
    ("host", "the request URL"),
    ("content-length", "the request body"),
    ("content-type", "the request body"),
    ("transfer-encoding", "the HTTP connection"),
    ("connection", "the HTTP connection"),
    ("te", "the HTTP connection"),
    ("upgrade", "the HTTP connection"),
    ("accept-encoding", "the runtime, which decodes gzip answers"),
    ("user-agent", "`ClientBuilder::user_agent`"),
    ("x-goog-api-client", "the generated crate"),
];

/// A random (version 4) UUID in its hyphenated form, from the operating system's random source:
/// the invocation id of an exchange and a call's request id, which two processes must never
/// share.
pub(crate) fn random_uuid() -> String {
    uuid::Uuid::new_v4().hyphenated().to_string()
}

/// Checks a header a caller wants added to requests; the error says why it is refused.
pub(crate) fn extra_header(name: &str, value: &[u8]) -> Result<(HeaderName, HeaderValue), String> {
    let header = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| format!("`{}` is not a valid HTTP header name", name.escape_debug()))?;
    if let Some((_, owner)) = OWNED.iter().find(|(owned, _)| *owned == header.as_str()) {
        return Err(format!(
            "the header `{name}` is set by the runtime, from {owner}; it cannot be added by hand"
        ));
    }
    let value = HeaderValue::from_bytes(value)
        .map_err(|_| format!("the value of the header `{name}` holds characters a header cannot carry (such as line breaks)"))?;
    Ok((header, value))
}

/// Adds `(name, value)` to `headers` (replacing earlier values of that name), or records why
/// not in `problem` (the first problem is kept).
pub(crate) fn add(headers: &mut HeaderMap, problem: &mut Option<String>, name: &str, value: &[u8]) {
    match extra_header(name, value) {
        Ok((name, value)) => {
            headers.insert(name, value);
        }
        Err(why) => {
            problem.get_or_insert(why);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_headers_are_taken() {
        let (name, value) = extra_header("If-Match", b"\"etag-1\"").expect("valid");
        assert_eq!(name, http::header::IF_MATCH);
        assert_eq!(value, "\"etag-1\"");
        assert!(extra_header("X-Goog-User-Project", b"p").is_ok());
        assert!(extra_header("Range", b"bytes=0-9").is_ok());
    }

    #[test]
    fn owned_headers_are_refused_in_any_case() {
        for name in [
            "Authorization",
            "CONTENT-LENGTH",
            "host",
            "Content-Type",
            "User-Agent",
        ] {
            let why = extra_header(name, b"x").expect_err(name);
            assert!(why.contains("set by the runtime"), "{why}");
            assert!(why.contains(name), "{why}");
        }
    }

    #[test]
    fn bad_names_and_values_are_refused() {
        assert!(extra_header("X Bad", b"v")
            .unwrap_err()
            .contains("not a valid"));
        assert!(extra_header("", b"v").is_err());
        let why = extra_header("X-Ok", b"a\r\nX-Injected: 1").unwrap_err();
        assert!(why.contains("cannot carry"), "{why}");
    }

    #[test]
    fn the_first_problem_is_kept_and_later_headers_replace_earlier_ones() {
        let mut headers = HeaderMap::new();
        let mut problem = None;
        add(&mut headers, &mut problem, "If-Match", b"1");
        add(&mut headers, &mut problem, "If-Match", b"2");
        add(&mut headers, &mut problem, "Host", b"x");
        add(&mut headers, &mut problem, "Bad Name", b"x");
        assert_eq!(headers.get_all("if-match").iter().count(), 1);
        assert_eq!(headers["if-match"], "2");
        assert!(problem.expect("a problem").contains("`Host`"));
    }
}
