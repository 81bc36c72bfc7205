//! The `multipart/related` body of a simple upload with metadata: the JSON metadata as the first
//! part, the media as the second.

use bytes::{BufMut, Bytes, BytesMut};
use http::HeaderValue;

use crate::exchange::Body;

/// Characters of a generated boundary (all of them allowed unquoted in a header parameter).
const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Builds the body: each part is introduced by `--boundary` and its `Content-Type`, and the body
/// ends with `--boundary--`. Lines end with CRLF.
pub(crate) fn related(metadata: &Body, media: &Bytes, media_type: &HeaderValue) -> Body {
    let boundary = boundary(&[&metadata.bytes, media]);
    let mut out = BytesMut::with_capacity(metadata.bytes.len() + media.len() + 256);
    for (content_type, bytes) in [
        (metadata.content_type.as_bytes(), &metadata.bytes),
        (media_type.as_bytes(), media),
    ] {
        out.put_slice(b"--");
        out.put_slice(boundary.as_bytes());
        out.put_slice(b"\r\nContent-Type: ");
        out.put_slice(content_type);
        out.put_slice(b"\r\n\r\n");
        out.put_slice(bytes);
        out.put_slice(b"\r\n");
    }
    out.put_slice(b"--");
    out.put_slice(boundary.as_bytes());
    out.put_slice(b"--");
    let content_type = HeaderValue::from_str(&format!("multipart/related; boundary={boundary}"))
        .unwrap_or(HeaderValue::from_static("multipart/related"));
    Body {
        bytes: out.freeze(),
        content_type,
    }
}

/// A random boundary that occurs in none of `parts`.
pub(crate) fn boundary(parts: &[&[u8]]) -> String {
    loop {
        let candidate: String = (0..32)
            .map(|_| char::from(ALPHABET[fastrand::usize(..ALPHABET.len())]))
            .collect();
        let needle = candidate.as_bytes();
        if !parts
            .iter()
            .any(|part| part.windows(needle.len()).any(|w| w == needle))
        {
            return candidate;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_parts_then_the_close_delimiter() {
        let metadata = Body {
            bytes: Bytes::from_static(br#"{"a":1}"#),
            content_type: HeaderValue::from_static("application/json"),
        };
        let media = Bytes::from_static(b"raw\r\nbytes");
        let body = related(&metadata, &media, &HeaderValue::from_static("text/plain"));
        let header = body.content_type.to_str().unwrap_or_default();
        let boundary = header
            .strip_prefix("multipart/related; boundary=")
            .unwrap_or_default();
        assert_eq!(boundary.len(), 32);
        let expected = format!(
            "--{boundary}\r\nContent-Type: application/json\r\n\r\n{{\"a\":1}}\r\n\
             --{boundary}\r\nContent-Type: text/plain\r\n\r\nraw\r\nbytes\r\n--{boundary}--"
        );
        assert_eq!(body.bytes, expected.as_bytes());
    }

    #[test]
    fn boundaries_differ() {
        assert_ne!(boundary(&[]), boundary(&[]));
    }
}
