//! Reading the answer to a batch: a `multipart/mixed` body whose parts are HTTP responses, each
//! marked with the `Content-ID` of the call it answers.
//!
//! The reader is lenient where that cannot mix answers up (bare LF line ends, a missing close
//! delimiter, headers it cannot parse are skipped) and never panics: a part it cannot read is
//! left out, and the call it would have answered reports that it has no answer.

use bytes::Bytes;
use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};

use crate::error::violation;
use crate::Error;

/// One call's answer inside the batch's answer.
#[derive(Debug)]
pub(super) struct PartAnswer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// The answers of a batch of `calls` calls, by call index; errors name `method_id` (the batch's).
pub(super) fn read(
    method_id: &'static str,
    status: StatusCode,
    headers: &HeaderMap,
    body: &Bytes,
    calls: usize,
) -> Result<Vec<Option<PartAnswer>>, Error> {
    let content_type = headers
        .get(CONTENT_TYPE)
        .map(HeaderValue::as_bytes)
        .unwrap_or_default();
    let boundary = std::str::from_utf8(content_type)
        .ok()
        .and_then(boundary)
        .ok_or_else(|| {
            violation(
                method_id,
                status,
                "Content-Type",
                content_type,
                "the batch answer is not multipart/mixed with a boundary",
            )
        })?;
    let mut answers: Vec<Option<PartAnswer>> = (0..calls).map(|_| None).collect();
    for part in parts(body, &boundary) {
        let (head, message) = split_head(&part);
        let index = fields(head)
            .find(|(name, _)| name.eq_ignore_ascii_case("content-id"))
            .and_then(|(_, value)| item_index(value));
        let (Some(index), Some(answer)) = (index, http_response(&message)) else {
            tracing::debug!("skipping a batch answer part that cannot be read");
            continue;
        };
        if let Some(slot) = answers.get_mut(index) {
            if slot.is_none() {
                *slot = Some(answer);
            }
        }
    }
    Ok(answers)
}

/// The `boundary` parameter of a `multipart/mixed` content type.
fn boundary(content_type: &str) -> Option<String> {
    let mut params = content_type.split(';');
    let essence = params.next()?.trim();
    if !essence.eq_ignore_ascii_case("multipart/mixed") {
        return None;
    }
    params.find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("boundary") {
            return None;
        }
        let value = value.trim();
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .unwrap_or(value);
        (!value.is_empty()).then(|| value.to_owned())
    })
}

/// The index of the call a `Content-ID` such as `<response-item-3>` answers (2 here).
fn item_index(content_id: &str) -> Option<usize> {
    let id = content_id.trim();
    let id = id.strip_prefix('<').unwrap_or(id);
    let id = id.strip_suffix('>').unwrap_or(id);
    let number = id.strip_prefix("response-")?.strip_prefix("item-")?;
    number.parse::<usize>().ok()?.checked_sub(1)
}

/// The parts of a multipart body: what lies between delimiter lines (`--boundary` at the start of
/// a line), without the line break that belongs to the next delimiter.
///
/// Linear in the body's length whatever the boundary's (a substring search that compares the
/// boundary at every position took half a minute on a 16 MiB answer with a 65 KB boundary).
fn parts(body: &Bytes, boundary: &str) -> Vec<Bytes> {
    let delimiter = format!("--{boundary}");
    let delimiter = delimiter.as_bytes();
    let finder = memchr::memmem::Finder::new(delimiter);
    let mut starts = Vec::new();
    let mut from = 0;
    while let Some(found) = finder.find(&body[from..]) {
        let at = from + found;
        if at == 0 || body[at - 1] == b'\n' {
            starts.push(at);
        }
        from = at + delimiter.len();
    }
    let mut out = Vec::with_capacity(starts.len());
    for (i, &start) in starts.iter().enumerate() {
        let after = start + delimiter.len();
        if body[after..].starts_with(b"--") {
            break; // the close delimiter
        }
        let content_start = match newline(&body[after..]) {
            Some(newline) => after + newline + 1,
            None => body.len(),
        };
        let next = starts.get(i + 1).copied();
        let mut end = next.unwrap_or(body.len());
        if next.is_some() {
            // Drop the CRLF (or LF) that starts the next delimiter line.
            if end > content_start && body[end - 1] == b'\n' {
                end -= 1;
            }
            if end > content_start && body[end - 1] == b'\r' {
                end -= 1;
            }
        }
        out.push(body.slice(content_start..end.max(content_start)));
    }
    out
}

/// The first line feed of `text`.
fn newline(text: &[u8]) -> Option<usize> {
    memchr::memchr(b'\n', text)
}

/// Splits a message into its head (the lines before the first empty line) and the rest.
fn split_head(message: &Bytes) -> (&[u8], Bytes) {
    let mut line_start = 0;
    while let Some(newline) = newline(&message[line_start..]) {
        let line_end = line_start + newline;
        let line = &message[line_start..line_end];
        if line.is_empty() || line == b"\r" {
            return (&message[..line_start], message.slice(line_end + 1..));
        }
        line_start = line_end + 1;
    }
    (&message[..], Bytes::new())
}

