//! AWS Signature Version 4 (the `Authorization` header of a request to an AWS API), over ring's
//! SHA-256 and HMAC-SHA256, as AWS's "Create a signed AWS API request" page lays it out.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use ring::{digest, hmac};

use crate::auth::Secret;

/// What SigV4 leaves unencoded in the canonical query: the unreserved characters of RFC 3986.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// The AWS credentials that sign.
pub(crate) struct AwsCredentials {
    pub(crate) access_key_id: String,
    pub(crate) secret_access_key: Secret,
    pub(crate) session_token: Option<Secret>,
}

/// One request to sign. `headers` are every header that is signed (their names in any case),
/// `host` and `x-amz-date` among them; `amz_date` is `x-amz-date`'s value
/// (`20150830T123600Z`).
pub(crate) struct Request<'a> {
    pub(crate) method: &'a str,
    /// The path as sent, percent-encoded.
    pub(crate) path: &'a str,
    /// The query as sent, without `?`.
    pub(crate) query: &'a str,
    pub(crate) headers: &'a [(&'a str, &'a str)],
    pub(crate) payload: &'a [u8],
    pub(crate) amz_date: &'a str,
    pub(crate) region: &'a str,
    pub(crate) service: &'a str,
}

impl Request<'_> {
    /// The `Authorization` header's value.
    pub(crate) fn authorization(&self, credentials: &AwsCredentials) -> String {
        let (signed_headers, canonical) = self.canonical_request();
        let date = self.amz_date.get(..8).unwrap_or(self.amz_date);
        let scope = format!("{date}/{}/{}/aws4_request", self.region, self.service);
        let to_sign = format!(
            "{ALGORITHM}\n{}\n{scope}\n{}",
            self.amz_date,
            hex(digest::digest(&digest::SHA256, canonical.as_bytes()).as_ref())
        );
        let mut key = format!("AWS4{}", credentials.secret_access_key.expose()).into_bytes();
        for part in [date, self.region, self.service, "aws4_request"] {
            key = mac(&key, part.as_bytes());
        }
        let signature = hex(&mac(&key, to_sign.as_bytes()));
        format!(
            "{ALGORITHM} Credential={}/{scope}, SignedHeaders={signed_headers}, Signature={signature}",
            credentials.access_key_id
        )
    }

    /// The signed header names and the canonical request.
    pub(crate) fn canonical_request(&self) -> (String, String) {
        let mut headers: Vec<(String, String)> = Vec::new();
        for (name, value) in self.headers {
            let name = name.to_ascii_lowercase();
            let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
            match headers.iter_mut().find(|(known, _)| *known == name) {
                Some((_, values)) => {
                    values.push(',');
                    values.push_str(&value);
                }
                None => headers.push((name, value)),
            }
        }
        headers.sort();
        let signed_headers = headers
            .iter()
            .map(|(name, _)| name.as_str())
            .collect::<Vec<_>>()
            .join(";");
        let canonical_headers: String = headers
            .iter()
            .map(|(name, value)| format!("{name}:{value}\n"))
            .collect();
        let path = if self.path.is_empty() { "/" } else { self.path };
        let canonical = format!(
            "{}\n{path}\n{}\n{canonical_headers}\n{signed_headers}\n{}",
            self.method,
            canonical_query(self.query),
            hex(digest::digest(&digest::SHA256, self.payload).as_ref())
        );
        (signed_headers, canonical)
    }
}

/// The query's pairs, each name and value encoded as SigV4 wants, sorted by name then value.
fn canonical_query(query: &str) -> String {
    let encode = |part: &str| {
        let decoded = percent_decode_str(&part.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned();
        utf8_percent_encode(&decoded, UNRESERVED).to_string()
    };
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) => (encode(name), encode(value)),
            None => (encode(pair), String::new()),
        })
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join("&")
}

fn mac(key: &[u8], message: &[u8]) -> Vec<u8> {
    hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key), message)
        .as_ref()
        .to_vec()
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0xf)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The credentials, date, region and service of AWS's SigV4 test suite
    /// (aws-sig-v4-test-suite), whose expected signatures the cases below carry.
    fn suite() -> AwsCredentials {
        AwsCredentials {
            access_key_id: "AKIDEXAMPLE".to_owned(),
            secret_access_key: Secret::new("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            session_token: None,
        }
    }

    fn sign(
        method: &str,
        path: &str,
        query: &str,
        extra: &[(&str, &str)],
        payload: &[u8],
    ) -> String {
        let mut headers = vec![
            ("Host", "example.amazonaws.com"),
            ("X-Amz-Date", "20150830T123600Z"),
        ];
        headers.extend_from_slice(extra);
        Request {
            method,
            path,
            query,
            headers: &headers,
            payload,
            amz_date: "20150830T123600Z",
            region: "us-east-1",
            service: "service",
        }
        .authorization(&suite())
    }

    const PREFIX: &str =
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ";

    #[test]
    fn signatures_match_the_aws_test_suite() {
        let plain = format!("{PREFIX}SignedHeaders=host;x-amz-date, Signature=");
        let cases: [(&str, &str, &str, &str); 5] = [
            // get-vanilla
            (
                "GET",
                "/",
                "",
                "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            ),
            // get-vanilla-query-order-key-case
            (
                "GET",
                "/",
                "Param2=value2&Param1=value1",
                "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
            ),
            // get-utf8
            (
                "GET",
                "/%E1%88%B4",
                "",
                "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85",
            ),
            // post-vanilla
            (
                "POST",
                "/",
                "",
                "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b",
            ),
            // post-vanilla-query
            (
                "POST",
                "/",
                "Param1=value1",
                "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11",
            ),
        ];
        for (method, path, query, signature) in cases {
            assert_eq!(
                sign(method, path, query, &[], b""),
                format!("{plain}{signature}"),
                "{method} {path}?{query}"
            );
        }
        // post-x-www-form-urlencoded: a signed content type and a body.
        assert_eq!(
            sign("POST", "/", "", &[("Content-Type", "application/x-www-form-urlencoded")], b"Param1=value1"),
            format!("{PREFIX}SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a")
        );
    }

    #[test]
    fn canonical_requests_follow_the_documented_layout() {
        let headers = [
            ("My-Header1", "  value1   two  "),
            ("host", "example.amazonaws.com"),
            ("my-header1", "value2"),
        ];
        let request = Request {
            method: "GET",
            path: "",
            query: "b=2&a=%7e+x&A&a=1",
            headers: &headers,
            payload: b"",
            amz_date: "20150830T123600Z",
            region: "us-east-1",
            service: "service",
        };
        let (signed, canonical) = request.canonical_request();
        assert_eq!(signed, "host;my-header1");
        assert_eq!(
            canonical,
            "GET\n/\nA=&a=1&a=~%20x&b=2\nhost:example.amazonaws.com\nmy-header1:value1 two,value2\n\nhost;my-header1\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
    }
}
