//! [`OperationError`]: how a long-running operation failed, read from the operation itself.

use std::fmt;

use http::StatusCode;
use serde_json::Value;

/// A long-running operation that ended in failure: what the operation's `error` says.
///
/// Two shapes are read:
///
/// - `google.longrunning.Operation` (most Cloud APIs, Android Management): `error` is a
///   `google.rpc.Status` with a canonical `code` (for example 5, `NOT_FOUND`), a `message` and
///   typed `details`; [`status`](Self::status) is the HTTP status Google maps that code to.
/// - Compute Engine's `Operation`: `error.errors[]` entries each with a `code` (such as
///   `QUOTA_EXCEEDED`), a `message` and a `location`, and the HTTP status of the failure in
///   `httpErrorStatusCode` (with `httpErrorMessage`).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct OperationError {
    /// Id of the method that started the operation.
    pub method_id: &'static str,
    /// The operation's `name`.
    pub name: Option<String>,
    /// The canonical error code of a `google.rpc.Status` (`error.code`), when the operation has
    /// one.
    pub code: Option<i64>,
    /// The HTTP status of the failure: Compute's `httpErrorStatusCode`, or the HTTP mapping of
    /// the canonical code.
    pub status: Option<StatusCode>,
    /// The canonical code's name, such as `NOT_FOUND` (`google.longrunning` operations).
    pub status_text: Option<String>,
    /// Google's message: `error.message`, or Compute's `httpErrorMessage`, or the first entry's.
    pub message: String,
    /// The `details` of a `google.rpc.Status`: typed payloads, each with an `@type`.
    pub details: Vec<Value>,
    /// Compute's `error.errors[]` entries, each with `code`, `message` and `location`.
    pub errors: Vec<Value>,
    /// The final state of the operation, as received.
    pub operation: Value,
}

/// The canonical codes of `google.rpc.Code` with the HTTP status Google maps each to.
const CANONICAL_CODES: [(&str, u16); 17] = [
    ("OK", 200),
    ("CANCELLED", 499),
    ("UNKNOWN", 500),
    ("INVALID_ARGUMENT", 400),
    ("DEADLINE_EXCEEDED", 504),
    ("NOT_FOUND", 404),
    ("ALREADY_EXISTS", 409),
    ("PERMISSION_DENIED", 403),
    ("RESOURCE_EXHAUSTED", 429),
    ("FAILED_PRECONDITION", 400),
    ("ABORTED", 409),
    ("OUT_OF_RANGE", 400),
    ("UNIMPLEMENTED", 501),
    ("INTERNAL", 500),
    ("UNAVAILABLE", 503),
    ("DATA_LOSS", 500),
    ("UNAUTHENTICATED", 401),
];

impl OperationError {
    /// Reads the `error` of a finished `google.longrunning.Operation`.
    pub(crate) fn from_status(method_id: &'static str, operation: Value) -> Self {
        let error = &operation["error"];
        let code = error["code"].as_i64();
        let canonical = code
            .and_then(|c| usize::try_from(c).ok())
            .and_then(|c| CANONICAL_CODES.get(c));
        OperationError {
            method_id,
            name: name_of(&operation),
            code,
            status: canonical.and_then(|(_, http)| StatusCode::from_u16(*http).ok()),
            status_text: canonical.map(|(text, _)| (*text).to_owned()),
            message: error["message"].as_str().unwrap_or_default().to_owned(),
            details: array(&error["details"]),
            errors: Vec::new(),
            operation,
        }
    }

    /// Reads the `error` of a finished Compute Engine operation.
    pub(crate) fn from_compute(method_id: &'static str, operation: Value) -> Self {
        let errors = array(&operation["error"]["errors"]);
        let message = operation["httpErrorMessage"]
            .as_str()
            .or_else(|| errors.first().and_then(|e| e["message"].as_str()))
            .unwrap_or_default()
            .to_owned();
        let status = operation["httpErrorStatusCode"]
            .as_u64()
            .and_then(|c| u16::try_from(c).ok())
            .and_then(|c| StatusCode::from_u16(c).ok());
        OperationError {
            method_id,
            name: name_of(&operation),
            code: None,
            status,
            status_text: None,
            message,
            details: Vec::new(),
            errors,
            operation,
        }
    }

