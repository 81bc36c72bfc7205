//! The one rule for what is a secret, used by everything that shows a request: error messages,
//! tracing spans, recordings and the fakes' reports.
//!
//! Names are compared after dropping `_` and `-` and lowercasing, so that `access_token`,
//! `accessToken`, `AccessToken` and `ACCESS-TOKEN` are one name: Google's token endpoints answer
//! in snake case, IAM Credentials in camel case, and headers come in any case.

use percent_encoding::percent_decode_str;
use serde_json::Value;

/// What a secret value becomes (OpenTelemetry's word for it).
pub(crate) const REDACTED: &str = "REDACTED";

/// Names (normalised) whose values are credentials wherever they appear: a query parameter, a
/// form field, a JSON field or a header.
const SECRETS: [&str; 18] = [
    "accesstoken",
    "refreshtoken",
    "idtoken",
    "token",
    "clientsecret",
    "password",
    "privatekey",
    "privatekeydata",
    "assertion",
    "subjecttoken",
    "actortoken",
    "signedjwt",
    "signedblob",
    // A customer-supplied encryption key (Cloud Storage), and its hash, as header or field.
    "xgoogencryptionkey",
    "xgoogencryptionkeysha256",
    "xgoogcopysourceencryptionkey",
    "xgoogcopysourceencryptionkeysha256",
    "encryptionkey",
];

/// Names that are credentials as query or form parameters only: in an API's JSON data a `key`, a
/// `code` or a `signature` is data (Compute's metadata items are `{"key": .., "value": ..}`,
/// Gmail's send-as settings have a `signature`).
const SECRET_PARAMETERS: [&str; 8] = [
    "key",
    // Signed URLs: the signature grants access (Cloud Storage V4 and V2, shared access `sig`).
    "xgoogsignature",
    "xgoogcredential",
    "signature",
    "sig",
    // An OAuth authorization code.
    "code",
    // An upload session: its URL is the credential for the upload.
    "uploadid",
    "googleaccessid",
];

/// Headers whose values are credentials.
const SECRET_HEADERS: [&str; 7] = [
    "authorization",
    "proxyauthorization",
    "cookie",
    "setcookie",
    "xgoogapikey",
    // The id of an upload session, which its URL carries as `upload_id`.
    "xguploaderuploadid",
    "xserverlessauthorization",
];

/// Headers whose values are URLs: their query is redacted by the same rule (the `Location` of a
/// resumable upload session holds its `upload_id`).
const URL_HEADERS: [&str; 3] = ["location", "contentlocation", "referer"];

