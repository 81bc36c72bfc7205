//! The body of a batch request: one `application/http` part per call.

use bytes::{BufMut, Bytes, BytesMut};
use http::Method;

use crate::exchange::Prepared;
use crate::media::boundary;
use crate::MethodInfo;

/// An encoded batch body and the `Content-Type` (with its boundary) that goes with it.
pub(super) struct Encoded {
    pub bytes: Bytes,
    pub content_type: String,
}

/// The `Content-ID` of the call at `index` (counting from 0): `item-1` for the first.
pub(super) fn content_id(index: usize) -> String {
    format!("item-{}", index + 1)
}

/// Encodes the calls as `multipart/mixed` parts, each marked with its index in the batch (which a
/// second sending of some of them keeps). Lines end with CRLF.
pub(super) fn encode(parts: &[&(usize, &'static MethodInfo, Prepared)]) -> Encoded {
    let requests: Vec<Vec<u8>> = parts
        .iter()
        .map(|(_, method, prepared)| http_request(&method.http_method, prepared))
        .collect();
    let bodies: Vec<&[u8]> = requests.iter().map(Vec::as_slice).collect();
    let boundary = format!("batch_{}", boundary(&bodies));
    let size: usize = requests.iter().map(|r| r.len() + boundary.len() + 96).sum();
    let mut out = BytesMut::with_capacity(size + boundary.len() + 8);
    for ((index, _, _), request) in parts.iter().map(|part| &**part).zip(&requests) {
        out.put_slice(b"--");
        out.put_slice(boundary.as_bytes());
        out.put_slice(b"\r\nContent-Type: application/http\r\nContent-ID: <");
        out.put_slice(content_id(*index).as_bytes());
        out.put_slice(b">\r\n\r\n");
        out.put_slice(request);
        out.put_slice(b"\r\n");
    }
    out.put_slice(b"--");
    out.put_slice(boundary.as_bytes());
    out.put_slice(b"--\r\n");
    Encoded {
        bytes: out.freeze(),
        content_type: format!("multipart/mixed; boundary={boundary}"),
    }
}

/// One call as an HTTP/1.1 request: the request line with the path and query relative to the
/// host, the call's headers, a blank line and the body.
fn http_request(method: &Method, prepared: &Prepared) -> Vec<u8> {
    let url = &prepared.url;
    let body = prepared.body.as_ref();
    let mut out = Vec::with_capacity(256 + body.map_or(0, |b| b.bytes.len()));
    out.extend_from_slice(method.as_str().as_bytes());
    out.push(b' ');
    out.extend_from_slice(url.path().as_bytes());
    if let Some(query) = url.query() {
        out.push(b'?');
        out.extend_from_slice(query.as_bytes());
    }
    out.extend_from_slice(b" HTTP/1.1\r\n");
    let mut header = |name: &[u8], value: &[u8]| {
        out.extend_from_slice(name);
        out.extend_from_slice(b": ");
        out.extend_from_slice(value);
        out.extend_from_slice(b"\r\n");
    };
    for (name, value) in &prepared.headers {
        header(name.as_str().as_bytes(), value.as_bytes());
    }
    match body {
        Some(body) => {
            header(b"Content-Type", body.content_type.as_bytes());
            header(b"Content-Length", body.bytes.len().to_string().as_bytes());
        }
        None if [Method::POST, Method::PUT, Method::PATCH].contains(method) => {
            header(b"Content-Length", b"0");
        }
        None => {}
    }
    out.extend_from_slice(b"\r\n");
    if let Some(body) = body {
        out.extend_from_slice(&body.bytes);
    }
    out
}