    /// The `code` of each of Compute's `error.errors[]` entries, such as `QUOTA_EXCEEDED`.
    pub fn error_codes(&self) -> Vec<&str> {
        self.errors
            .iter()
            .filter_map(|e| e["code"].as_str())
            .collect()
    }
}

fn name_of(operation: &Value) -> Option<String> {
    operation["name"].as_str().map(str::to_owned)
}

fn array(value: &Value) -> Vec<Value> {
    value.as_array().cloned().unwrap_or_default()
}

impl fmt::Display for OperationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: the operation", self.method_id)?;
        if let Some(name) = &self.name {
            write!(f, " `{name}`")?;
        }
        write!(f, " failed")?;
        match (&self.status, &self.status_text, self.error_codes().first()) {
            (Some(status), Some(text), _) => write!(f, " (HTTP {}, {text})", status.as_u16())?,
            (Some(status), None, Some(code)) => write!(f, " (HTTP {}, {code})", status.as_u16())?,
            (Some(status), None, None) => write!(f, " (HTTP {})", status.as_u16())?,
            (None, _, Some(code)) => write!(f, " ({code})")?,
            (None, _, None) => {}
        }
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_status_error_keeps_code_message_details_and_maps_the_code() {
        let op = json!({
            "name": "enterprises/e/devices/d/operations/1",
            "done": true,
            "error": {"code": 9, "message": "device is offline",
                      "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "OFFLINE"}]}
        });
        let e =
            OperationError::from_status("androidmanagement.enterprises.devices.issueCommand", op);
        assert_eq!(e.code, Some(9));
        assert_eq!(e.status, Some(StatusCode::BAD_REQUEST));
        assert_eq!(e.status_text.as_deref(), Some("FAILED_PRECONDITION"));
        assert_eq!(e.details.len(), 1);
        assert_eq!(e.details[0]["reason"], "OFFLINE");
        assert_eq!(
            e.to_string(),
            "androidmanagement.enterprises.devices.issueCommand: the operation \
             `enterprises/e/devices/d/operations/1` failed (HTTP 400, FAILED_PRECONDITION): device is offline"
        );
        for (code, http, text) in [
            (5, 404, "NOT_FOUND"),
            (16, 401, "UNAUTHENTICATED"),
            (1, 499, "CANCELLED"),
        ] {
            let e = OperationError::from_status("m", json!({"error": {"code": code}}));
            assert_eq!(e.status.map(|s| s.as_u16()), Some(http));
            assert_eq!(e.status_text.as_deref(), Some(text));
        }
        let odd = OperationError::from_status("m", json!({"error": {"code": 99}}));
        assert_eq!((odd.status, odd.status_text), (None, None));
        assert_eq!(odd.code, Some(99));
    }

    #[test]
    fn a_compute_error_keeps_the_http_status_and_error_codes() {
        let op = json!({
            "name": "operation-1", "status": "DONE",
            "httpErrorStatusCode": 403, "httpErrorMessage": "FORBIDDEN",
            "error": {"errors": [{"code": "QUOTA_EXCEEDED", "message": "Quota 'CPUS' exceeded.", "location": "us-central1"}]}
        });
        let e = OperationError::from_compute("compute.instances.insert", op);
        assert_eq!(e.status, Some(StatusCode::FORBIDDEN));
        assert_eq!(e.error_codes(), ["QUOTA_EXCEEDED"]);
        assert_eq!(e.message, "FORBIDDEN");
        assert_eq!(
            e.to_string(),
            "compute.instances.insert: the operation `operation-1` failed (HTTP 403, QUOTA_EXCEEDED): FORBIDDEN"
        );
        let bare = OperationError::from_compute(
            "m",
            json!({"error": {"errors": [{"code": "X", "message": "first"}]}}),
        );
        assert_eq!(bare.message, "first");
        assert_eq!(bare.to_string(), "m: the operation failed (X): first");
    }
}
