//! The seed tasks with no key file anywhere, through the generated crates: application default
//! credentials from gcloud's `authorized_user` file, impersonation of an administrator's service
//! account through a delegation chain, and a `subject` (keyless domain-wide delegation: the IAM
//! Credentials API signs the delegation JWT). One local server plays Google's token endpoint, the
//! IAM Credentials API and the APIs; every request of the flow is asserted.

use std::path::Path;

use google_api_runtime::auth::{ApplicationDefaultCredentials, ImpersonatedServiceAccount};
use google_api_runtime::wire::Base64;
use serde_json::{json, Value};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const TARGET: &str = "admin-tool@example-project.iam.gserviceaccount.com";
const HOP: &str = "hop@example-project.iam.gserviceaccount.com";
const USER_TOKEN: &str = "ya29.user-from-refresh-token";
const DELEGATED_TOKEN: &str = "ya29.delegated-to-the-user";

fn form(request: &Request) -> Vec<(String, String)> {
    let body = String::from_utf8_lossy(&request.body).replace('+', " ");
    body.split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| {
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            };
            (decode(k), decode(v))
        })
        .collect()
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

fn json_body(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("a JSON body")
}

/// Google as the flow meets it: the token endpoint (refresh token grant, JWT bearer grant),
/// `signJwt` (wrapping the payload it is given in a JWT), and the API answering `answer` with
/// `status`.
struct Google {
    status: u16,
    answer: Value,
}

impl Respond for Google {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let path = request.url.path();
        if path == "/token" {
            let fields = form(request);
            let token = match field(&fields, "grant_type") {
                Some("refresh_token") => USER_TOKEN,
                Some("urn:ietf:params:oauth:grant-type:jwt-bearer") => DELEGATED_TOKEN,
                _ => {
                    return ResponseTemplate::new(400)
                        .set_body_json(json!({"error": "unsupported_grant_type"}))
                }
            };
            return ResponseTemplate::new(200).set_body_json(
                json!({"access_token": token, "expires_in": 3600, "token_type": "Bearer"}),
            );
        }
        if path.ends_with(":signJwt") {
            let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
            let payload = body["payload"].as_str().unwrap_or_default();
            let part = |text: &str| Base64::encode(text).trim_end_matches('=').to_owned();
            let jwt = format!(
                "{}.{}.{}",
                part(r#"{"alg":"RS256","kid":"k1"}"#),
                part(payload),
                part("signature")
            );
            return ResponseTemplate::new(200)
                .set_body_json(json!({"keyId": "k1", "signedJwt": jwt}));
        }
        ResponseTemplate::new(self.status).set_body_json(self.answer.clone())
    }
}

/// The server, and credentials for `alice@example.com` made from an `authorized_user` file in
/// `dir` as application default credentials find it.
async fn keyless(
    dir: &Path,
    status: u16,
    answer: Value,
) -> (MockServer, ImpersonatedServiceAccount) {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(Google { status, answer })
        .mount(&server)
        .await;
    let file = dir.join("application_default_credentials.json");
    let user = json!({
        "type": "authorized_user", "client_id": "client-1", "client_secret": "secret-1",
        "refresh_token": "refresh-1", "token_uri": format!("{}/token", server.uri()),
    });
    std::fs::write(&file, user.to_string()).expect("written");
    let adc = ApplicationDefaultCredentials::builder()
        .credentials_file(None)
        .well_known_file(Some(file))
        .build()
        .expect("the authorized user file is found");
    let credentials = ImpersonatedServiceAccount::new(adc, TARGET)
        .delegates([HOP])
        .iam_endpoint(server.uri())
        .token_uri(format!("{}/token", server.uri()))
        .subject("alice@example.com");
    (server, credentials)
}

