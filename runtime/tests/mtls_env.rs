//! The environment variables Google's libraries read for universes and mutual TLS:
//! `GOOGLE_CLOUD_UNIVERSE_DOMAIN`, `GOOGLE_API_USE_CLIENT_CERTIFICATE`,
//! `GOOGLE_API_USE_MTLS_ENDPOINT` and `GOOGLE_API_CERTIFICATE_CONFIG` (the workload certificate).
//! A test binary of its own, since it changes the process environment, which every client built
//! in the same process reads.

#![cfg(any(feature = "rustls", feature = "native-tls"))]

use google_api_runtime::{ApiInfo, Call, Client, Error, MethodInfo};

static API: ApiInfo = ApiInfo {
    name: "gmail",
    version: "v1",
    title: "Gmail API",
    root_url: "https://gmail.googleapis.com/",
    mtls_root_url: Some("https://gmail.mtls.googleapis.com/"),
    service_path: "gmail/v1/",
    batch_path: None,
    crate_name: "google-gmail-v1",
    crate_version: "0.1.0",
    fully_encode_reserved: false,
};

static GET_PROFILE: MethodInfo = MethodInfo {
    id: "gmail.users.getProfile",
    http_method: http::Method::GET,
    path: "users/me/profile",
    scopes: &[],
    api_version: None,
};

const VARIABLES: [&str; 5] = [
    "GOOGLE_CLOUD_UNIVERSE_DOMAIN",
    "GOOGLE_API_USE_CLIENT_CERTIFICATE",
    "GOOGLE_API_USE_MTLS_ENDPOINT",
    "GOOGLE_API_USE_MTLS",
    "GOOGLE_API_CERTIFICATE_CONFIG",
];

/// Why every call of `client` fails before anything is sent.
fn refusal(client: &Client) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    match runtime.block_on(Call::new(client, &GET_PROFILE).send_empty()) {
        Err(error @ Error::InvalidArgument { .. }) => error.to_string(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn root(client: &Client) -> &str {
    client.root_url()
}

#[test]
fn the_environment_chooses_the_universe_the_certificate_and_the_endpoint() {
    for variable in VARIABLES {
        std::env::remove_var(variable);
    }
    let folder = tempfile::tempdir().expect("folder");
    let tls = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/http/tls");
    let config = folder.path().join("certificate_config.json");
    let workload = serde_json::json!({
        "cert_configs": {
            "workload": {
                "cert_path": tls.join("client.pem"),
                "key_path": tls.join("client.key.pem"),
            }
        }
    });
    std::fs::write(&config, workload.to_string()).expect("write");
    std::env::set_var("GOOGLE_API_CERTIFICATE_CONFIG", &config);

    // The workload certificate moves the client to the mTLS endpoint (`auto`, the default).
    let client = Client::builder(&API).build();
    assert_eq!(root(&client), "https://gmail.mtls.googleapis.com/");
    std::env::set_var("GOOGLE_API_USE_MTLS_ENDPOINT", "never");
    assert_eq!(
        root(&Client::builder(&API).build()),
        "https://gmail.googleapis.com/"
    );
    // The old name is read when the new one is unset or empty.
    std::env::remove_var("GOOGLE_API_USE_MTLS_ENDPOINT");
    std::env::set_var("GOOGLE_API_USE_MTLS", "never");
    assert_eq!(
        root(&Client::builder(&API).build()),
        "https://gmail.googleapis.com/"
    );
    std::env::set_var("GOOGLE_API_USE_MTLS_ENDPOINT", "");
    assert_eq!(
        root(&Client::builder(&API).build()),
        "https://gmail.googleapis.com/"
    );
    std::env::remove_var("GOOGLE_API_USE_MTLS_ENDPOINT");
    std::env::remove_var("GOOGLE_API_USE_MTLS");
    std::env::set_var("GOOGLE_API_USE_CLIENT_CERTIFICATE", "false");
    assert_eq!(
        root(&Client::builder(&API).build()),
        "https://gmail.googleapis.com/"
    );
    std::env::set_var("GOOGLE_API_USE_MTLS_ENDPOINT", "always");
    assert_eq!(
        root(&Client::builder(&API).build()),
        "https://gmail.mtls.googleapis.com/"
    );
    std::env::remove_var("GOOGLE_API_USE_MTLS_ENDPOINT");

    // Another universe: the endpoint moves, certificates are off unless allowed, and mTLS there
    // is refused.
    std::env::set_var("GOOGLE_CLOUD_UNIVERSE_DOMAIN", "example-cloud.test");
    std::env::remove_var("GOOGLE_API_USE_CLIENT_CERTIFICATE");
    let elsewhere = Client::builder(&API).build();
    assert_eq!(elsewhere.universe_domain(), "example-cloud.test");
    assert_eq!(root(&elsewhere), "https://gmail.example-cloud.test/");
    let chosen = Client::builder(&API).universe_domain("chosen.test").build();
    assert_eq!(root(&chosen), "https://gmail.chosen.test/");
    std::env::set_var("GOOGLE_API_USE_CLIENT_CERTIFICATE", "true");
    let refused = refusal(&Client::builder(&API).build());
    assert!(
        refused.contains("mTLS is not supported in any universe other than googleapis.com"),
        "{refused}"
    );
    std::env::remove_var("GOOGLE_CLOUD_UNIVERSE_DOMAIN");

    // Values Go does not know are refused, naming the variable.
    std::env::set_var("GOOGLE_API_USE_CLIENT_CERTIFICATE", "yes");
    let refused = refusal(&Client::builder(&API).build());
    assert!(
        refused.contains("GOOGLE_API_USE_CLIENT_CERTIFICATE is `yes`"),
        "{refused}"
    );
    std::env::remove_var("GOOGLE_API_USE_CLIENT_CERTIFICATE");
    std::env::set_var("GOOGLE_API_USE_MTLS_ENDPOINT", "sometimes");
    let refused = refusal(&Client::builder(&API).build());
    assert!(
        refused.contains("GOOGLE_API_USE_MTLS_ENDPOINT is `sometimes`"),
        "{refused}"
    );
    std::env::remove_var("GOOGLE_API_USE_MTLS_ENDPOINT");

    // A configuration that names an unusable key is refused, naming the file, never the key.
    let secret_key = folder.path().join("secret.key.pem");
    std::fs::write(
        &secret_key,
        "-----BEGIN PRIVATE KEY-----\nU0VDUkVUS0VZTUFURVJJQUw=\n-----END PRIVATE KEY-----\n",
    )
    .expect("write");
    let broken = serde_json::json!({
        "cert_configs": {"workload": {"cert_path": tls.join("client.pem"), "key_path": secret_key}}
    });
    std::fs::write(&config, broken.to_string()).expect("write");
    let refused = refusal(&Client::builder(&API).build());
    assert!(refused.contains(&config.display().to_string()), "{refused}");
    assert!(!refused.contains("U0VDUkVU"), "{refused}");

    // No configuration file: no certificate, the regular endpoint.
    std::env::set_var(
        "GOOGLE_API_CERTIFICATE_CONFIG",
        folder.path().join("absent.json"),
    );
    assert_eq!(
        root(&Client::builder(&API).build()),
        "https://gmail.googleapis.com/"
    );
    for variable in VARIABLES {
        std::env::remove_var(variable);
    }
}
