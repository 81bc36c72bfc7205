//! Nothing secret reaches `tracing`: every event and span field of a whole flow (token request,
//! call, 401, refresh, retry) is recorded and searched.

use std::fmt::{self, Write as _};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use google_api_runtime::auth::ServiceAccount;
use google_api_runtime::{ApiInfo, Call, Client, MethodInfo, RetryPolicy};
use http::Method;
use serde_json::{json, Value};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

/// A subscriber that writes every field of every span and event into one string.
#[derive(Clone, Default)]
struct Recorder {
    text: Arc<Mutex<String>>,
    next_id: Arc<AtomicU64>,
}

struct Fields<'a>(&'a mut String);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        let _ = write!(self.0, " {}={:?}", field.name(), value);
    }
}

impl Recorder {
    fn text(&self) -> String {
        self.text.lock().map(|t| t.clone()).unwrap_or_default()
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &Attributes<'_>) -> Id {
        if let Ok(mut text) = self.text.lock() {
            let _ = write!(text, "\nspan {}", span.metadata().name());
            span.record(&mut Fields(&mut text));
        }
        Id::from_u64(self.next_id.fetch_add(1, Ordering::SeqCst) + 1)
    }

    fn record(&self, _: &Id, values: &Record<'_>) {
        if let Ok(mut text) = self.text.lock() {
            values.record(&mut Fields(&mut text));
        }
    }

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        if let Ok(mut text) = self.text.lock() {
            let _ = write!(text, "\nevent");
            event.record(&mut Fields(&mut text));
        }
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}

static API: ApiInfo = ApiInfo {
    name: "gmail",
    version: "v1",
    title: "Gmail API",
    root_url: "https://gmail.googleapis.com/",
    mtls_root_url: None,
    service_path: "",
    batch_path: None,
    crate_name: "google-gmail-v1",
    crate_version: "0.1.0",
    fully_encode_reserved: false,
};

static GET: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.keypairs.get",
    http_method: Method::GET,
    path: "gmail/v1/users/{userId}/settings/cse/keypairs/{keyPairId}",
    scopes: &[SETTINGS_BASIC],
    api_version: None,
};

#[tokio::test]
async fn no_secret_is_logged() {
    let recorder = Recorder::default();
    let _guard = tracing::subscriber::set_default(recorder.clone());

    let tokens = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(Tokens::new(3600))
        .mount(&tokens)
        .await;
    let api = MockServer::start().await;
    Mock::given(method("GET"))
        .and(header("authorization", "Bearer tok-1"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&api)
        .await;
    Mock::given(method("GET"))
        .and(header("authorization", "Bearer tok-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"keyPairId": "kp"})))
        .mount(&api)
        .await;
    let account =
        ServiceAccount::from_json(key_json(&format!("{}/token", tokens.uri())).to_string())
            .unwrap_or_else(|e| panic!("{e}"))
            .subject("alice@example.com");
    let client = Client::builder(&API)
        .root_url(api.uri())
        .retry(RetryPolicy::none())
        .auth(account)
        .build();
    let mut call = Call::new(&client, &GET);
    call.path_param("userId", "me");
    call.path_param("keyPairId", "kp");
    let answer: Value = call.send().await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(answer["keyPairId"], "kp");

    let logged = recorder.text();
    assert!(logged.contains("requesting an access token"), "{logged}");
    assert!(logged.contains("refused the access token"), "{logged}");
    assert_no_secrets(&logged);
    for part in KEY.pkcs8_pem.lines().filter(|l| !l.starts_with("-----")) {
        assert!(!logged.contains(part), "key material logged: {logged}");
    }
}
