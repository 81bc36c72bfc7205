//! [`ApiError`]: what Google said when a call failed, read tolerantly from any error body.

use std::borrow::Cow;
use std::fmt;

use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The longest message taken from a body that is not a Google JSON error, in characters.
const MAX_FALLBACK_MESSAGE: usize = 300;

/// A Google API error: the HTTP status and the contents of the error body.
///
/// Google answers failures with a body such as
/// `{"error": {"code": 404, "message": "...", "status": "NOT_FOUND", "details": [...], "errors": [...]}}`.
/// Each part is exposed here. Bodies that are not in that shape (an HTML page from a proxy, plain
/// text, an OAuth-style `{"error": "invalid_grant", "error_description": "..."}`) are accepted too:
/// the message is then taken from whatever the body offers, and the raw body is always kept.
///
/// Its `Debug` output shows the headers and the body with their credentials redacted (an upload
/// session's `Location` and id, cookies, token fields), by the rule the runtime's spans and
/// recordings follow; the fields themselves hold what the server sent.
#[derive(Clone)]
#[non_exhaustive]
pub struct ApiError {
    /// Id of the method that was called.
    pub method_id: &'static str,
    /// The HTTP status of the response.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The error body's `code` (normally the HTTP status again).
    pub code: Option<i64>,
    /// Google's human-readable message; when the body has none, a short excerpt of the body or the
    /// status's reason phrase.
    pub message: String,
    /// The error body's `status`, a canonical code such as `NOT_FOUND` or `PERMISSION_DENIED`.
    pub status_text: Option<String>,
    /// The error body's `details`: typed payloads, each with an `@type` such as
    /// `type.googleapis.com/google.rpc.ErrorInfo`.
    pub details: Vec<Value>,
    /// The legacy `errors` array that older APIs still send.
    pub errors: Vec<ErrorItem>,
    /// The raw response body.
    pub body: Bytes,
}

/// One entry of the legacy `errors` array of a Google error body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ErrorItem {
    /// The error domain, for example `global` or `usageLimits`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// A short machine-readable reason, for example `notFound` or `rateLimitExceeded`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// A human-readable message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The location of the fault, for example the name of a parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// What `location` refers to, for example `parameter` or `header`.
    #[serde(
        default,
        rename = "locationType",
        skip_serializing_if = "Option::is_none"
    )]
    pub location_type: Option<String>,
    /// Any other fields of the entry.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ApiError {
    /// Reads an error response. Never fails: unreadable bodies still give an error with the status.
    pub fn from_response(
        method_id: &'static str,
        status: StatusCode,
        headers: HeaderMap,
        body: Bytes,
    ) -> Self {
        let parsed = Parsed::read(&body);
        let message = parsed
            .message
            .filter(|m| !m.trim().is_empty())
            .unwrap_or_else(|| fallback_message(status, &body, parsed.is_json));
        ApiError {
            method_id,
            status,
            headers,
            code: parsed.code,
            message,
            status_text: parsed.status_text,
            details: parsed.details,
            errors: parsed.errors,
            body,
        }
    }

    /// The body as text (invalid UTF-8 replaced).
    pub fn body_text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }

    /// The `reason` of the first entry of the legacy `errors` array, for example `notFound`.
    pub fn reason(&self) -> Option<&str> {
        self.errors.iter().find_map(|e| e.reason.as_deref())
    }

    /// The first entry of `details` whose `@type` ends with `type_suffix`, for example
    /// `google.rpc.ErrorInfo` or `google.rpc.BadRequest`.
    pub fn detail(&self, type_suffix: &str) -> Option<&Value> {
        self.details.iter().find(|d| {
            d.get("@type")
                .and_then(Value::as_str)
                .is_some_and(|t| t.ends_with(type_suffix))
        })
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: HTTP {}", self.method_id, self.status.as_u16())?;
        if let Some(reason) = self.status.canonical_reason() {
            write!(f, " {reason}")?;
        }
        if let Some(status_text) = &self.status_text {
            write!(f, " ({status_text})")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ApiError {}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, String)> = self
            .headers
            .iter()
            .map(|(name, value)| {
                let value = String::from_utf8_lossy(value.as_bytes());
                (
                    name.as_str(),
                    crate::redact::header_value(name.as_str(), &value),
                )
            })
            .collect();
        let body = match serde_json::from_slice::<Value>(&self.body) {
            Ok(mut json) => {
                crate::redact::json(&mut json);
                json.to_string()
            }
            Err(_) => String::from_utf8_lossy(&self.body).into_owned(),
        };
        f.debug_struct("ApiError")
            .field("method_id", &self.method_id)
            .field("status", &self.status)
            .field("headers", &headers)
            .field("code", &self.code)
            .field("message", &self.message)
            .field("status_text", &self.status_text)
            .field("details", &self.details)
            .field("errors", &self.errors)
            .field("body", &body)
            .finish()
    }
}

