//! Whether the program runs on Google Cloud, asked before application default credentials fall
//! back on the metadata server, so that a program elsewhere fails at once with an error that says
//! how to provide credentials instead of waiting for a server that does not exist.
//!
//! The checks are google-auth's (`compute_engine/_metadata.py`, `is_on_gce`) and Go's
//! (`compute/metadata`, `OnGCE`), in an order that keeps the answer within a few hundred
//! milliseconds:
//!
//! 1. `GCE_METADATA_HOST` is set: the user named the server, it is believed (Go);
//! 2. `NO_GCE_CHECK` is `true` (or `1`): the user said there is none (the variable
//!    Google's tools honour to skip the check);
//! 3. a `GET /` to the metadata server's IP address (`GCE_METADATA_IP`, or `169.254.169.254`: no
//!    DNS lookup) with `Metadata-Flavor: Google`, answered `200` with the same header, within
//!    [`PING_TIMEOUT`];
//! 4. else, on Linux, the machine's DMI product name (`/sys/class/dmi/id/product_name`) names
//!    Google: a Compute Engine VM whose metadata server was slow to answer (google-auth's
//!    fallback).

use std::path::PathBuf;
use std::time::Duration;

use futures_util::lock::Mutex as AsyncMutex;
use http::{HeaderName, HeaderValue, Method};

use super::metadata::HOST_VARIABLE;
use crate::transport::{HttpClient, Url};

/// The variable that names the metadata server's IP address for the ping.
const IP_VARIABLE: &str = "GCE_METADATA_IP";

/// The metadata server's link-local address.
const DEFAULT_IP: &str = "169.254.169.254";

/// The variable that says there is no metadata server to look for.
const NO_CHECK_VARIABLE: &str = "NO_GCE_CHECK";

/// Where Linux shows the machine's product name; Compute Engine VMs say `Google Compute Engine`.
const PRODUCT_NAME_FILE: &str = "/sys/class/dmi/id/product_name";

/// How long the ping may take, connection included. Off Google Cloud the address is usually
/// unroutable and the connection fails at once; this bounds the case where packets are dropped.
pub(crate) const PING_TIMEOUT: Duration = Duration::from_millis(500);

/// The residency check of one set of application default credentials: done at the first call,
/// its answer kept.
pub(crate) struct Residency {
    /// How the check is done.
    probe: Probe,
    /// `None` until the first check; then whether a metadata server is there (`Err`: why not).
    answer: AsyncMutex<Option<Result<(), String>>>,
}

/// How residency is decided.
#[derive(Clone, Debug)]
pub(crate) struct Probe {
    /// `NO_GCE_CHECK`: there is no metadata server.
    pub skip: bool,
    /// The host (with an optional port) the ping is sent to.
    pub ping_host: String,
    /// The DMI product name file, when the platform has one.
    pub product_name_file: Option<PathBuf>,
}

impl Probe {
    /// The check the environment asks for, or `None` when `GCE_METADATA_HOST` names a server
    /// (which is then believed).
    pub(crate) fn from_env() -> Option<Probe> {
        let set = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        if set(HOST_VARIABLE).is_some() {
            return None;
        }
        Some(Probe {
            skip: set(NO_CHECK_VARIABLE).is_some_and(|v| is_true(&v)),
            ping_host: set(IP_VARIABLE).unwrap_or_else(|| DEFAULT_IP.to_owned()),
            product_name_file: cfg!(target_os = "linux").then(|| PathBuf::from(PRODUCT_NAME_FILE)),
        })
    }

    /// Whether a metadata server is there; `Err` says why it is thought not to be.
    pub(crate) async fn detect(&self, http: &HttpClient) -> Result<(), String> {
        if self.skip {
            return Err(format!("{NO_CHECK_VARIABLE} is set"));
        }
        let pinged = self.ping(http).await;
        if pinged.is_ok() || self.product_name_says_google() {
            return Ok(());
        }
        pinged
    }

    async fn ping(&self, http: &HttpClient) -> Result<(), String> {
        let address = format!("http://{}/", self.ping_host.trim_end_matches('/'));
        let not_there = || format!("no metadata server answered at {}", self.ping_host);
        let url = Url::parse(&address).map_err(|_| not_there())?;
        let flavor = HeaderName::from_static("metadata-flavor");
        let response = http
            .request(Method::GET, url)
            .header(flavor.clone(), HeaderValue::from_static("Google"))
            .timeout(PING_TIMEOUT)
            .send()
            .await
            .map_err(|_| not_there())?;
        let google = response
            .headers()
            .get(&flavor)
            .is_some_and(|v| v.as_bytes() == b"Google");
        if response.status().is_success() && google {
            Ok(())
        } else {
            Err(format!(
                "the server at {} is not a Google metadata server (HTTP {}{})",
                self.ping_host,
                response.status().as_u16(),
                if google {
                    ""
                } else {
                    ", no `Metadata-Flavor: Google` header"
                }
            ))
        }
    }

