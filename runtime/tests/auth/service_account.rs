//! `ServiceAccount`: the signed JWT, caching, refresh, single flight, errors, redaction.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use google_api_runtime::auth::{Credential, Scopes, ServiceAccount, TokenProvider};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

async fn token_server(tokens: Tokens) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(tokens)
        .mount(&server)
        .await;
    server
}

fn account(server: &MockServer) -> ServiceAccount {
    let key = key_json(&format!("{}/token", server.uri()));
    ServiceAccount::from_json(key.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn the_jwt_is_signed_and_carries_the_right_claims() {
    let server = token_server(Tokens::new(3600)).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "key.json",
        &key_json(&format!("{}/token", server.uri())).to_string(),
    );
    let provider = ServiceAccount::from_file(&file)
        .unwrap_or_else(|e| panic!("{e}"))
        .subject("alice@example.com");
    assert_eq!(provider.client_email(), CLIENT_EMAIL);
    assert_eq!(provider.impersonated_user(), Some("alice@example.com"));
    assert_eq!(provider.project_id(), Some("example-project"));

    let before = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let token = token_for(&provider, &[SETTINGS_BASIC, SETTINGS_SHARING]).await;
    assert_eq!(token, "tok-1");

    let requests = received(&server).await;
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(
        request
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/x-www-form-urlencoded")
    );
    let form = form(request);
    assert_eq!(
        form.get("grant_type").map(String::as_str),
        Some("urn:ietf:params:oauth:grant-type:jwt-bearer")
    );
    let (header, claims) = verify_jwt(form.get("assertion").expect("an assertion"));
    assert_eq!(header, json!({"alg": "RS256", "typ": "JWT", "kid": KEY_ID}));
    assert_eq!(claims["iss"], CLIENT_EMAIL);
    assert_eq!(claims["sub"], "alice@example.com");
    // One scope is enough for Google: the first the method accepts.
    assert_eq!(claims["scope"], SETTINGS_BASIC);
    assert_eq!(claims["aud"], format!("{}/token", server.uri()));
    let iat = claims["iat"].as_u64().expect("iat");
    let exp = claims["exp"].as_u64().expect("exp");
    assert!(
        iat >= before && iat <= before + 60,
        "iat {iat}, now {before}"
    );
    assert_eq!(exp - iat, 3600);
}

#[tokio::test]
async fn without_a_subject_there_is_no_sub_claim_and_pkcs1_keys_work() {
    let server = token_server(Tokens::new(3600)).await;
    let mut key = key_json(&format!("{}/token", server.uri()));
    // A PKCS #1 key, pasted with literal `\n` as in an environment variable.
    key["private_key"] = KEY.pkcs1_pem.replace('\n', "\\n").into();
    key.as_object_mut().map(|o| o.remove("private_key_id"));
    let provider = ServiceAccount::from_json(key.to_string()).unwrap_or_else(|e| panic!("{e}"));
    token_for(&provider, &[MAIL]).await;
    let requests = received(&server).await;
    let (header, claims) = verify_jwt(&form(&requests[0])["assertion"]);
    assert_eq!(header, json!({"alg": "RS256", "typ": "JWT"}));
    assert!(claims.get("sub").is_none(), "{claims}");
    assert_eq!(claims["scope"], MAIL);
}

#[tokio::test]
async fn tokens_are_cached_per_scope_set() {
    let tokens = Tokens::new(3600);
    let issued = tokens.issued.clone();
    let server = token_server(tokens).await;
    let provider = account(&server);

    assert_eq!(token_for(&provider, &[SETTINGS_BASIC, MAIL]).await, "tok-1");
    // Same first scope: same set, no request.
    assert_eq!(token_for(&provider, &[SETTINGS_BASIC]).await, "tok-1");
    assert_eq!(issued.load(Ordering::SeqCst), 1);
    // Another first scope: another set.
    assert_eq!(token_for(&provider, &[MAIL]).await, "tok-2");
    // Chosen scopes, in any order, are one set.
    let chosen = vec![SETTINGS_SHARING.to_owned(), SETTINGS_BASIC.to_owned()];
    let reversed = vec![SETTINGS_BASIC.to_owned(), SETTINGS_SHARING.to_owned()];
    let scopes = Scopes::new(&[MAIL]).with_chosen(&chosen);
    assert_eq!(
        bearer(provider.credential_for(scopes).await.expect("token")),
        "tok-3"
    );
    let scopes = Scopes::new(&[MAIL]).with_chosen(&reversed);
    assert_eq!(
        bearer(provider.credential_for(scopes).await.expect("token")),
        "tok-3"
    );
    assert_eq!(issued.load(Ordering::SeqCst), 3);
    let requests = received(&server).await;
    let (_, claims) = verify_jwt(&form(&requests[2])["assertion"]);
    assert_eq!(
        claims["scope"],
        format!("{SETTINGS_BASIC} {SETTINGS_SHARING}")
    );
    // Clones share the cache.
    assert_eq!(token_for(&provider.clone(), &[MAIL]).await, "tok-2");
    assert_eq!(issued.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn tokens_are_refreshed_before_they_expire() {
    // A two-second token is used for one second, then replaced.
    let tokens = Tokens::new(2);
    let issued = tokens.issued.clone();
    let server = token_server(tokens).await;
    let provider = account(&server);
    assert_eq!(token_for(&provider, &[MAIL]).await, "tok-1");
    assert_eq!(token_for(&provider, &[MAIL]).await, "tok-1");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(token_for(&provider, &[MAIL]).await, "tok-2");
    assert_eq!(token_for(&provider, &[MAIL]).await, "tok-2");
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn concurrent_callers_share_one_refresh() {
    let mut tokens = Tokens::new(3600);
    tokens.delay = Duration::from_millis(300);
    let issued = tokens.issued.clone();
    let server = token_server(tokens).await;
    let provider = Arc::new(account(&server));
    let callers: Vec<_> = (0..16)
        .map(|_| {
            let provider = provider.clone();
            tokio::spawn(async move { token_for(&*provider, &[SETTINGS_BASIC]).await })
        })
        .collect();
    for caller in callers {
        assert_eq!(caller.await.expect("caller finished"), "tok-1");
    }
    assert_eq!(issued.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_method_without_scopes_gets_no_token() {
    let server = token_server(Tokens::new(3600)).await;
    let provider = account(&server);
    let credential = provider.credential(&[]).await.expect("no error");
    assert_eq!(credential, Credential::None);
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn invalidating_drops_only_the_refused_token() {
    let tokens = Tokens::new(3600);
    let issued = tokens.issued.clone();
    let server = token_server(tokens).await;
    let provider = account(&server);
    let scopes = Scopes::new(&[MAIL]);
    assert_eq!(token_for(&provider, &[MAIL]).await, "tok-1");
    assert!(provider.invalidate(scopes, &Credential::Bearer("tok-1".into())));
    assert_eq!(token_for(&provider, &[MAIL]).await, "tok-2");
    // A stale rejection (another caller already replaced the token) keeps the new one.
    assert!(provider.invalidate(scopes, &Credential::Bearer("tok-1".into())));
    assert_eq!(token_for(&provider, &[MAIL]).await, "tok-2");
    assert_eq!(issued.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn token_endpoint_errors_are_clear() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "error": "unauthorized_client",
            "error_description": "Client is unauthorized to retrieve access tokens using this method.",
        })))
        .expect(1)
        .mount(&server)
        .await;
    let provider = account(&server).subject("bob@example.com");
    let message = error_message(provider.credential(&[SETTINGS_BASIC]).await);
    assert_eq!(
        message,
        format!(
            "the token endpoint `{}/token` (for {CLIENT_EMAIL} acting as bob@example.com) refused to issue a token (HTTP 401 Unauthorized): unauthorized_client: Client is unauthorized to retrieve access tokens using this method.",
            server.uri()
        )
    );
    assert_no_secrets(&message);
}

#[tokio::test]
async fn transient_token_endpoint_failures_are_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(Tokens::new(3600))
        .mount(&server)
        .await;
    let provider = account(&server);
    assert_eq!(token_for(&provider, &[MAIL]).await, "tok-1");
    assert_eq!(received(&server).await.len(), 2);
}

#[test]
fn malformed_key_files_are_named_in_clear_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shown = |name: &str| dir.path().join(name).display().to_string();
    let load = |name: &str, contents: &str| {
        let path = write(dir.path(), name, contents);
        error_message(ServiceAccount::from_file(path))
    };

    let message = load("not-json.json", "this is not JSON");
    assert_eq!(
        message,
        format!(
            "the service account key file `{}` is not valid JSON (syntax error at line 1, column 2)",
            shown("not-json.json")
        )
    );

    let mut key = key_json("https://oauth2.googleapis.com/token");
    key.as_object_mut().map(|o| o.remove("private_key"));
    let message = load("no-key.json", &key.to_string());
    assert_eq!(
        message,
        format!(
            "the service account key file `{}` has no `private_key` field",
            shown("no-key.json")
        )
    );

    let mut key = key_json("https://oauth2.googleapis.com/token");
    key["client_email"] = json!(42);
    let message = load("email.json", &key.to_string());
    assert_eq!(
        message,
        format!(
            "the `client_email` field of the service account key file `{}` is not a string",
            shown("email.json")
        )
    );

    let mut key = key_json("https://oauth2.googleapis.com/token");
    key["private_key"] =
        "-----BEGIN PRIVATE KEY-----\nMIIB!!not base64!!\n-----END PRIVATE KEY-----\n".into();
    let message = load("bad-pem.json", &key.to_string());
    assert!(
        message.starts_with(&format!(
            "the `private_key` of the service account key file `{}` is not usable",
            shown("bad-pem.json")
        )),
        "{message}"
    );
    assert_no_secrets(&message);

    let mut key = key_json("https://oauth2.googleapis.com/token");
    key["private_key"] = "not a key at all".into();
    let message = load("no-pem.json", &key.to_string());
    assert!(message.contains("no `-----BEGIN"), "{message}");

    // Valid PEM and base64, but not an RSA key.
    let mut key = key_json("https://oauth2.googleapis.com/token");
    key["private_key"] = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".into();
    let message = load("not-rsa.json", &key.to_string());
    assert!(message.contains("not an RSA private key"), "{message}");

    let mut key = key_json("https://oauth2.googleapis.com/token");
    key["type"] = "authorized_user".into();
    let message = load("wrong-type.json", &key.to_string());
    assert_eq!(
        message,
        format!(
            "the service account key file `{}` holds credentials of type `authorized_user`, not `service_account`",
            shown("wrong-type.json")
        )
    );

    let message = error_message(ServiceAccount::from_file(dir.path().join("absent.json")));
    assert_eq!(
        message,
        format!(
            "could not read the service account key file `{}`",
            shown("absent.json")
        )
    );

    let message = error_message(ServiceAccount::from_json("{}"));
    assert_eq!(
        message,
        "the service account key has no `client_email` field"
    );
}

#[tokio::test]
async fn debug_output_shows_no_secret() {
    let server = token_server(Tokens::new(3600)).await;
    let provider = account(&server).subject("carol@example.com");
    token_for(&provider, &[MAIL]).await;
    let shown = format!("{provider:?}");
    assert_no_secrets(&shown);
    assert!(shown.contains(CLIENT_EMAIL), "{shown}");
    assert!(shown.contains("carol@example.com"), "{shown}");
    assert!(shown.contains("<redacted>"), "{shown}");
    let shown = format!("{:?}", provider.credential(&[MAIL]).await);
    assert_no_secrets(&shown);
}

/// The claims of a self-signed JWT with scope, as Go's `JWTAccessTokenSourceWithScope` and
/// google-auth's `always_use_jwt_access` write them.
fn assert_self_signed(jwt: &str, scope: &str) {
    let (header, claims) = verify_jwt(jwt);
    assert_eq!(header, json!({"alg": "RS256", "typ": "JWT", "kid": KEY_ID}));
    let iat = claims["iat"].as_u64().expect("iat");
    assert_eq!(
        claims,
        json!({"iss": CLIENT_EMAIL, "sub": CLIENT_EMAIL, "scope": scope, "iat": iat, "exp": iat + 3600})
    );
}

#[tokio::test]
async fn a_self_signed_jwt_is_sent_when_asked_for_without_the_token_endpoint() {
    let server = token_server(Tokens::new(3600)).await;
    let provider = account(&server).self_signed_jwt(true);
    let jwt = token_for(&provider, &[SETTINGS_BASIC, MAIL]).await;
    assert_self_signed(&jwt, SETTINGS_BASIC);
    // Cached like a token: the same JWT until shortly before its hour is up.
    assert_eq!(token_for(&provider, &[SETTINGS_BASIC]).await, jwt);
    assert!(received(&server).await.is_empty());
    assert!(!format!("{provider:?}").contains(&jwt));

    // Off by default in googleapis.com; a subject always goes through the token endpoint.
    assert_eq!(token_for(&account(&server), &[MAIL]).await, "tok-1");
    let delegated = account(&server)
        .self_signed_jwt(true)
        .subject("alice@example.com");
    assert_eq!(token_for(&delegated, &[MAIL]).await, "tok-2");
    let (_, claims) = verify_jwt(&form(&received(&server).await[1])["assertion"]);
    assert_eq!(claims["sub"], "alice@example.com");
}

#[tokio::test]
async fn outside_googleapis_com_jwts_are_self_signed_and_delegation_is_refused() {
    let server = token_server(Tokens::new(3600)).await;
    let mut key = key_json(&format!("{}/token", server.uri()));
    key["universe_domain"] = json!("example-universe.test");
    let provider = ServiceAccount::from_json(key.to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert_self_signed(&token_for(&provider, &[MAIL]).await, MAIL);
    let exchanged = provider.clone().self_signed_jwt(false);
    assert_eq!(token_for(&exchanged, &[MAIL]).await, "tok-1");
    assert_eq!(
        error_message(provider.subject("alice@example.com").credential(&[MAIL]).await),
        format!("{CLIENT_EMAIL} cannot act as alice@example.com: domain-wide delegation is only available in the googleapis.com universe, not in `example-universe.test`")
    );
    // The default universe named explicitly changes nothing.
    key["universe_domain"] = json!("googleapis.com");
    let provider = ServiceAccount::from_json(key.to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(token_for(&provider, &[MAIL]).await, "tok-2");
}
