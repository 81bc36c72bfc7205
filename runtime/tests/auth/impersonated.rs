//! `ImpersonatedServiceAccount`: the IAM Credentials API's `generateAccessToken` and `signJwt`
//! (played by a local server as Google documents them), keyless domain-wide delegation, and
//! gcloud's `impersonated_service_account` file through application default credentials.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures::future::{join_all, BoxFuture, FutureExt};
use google_api_runtime::auth::{
    ApplicationDefaultCredentials, AuthError, AuthorizedUser, Credential,
    ImpersonatedServiceAccount, Scopes, Secret, TokenProvider,
};
use google_api_runtime::Timestamp;
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::authorized_user::user_json;
use crate::common::*;

pub const TARGET: &str = "admin-tool@example-project.iam.gserviceaccount.com";
const DELEGATE: &str = "hop@example-project.iam.gserviceaccount.com";
const CLOUD_PLATFORM: &str = "https://www.googleapis.com/auth/cloud-platform";
const USER: &str = "alice@example.com";

fn iam_path(method: &str) -> String {
    format!("/v1/projects/-/serviceAccounts/{TARGET}:{method}")
}

/// `generateAccessToken`: `imp-1`, `imp-2`, ... expiring `expires_in` seconds from now.
struct GenerateAccessToken {
    issued: Arc<AtomicUsize>,
    expires_in: i64,
    delay: Duration,
}

impl Respond for GenerateAccessToken {
    fn respond(&self, _request: &Request) -> ResponseTemplate {
        let n = self.issued.fetch_add(1, Ordering::SeqCst) + 1;
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("a clock after 1970")
            .as_secs();
        let expires = Timestamp::from_unix(now as i64 + self.expires_in, 0).expect("in range");
        ResponseTemplate::new(200)
            .set_body_json(
                json!({"accessToken": format!("imp-{n}"), "expireTime": expires.to_string()}),
            )
            .set_delay(self.delay)
    }
}

/// `signJwt`: signs the payload it is given with the test key, as IAM signs with the account's
/// Google-managed key, and answers `{keyId, signedJwt}`.
struct SignJwt;

impl Respond for SignJwt {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let body: Value = serde_json::from_slice(&request.body).expect("a JSON body");
        let payload = body["payload"].as_str().expect("a string payload");
        let header = json!({"alg": "RS256", "kid": KEY_ID, "typ": "JWT"});
        ResponseTemplate::new(200)
            .set_body_json(json!({"keyId": KEY_ID, "signedJwt": sign_jwt(&header, payload)}))
    }
}

/// A local IAM Credentials API for `TARGET`, whose tokens expire after `expires_in` seconds.
pub async fn iam_server(expires_in: i64, delay: Duration) -> (MockServer, Arc<AtomicUsize>) {
    let server = MockServer::start().await;
    let issued = Arc::new(AtomicUsize::new(0));
    Mock::given(method("POST"))
        .and(path(iam_path("generateAccessToken")))
        .respond_with(GenerateAccessToken {
            issued: issued.clone(),
            expires_in,
            delay,
        })
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(iam_path("signJwt")))
        .respond_with(SignJwt)
        .mount(&server)
        .await;
    (server, issued)
}

async fn token_endpoint() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(Tokens::new(3600))
        .mount(&server)
        .await;
    server
}

/// A source credential that records the scopes it is asked for.
#[derive(Debug, Default)]
struct Source {
    asked: Mutex<Vec<Vec<String>>>,
}

impl TokenProvider for Source {
    fn credential<'a>(
        &'a self,
        scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        self.credential_for(Scopes::new(scopes))
    }

    fn credential_for<'a>(
        &'a self,
        scopes: Scopes<'a>,
    ) -> BoxFuture<'a, Result<Credential, AuthError>> {
        self.asked.lock().expect("lock").push(scopes.requested());
        futures::future::ready(Ok(Credential::Bearer(Secret::new("src-token")))).boxed()
    }
}

fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

fn json_body(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("a JSON body")
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs() as i64
}

