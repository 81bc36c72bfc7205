//! Integration tests of the runtime's HTTP core against a local mock server.
//!
//! One test binary (to keep link time down on small machines), one module per topic.

#[cfg(any(feature = "rustls", feature = "native-tls"))]
mod alpn;
mod common;
mod refusals;
mod requests;
mod responses;
mod retries;
mod spans;
#[cfg(any(feature = "rustls", feature = "native-tls"))]
mod tls;
mod transport;
mod wire;