    fn product_name_says_google(&self) -> bool {
        self.product_name_file
            .as_ref()
            .and_then(|file| std::fs::read_to_string(file).ok())
            .is_some_and(|name| name.trim().starts_with("Google"))
    }
}

/// Whether an environment variable's value means "yes".
fn is_true(value: &str) -> bool {
    let value = value.trim();
    value.eq_ignore_ascii_case("true") || value == "1"
}

impl Residency {
    pub(crate) fn new(probe: Probe) -> Self {
        Residency {
            probe,
            answer: AsyncMutex::new(None),
        }
    }

    /// The answer of the check, done once (callers arriving meanwhile wait for it).
    pub(crate) async fn check(&self, http: &HttpClient) -> Result<(), String> {
        let mut answer = self.answer.lock().await;
        if let Some(known) = answer.as_ref() {
            return known.clone();
        }
        let found = self.probe.detect(http).await;
        tracing::debug!(
            on_google_cloud = found.is_ok(),
            "checked for a metadata server"
        );
        *answer = Some(found.clone());
        found
    }
}

impl std::fmt::Debug for Residency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Residency")
            .field("probe", &self.probe)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiremock::matchers::{header, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    fn probe(ping_host: String, product_name_file: Option<PathBuf>) -> Probe {
        Probe {
            skip: false,
            ping_host,
            product_name_file,
        }
    }

    /// A host with nothing listening: a port that was just free.
    fn closed_host() -> String {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        let address = listener.local_addr().expect("its address");
        drop(listener);
        address.to_string()
    }

    #[tokio::test]
    async fn the_ping_goes_to_the_configured_host_with_the_flavor_header() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/"))
            .and(header("Metadata-Flavor", "Google"))
            .respond_with(ResponseTemplate::new(200).insert_header("Metadata-Flavor", "Google"))
            .expect(1)
            .mount(&server)
            .await;
        let residency = Residency::new(probe(server.address().to_string(), None));
        let http = HttpClient::new();
        assert_eq!(residency.check(&http).await, Ok(()));
        // The answer is kept: the server sees one ping.
        assert_eq!(residency.check(&http).await, Ok(()));
        server.verify().await;
    }

    #[tokio::test]
    async fn an_answer_without_the_flavor_header_is_not_a_metadata_server() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200))
            .mount(&server)
            .await;
        let host = server.address().to_string();
        let found = probe(host.clone(), None).detect(&HttpClient::new()).await;
        assert_eq!(
            found,
            Err(format!(
                "the server at {host} is not a Google metadata server (HTTP 200, no `Metadata-Flavor: Google` header)"
            ))
        );
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(404).insert_header("Metadata-Flavor", "Google"))
            .mount(&server)
            .await;
        let host = server.address().to_string();
        let found = probe(host.clone(), None).detect(&HttpClient::new()).await;
        assert_eq!(
            found,
            Err(format!(
                "the server at {host} is not a Google metadata server (HTTP 404)"
            ))
        );
    }

    #[tokio::test]
    async fn nothing_listening_means_not_on_google_cloud_unless_the_product_name_says_google() {
        let host = closed_host();
        let dir = tempfile::tempdir().expect("a temporary folder");
        let product = dir.path().join("product_name");
        std::fs::write(&product, "Standard PC (Q35 + ICH9, 2009)\n").expect("write");
        let found = probe(host.clone(), Some(product.clone()))
            .detect(&HttpClient::new())
            .await;
        assert_eq!(found, Err(format!("no metadata server answered at {host}")));
        std::fs::write(&product, "Google Compute Engine\n").expect("write");
        let found = probe(host, Some(product)).detect(&HttpClient::new()).await;
        assert_eq!(found, Ok(()));
    }

    #[tokio::test]
    async fn no_gce_check_skips_the_ping() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200).insert_header("Metadata-Flavor", "Google"))
            .expect(0)
            .mount(&server)
            .await;
        let mut skipped = probe(server.address().to_string(), None);
        skipped.skip = true;
        assert_eq!(
            skipped.detect(&HttpClient::new()).await,
            Err("NO_GCE_CHECK is set".to_owned())
        );
        server.verify().await;
    }

    #[test]
    fn true_values() {
        for yes in ["true", "True", "TRUE", " 1 "] {
            assert!(is_true(yes), "{yes}");
        }
        for no in ["false", "0", "", "yes please"] {
            assert!(!is_true(no), "{no}");
        }
    }
}