#[tokio::test]
async fn generate_access_token_is_asked_as_googles_libraries_ask_and_cached() {
    let (iam, issued) = iam_server(3600, Duration::ZERO).await;
    let source = Arc::new(Source::default());
    let provider = ImpersonatedServiceAccount::new(source.clone(), TARGET)
        .delegates([DELEGATE])
        .iam_endpoint(iam.uri());
    assert_eq!(provider.target(), TARGET);
    assert_eq!(
        provider.delegate_chain(),
        [format!("projects/-/serviceAccounts/{DELEGATE}")]
    );
    assert_eq!(token_for(&provider, &[SETTINGS_BASIC, MAIL]).await, "imp-1");
    assert_eq!(token_for(&provider, &[SETTINGS_BASIC]).await, "imp-1");
    assert_eq!(token_for(&provider, &[MAIL]).await, "imp-2");
    assert_eq!(issued.load(Ordering::SeqCst), 2);

    let requests = received(&iam).await;
    let first = &requests[0];
    assert_eq!(first.url.path(), iam_path("generateAccessToken"));
    assert_eq!(header(first, "authorization"), Some("Bearer src-token"));
    assert_eq!(header(first, "content-type"), Some("application/json"));
    assert_eq!(
        json_body(first),
        json!({
            "delegates": [format!("projects/-/serviceAccounts/{DELEGATE}")],
            "scope": [SETTINGS_BASIC],
            "lifetime": "3600s",
        })
    );
    assert_eq!(json_body(&requests[1])["scope"], json!([MAIL]));
    // The source is asked for a token the IAM Credentials API accepts.
    assert_eq!(
        *source.asked.lock().expect("lock"),
        [
            vec![CLOUD_PLATFORM.to_owned()],
            vec![CLOUD_PLATFORM.to_owned()]
        ]
    );
    let shown = format!("{provider:?}");
    assert!(shown.contains(TARGET), "{shown}");
    assert!(
        !shown.contains("imp-") && !shown.contains("src-token"),
        "{shown}"
    );
}

