//! # Hostile   \`API\` \`\`\`  \`\`\`rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); \`\`\` (v1)
//!
//! ```text
//! std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
//! ```
//!
//! ~~~text
//! std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
//! ~~~
//!
//! ```text
//! std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
//! ```
//!
//! ```text
//! > std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
//! ```
//!
//! text
//! ```text
//! std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
//! ```
//!
//! ```text
//! std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
//! panic!();
//! ```
//!
//! ```text
//!     std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
//! ```
//!
//! ~~~text
//! std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
//! ~~~
//!
//! a
//! ```text
//! std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
//! ```
//!
//! ```text
//! std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
//! ```
//!
//! ```text
//! std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
//! ```
//!
//! ~~~text
//! ```
//! ~~~
//! ```text
//! std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
//! ```
//!
//! \[31m  `a` `` ``` ` \[x\] &lt;b&gt;
//!
//! Generated from Google's discovery document `hostile.v1.json`, revision 20260101 \`\`\`rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); \`\`\`.
//! Reference: <https://example.test/hostile> \`\`\`rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); \`\`\`
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), google_hostile_v1::runtime::Error> {
//! use google_hostile_v1::{Client, runtime::auth::StaticToken};
//!
//! let client = Client::builder()
//!     .auth(StaticToken::new(std::env::var("GOOGLE_TOKEN").unwrap_or_default()))
//!     .build();
//! let answer = client.things_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap().list().send().await?;
//! println!("{answer:?}");
//! # Ok(())
//! # }
//! ```
//!
//! # Cargo features
//!
//! Every resource is on by default. A crate that calls only a few compiles only those, and the
//! schemas their methods reach, by turning the defaults off and naming a TLS stack and the
//! resources it uses:
//!
//! ```toml
//! [dependencies]
//! google-hostile-v1 = { version = "0.1", default-features = false, features = ["rustls", "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap"] }
//! ```
//!
//! - one feature per top-level resource, nested resources included:
//!   `things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap`; `all-resources` (default) turns them
//!   all on;
//! - `rustls` (default): TLS through rustls (pure Rust), trusting the system's certificate store;
//! - `webpki-roots`: Mozilla's root certificates compiled in, for systems without a store;
//! - `native-tls`: TLS through the platform's library;
//! - `http2`: HTTP/2 with rustls, many calls in flight over one connection;
//! - `adc` (default): Google's application default credentials (the providers below, but the external accounts' executable and AWS sources);
//! - `service-account`: service account key files;
//! - `authorized-user`: OAuth refresh tokens (gcloud's credentials);
//! - `metadata-server`: the service account of a Compute Engine, Cloud Run or GKE workload;
//! - `impersonation`: a service account's tokens through the IAM Credentials API;
//! - `external-account`: workload and workforce identity federation, subject tokens from a file or a URL;
//! - `external-account-executable`: ... and from a program the credentials file names;
//! - `external-account-aws`: ... and from AWS;
//! - `external-account-authorized-user`: workforce identity federation's refresh tokens;
//! - `time`: `Timestamp::as_offset_date_time`, for date arithmetic with the `time` crate;
//! - `reqwest`: `runtime::transport::ReqwestTransport`, to send through your own `reqwest::Client`;
//! - `testing`: `runtime::testing`: a fake HTTP stack, recording and replay, for offline tests.
//!
//! Schemas that no method reaches (payloads decoded by hand, such as notifications) are always
//! compiled.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::enum_variant_names, clippy::module_inception)]

/// The runtime this crate is built on, re-exported so that one dependency is enough.
pub use google_api_runtime as runtime;

/// The standard parameters and per-call options of every call builder (`fields`,
/// `quota_user`, `pretty_print`, `scopes`, `header`, `retry`); in scope with
/// `use` of this trait or of the [`prelude`].
pub use runtime::CallOptions;

/// What most code that calls this API needs in scope: `use` it with a glob.
pub mod prelude {
    pub use crate::runtime::CallOptions;
    pub use crate::Client;
}

#[rustfmt::skip]
pub mod resources;
#[rustfmt::skip]
pub mod schemas;

/// Facts about this API: name, version, endpoints.
pub static API: runtime::ApiInfo = runtime::ApiInfo {
    name: "hostile",
    version: "v1",
    title: "Hostile\u{1b}\0 `API` ``` \n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```",
    root_url: "https://hostile.example.test/",
    mtls_root_url: None,
    service_path: "hostile/v1/",
    batch_path: Some(
        "batch\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```",
    ),
    crate_name: "google-hostile-v1",
    crate_version: env!("CARGO_PKG_VERSION"),
    fully_encode_reserved: false,
};

/// A client of the Hostile   \`API\` \`\`\`  \`\`\`rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); \`\`\`: cheap to clone, safe to share between tasks.
#[derive(Debug, Clone)]
pub struct Client {
    pub(crate) client: runtime::Client,
}

/// Configures a [`Client`]: root URL, credentials, retries, timeouts, user agent.
pub type ClientBuilder = runtime::ClientBuilder<Client>;
impl Client {
    /// A builder for a client of this API, with the document's root URL.
    pub fn builder() -> ClientBuilder {
        runtime::ClientBuilder::new(&API)
    }

    /// A batch: several calls of this API sent as one HTTP request to ```` batch ```rust
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ````, each answer handed back
    /// to its own call, typed.
    ///
    /// `batch.add(call)` takes any call builder of this crate (set its parameters first) and
    /// returns a handle; `batch.send().await?` sends them all, and `answers.take(handle)` gives one
    /// call's `Result`, as its own `send` would have. One call failing fails only its own answer.
    ///
    /// A batch holds up to 1,000 calls (some APIs take fewer and refuse a larger batch with an
    /// error); calls with media attached cannot join one. The credential goes on the batch request,
    /// with the scopes of all its calls.
    pub fn batch(&self) -> runtime::Batch {
        runtime::Batch::new(&self.client)
    }

    /// The runtime client underneath, shared by all calls.
    pub fn runtime(&self) -> &runtime::Client {
        &self.client
    }
}

impl From<runtime::Client> for Client {
    fn from(client: runtime::Client) -> Self {
        Client { client }
    }
}