/// What could be read from an error body.
#[derive(Default)]
struct Parsed {
    /// Whether the body is JSON at all.
    is_json: bool,
    code: Option<i64>,
    message: Option<String>,
    status_text: Option<String>,
    details: Vec<Value>,
    errors: Vec<ErrorItem>,
}

impl Parsed {
    fn read(body: &[u8]) -> Self {
        let Ok(value) = serde_json::from_slice::<Value>(body) else {
            return Parsed::default();
        };
        Parsed {
            is_json: true,
            ..Parsed::read_json(value)
        }
    }

    fn read_json(value: Value) -> Self {
        // Some front ends wrap the error in a one-element array.
        let value = match value {
            Value::Array(mut items) if !items.is_empty() => items.swap_remove(0),
            other => other,
        };
        let Value::Object(mut top) = value else {
            return Parsed::default();
        };
        match top.remove("error") {
            Some(Value::Object(error)) => Parsed::from_google(error),
            // OAuth-style: {"error": "invalid_grant", "error_description": "..."}
            Some(Value::String(code)) => {
                let description = top
                    .get("error_description")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                Parsed {
                    message: Some(description.unwrap_or_else(|| code.clone())),
                    status_text: Some(code),
                    ..Parsed::default()
                }
            }
            _ => Parsed {
                message: top
                    .get("message")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                ..Parsed::default()
            },
        }
    }

    fn from_google(mut error: Map<String, Value>) -> Self {
        let code = error.get("code").and_then(|c| match c {
            Value::Number(n) => n.as_i64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        });
        let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_owned);
        let message = text(error.get("message"));
        let status_text = text(error.get("status"));
        let details = match error.remove("details") {
            Some(Value::Array(items)) => items,
            _ => Vec::new(),
        };
        let errors = match error.remove("errors") {
            Some(Value::Array(items)) => items
                .into_iter()
                .filter_map(|item| serde_json::from_value::<ErrorItem>(item).ok())
                .collect(),
            _ => Vec::new(),
        };
        Parsed {
            code,
            message,
            status_text,
            details,
            errors,
            ..Parsed::default()
        }
    }
}

