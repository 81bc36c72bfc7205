//! Seeded fuzz runs over what the runtime reads from files it is given: credential files of every
//! type and recordings. Each input is a valid document changed at random, structurally (a field
//! removed, a value replaced by one of the wrong type, a huge one, or a credential type swapped)
//! and then as bytes (cut short, a byte changed): no panic, a clear error, and no secret of the
//! file in it. `--nocapture` shows the cases tried and the largest input.

use google_api_runtime::auth::{ApplicationDefaultCredentials, AuthorizedUser, ServiceAccount};
use google_api_runtime::testing::Replay;
use rsa::pkcs8::{EncodePrivateKey, LineEnding};
use serde_json::{json, Value};

use crate::{every_rendering, MARK};

/// A seeded mutator of JSON documents.
struct Mutator {
    rng: fastrand::Rng,
    odd: Vec<Value>,
    cases: usize,
    largest: usize,
}

/// Values of every JSON type, and of every size that a parser should meet.
fn odd_values() -> Vec<Value> {
    vec![
        Value::Null,
        json!(true),
        json!(-1),
        json!(1e308),
        json!(""),
        json!("\u{0}"),
        json!("service_account"),
        json!("authorized_user"),
        json!("external_account"),
        json!("impersonated_service_account"),
        json!("external_account_authorized_user"),
        json!("gdch_service_account"),
        json!("https://127.0.0.1:1/token"),
        json!("not a url"),
        json!("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
        json!("x".repeat(256 << 10)),
        json!([]),
        json!({}),
        json!({ "a": [[[[[[[[[[[]]]]]]]]]]] }),
    ]
}

impl Mutator {
    fn new(seed: u64) -> Self {
        Mutator {
            rng: fastrand::Rng::with_seed(seed),
            odd: odd_values(),
            cases: 0,
            largest: 0,
        }
    }

    /// `document` changed in one to three places, then as bytes.
    fn mutate(&mut self, document: &Value) -> Vec<u8> {
        let mut document = document.clone();
        let odd = std::mem::take(&mut self.odd);
        for _ in 0..self.rng.usize(1..=3) {
            self.change_somewhere(&mut document, &odd);
        }
        self.odd = odd;
        let mut bytes = serde_json::to_vec(&document).unwrap_or_default();
        match self.rng.u8(0..5) {
            0 if !bytes.is_empty() => bytes.truncate(self.rng.usize(0..bytes.len())),
            1 if !bytes.is_empty() => {
                let at = self.rng.usize(0..bytes.len());
                bytes[at] = self.rng.u8(..);
            }
            _ => {}
        }
        self.cases += 1;
        self.largest = self.largest.max(bytes.len());
        bytes
    }

    /// Removes, replaces or adds one field of an object at any depth, or an item of an array.
    fn change_somewhere(&mut self, value: &mut Value, odd: &[Value]) {
        match value {
            Value::Object(fields) if !fields.is_empty() => {
                let names: Vec<String> = fields.keys().cloned().collect();
                let name = &names[self.rng.usize(0..names.len())];
                match self.rng.u8(0..4) {
                    0 => {
                        fields.remove(name);
                    }
                    1 => {
                        fields.insert(name.clone(), odd[self.rng.usize(0..odd.len())].clone());
                    }
                    2 => {
                        fields.insert(
                            format!("{name}_"),
                            odd[self.rng.usize(0..odd.len())].clone(),
                        );
                    }
                    _ => self.change_somewhere(fields.get_mut(name).expect("a field"), odd),
                }
            }
            Value::Array(items) if !items.is_empty() => {
                let at = self.rng.usize(0..items.len());
                if self.rng.bool() {
                    items.remove(at);
                } else {
                    self.change_somewhere(&mut items[at], odd);
                }
            }
            other => *other = odd[self.rng.usize(0..odd.len())].clone(),
        }
    }

    fn report(&self, target: &str) {
        println!(
            "fuzz {target}: {} cases, largest input {} bytes, no panic",
            self.cases, self.largest
        );
    }
}

fn service_account_file() -> Value {
    let key = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).expect("an RSA key");
    let pem = key.to_pkcs8_pem(LineEnding::LF).expect("PEM");
    json!({
        "type": "service_account",
        "project_id": "p",
        "private_key_id": format!("{MARK}-key-id"),
        "private_key": pem.as_str(),
        "client_email": "sa@p.iam.gserviceaccount.com",
        "client_id": "1",
        "token_uri": "https://oauth2.googleapis.com/token",
        "universe_domain": "googleapis.com",
    })
}

