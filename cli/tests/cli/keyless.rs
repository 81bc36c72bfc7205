//! The seed tasks with no key file anywhere: application default credentials from gcloud's
//! `authorized_user` file, `--impersonate-service-account` (a delegation chain) and `--subject`
//! (keyless domain-wide delegation), against one local server playing Google's token endpoint,
//! the IAM Credentials API and the API itself.

use google_api_runtime::wire::Base64;
use serde_json::{json, Value};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::support::*;

const TARGET: &str = "admin-tool@example-project.iam.gserviceaccount.com";
const HOP: &str = "hop@example-project.iam.gserviceaccount.com";
const USER_TOKEN: &str = "ya29.user-from-refresh-token";
const DELEGATED_TOKEN: &str = "ya29.delegated-to-the-user";

/// The fields of a form body.
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

/// Google, as the flow meets it: the token endpoint (the refresh token grant, then the JWT bearer
/// grant), `signJwt` (which "signs" by wrapping the payload it is given in a JWT), and the API,
/// answering `answer`.
struct Google {
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
        ResponseTemplate::new(200).set_body_json(self.answer.clone())
    }
}

/// gcloud's configuration folder with an `authorized_user` application default credentials file
/// whose token endpoint is `server`.
fn gcloud_config(server: &MockServer, name: &str) -> std::path::PathBuf {
    let folder = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&folder).expect("a folder");
    let credentials = json!({
        "type": "authorized_user", "client_id": "client-1", "client_secret": "secret-1",
        "refresh_token": "refresh-1", "token_uri": format!("{}/token", server.uri()),
    });
    std::fs::write(
        folder.join("application_default_credentials.json"),
        credentials.to_string(),
    )
    .expect("written");
    folder
}