/// `name` as the rule compares it: without `_` and `-`, lowercase, percent-decoded.
fn normalised(name: &str) -> String {
    percent_decode_str(name)
        .decode_utf8_lossy()
        .chars()
        .filter(|c| !matches!(c, '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a query or form parameter named `name` holds a credential.
pub(crate) fn is_secret_parameter(name: &str) -> bool {
    let name = normalised(name);
    SECRETS.contains(&name.as_str()) || SECRET_PARAMETERS.contains(&name.as_str())
}

/// Whether a JSON field named `name` holds a credential.
pub(crate) fn is_secret_field(name: &str) -> bool {
    SECRETS.contains(&normalised(name).as_str())
}

/// Whether a header named `name` holds a credential.
pub(crate) fn is_secret_header(name: &str) -> bool {
    let name = normalised(name);
    SECRETS.contains(&name.as_str()) || SECRET_HEADERS.contains(&name.as_str())
}

/// A header's value as it may be shown: `REDACTED` for a credential, a URL's query redacted, else
/// the value as it is.
pub(crate) fn header_value(name: &str, value: &str) -> String {
    if is_secret_header(name) {
        REDACTED.to_owned()
    } else if URL_HEADERS.contains(&normalised(name).as_str()) {
        url(value)
    } else {
        value.to_owned()
    }
}

/// `name=value&...` (a query, a form body) with the value of every credential replaced by
/// `REDACTED` (a credential's name without a value gets one).
pub(crate) fn pairs(pairs: &str) -> String {
    pairs
        .split('&')
        .map(|pair| {
            let name = pair.split_once('=').map_or(pair, |(name, _)| name);
            if is_secret_parameter(&name.replace('+', " ")) {
                format!("{name}={REDACTED}")
            } else {
                pair.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// `url` with any user and password dropped and its query's credentials redacted.
pub(crate) fn url(url: &str) -> String {
    let (before_fragment, fragment) = match url.split_once('#') {
        Some((url, fragment)) => (url, Some(fragment)),
        None => (url, None),
    };
    let (base, query) = match before_fragment.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (before_fragment, None),
    };
    let mut shown = without_userinfo(base);
    if let Some(query) = query {
        shown.push('?');
        shown.push_str(&pairs(query));
    }
    if let Some(fragment) = fragment {
        shown.push('#');
        shown.push_str(&pairs(fragment));
    }
    shown
}

/// `scheme://user:password@host/path` without `user:password@`.
fn without_userinfo(base: &str) -> String {
    let Some((scheme, rest)) = base.split_once("://") else {
        return base.to_owned();
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((_, host)) => format!("{scheme}://{host}{path}"),
        None => base.to_owned(),
    }
}

/// Replaces the value of every credential field of `json`, at any depth, with `REDACTED`.
pub(crate) fn json(json: &mut Value) {
    match json {
        Value::Object(fields) => {
            for (name, value) in fields.iter_mut() {
                if is_secret_field(name) {
                    *value = Value::String(REDACTED.to_owned());
                } else {
                    self::json(value);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(self::json),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_match_in_any_case_and_style() {
        for name in [
            "access_token",
            "accessToken",
            "AccessToken",
            "ACCESS-TOKEN",
            "access%5Ftoken",
            "signedJwt",
            "privateKeyData",
            "password",
            "x-goog-encryption-key",
            "X-Goog-Encryption-Key-Sha256",
        ] {
            assert!(is_secret_field(name), "{name}");
            assert!(is_secret_parameter(name), "{name}");
            assert!(is_secret_header(name), "{name}");
        }
        for name in [
            "key",
            "upload_id",
            "uploadId",
            "code",
            "X-Goog-Signature",
            "sig",
        ] {
            assert!(is_secret_parameter(name), "{name}");
            assert!(!is_secret_field(name), "{name} is data in JSON");
        }
        for name in ["Authorization", "x-guploader-uploadid", "Set-Cookie"] {
            assert!(is_secret_header(name), "{name}");
        }
        for name in [
            "keys",
            "monkey",
            "nextPageToken",
            "pageToken",
            "alt",
            "tokens",
            "kind",
        ] {
            assert!(!is_secret_parameter(name), "{name}");
            assert!(!is_secret_field(name), "{name}");
            assert!(!is_secret_header(name), "{name}");
        }
        assert!(!is_secret_header("content-type"));
    }

    #[test]
    fn urls_lose_credentials_and_keep_the_rest() {
        assert_eq!(
            url("https://a.example/v1/x?key=AIza&alt=json&access_token=ya29&monkey=1"),
            "https://a.example/v1/x?key=REDACTED&alt=json&access_token=REDACTED&monkey=1"
        );
        assert_eq!(
            url("https://s.example/b/o?X-Goog-Signature=ab&X-Goog-Credential=c%2Fd&X-Goog-Date=1"),
            "https://s.example/b/o?X-Goog-Signature=REDACTED&X-Goog-Credential=REDACTED\
             &X-Goog-Date=1"
        );
        assert_eq!(
            url("http://user:pw@proxy.example:3128/p?sig=s#access_token=t"),
            "http://proxy.example:3128/p?sig=REDACTED#access_token=REDACTED"
        );
        assert_eq!(url("/upload?upload_id=xyz"), "/upload?upload_id=REDACTED");
        assert_eq!(url("https://a.example/a@b"), "https://a.example/a@b");
        assert_eq!(pairs("key"), "key=REDACTED");
        assert_eq!(pairs("keys=1&akey=2"), "keys=1&akey=2");
    }

    #[test]
    fn headers_and_json() {
        assert_eq!(header_value("Authorization", "Bearer x"), REDACTED);
        assert_eq!(
            header_value("Location", "https://u.example/up?upload_id=s&name=a"),
            "https://u.example/up?upload_id=REDACTED&name=a"
        );
        assert_eq!(header_value("content-type", "a/b"), "a/b");
        let mut body = json!({
            "accessToken": "ya29", "expireTime": "t",
            "items": [{"key": "k", "value": "v", "signedJwt": "j"}],
            "nested": {"private_key": "p", "Password": "w"}
        });
        json(&mut body);
        assert_eq!(
            body,
            json!({
                "accessToken": "REDACTED", "expireTime": "t",
                "items": [{"key": "k", "value": "v", "signedJwt": "REDACTED"}],
                "nested": {"private_key": "REDACTED", "Password": "REDACTED"}
            })
        );
    }
}
