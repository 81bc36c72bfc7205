//! Integration tests of the runtime's HTTP core against a local mock server.
//!
//! One test binary (to keep link time down on small machines), one module per topic.

#[cfg(any(feature = "rustls", feature = "native-tls"))]
mod alpn;
mod common;
#[cfg(any(feature = "rustls", feature = "native-tls"))]
#[path = "../support/https_server.rs"]
mod https_server;
#[cfg(any(feature = "rustls", feature = "native-tls"))]
mod mtls;
mod refusals;
mod requests;
mod responses;
mod retries;
#[path = "../support/span_log.rs"]
mod span_log;
mod spans;
#[cfg(any(feature = "rustls", feature = "native-tls"))]
mod tls;
mod transport;
mod universe;
mod wire;
