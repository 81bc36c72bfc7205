//! Wire types and serde adapters used by the generated schemas.
//!
//! Google's discovery documents describe JSON that does not always map one to one onto Rust types:
//!
//! - `int64` and `uint64` values travel as JSON strings, because JavaScript numbers cannot hold
//!   them exactly. The [`I64`] and [`U64`] adapters write strings and read strings or numbers.
//! - `byte` values are base64 text; the [`Base64`] adapter turns them into `Vec<u8>`.
//! - `google-duration` values are strings such as `"3.5s"`, held by [`Duration`].
//! - `google-datetime` and `date-time` values are RFC 3339 strings, held by [`Timestamp`].
//! - Enumerations may gain values in a later API revision; generated enums implement [`OpenEnum`]
//!   and use [`impl_open_enum!`](crate::impl_open_enum) so that an unknown value is kept rather
//!   than rejected.
//! - Members a schema does not declare are kept in an [`UnknownFields`] map and written back.
//!
//! The adapters implement [`SerializeAs`] and [`DeserializeAs`], so they are used through [`As`]
//! and compose with `Option`, `Vec` and `BTreeMap`. Map keys, which stay plain strings, are
//! written as [`Same`]:
//!
//! ```
//! use std::collections::BTreeMap;
//! use google_api_runtime::wire::{As, Base64, Same, I64};
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
//! struct Object {
//!     #[serde(default, skip_serializing_if = "Option::is_none", with = "As::<Option<I64>>")]
//!     size: Option<i64>,
//!     #[serde(default, skip_serializing_if = "Option::is_none", with = "As::<Option<Vec<I64>>>")]
//!     offsets: Option<Vec<i64>>,
//!     #[serde(
//!         default,
//!         skip_serializing_if = "Option::is_none",
//!         with = "As::<Option<BTreeMap<Same, Base64>>>"
//!     )]
//!     blobs: Option<BTreeMap<String, Vec<u8>>>,
//! }
//!
//! let object: Object =
//!     serde_json::from_str(r#"{"size": "42", "offsets": [1, "2"], "blobs": {"a": "aGk="}}"#)?;
//! assert_eq!(object.size, Some(42));
//! assert_eq!(object.offsets, Some(vec![1, 2]));
//! assert_eq!(object.blobs.as_ref().unwrap()["a"], b"hi");
//! assert_eq!(
//!     serde_json::to_string(&object)?,
//!     r#"{"size":"42","offsets":["1","2"],"blobs":{"a":"aGk="}}"#
//! );
//! # Ok::<(), serde_json::Error>(())
//! ```

mod adapter;
mod base64;
mod duration;
mod int64;
mod object;
mod open_enum;
mod timestamp;

#[cfg(test)]
mod tests;

use std::fmt;

// The serde adapter machinery of generated schemas (`#[serde(with = ...)]`): plumbing.
#[doc(hidden)]
pub use self::adapter::{As, DeserializeAs, Same, SerializeAs};
pub use self::base64::Base64;
pub use self::duration::Duration;
pub use self::int64::{I64, U64};
// What the generated schemas' `Serialize` and `Deserialize` are written with: plumbing.
#[doc(hidden)]
pub use self::adapter::{In, Out};
#[doc(hidden)]
pub use self::object::{deserialize_object, read_unknown, write_unknown, Key, ReadMembers};
#[doc(hidden)]
pub use self::open_enum::deserialize_open_enum;
pub use self::open_enum::OpenEnum;
pub use self::timestamp::Timestamp;

/// JSON members that a schema does not declare.
///
/// Every generated struct has a field of this type, `unknown_fields`. When a response carries
/// members this crate does not know (for example ones added by a newer API revision), they land
/// here (ordered by name, or as they arrived when serde_json's `preserve_order` feature is on)
/// and are written back after the declared fields when the value is serialized again, so that a
/// read-modify-write cycle does not drop them.
pub type UnknownFields = serde_json::Map<String, serde_json::Value>;

/// A value that does not fit a wire type: malformed text, or a number outside the range the type
/// can hold.
///
/// Returned by the constructors and parsers of [`Duration`], [`Timestamp`] and [`Base64`]. When
/// the same problem is met while deserializing, serde reports it with this message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError {
    message: String,
}

impl WireError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WireError {}

/// Shortens text quoted in an error message, so that a huge malformed value does not flood logs.
pub(crate) fn quote(text: &str) -> String {
    const LIMIT: usize = 64;
    match text.char_indices().nth(LIMIT) {
        Some((end, _)) => format!("{:?}...", &text[..end]),
        None => format!("{text:?}"),
    }
}
