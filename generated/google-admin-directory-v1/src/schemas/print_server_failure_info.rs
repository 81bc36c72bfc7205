use crate::runtime::{impl_open_enum, wire};

/// Info about failures
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PrintServerFailureInfo {
    /// Canonical code for why the update failed to apply.
    pub error_code: Option<crate::schemas::PrintServerFailureInfoErrorCode>,
    /// Failure reason message.
    pub error_message: Option<String>,
    /// Failed print server.
    pub print_server: Option<crate::schemas::PrintServer>,
    /// ID of a failed print server.
    pub print_server_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PrintServerFailureInfo {
    /// Sets `errorCode` (chainable).
    pub fn set_error_code(
        mut self,
        value: impl Into<crate::schemas::PrintServerFailureInfoErrorCode>,
    ) -> Self {
        self.error_code = Some(value.into());
        self.unknown_fields.remove("errorCode");
        self
    }

    /// Sends `errorCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_error_code` takes it back.
    #[inline]
    pub fn clear_error_code(mut self) -> Self {
        self.error_code = None;
        self.unknown_fields.insert("errorCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `errorMessage` (chainable).
    pub fn set_error_message(mut self, value: impl Into<String>) -> Self {
        self.error_message = Some(value.into());
        self.unknown_fields.remove("errorMessage");
        self
    }

    /// Sends `errorMessage` as JSON `null`, which clears it on the server (chainable);
    /// `set_error_message` takes it back.
    #[inline]
    pub fn clear_error_message(mut self) -> Self {
        self.error_message = None;
        self.unknown_fields.insert("errorMessage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printServer` (chainable).
    pub fn set_print_server(
        mut self,
        value: impl Into<crate::schemas::PrintServer>,
    ) -> Self {
        self.print_server = Some(value.into());
        self.unknown_fields.remove("printServer");
        self
    }

    /// Sends `printServer` as JSON `null`, which clears it on the server (chainable);
    /// `set_print_server` takes it back.
    #[inline]
    pub fn clear_print_server(mut self) -> Self {
        self.print_server = None;
        self.unknown_fields.insert("printServer".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printServerId` (chainable).
    pub fn set_print_server_id(mut self, value: impl Into<String>) -> Self {
        self.print_server_id = Some(value.into());
        self.unknown_fields.remove("printServerId");
        self
    }

    /// Sends `printServerId` as JSON `null`, which clears it on the server (chainable);
    /// `set_print_server_id` takes it back.
    #[inline]
    pub fn clear_print_server_id(mut self) -> Self {
        self.print_server_id = None;
        self.unknown_fields.insert("printServerId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PrintServerFailureInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.error_code {
            map.serialize_entry("errorCode", value)?;
        }
        if let Some(value) = &self.error_message {
            map.serialize_entry("errorMessage", value)?;
        }
        if let Some(value) = &self.print_server {
            map.serialize_entry("printServer", value)?;
        }
        if let Some(value) = &self.print_server_id {
            map.serialize_entry("printServerId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrintServerFailureInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PrintServerFailureInfo {
    const NAME: &'static str = "PrintServerFailureInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "errorCode" => self.error_code = map.next_value()?,
            "errorMessage" => self.error_message = map.next_value()?,
            "printServer" => self.print_server = map.next_value()?,
            "printServerId" => self.print_server_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Canonical code for why the update failed to apply.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PrintServerFailureInfoErrorCode {
    /// Not an error; returned on success. HTTP Mapping: 200 OK
    ///
    /// `OK` on the wire.
    #[default]
    Ok,
    /// The operation was cancelled, typically by the caller. HTTP Mapping: 499 Client Closed
    /// Request
    ///
    /// `CANCELLED` on the wire.
    Cancelled,
    /// Unknown error. For example, this error may be returned when a `Status` value received from
    /// another address space belongs to an error space that is not known in this address space.
    /// Also errors raised by APIs that do not return enough error information may be converted to
    /// this error. HTTP Mapping: 500 Internal Server Error
    ///
    /// `UNKNOWN` on the wire.
    Unknown,
    /// The client specified an invalid argument. Note that this differs from `FAILED_PRECONDITION`.
    /// `INVALID_ARGUMENT` indicates arguments that are problematic regardless of the state of the
    /// system (e.g., a malformed file name). HTTP Mapping: 400 Bad Request
    ///
    /// `INVALID_ARGUMENT` on the wire.
    InvalidArgument,
    /// The deadline expired before the operation could complete. For operations that change the
    /// state of the system, this error may be returned even if the operation has completed
    /// successfully. For example, a successful response from a server could have been delayed long
    /// enough for the deadline to expire. HTTP Mapping: 504 Gateway Timeout
    ///
    /// `DEADLINE_EXCEEDED` on the wire.
    DeadlineExceeded,
    /// Some requested entity (e.g., file or directory) was not found. Note to server developers: if
    /// a request is denied for an entire class of users, such as gradual feature rollout or
    /// undocumented allowlist, `NOT_FOUND` may be used. If a request is denied for some users
    /// within a class of users, such as user-based access control, `PERMISSION_DENIED` must be
    /// used. HTTP Mapping: 404 Not Found
    ///
    /// `NOT_FOUND` on the wire.
    NotFound,
    /// The entity that a client attempted to create (e.g., file or directory) already exists. HTTP
    /// Mapping: 409 Conflict
    ///
    /// `ALREADY_EXISTS` on the wire.
    AlreadyExists,
    /// The caller does not have permission to execute the specified operation. `PERMISSION_DENIED`
    /// must not be used for rejections caused by exhausting some resource (use `RESOURCE_EXHAUSTED`
    /// instead for those errors). `PERMISSION_DENIED` must not be used if the caller can not be
    /// identified (use `UNAUTHENTICATED` instead for those errors). This error code does not imply
    /// the request is valid or the requested entity exists or satisfies other pre-conditions. HTTP
    /// Mapping: 403 Forbidden
    ///
    /// `PERMISSION_DENIED` on the wire.
    PermissionDenied,
    /// The request does not have valid authentication credentials for the operation. HTTP Mapping:
    /// 401 Unauthorized
    ///
    /// `UNAUTHENTICATED` on the wire.
    Unauthenticated,
    /// Some resource has been exhausted, perhaps a per-user quota, or perhaps the entire file
    /// system is out of space. HTTP Mapping: 429 Too Many Requests
    ///
    /// `RESOURCE_EXHAUSTED` on the wire.
    ResourceExhausted,
    /// The operation was rejected because the system is not in a state required for the operation's
    /// execution. For example, the directory to be deleted is non-empty, an rmdir operation is
    /// applied to a non-directory, etc. Service implementors can use the following guidelines to
    /// decide between `FAILED_PRECONDITION`, `ABORTED`, and `UNAVAILABLE`: (a) Use `UNAVAILABLE` if
    /// the client can retry just the failing call. (b) Use `ABORTED` if the client should retry at
    /// a higher level. For example, when a client-specified test-and-set fails, indicating the
    /// client should restart a read-modify-write sequence. (c) Use `FAILED_PRECONDITION` if the
    /// client should not retry until the system state has been explicitly fixed. For example, if an
    /// "rmdir" fails because the directory is non-empty, `FAILED_PRECONDITION` should be returned
    /// since the client should not retry unless the files are deleted from the directory. HTTP
    /// Mapping: 400 Bad Request
    ///
    /// `FAILED_PRECONDITION` on the wire.
    FailedPrecondition,
    /// The operation was aborted, typically due to a concurrency issue such as a sequencer check
    /// failure or transaction abort. See the guidelines above for deciding between
    /// `FAILED_PRECONDITION`, `ABORTED`, and `UNAVAILABLE`. HTTP Mapping: 409 Conflict
    ///
    /// `ABORTED` on the wire.
    Aborted,
    /// The operation was attempted past the valid range. E.g., seeking or reading past end-of-file.
    /// Unlike `INVALID_ARGUMENT`, this error indicates a problem that may be fixed if the system
    /// state changes. For example, a 32-bit file system will generate `INVALID_ARGUMENT` if asked
    /// to read at an offset that is not in the range \[0,2^32-1\], but it will generate
    /// `OUT_OF_RANGE` if asked to read from an offset past the current file size. There is a fair
    /// bit of overlap between `FAILED_PRECONDITION` and `OUT_OF_RANGE`. We recommend using
    /// `OUT_OF_RANGE` (the more specific error) when it applies so that callers who are iterating
    /// through a space can easily look for an `OUT_OF_RANGE` error to detect when they are done.
    /// HTTP Mapping: 400 Bad Request
    ///
    /// `OUT_OF_RANGE` on the wire.
    OutOfRange,
    /// The operation is not implemented or is not supported/enabled in this service. HTTP Mapping:
    /// 501 Not Implemented
    ///
    /// `UNIMPLEMENTED` on the wire.
    Unimplemented,
    /// Internal errors. This means that some invariants expected by the underlying system have been
    /// broken. This error code is reserved for serious errors. HTTP Mapping: 500 Internal Server
    /// Error
    ///
    /// `INTERNAL` on the wire.
    Internal,
    /// The service is currently unavailable. This is most likely a transient condition, which can
    /// be corrected by retrying with a backoff. Note that it is not always safe to retry
    /// non-idempotent operations. See the guidelines above for deciding between
    /// `FAILED_PRECONDITION`, `ABORTED`, and `UNAVAILABLE`. HTTP Mapping: 503 Service Unavailable
    ///
    /// `UNAVAILABLE` on the wire.
    Unavailable,
    /// Unrecoverable data loss or corruption. HTTP Mapping: 500 Internal Server Error
    ///
    /// `DATA_LOSS` on the wire.
    DataLoss,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PrintServerFailureInfoErrorCode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Ok => "OK",
            Self::Cancelled => "CANCELLED",
            Self::Unknown => "UNKNOWN",
            Self::InvalidArgument => "INVALID_ARGUMENT",
            Self::DeadlineExceeded => "DEADLINE_EXCEEDED",
            Self::NotFound => "NOT_FOUND",
            Self::AlreadyExists => "ALREADY_EXISTS",
            Self::PermissionDenied => "PERMISSION_DENIED",
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::ResourceExhausted => "RESOURCE_EXHAUSTED",
            Self::FailedPrecondition => "FAILED_PRECONDITION",
            Self::Aborted => "ABORTED",
            Self::OutOfRange => "OUT_OF_RANGE",
            Self::Unimplemented => "UNIMPLEMENTED",
            Self::Internal => "INTERNAL",
            Self::Unavailable => "UNAVAILABLE",
            Self::DataLoss => "DATA_LOSS",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "OK" => Self::Ok,
            "CANCELLED" => Self::Cancelled,
            "UNKNOWN" => Self::Unknown,
            "INVALID_ARGUMENT" => Self::InvalidArgument,
            "DEADLINE_EXCEEDED" => Self::DeadlineExceeded,
            "NOT_FOUND" => Self::NotFound,
            "ALREADY_EXISTS" => Self::AlreadyExists,
            "PERMISSION_DENIED" => Self::PermissionDenied,
            "UNAUTHENTICATED" => Self::Unauthenticated,
            "RESOURCE_EXHAUSTED" => Self::ResourceExhausted,
            "FAILED_PRECONDITION" => Self::FailedPrecondition,
            "ABORTED" => Self::Aborted,
            "OUT_OF_RANGE" => Self::OutOfRange,
            "UNIMPLEMENTED" => Self::Unimplemented,
            "INTERNAL" => Self::Internal,
            "UNAVAILABLE" => Self::Unavailable,
            "DATA_LOSS" => Self::DataLoss,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PrintServerFailureInfoErrorCode);
