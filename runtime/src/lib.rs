//! The runtime shared by every generated Google API crate.
//!
//! Generated crates re-export this crate as `runtime`, so a user needs one dependency. It holds what
//! is the same for every API: the HTTP client and its configuration ([`Client`], [`ClientBuilder`]),
//! authentication ([`auth`]), the error type ([`Error`]), retries ([`RetryPolicy`]), the options
//! of every call builder ([`CallOptions`]), lists that come in pages ([`Pages`], [`Items`]),
//! media uploads and downloads ([`media`]), long-running operations ([`Poller`]), batches ([`Batch`]), and the wire types and serde
//! adapters the generated schemas use ([`wire`]).

// docs.rs shows which cargo feature each gated item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

pub mod auth;
pub mod batch;
/// The request a generated call builder fills in: plumbing, hidden from the docs; its public
/// face is [`CallOptions`].
#[doc(hidden)]
pub mod call;
pub mod client;
pub mod error;
mod exchange;
#[cfg(test)]
mod hostile_input;
pub mod media;
pub mod operation;
mod options;
pub mod paging;
mod redact;
#[cfg(feature = "testing")]
pub mod testing;
mod trace;
pub mod transport;
pub mod wire;

pub use batch::{Batch, BatchHandle, BatchResponse, Batchable};
#[doc(hidden)]
pub use call::{Call, MethodInfo};
pub use client::{ApiInfo, Client, ClientBuilder, RetryPolicy};
pub use error::Error;
pub use media::{Download, MediaUpload, UploadProgress, UploadSource};
pub use operation::{PollPolicy, Poller};
pub use options::CallOptions;
pub use paging::{Items, Pages};
pub use transport::HttpClient;
pub use wire::{Duration, Timestamp};

// Re-exported for generated code, so that generated crates and this crate always agree on versions.
pub use serde;
pub use serde_json;
// Generated upload methods take media as `bytes::Bytes`.
pub use bytes;
// Generated `MethodInfo` statics name HTTP methods through this.
pub use http;