#[tokio::test]
async fn many_tasks_asking_at_once_make_one_exchange() {
    let (iam, issued) = iam_server(3600, Duration::from_millis(200)).await;
    let provider =
        ImpersonatedServiceAccount::new(Source::default(), TARGET).iam_endpoint(iam.uri());
    let tokens = join_all((0..20).map(|_| token_for(&provider, &[MAIL]))).await;
    assert!(tokens.iter().all(|t| t == "imp-1"), "{tokens:?}");
    assert_eq!(issued.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_token_at_its_expiry_is_replaced_and_a_refused_one_forgotten() {
    let (iam, _) = iam_server(0, Duration::ZERO).await;
    let provider =
        ImpersonatedServiceAccount::new(Source::default(), TARGET).iam_endpoint(iam.uri());
    assert_eq!(token_for(&provider, &[MAIL]).await, "imp-1");
    assert_eq!(token_for(&provider, &[MAIL]).await, "imp-2");

    let (iam, _) = iam_server(3600, Duration::ZERO).await;
    let provider =
        ImpersonatedServiceAccount::new(Source::default(), TARGET).iam_endpoint(iam.uri());
    assert_eq!(token_for(&provider, &[MAIL]).await, "imp-1");
    let scopes = Scopes::new(&[MAIL]);
    assert!(provider.invalidate(scopes, &Credential::Bearer(Secret::new("imp-1"))));
    assert_eq!(token_for(&provider, &[MAIL]).await, "imp-2");
    assert!(!provider.invalidate(scopes, &Credential::None));
}

#[tokio::test]
async fn the_lifetime_is_sent_and_bounded_by_twelve_hours() {
    let (iam, issued) = iam_server(7200, Duration::ZERO).await;
    let provider = ImpersonatedServiceAccount::new(Source::default(), TARGET)
        .iam_endpoint(iam.uri())
        .lifetime(Duration::from_secs(12 * 3600));
    assert_eq!(token_for(&provider, &[MAIL]).await, "imp-1");
    assert_eq!(json_body(&received(&iam).await[0])["lifetime"], "43200s");

    for seconds in [12 * 3600 + 1, 0] {
        let too_long = ImpersonatedServiceAccount::new(Source::default(), TARGET)
            .iam_endpoint(iam.uri())
            .lifetime(Duration::from_secs(seconds));
        assert_eq!(
            error_message(too_long.credential(&[MAIL]).await),
            format!("the lifetime of tokens of {TARGET} must be between 1 second and 12 hours, not {seconds} seconds")
        );
    }
    assert_eq!(issued.load(Ordering::SeqCst), 1);
    // A method that needs no scope needs no token.
    assert_eq!(provider.credential(&[]).await.ok(), Some(Credential::None));
}

#[tokio::test]
async fn keyless_domain_wide_delegation_signs_with_sign_jwt_and_trades_at_the_token_endpoint() {
    let (iam, issued) = iam_server(3600, Duration::ZERO).await;
    let tokens = token_endpoint().await;
    let token_uri = format!("{}/token", tokens.uri());
    let provider = ImpersonatedServiceAccount::new(Source::default(), TARGET)
        .delegates([DELEGATE])
        .iam_endpoint(iam.uri())
        .token_uri(&token_uri)
        .subject(USER);
    assert_eq!(provider.impersonated_user(), Some(USER));
    let before = now();
    assert_eq!(token_for(&provider, &[SETTINGS_BASIC]).await, "tok-1");
    assert_eq!(token_for(&provider, &[SETTINGS_BASIC]).await, "tok-1");
    assert_eq!(issued.load(Ordering::SeqCst), 0, "no generateAccessToken");

    let signs = received(&iam).await;
    assert_eq!(signs.len(), 1);
    let sign = &signs[0];
    assert_eq!(sign.url.path(), iam_path("signJwt"));
    assert_eq!(header(sign, "authorization"), Some("Bearer src-token"));
    assert_eq!(header(sign, "content-type"), Some("application/json"));
    let body = json_body(sign);
    let mut keys: Vec<&String> = body.as_object().expect("an object").keys().collect();
    keys.sort();
    assert_eq!(keys, ["delegates", "payload"]);
    assert_eq!(
        body["delegates"],
        json!([format!("projects/-/serviceAccounts/{DELEGATE}")])
    );
    let claims: Value =
        serde_json::from_str(body["payload"].as_str().expect("a string")).expect("JSON claims");
    let iat = claims["iat"].as_i64().expect("iat");
    assert!((before..=now()).contains(&iat), "{claims}");
    assert_eq!(
        claims,
        json!({
            "iss": TARGET,
            "sub": USER,
            "scope": SETTINGS_BASIC,
            "aud": token_uri,
            "iat": iat,
            "exp": iat + 3600,
        })
    );

    let grants = received(&tokens).await;
    assert_eq!(grants.len(), 1);
    let grant = form(&grants[0]);
    assert_eq!(grant.len(), 2, "{grant:?}");
    assert_eq!(
        grant["grant_type"],
        "urn:ietf:params:oauth:grant-type:jwt-bearer"
    );
    // The assertion is the JWT signJwt returned: signed with the account's key, the same claims.
    let (jwt_header, jwt_claims) = verify_jwt(&grant["assertion"]);
    assert_eq!(jwt_header["kid"], KEY_ID);
    assert_eq!(jwt_claims, claims);
    let shown = format!("{provider:?}");
    assert!(
        shown.contains(USER) && !shown.contains(&grant["assertion"]),
        "{shown}"
    );
}

#[tokio::test]
async fn a_short_lifetime_shortens_the_delegation_jwt_too() {
    let (iam, _) = iam_server(3600, Duration::ZERO).await;
    let tokens = token_endpoint().await;
    let provider = ImpersonatedServiceAccount::new(Source::default(), TARGET)
        .iam_endpoint(iam.uri())
        .token_uri(format!("{}/token", tokens.uri()))
        .lifetime(Duration::from_secs(600))
        .subject(USER);
    token_for(&provider, &[MAIL]).await;
    let body = json_body(&received(&iam).await[0]);
    assert!(body.get("delegates").is_none(), "{body}");
    let claims: Value =
        serde_json::from_str(body["payload"].as_str().expect("a string")).expect("JSON");
    assert_eq!(
        claims["exp"].as_i64(),
        claims["iat"].as_i64().map(|iat| iat + 600)
    );
}

#[tokio::test]
async fn refusals_name_the_call_and_show_googles_message_but_no_secret() {
    let iam = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({"error": {
            "code": 403,
            "message": "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).",
            "status": "PERMISSION_DENIED",
        }})))
        .mount(&iam)
        .await;
    let provider =
        ImpersonatedServiceAccount::new(Source::default(), TARGET).iam_endpoint(iam.uri());
    assert_eq!(
        error_message(provider.credential(&[MAIL]).await),
        format!("the IAM Credentials API (generateAccessToken of {TARGET}) was refused (HTTP 403 Forbidden): PERMISSION_DENIED: Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).")
    );
    let as_user = provider.subject(USER);
    assert_eq!(
        error_message(as_user.credential(&[MAIL]).await),
        format!("the IAM Credentials API (signJwt of {TARGET} acting as {USER}) was refused (HTTP 403 Forbidden): PERMISSION_DENIED: Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).")
    );

    // The source fails: the error says so, its cause follows, no secret anywhere.
    let refusing = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(400).set_body_json(
                json!({"error": "invalid_grant", "error_description": "Bad Request"}),
            ),
        )
        .mount(&refusing)
        .await;
    let user =
        AuthorizedUser::from_json(user_json(&format!("{}/token", refusing.uri())).to_string())
            .unwrap_or_else(|e| panic!("{e}"));
    let provider = ImpersonatedServiceAccount::new(user, TARGET).iam_endpoint(iam.uri());
    let error = match provider.credential(&[MAIL]).await {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    };
    assert_eq!(
        error.to_string(),
        format!("could not get a token of the credentials that impersonate {TARGET}")
    );
    let cause = std::error::Error::source(&error).map(ToString::to_string);
    assert!(
        cause
            .as_deref()
            .is_some_and(|c| c.contains("invalid_grant")),
        "{cause:?}"
    );
    assert_no_secrets(&format!("{error:?} {provider:?}"));
}

