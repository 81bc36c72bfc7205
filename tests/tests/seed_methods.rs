//! The seed-method tests (`seed/cases.rs`) with the runtime's own HTTP stack (hyper).

#[path = "seed/cases.rs"]
mod cases;

fn http_client() -> google_api_runtime::HttpClient {
    google_api_runtime::HttpClient::new()
}
