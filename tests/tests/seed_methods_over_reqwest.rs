//! The seed-method tests (`seed/cases.rs`) again, every request sent through a caller's
//! `reqwest::Client` (`ReqwestTransport`, the runtime's `reqwest` feature).

#[path = "seed/cases.rs"]
mod cases;

fn http_client() -> google_api_runtime::HttpClient {
    let transport =
        google_api_runtime::transport::ReqwestTransport::from_builder(reqwest::Client::builder())
            .expect("a reqwest client");
    google_api_runtime::HttpClient::from_transport(transport)
}