/// A message for a body that carries none: a short excerpt of plain text, or the reason phrase for
/// an empty body, markup (an HTML error page) or JSON without a message.
fn fallback_message(status: StatusCode, body: &[u8], is_json: bool) -> String {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    let looks_like_markup = text.starts_with('<');
    if text.is_empty() || looks_like_markup || is_json {
        return status
            .canonical_reason()
            .map_or_else(|| format!("HTTP {}", status.as_u16()), str::to_owned);
    }
    let collapsed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() > MAX_FALLBACK_MESSAGE {
        let cut: String = collapsed.chars().take(MAX_FALLBACK_MESSAGE).collect();
        format!("{cut}…")
    } else {
        collapsed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(status: u16, body: &str) -> ApiError {
        ApiError::from_response(
            "test.method",
            StatusCode::from_u16(status).expect("valid status"),
            HeaderMap::new(),
            Bytes::copy_from_slice(body.as_bytes()),
        )
    }

    #[test]
    fn google_error_body() {
        let err = read(
            403,
            r#"{"error":{"code":403,"message":"Insufficient Permission","status":"PERMISSION_DENIED",
                "details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"ACCESS_TOKEN_SCOPE_INSUFFICIENT"}],
                "errors":[{"message":"Insufficient Permission","domain":"global","reason":"insufficientPermissions","extra":1}]}}"#,
        );
        assert_eq!(err.code, Some(403));
        assert_eq!(err.message, "Insufficient Permission");
        assert_eq!(err.status_text.as_deref(), Some("PERMISSION_DENIED"));
        assert_eq!(err.details.len(), 1);
        assert_eq!(
            err.detail("google.rpc.ErrorInfo")
                .and_then(|d| d.get("reason"))
                .and_then(Value::as_str),
            Some("ACCESS_TOKEN_SCOPE_INSUFFICIENT")
        );
        assert_eq!(err.reason(), Some("insufficientPermissions"));
        assert_eq!(err.errors[0].domain.as_deref(), Some("global"));
        assert_eq!(err.errors[0].extra.get("extra"), Some(&Value::from(1)));
        assert_eq!(
            err.to_string(),
            "test.method: HTTP 403 Forbidden (PERMISSION_DENIED): Insufficient Permission"
        );
    }

    #[test]
    fn html_body_falls_back_to_reason_phrase() {
        let err = read(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
        assert_eq!(err.message, "Bad Gateway");
        assert_eq!(err.code, None);
        assert!(err.body_text().contains("<h1>"));
        assert_eq!(
            err.to_string(),
            "test.method: HTTP 502 Bad Gateway: Bad Gateway"
        );
    }

    #[test]
    fn plain_text_body_becomes_the_message() {
        let err = read(500, "  upstream\n  exploded  ");
        assert_eq!(err.message, "upstream exploded");
        let long = "x".repeat(1000);
        let err = read(500, &long);
        assert_eq!(err.message.chars().count(), MAX_FALLBACK_MESSAGE + 1);
    }

    #[test]
    fn empty_body_and_odd_json() {
        assert_eq!(read(404, "").message, "Not Found");
        assert_eq!(read(404, "[]").message, "Not Found");
        assert_eq!(read(404, "42").message, "Not Found");
        assert_eq!(read(404, r#"{"message":"gone"}"#).message, "gone");
        let wrapped = read(400, r#"[{"error":{"code":"400","message":"bad"}}]"#);
        assert_eq!(wrapped.code, Some(400));
        assert_eq!(wrapped.message, "bad");
        let weird_errors = read(
            400,
            r#"{"error":{"message":"m","errors":[1,{"reason":"r"}]}}"#,
        );
        assert_eq!(weird_errors.errors.len(), 1);
        assert_eq!(weird_errors.reason(), Some("r"));
    }

    #[test]
    fn oauth_style_error() {
        let err = read(
            400,
            r#"{"error":"invalid_grant","error_description":"Token has been expired or revoked."}"#,
        );
        assert_eq!(err.message, "Token has been expired or revoked.");
        assert_eq!(err.status_text.as_deref(), Some("invalid_grant"));
    }

    /// Error bodies made of the pieces of Google's and OAuth's error JSON, cut and changed, and
    /// nested deep: reading one never panics and always gives a message.
    #[test]
    fn fuzz_error_bodies() {
        let fragments: &[&[u8]] = &[
            b"{",
            b"}",
            b"[",
            b"]",
            b",",
            b":",
            b"\"error\"",
            b"\"message\"",
            b"\"errors\"",
            b"\"reason\"",
            b"\"details\"",
            b"\"@type\"",
            b"\"code\"",
            b"\"status\"",
            b"\"error_description\"",
            b"404",
            b"-1",
            b"1e999",
            b"null",
            b"true",
            b"\"x\"",
            b"\"\\u00e9\"",
            b"\"\\ud800\"",
            b"<html>",
            b"\xff",
            b" ",
        ];
        let mut hostile = crate::hostile_input::HostileInput::new(2);
        let mut deepest = 0;
        for round in 0..20_000 {
            let mut body = hostile.soup(fragments, 80);
            if round % 100 == 0 {
                // Deep nesting, as a hostile server could send.
                let depth = hostile.rng().usize(1..5_000);
                deepest = deepest.max(depth);
                body = [
                    b"{\"error\":".repeat(depth),
                    b"1".to_vec(),
                    b"}".repeat(depth),
                ]
                .concat();
            }
            let status = StatusCode::from_u16(hostile.rng().u16(400..600)).expect("a status");
            let error = ApiError::from_response("m", status, HeaderMap::new(), Bytes::from(body));
            assert!(!error.message.is_empty());
            let _ = (error.reason(), error.detail("ErrorInfo"), error.to_string());
        }
        hostile.report("error bodies");
        println!("fuzz error bodies: deepest nesting {deepest}");
    }
}
