//! The headers of a request or an answer as the fake's reports and the recordings show them:
//! secrets redacted, and those that change from one build or connection to the next left out.

use std::collections::BTreeMap;

use http::HeaderMap;

/// Headers left out of recordings and reports: they describe the client's build or the
/// connection, and would make a recording differ from one version to the next.
const VOLATILE_HEADERS: [&str; 8] = [
    "user-agent",
    "x-goog-api-client",
    // Cloud Storage's idempotency token: a new random id on every call.
    "x-goog-gcs-idempotency-token",
    "accept-encoding",
    "content-length",
    "content-encoding",
    "transfer-encoding",
    "host",
];

/// The headers worth keeping, secrets redacted; a repeated header's values joined with `, `, as
/// HTTP allows.
pub(super) fn recorded_headers(headers: &HeaderMap) -> BTreeMap<String, String> {
    let mut kept = BTreeMap::<String, String>::new();
    for (name, value) in headers {
        if VOLATILE_HEADERS.contains(&name.as_str()) {
            continue;
        }
        let secret = crate::redact::is_secret_header(name.as_str());
        let value =
            crate::redact::header_value(name.as_str(), &String::from_utf8_lossy(value.as_bytes()));
        kept.entry(name.as_str().to_owned())
            .and_modify(|v| {
                if !secret {
                    v.push_str(", ");
                    v.push_str(&value);
                }
            })
            .or_insert(value);
    }
    kept
}