/// The four requests of the flow, checked; returns the API call.
async fn checked_flow(server: &MockServer, scope: &str) -> Request {
    let mut all = server.received_requests().await.expect("recording");
    assert_eq!(all.len(), 4, "{all:#?}");
    assert_eq!(field(&form(&all[0]), "grant_type"), Some("refresh_token"));
    let sign = &all[1];
    assert_eq!(
        sign.url.path(),
        format!("/v1/projects/-/serviceAccounts/{TARGET}:signJwt")
    );
    assert_eq!(
        header(sign, "authorization"),
        Some(format!("Bearer {USER_TOKEN}").as_str())
    );
    let body = json_body(sign);
    assert_eq!(
        body["delegates"],
        json!([format!("projects/-/serviceAccounts/{HOP}")])
    );
    let claims: Value =
        serde_json::from_str(body["payload"].as_str().expect("a payload")).expect("JSON claims");
    let iat = claims["iat"].as_i64().expect("iat");
    assert_eq!(
        claims,
        json!({"iss": TARGET, "sub": "alice@example.com", "scope": scope,
               "aud": format!("{}/token", server.uri()), "iat": iat, "exp": iat + 3600})
    );
    let grant = form(&all[2]);
    assert_eq!(
        field(&grant, "grant_type"),
        Some("urn:ietf:params:oauth:grant-type:jwt-bearer")
    );
    let payload = field(&grant, "assertion")
        .and_then(|jwt| jwt.split('.').nth(1))
        .expect("a JWT");
    let traded: Value =
        serde_json::from_slice(&Base64::decode(payload).expect("base64url")).expect("JSON");
    assert_eq!(traded, claims);
    let call = all.remove(3);
    assert_eq!(
        header(&call, "authorization"),
        Some(format!("Bearer {DELEGATED_TOKEN}").as_str())
    );
    call
}

#[tokio::test]
async fn cse_key_pair_create_as_a_user_with_no_key_file() {
    use google_gmail_v1::schemas::{CseKeyPair, CsePrivateKeyMetadata, KaclsKeyMetadata};
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (server, credentials) = keyless(
        dir.path(),
        200,
        json!({"keyPairId": "kp-0001", "enablementState": "enabled"}),
    )
    .await;
    let client = google_gmail_v1::Client::builder()
        .root_url(server.uri())
        .auth(credentials)
        .build();
    let key_pair = CseKeyPair::default()
        .set_pkcs7("-----BEGIN PKCS7-----\n")
        .set_private_key_metadata([CsePrivateKeyMetadata::default().set_kacls_key_metadata(
            KaclsKeyMetadata::default().set_kacls_uri("https://kacls.example.com/api"),
        )]);
    let stored = client
        .users()
        .settings()
        .cse()
        .keypairs()
        .create("me", key_pair)
        .send()
        .await
        .expect("the call succeeds");
    assert_eq!(stored.key_pair_id.as_deref(), Some("kp-0001"));
    let call = checked_flow(
        &server,
        "https://www.googleapis.com/auth/gmail.settings.basic",
    )
    .await;
    assert_eq!(call.url.path(), "/gmail/v1/users/me/settings/cse/keypairs");
    assert_eq!(
        json_body(&call),
        json!({"pkcs7": "-----BEGIN PKCS7-----\n", "privateKeyMetadata": [{"kaclsKeyMetadata": {"kaclsUri": "https://kacls.example.com/api"}}]})
    );
}

#[tokio::test]
async fn alias_insert_as_an_administrator_with_no_key_file() {
    use google_admin_directory_v1::schemas::Alias;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (server, credentials) = keyless(
        dir.path(),
        201,
        json!({"kind": "admin#directory#alias", "alias": "al@example.com", "primaryEmail": "bob@example.com"}),
    )
    .await;
    let client = google_admin_directory_v1::Client::builder()
        .root_url(server.uri())
        .auth(credentials)
        .build();
    let alias = client
        .users()
        .aliases()
        .insert(
            "bob@example.com",
            Alias::default().set_alias("al@example.com"),
        )
        .send()
        .await
        .expect("201 Created is a success");
    assert_eq!(alias.alias.as_deref(), Some("al@example.com"));
    let call = checked_flow(
        &server,
        "https://www.googleapis.com/auth/admin.directory.user",
    )
    .await;
    assert_eq!(
        call.url.path(),
        "/admin/directory/v1/users/bob%40example.com/aliases"
    );
    assert_eq!(json_body(&call), json!({"alias": "al@example.com"}));
}