/// gcloud's file, `gcloud auth application-default login --impersonate-service-account`.
pub fn impersonated_file(iam: &str, source: Value) -> Value {
    json!({
        "type": "impersonated_service_account",
        "service_account_impersonation_url": format!("{iam}{}", iam_path("generateAccessToken")),
        "delegates": [DELEGATE],
        "source_credentials": source,
        "quota_project_id": "billing-project",
    })
}

#[tokio::test]
async fn the_gcloud_file_is_found_by_application_default_credentials() {
    let (iam, _) = iam_server(3600, Duration::ZERO).await;
    let tokens = token_endpoint().await;
    let token_uri = format!("{}/token", tokens.uri());
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "adc.json",
        &impersonated_file(&iam.uri(), user_json(&token_uri)).to_string(),
    );
    let adc = ApplicationDefaultCredentials::builder()
        .credentials_file(None)
        .well_known_file(Some(file.clone()))
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(token_for(&adc, &[SETTINGS_BASIC]).await, "imp-1");
    assert_eq!(adc.quota_project(), Some("billing-project"));
    let requests = received(&iam).await;
    // The user's refresh token was traded first; its token asks IAM.
    assert_eq!(
        form(&received(&tokens).await[0])["grant_type"],
        "refresh_token"
    );
    assert_eq!(header(&requests[0], "authorization"), Some("Bearer tok-1"));
    assert_eq!(
        json_body(&requests[0])["delegates"],
        json!([format!("projects/-/serviceAccounts/{DELEGATE}")])
    );
    assert_no_secrets(&format!("{adc:?}"));

    // With a subject: keyless domain-wide delegation, signJwt next to the file's URL, the
    // JWT traded at the file's `token_uri`.
    let mut with_uri = impersonated_file(&iam.uri(), user_json(&token_uri));
    with_uri["token_uri"] = json!(token_uri);
    let file = write(dir.path(), "adc-dwd.json", &with_uri.to_string());
    let adc = ApplicationDefaultCredentials::builder()
        .credentials_file(Some(file))
        .well_known_file(None)
        .subject(USER)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(token_for(&adc, &[SETTINGS_BASIC]).await, "tok-3");
    let requests = received(&iam).await;
    assert_eq!(requests[1].url.path(), iam_path("signJwt"));
    let grant = form(&received(&tokens).await[2]);
    let (_, claims) = verify_jwt(&grant["assertion"]);
    assert_eq!(
        (claims["sub"].as_str(), claims["iss"].as_str()),
        (Some(USER), Some(TARGET))
    );
}

#[tokio::test]
async fn bad_files_are_named_with_the_field_at_fault() {
    let dir = tempfile::tempdir().expect("temp dir");
    let load = |name: &str, contents: Value| {
        let file = write(dir.path(), name, &contents.to_string());
        error_message(ImpersonatedServiceAccount::from_file(&file))
            .replace(&dir.path().display().to_string(), "DIR")
    };
    let good = impersonated_file(
        "https://iamcredentials.googleapis.com",
        user_json("https://oauth2.googleapis.com/token"),
    );

    let mut no_target = good.clone();
    no_target["service_account_impersonation_url"] =
        json!("https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/sa@p:signJwt");
    assert_eq!(
        load("a.json", no_target),
        "the `service_account_impersonation_url` of the impersonated service account file `DIR/a.json` does not end in `/serviceAccounts/{email}:generateAccessToken`"
    );
    let mut external = good.clone();
    external["source_credentials"] = json!({"type": "external_account", "audience": "x"});
    assert_eq!(
        load("b.json", external),
        "the `source_credentials` of the impersonated service account file `DIR/b.json` is of type `external_account`, which cannot be the source of an impersonation here (supported: `authorized_user`, `service_account`, with the crate features of the same names)"
    );
    let mut no_secret = good.clone();
    no_secret["source_credentials"]["refresh_token"] = Value::Null;
    assert_eq!(
        load("c.json", no_secret),
        "the `source_credentials` of the impersonated service account file `DIR/c.json` has no `refresh_token` field"
    );
    let mut bad_chain = good.clone();
    bad_chain["delegates"] = json!(DELEGATE);
    assert_eq!(
        load("d.json", bad_chain),
        "the `delegates` field of the impersonated service account file `DIR/d.json` is not a list of strings"
    );
    let mut no_source = good.clone();
    no_source
        .as_object_mut()
        .expect("an object")
        .remove("source_credentials");
    assert_eq!(
        load("e.json", no_source),
        "the impersonated service account file `DIR/e.json` has no `source_credentials` field"
    );
    let from_json =
        ImpersonatedServiceAccount::from_json(good.to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(from_json.target(), TARGET);
    assert_no_secrets(&format!("{from_json:?}"));
}