fn authorized_user_file() -> Value {
    json!({
        "type": "authorized_user",
        "client_id": "id.apps.googleusercontent.com",
        "client_secret": format!("{MARK}-client-secret"),
        "refresh_token": format!("1//{MARK}-refresh"),
        "quota_project_id": "q",
    })
}

fn external_account_file() -> Value {
    json!({
        "type": "external_account",
        "audience": "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/x",
        "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        "token_url": "https://sts.googleapis.com/v1/token",
        "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/sa@p.iam.gserviceaccount.com:generateAccessToken",
        "credential_source": { "file": "/nonexistent/token", "format": { "type": "text" } },
        "client_secret": format!("{MARK}-ext-secret"),
    })
}

fn impersonated_file() -> Value {
    json!({
        "type": "impersonated_service_account",
        "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/t@p.iam.gserviceaccount.com:generateAccessToken",
        "delegates": ["d@p.iam.gserviceaccount.com"],
        "source_credentials": authorized_user_file(),
    })
}

#[test]
fn fuzz_credential_files_of_every_type() {
    let documents = [
        service_account_file(),
        authorized_user_file(),
        external_account_file(),
        impersonated_file(),
    ];
    // A line from the middle of the real key: no error may quote it.
    let key_line = documents[0]["private_key"]
        .as_str()
        .and_then(|pem| pem.lines().nth(5))
        .expect("a PEM key of many lines")
        .to_owned();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("credentials.json");
    let mut mutator = Mutator::new(23);
    for round in 0..1_200 {
        let document = &documents[round % documents.len()];
        let bytes = mutator.mutate(document);
        if let Err(e) = ServiceAccount::from_json(&bytes) {
            let text = every_rendering(&e);
            assert!(!text.contains(MARK), "{text}");
            assert!(!text.contains(&key_line), "{text}");
        }
        if let Err(e) = AuthorizedUser::from_json(&bytes) {
            let text = every_rendering(&e);
            assert!(!text.contains(MARK), "{text}");
        }
        // Application default credentials read the file and dispatch on its `type`.
        std::fs::write(&path, &bytes).expect("write the file");
        let found = ApplicationDefaultCredentials::builder()
            .credentials_file(Some(path.clone()))
            .well_known_file(None)
            .build();
        if let Err(e) = found {
            let text = every_rendering(&e);
            assert!(!text.contains(MARK), "{text}");
            assert!(!text.contains(&key_line), "{text}");
            assert!(
                text.contains("credentials.json"),
                "the error names the file: {text}"
            );
        }
    }
    mutator.report("credential files");
}

#[test]
fn fuzz_recordings_on_load() {
    let recording = json!({
        "format": "google-api-runtime recording 1",
        "exchanges": [
            {
                "request": {
                    "method": "POST",
                    "url": "https://example.googleapis.com/example/v1/things?key=REDACTED&alt=json",
                    "headers": { "authorization": "REDACTED", "content-type": "application/json" },
                    "json": { "name": "a", "access_token": "REDACTED" }
                },
                "response": {
                    "status": 200,
                    "headers": { "content-type": "application/json", "location": "https://u.example/x?upload_id=REDACTED" },
                    "json": { "id": "1" }
                }
            },
            {
                "request": { "method": "GET", "url": "/example/v1/things/1" },
                "response": { "status": 404, "text": "not found", "headers": { "x-a": "b" } }
            },
            {
                "request": { "method": "PUT", "url": "/upload", "base64": "AAEC" },
                "response": { "status": 308, "base64": "//8=" }
            }
        ]
    });
    let mut mutator = Mutator::new(24);
    for _ in 0..3_000 {
        let bytes = mutator.mutate(&recording);
        let text = String::from_utf8_lossy(&bytes);
        match Replay::from_json(&text) {
            // A replay checks on drop that every recorded request came; none will here.
            Ok(replay) => std::mem::forget(replay),
            Err(e) => assert!(
                e.starts_with("not a recording")
                    || e.starts_with("a recording in the format")
                    || e.starts_with("exchanges["),
                "the error says where: {e}"
            ),
        }
    }
    mutator.report("recordings on load");
}