/// Runs `args` as `alice@example.com` through `HOP` and `TARGET`, and checks the whole keyless
/// flow: refresh token, then `signJwt` with the user's token and the chain, then the JWT bearer
/// grant, then the call with the delegated token. Returns the API request.
async fn run_keyless(name: &str, args: &[&str], scope: &str, answer: Value) -> (Request, Run) {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(Google { answer })
        .mount(&server)
        .await;
    let config = gcloud_config(&server, name);
    let uri = server.uri();
    let token_host = format!("{uri}/token");
    let chain = format!("{HOP},{TARGET}");
    let mut all = args.to_vec();
    all.extend([
        "--root-url",
        &uri,
        "--impersonate-service-account",
        &chain,
        "--subject",
        "alice@example.com",
        "--max-attempts",
        "1",
    ]);
    let run = gapi_with_env(
        &all,
        None,
        &[
            ("CLOUDSDK_CONFIG", config.to_str().expect("UTF-8")),
            ("CLOUDSDK_API_ENDPOINT_OVERRIDES_IAMCREDENTIALS", &uri),
            ("CLOUDSDK_AUTH_TOKEN_HOST", &token_host),
        ],
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let mut all = requests(&server).await;
    assert_eq!(all.len(), 4, "{all:#?}");

    let refresh = form(&all[0]);
    assert_eq!(field(&refresh, "grant_type"), Some("refresh_token"));
    assert_eq!(field(&refresh, "refresh_token"), Some("refresh-1"));

    let sign = &all[1];
    assert_eq!(
        line(sign),
        format!("POST /v1/projects/-/serviceAccounts/{TARGET}:signJwt")
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
        json!({"iss": TARGET, "sub": "alice@example.com", "scope": scope, "aud": token_host, "iat": iat, "exp": iat + 3600})
    );

    let grant = form(&all[2]);
    assert_eq!(
        field(&grant, "grant_type"),
        Some("urn:ietf:params:oauth:grant-type:jwt-bearer")
    );
    let assertion = field(&grant, "assertion").expect("an assertion");
    let payload = assertion.split('.').nth(1).expect("a JWT");
    let signed: Value =
        serde_json::from_slice(&Base64::decode(payload).expect("base64url")).expect("JSON");
    assert_eq!(signed, claims, "the JWT signJwt returned is the one traded");

    let call = all.remove(3);
    assert_eq!(
        header(&call, "authorization"),
        Some(format!("Bearer {DELEGATED_TOKEN}").as_str())
    );
    for secret in [
        USER_TOKEN,
        DELEGATED_TOKEN,
        "refresh-1",
        "secret-1",
        assertion,
    ] {
        assert!(
            !run.stdout.contains(secret) && !run.stderr.contains(secret),
            "{run:#?}"
        );
    }
    (call, run)
}

/// Gmail: a user's CSE key pair created by an administrator's tool acting as the user.
#[tokio::test]
async fn cse_key_pair_create_as_a_user_with_no_key_file() {
    let answer = json!({"keyPairId": "kp-1", "enablementState": "enabled"});
    let body = r#"{"pkcs7": "-----BEGIN PKCS7-----", "privateKeyMetadata": [{"kaclsKeyMetadata": {"kaclsUri": "https://kacls.example.com"}}]}"#;
    let (call, run) = run_keyless(
        "keyless-cse",
        &[
            "gmail", "users", "settings", "cse", "keypairs", "create", "me", "--json", body,
        ],
        "https://www.googleapis.com/auth/gmail.settings.basic",
        answer.clone(),
    )
    .await;
    assert_eq!(
        line(&call),
        "POST /gmail/v1/users/me/settings/cse/keypairs?prettyPrint=false"
    );
    assert_eq!(
        json_body(&call),
        serde_json::from_str::<Value>(body).expect("JSON")
    );
    assert_eq!(
        serde_json::from_str::<Value>(&run.stdout).expect("JSON out"),
        answer
    );
}

/// Directory: an alias inserted by an administrator, acted as through the chain.
#[tokio::test]
async fn alias_insert_as_an_administrator_with_no_key_file() {
    let answer = json!({"kind": "admin#directory#alias", "alias": "al@example.com", "primaryEmail": "bob@example.com"});
    let (call, run) = run_keyless(
        "keyless-alias",
        &[
            "admin",
            "users",
            "aliases",
            "insert",
            "bob@example.com",
            "--json",
            r#"{"alias": "al@example.com"}"#,
        ],
        "https://www.googleapis.com/auth/admin.directory.user",
        answer.clone(),
    )
    .await;
    assert_eq!(
        line(&call),
        "POST /admin/directory/v1/users/bob%40example.com/aliases?prettyPrint=false"
    );
    assert_eq!(json_body(&call), json!({"alias": "al@example.com"}));
    assert_eq!(
        serde_json::from_str::<Value>(&run.stdout).expect("JSON out"),
        answer
    );
}

/// Without `--subject`: `generateAccessToken` for the target, with an access token as the source.
#[tokio::test]
async fn an_access_token_can_impersonate_too() {
    let server = MockServer::start().await;
    let expire = google_api_runtime::Timestamp::from_unix(4_102_444_800, 0).expect("2100");
    Mock::given(wiremock::matchers::path(format!(
        "/v1/projects/-/serviceAccounts/{TARGET}:generateAccessToken"
    )))
    .respond_with(ResponseTemplate::new(200).set_body_json(
        json!({"accessToken": "ya29.impersonated", "expireTime": expire.to_string()}),
    ))
    .mount(&server)
    .await;
    Mock::given(wiremock::matchers::path("/gmail/v1/users/me/profile"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"emailAddress": "me@example.com"})),
        )
        .mount(&server)
        .await;
    let uri = server.uri();
    let run = gapi_with_env(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--root-url",
            &uri,
            "--access-token",
            TOKEN,
            "--impersonate-service-account",
            TARGET,
            "--max-attempts",
            "1",
        ],
        None,
        &[("CLOUDSDK_API_ENDPOINT_OVERRIDES_IAMCREDENTIALS", &uri)],
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    let all = requests(&server).await;
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(
        header(&all[0], "authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(
        json_body(&all[0]),
        json!({"scope": ["https://mail.google.com/"], "lifetime": "3600s"})
    );
    assert_eq!(
        header(&all[1], "authorization"),
        Some("Bearer ya29.impersonated")
    );
}

#[tokio::test]
async fn bad_chains_and_combinations_are_usage_errors() {
    let run = gapi(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--impersonate-service-account",
            "a@p,,b@p",
        ],
        None,
    )
    .await;
    run.assert_usage_error("--impersonate-service-account `a@p,,b@p`: expected service account e-mail addresses, comma-separated");
    let run = gapi(
        &[
            "gmail",
            "users",
            "getProfile",
            "me",
            "--impersonate-service-account",
            TARGET,
            "--api-key",
            "k",
        ],
        None,
    )
    .await;
    run.assert_usage_error("--impersonate-service-account cannot be combined with --api-key");
}
