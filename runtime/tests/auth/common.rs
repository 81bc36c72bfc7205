//! A test RSA key, key files made with it, a local token endpoint, and JWT checks.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use google_api_runtime::auth::{Credential, TokenProvider};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::pkcs8::{EncodePrivateKey, LineEnding};
use rsa::sha2::Sha256;
use rsa::signature::Verifier;
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde_json::{json, Value};
use wiremock::{Request, Respond, ResponseTemplate};

pub const CLIENT_EMAIL: &str = "admin-tool@example-project.iam.gserviceaccount.com";
pub const KEY_ID: &str = "0123456789abcdef";
pub const SETTINGS_BASIC: &str = "https://www.googleapis.com/auth/gmail.settings.basic";
pub const SETTINGS_SHARING: &str = "https://www.googleapis.com/auth/gmail.settings.sharing";
pub const MAIL: &str = "https://mail.google.com/";

/// An RSA key made for these tests only, once per test binary.
pub struct TestKey {
    pub private: RsaPrivateKey,
    pub public: RsaPublicKey,
    pub pkcs8_pem: String,
    pub pkcs1_pem: String,
}

pub static KEY: LazyLock<TestKey> = LazyLock::new(|| {
    let private = RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).expect("RSA key generation");
    TestKey {
        public: private.to_public_key(),
        pkcs8_pem: private
            .to_pkcs8_pem(LineEnding::LF)
            .expect("PKCS #8 PEM")
            .to_string(),
        pkcs1_pem: private
            .to_pkcs1_pem(LineEnding::LF)
            .expect("PKCS #1 PEM")
            .to_string(),
        private,
    }
});

/// Signs `header.claims` with the test key (RS256), as the IAM Credentials API signs with a
/// service account's Google-managed key.
pub fn sign_jwt(header: &Value, claims: &str) -> String {
    use rsa::signature::{SignatureEncoding, Signer};
    let signed = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims)
    );
    let signature =
        rsa::pkcs1v15::SigningKey::<Sha256>::new(KEY.private.clone()).sign(signed.as_bytes());
    format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()))
}

/// A service account key file's contents, as the Cloud console writes them.
pub fn key_json(token_uri: &str) -> Value {
    json!({
        "type": "service_account",
        "project_id": "example-project",
        "private_key_id": KEY_ID,
        "private_key": KEY.pkcs8_pem,
        "client_email": CLIENT_EMAIL,
        "client_id": "111111111111111111111",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": token_uri,
    })
}

/// Writes `contents` to `name` in `dir` and returns the path.
pub fn write(dir: &Path, name: &str, contents: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write a test file");
    path
}

/// A token endpoint that hands out `tok-1`, `tok-2`, ... valid for `expires_in` seconds, after an
/// optional delay.
pub struct Tokens {
    pub issued: Arc<AtomicUsize>,
    pub expires_in: u64,
    pub delay: Duration,
    /// Answers with `Metadata-Flavor: Google`, as the metadata server does.
    pub metadata_flavor: bool,
}

impl Tokens {
    pub fn new(expires_in: u64) -> Self {
        Tokens {
            issued: Arc::default(),
            expires_in,
            delay: Duration::ZERO,
            metadata_flavor: false,
        }
    }

    /// The metadata server's token answers.
    pub fn from_metadata_server(expires_in: u64) -> Self {
        Tokens {
            metadata_flavor: true,
            ..Tokens::new(expires_in)
        }
    }
}

impl Respond for Tokens {
    fn respond(&self, _request: &Request) -> ResponseTemplate {
        let n = self.issued.fetch_add(1, Ordering::SeqCst) + 1;
        let answer = ResponseTemplate::new(200)
            .set_body_json(json!({
                "access_token": format!("tok-{n}"),
                "expires_in": self.expires_in,
                "token_type": "Bearer",
            }))
            .set_delay(self.delay);
        if self.metadata_flavor {
            answer.insert_header("Metadata-Flavor", "Google")
        } else {
            answer
        }
    }
}

/// The fields of a form-encoded request body.
pub fn form(request: &Request) -> HashMap<String, String> {
    let body = String::from_utf8_lossy(&request.body).replace('+', " ");
    body.split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(name, value)| {
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            };
            (decode(name), decode(value))
        })
        .collect()
}

/// Checks the JWT's RS256 signature with the test key's public half (with the `rsa` crate, not the
/// `ring` code that signed it) and returns its header and claims.
pub fn verify_jwt(jwt: &str) -> (Value, Value) {
    let parts: Vec<&str> = jwt.split('.').collect();
    assert_eq!(parts.len(), 3, "a JWT has three parts: {jwt}");
    let signature = URL_SAFE_NO_PAD
        .decode(parts[2])
        .expect("base64url signature");
    let signature = Signature::try_from(signature.as_slice()).expect("an RSA signature");
    let signed = format!("{}.{}", parts[0], parts[1]);
    VerifyingKey::<Sha256>::new(KEY.public.clone())
        .verify(signed.as_bytes(), &signature)
        .expect("the JWT's signature verifies with the service account's public key");
    let decode = |part: &str| -> Value {
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).expect("base64url")).expect("JSON")
    };
    (decode(parts[0]), decode(parts[1]))
}

/// The requests `server` received so far.
pub async fn received(server: &wiremock::MockServer) -> Vec<Request> {
    server.received_requests().await.unwrap_or_default()
}

/// The bearer token of a credential, or a panic.
pub fn bearer(credential: Credential) -> String {
    match credential {
        Credential::Bearer(token) => token.expose().to_owned(),
        other => panic!("expected a bearer token, got {other:?}"),
    }
}

/// Asks `provider` for the token of a method accepting `scopes`.
pub async fn token_for(provider: &dyn TokenProvider, scopes: &'static [&'static str]) -> String {
    bearer(
        provider
            .credential(scopes)
            .await
            .unwrap_or_else(|e| panic!("no credential: {e}")),
    )
}

/// The message of an error, or a panic if there is none.
pub fn error_message<T, E: std::fmt::Display>(result: Result<T, E>) -> String {
    match result {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.to_string(),
    }
}

/// Asserts that `text` shows no part of the test key or any token handed out.
pub fn assert_no_secrets(text: &str) {
    for secret in [
        "tok-",
        "PRIVATE KEY",
        "MII",
        "refresh-secret",
        "client-secret-value",
    ] {
        assert!(!text.contains(secret), "`{secret}` shown in: {text}");
    }
}
