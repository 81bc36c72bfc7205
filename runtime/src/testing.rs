//! Offline tests of code that calls a generated client (feature `testing`).
//!
//! Two ways to give a client answers without a network, both through the client's
//! [`HttpClient`](crate::HttpClient) (so everything above it, from the generated builders to retries and decoding,
//! runs as in production):
//!
//! - [`FakeHttp`]: the test declares, in order, the requests it expects ([`Expect`]: method, path,
//!   query, JSON body, headers) and the answer to each ([`Answer`]). A request that differs from
//!   the next expected one fails with a readable report of every difference, as does an expected
//!   request that never came, when the fake is dropped or [`verify`](FakeHttp::verify)d.
//! - [`Recorder`] and [`Replay`]: record real exchanges to a JSON file once, with credentials,
//!   tokens and API keys scrubbed, then replay them offline as a [`FakeHttp`] expecting the same
//!   requests.
//!
//! ```
//! # async fn demo() {
//! use google_api_runtime::testing::{Answer, Expect, FakeHttp};
//! use serde_json::json;
//!
//! let fake = FakeHttp::new();
//! fake.expect(
//!     Expect::post("/admin/directory/v1/users/ada@example.com/aliases")
//!         .json(json!({ "alias": "countess@example.com" }))
//!         .answer(Answer::json(200, json!({ "alias": "countess@example.com" }))),
//! );
//! // Client::builder().http_client(fake.http_client()).root_url("https://admin.googleapis.com/") ...
//! # }
//! ```

mod fake;
mod headers;
mod recording;

pub use fake::{Answer, Expect, FakeHttp};
pub use recording::{Recorder, Replay, MAX_RECORDED_BODY};