/// The `name: value` lines of a head (a line without a colon, such as a status line, is skipped).
fn fields(head: &[u8]) -> impl Iterator<Item = (&str, &str)> {
    head.split(|b| *b == b'\n').filter_map(|line| {
        let line = std::str::from_utf8(line).ok()?;
        let (name, value) = line.split_once(':')?;
        let name = name.trim();
        (!name.is_empty() && !name.contains(' ')).then_some((name, value.trim()))
    })
}

/// Reads an embedded HTTP response: a status line (`HTTP/1.1 404 Not Found`), headers, a blank
/// line and the body (cut to its `Content-Length` when that is shorter).
fn http_response(message: &Bytes) -> Option<PartAnswer> {
    let (head, mut body) = split_head(message);
    let status_line = head.split(|b| *b == b'\n').next()?;
    let status_line = std::str::from_utf8(status_line).ok()?;
    let mut words = status_line.split_whitespace();
    if !words.next()?.starts_with("HTTP/") {
        return None;
    }
    let status = StatusCode::from_u16(words.next()?.parse().ok()?).ok()?;
    let mut headers = HeaderMap::new();
    let rest = head
        .iter()
        .position(|b| *b == b'\n')
        .map_or(&[][..], |i| &head[i + 1..]);
    for (name, value) in fields(rest) {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            headers.append(name, value);
        }
    }
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if let Some(len) = declared.filter(|len| *len < body.len()) {
        body.truncate(len);
    }
    Some(PartAnswer {
        status,
        headers,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(content_type: &str, body: &str, calls: usize) -> Vec<Option<PartAnswer>> {
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(content_type) {
            headers.insert(CONTENT_TYPE, value);
        }
        match read(
            "batch",
            StatusCode::OK,
            &headers,
            &Bytes::from(body.to_owned()),
            calls,
        ) {
            Ok(answers) => answers,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn boundaries() {
        assert_eq!(
            boundary("multipart/mixed; boundary=abc").as_deref(),
            Some("abc")
        );
        assert_eq!(
            boundary("Multipart/Mixed;charset=x; Boundary=\"a b\"").as_deref(),
            Some("a b")
        );
        assert_eq!(boundary("multipart/related; boundary=abc"), None);
        assert_eq!(boundary("multipart/mixed"), None);
        assert_eq!(boundary("multipart/mixed; boundary=\"\""), None);
    }

    #[test]
    fn content_ids() {
        assert_eq!(item_index("<response-item-1>"), Some(0));
        assert_eq!(item_index(" response-item-12 "), Some(11));
        for bad in ["<item-1>", "<response-item-0>", "<response-item-x>", ""] {
            assert_eq!(item_index(bad), None, "{bad}");
        }
    }

    #[test]
    fn parts_are_matched_by_content_id() {
        let body = "preamble\r\n--b\r\nContent-Type: application/http\r\nContent-ID: <response-item-2>\r\n\r\n\
                    HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n{\"error\":{}}\r\n\
                    --b\r\ncontent-id: <response-item-1>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n{\"a\":1}\r\n\
                    --b--\r\nepilogue";
        let answers = answers("multipart/mixed; boundary=b", body, 3);
        let first = answers[0].as_ref().expect("first");
        assert_eq!(first.status, StatusCode::OK);
        assert_eq!(first.body, "{\"a\":1}");
        let second = answers[1].as_ref().expect("second");
        assert_eq!(second.status, StatusCode::NOT_FOUND);
        assert_eq!(second.body, "{\"error\":{}}");
        assert_eq!(
            second.headers.get(CONTENT_TYPE).map(HeaderValue::as_bytes),
            Some(&b"application/json"[..])
        );
        assert!(answers[2].is_none());
    }

    #[test]
    fn bare_line_feeds_and_a_missing_close_delimiter() {
        let body = "--b\nContent-ID: <response-item-1>\n\nHTTP/1.1 204 No Content\n\n";
        let answers = answers("multipart/mixed; boundary=b", body, 1);
        let only = answers[0].as_ref().expect("answer");
        assert_eq!(only.status, StatusCode::NO_CONTENT);
        assert!(only.body.is_empty());
    }

    #[test]
    fn garbage_never_panics() {
        for body in [
            "",
            "--b",
            "--b\r\n",
            "--b--",
            "--b\r\nContent-ID: <response-item-1>",
            "--b\r\nContent-ID: <response-item-1>\r\n\r\nHTTP/1.1",
            "--b\r\nContent-ID: <response-item-1>\r\n\r\nHTTP/1.1 99999 X\r\n\r\n",
            "--b\r\nContent-ID: <response-item-1>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n{}",
            "--b\r\nContent-ID: <response-item-18446744073709551616>\r\n\r\nHTTP/1.1 200 OK\r\n\r\n",
            "\n--b\n\n\n--b\n--b--",
        ] {
            let _ = answers("multipart/mixed; boundary=b", body, 1);
        }
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        assert!(read("batch", StatusCode::OK, &headers, &Bytes::new(), 1).is_err());
    }

    /// The reproduction of a hostile answer: a 65 KB boundary over a 16 MiB body made of
    /// near-delimiters (a delimiter but for its last byte, again and again). A search that compares
    /// the boundary at every position took 29.5 s of CPU on it; the reader is linear.
    #[test]
    fn a_long_boundary_over_a_large_body_is_read_in_linear_time() {
        let boundary = "b".repeat(65_000);
        let near = format!("\r\n--{}", &boundary[1..]);
        let mut body = Vec::with_capacity(16 << 20);
        while body.len() < 16 << 20 {
            body.extend_from_slice(near.as_bytes());
        }
        body.extend_from_slice(
            format!(
                "\r\n--{boundary}\r\nContent-ID: <response-item-1>\r\n\r\n\
                 HTTP/1.1 204 No Content\r\n\r\n\r\n--{boundary}--"
            )
            .as_bytes(),
        );
        let mut headers = HeaderMap::new();
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_str(&format!("multipart/mixed; boundary={boundary}")).unwrap(),
        );
        let answers = read("batch", StatusCode::OK, &headers, &Bytes::from(body), 1).unwrap();
        assert_eq!(
            answers[0].as_ref().map(|a| a.status),
            Some(StatusCode::NO_CONTENT)
        );
    }

    /// Batch answers with boundaries of every length (up to 70 KB) and bodies built of pieces
    /// of their delimiters: no panic, one slot per call.
    #[test]
    fn fuzz_batch_answers_with_long_boundaries() {
        let mut hostile = crate::hostile_input::HostileInput::new(11);
        for _ in 0..2_000 {
            let length = match hostile.rng().u8(0..4) {
                0 => hostile.rng().usize(1..8),
                1 => hostile.rng().usize(8..200),
                2 => hostile.rng().usize(200..4_000),
                _ => hostile.rng().usize(4_000..70_000),
            };
            let byte = hostile.rng().alphanumeric();
            let boundary: String = std::iter::repeat(byte).take(length).collect();
            let delimiter = format!("--{boundary}");
            let near = delimiter[..delimiter.len() - 1].to_owned();
            let close = format!("{delimiter}--");
            let fragments: &[&[u8]] = &[
                delimiter.as_bytes(),
                near.as_bytes(),
                close.as_bytes(),
                b"\r\n",
                b"Content-ID: <response-item-1>\r\n\r\nHTTP/1.1 200 OK\r\n\r\n{}",
            ];
            let body = hostile.soup(fragments, 40);
            let mut headers = HeaderMap::new();
            headers.insert(
                CONTENT_TYPE,
                HeaderValue::from_str(&format!("multipart/mixed; boundary={boundary}")).unwrap(),
            );
            let answers = read("batch", StatusCode::OK, &headers, &Bytes::from(body), 2).unwrap();
            assert_eq!(answers.len(), 2);
        }
        hostile.report("batch answers with long boundaries");
    }

    /// Batch answers made of the pieces of real ones, cut, changed and shuffled: the reader never
    /// panics, and whatever it returns has one slot per call.
    #[test]
    fn fuzz_batch_answers() {
        let fragments: &[&[u8]] = &[
            b"--batch_x",
            b"--batch_x--",
            b"\r\n",
            b"\n",
            b"\r",
            b"Content-Type: application/http",
            b"Content-ID: <response-item-1>",
            b"Content-ID: <response-item-2>",
            b"Content-ID: <response-item-18446744073709551616>",
            b"Content-ID: <response-item-0>",
            b"Content-ID: response-item-1",
            b"Content-ID:",
            b"HTTP/1.1 200 OK",
            b"HTTP/1.1 404 Not Found",
            b"HTTP/1.1 999 Odd",
            b"HTTP/1.1 abc",
            b"HTTP/2 204",
            b"Content-Length: 5",
            b"Content-Length: 99999999999999999999",
            b"Content-Length: -1",
            b"Content-Type: application/json",
            b"{\"id\": \"t1\"}",
            b"{\"error\": {\"code\": 404}}",
            b": ",
            b":",
            b" ",
            b"\xff\xfe",
            b"\x00",
        ];
        let content_types = [
            "multipart/mixed; boundary=batch_x",
            "multipart/mixed; boundary=\"batch_x\"",
            "multipart/mixed",
            "multipart/mixed; boundary=",
            "text/plain",
        ];
        let mut hostile = crate::hostile_input::HostileInput::new(1);
        for round in 0..20_000 {
            let body = hostile.soup(fragments, 60);
            let mut headers = HeaderMap::new();
            if let Ok(value) = HeaderValue::from_str(content_types[round % content_types.len()]) {
                headers.insert(CONTENT_TYPE, value);
            }
            let calls = hostile.rng().usize(0..4);
            if let Ok(answers) = read("batch", StatusCode::OK, &headers, &Bytes::from(body), calls)
            {
                assert_eq!(answers.len(), calls);
            }
        }
        hostile.report("batch answers");
    }
}
