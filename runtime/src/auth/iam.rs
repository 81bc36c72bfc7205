//! The IAM Credentials API (`iamcredentials.googleapis.com`): a service account's short-lived
//! access tokens (`generateAccessToken`) and JWTs signed with its Google-managed key (`signJwt`),
//! asked for with the bearer token of another credential.
//!
//! The requests are those of Google's Go (`impersonate`) and Python (`impersonated_credentials`)
//! libraries: a JSON body, `Content-Type: application/json`, the source credential's token as
//! `Authorization: Bearer`. The functions take the URL, the bearer token and the body, so that
//! every provider that impersonates (service accounts, external accounts) sends them the same way.
// Without `impersonation`, only `generateAccessToken` is used (by external accounts).
#![cfg_attr(not(feature = "impersonation"), allow(dead_code))]

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::header::{AUTHORIZATION, CONTENT_TYPE};
use http::{HeaderValue, Method, StatusCode};
use percent_encoding::{utf8_percent_encode, AsciiSet};
use serde::Deserialize;
use serde_json::{json, Value};

use super::cache::Fetched;
use super::oauth::{read_capped, send, snippet};
use super::{AuthError, Secret};
use crate::transport::{HttpClient, Url};
use crate::wire::Timestamp;

/// The API's root URL in Google's default universe.
pub(crate) const IAM_CREDENTIALS_ROOT: &str = "https://iamcredentials.googleapis.com";

/// The scope the source credential's token is asked for (as Go's `impersonate` asks).
pub(crate) const CLOUD_PLATFORM: &str = "https://www.googleapis.com/auth/cloud-platform";

/// What a service account's e-mail address keeps unencoded in a path: the unreserved characters
/// and `@`, as Google's libraries send it.
const EMAIL_IN_PATH: &AsciiSet = &crate::transport::path::SIMPLE.remove(b'@');

/// The resource name of a service account, `projects/-/serviceAccounts/{email}`: how `delegates`
/// name the accounts of a chain. A name already in that form is kept.
pub(crate) fn resource_name(account: &str) -> String {
    if account.starts_with("projects/") {
        account.to_owned()
    } else {
        format!("projects/-/serviceAccounts/{account}")
    }
}

/// The URL of `method` (`generateAccessToken`, `signJwt`) for the service account `email`, under
/// the API's `root`.
pub(crate) fn method_url(root: &str, email: &str, method: &str) -> Result<Url, AuthError> {
    let email = utf8_percent_encode(email, EMAIL_IN_PATH);
    let text = format!(
        "{}/v1/projects/-/serviceAccounts/{email}:{method}",
        root.trim_end_matches('/')
    );
    Url::parse(&text).map_err(|_| {
        AuthError::new(format!(
            "the IAM Credentials endpoint `{root}` is not a usable URL"
        ))
    })
}

/// The body of `generateAccessToken`: the delegation chain (resource names; omitted when empty,
/// as Go omits it), the scopes, and the lifetime in seconds (`"3600s"`).
pub(crate) fn generate_access_token_body(
    delegates: &[String],
    scopes: &[String],
    lifetime: Duration,
) -> Value {
    let mut body = json!({
        "scope": scopes,
        "lifetime": format!("{}s", lifetime.as_secs()),
    });
    if !delegates.is_empty() {
        body["delegates"] = json!(delegates);
    }
    body
}

/// The body of `signJwt`: the claims as a JSON string, and the delegation chain (omitted when
/// empty).
pub(crate) fn sign_jwt_body(delegates: &[String], claims: &Value) -> Value {
    let mut body = json!({ "payload": claims.to_string() });
    if !delegates.is_empty() {
        body["delegates"] = json!(delegates);
    }
    body
}

/// Asks `url` (a `generateAccessToken` URL) for an access token, with `body` (see
/// [`generate_access_token_body`]); `endpoint` describes the call in errors.
pub(crate) async fn generate_access_token(
    http: &HttpClient,
    endpoint: &str,
    url: &Url,
    bearer: &Secret,
    body: &Value,
) -> Result<Fetched, AuthError> {
    let answer = post_json(http, endpoint, url, bearer, body).await?;
    parse_access_token(endpoint, &answer, SystemTime::now())
}

/// Asks `url` (a `signJwt` URL) to sign the claims in `body` (see [`sign_jwt_body`]) and returns
/// the signed JWT.
pub(crate) async fn sign_jwt(
    http: &HttpClient,
    endpoint: &str,
    url: &Url,
    bearer: &Secret,
    body: &Value,
) -> Result<Secret, AuthError> {
    let answer = post_json(http, endpoint, url, bearer, body).await?;
    parse_signed_jwt(endpoint, &answer)
}

/// Posts `body` and returns the body of a successful answer; an error answer becomes an error
/// that shows Google's message.
async fn post_json(
    http: &HttpClient,
    endpoint: &str,
    url: &Url,
    bearer: &Secret,
    body: &Value,
) -> Result<Vec<u8>, AuthError> {
    let authorization = HeaderValue::try_from(format!("Bearer {}", bearer.expose()))
        .map_err(|_| AuthError::new("the source credential's token is not a valid header value"))?;
    let bytes = body.to_string();
    let response = send(endpoint, || {
        http.request(Method::POST, url.clone())
            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
            .header(AUTHORIZATION, authorization.clone())
            .body(bytes.clone())
    })
    .await?;
    let status = response.status();
    let answer = read_capped(endpoint, response).await?;
    if !status.is_success() {
        return Err(refusal(endpoint, status, &answer));
    }
    Ok(answer.to_vec())
}

/// A Google API error answer: `{"error": {"code", "message", "status"}}`.
#[derive(Deserialize)]
struct ErrorAnswer {
    error: ErrorBody,
}

#[derive(Deserialize)]
struct ErrorBody {
    message: Option<String>,
    status: Option<String>,
}

fn refusal(endpoint: &str, status: StatusCode, body: &[u8]) -> AuthError {
    let detail = match serde_json::from_slice::<ErrorAnswer>(body) {
        Ok(ErrorAnswer { error }) => match (error.status, error.message) {
            (Some(code), Some(message)) => format!("{code}: {message}"),
            (None, Some(message)) => message,
            (Some(code), None) => code,
            (None, None) => String::new(),
        },
        Err(_) => snippet(body),
    };
    let detail = if detail.is_empty() {
        String::new()
    } else {
        format!(": {detail}")
    };
    AuthError::new(format!("{endpoint} was refused (HTTP {status}){detail}"))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AccessTokenAnswer {
    access_token: Option<String>,
    expire_time: Option<String>,
}

/// The token of a `generateAccessToken` answer, its lifetime counted from `now`.
fn parse_access_token(endpoint: &str, body: &[u8], now: SystemTime) -> Result<Fetched, AuthError> {
    let answer: AccessTokenAnswer = serde_json::from_slice(body).map_err(|_| {
        AuthError::new(format!(
            "the answer of {endpoint} is not a token (expected a JSON object with `accessToken`)"
        ))
    })?;
    let token = answer
        .access_token
        .filter(|t| !t.is_empty())
        .ok_or_else(|| AuthError::new(format!("the answer of {endpoint} has no `accessToken`")))?;
    let expires = answer
        .expire_time
        .as_deref()
        .and_then(|text| Timestamp::parse(text).ok())
        .ok_or_else(|| {
            AuthError::new(format!(
                "the answer of {endpoint} has no RFC 3339 `expireTime`"
            ))
        })?;
    let now = now
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    let left = u64::try_from(expires.unix_seconds().saturating_sub(now)).unwrap_or(0);
    Ok(Fetched {
        token: Secret::new(token),
        expires_in: Some(Duration::from_secs(left)),
    })
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SignedJwtAnswer {
    signed_jwt: Option<String>,
}

/// The JWT of a `signJwt` answer.
fn parse_signed_jwt(endpoint: &str, body: &[u8]) -> Result<Secret, AuthError> {
    serde_json::from_slice::<SignedJwtAnswer>(body)
        .ok()
        .and_then(|answer| answer.signed_jwt)
        .filter(|jwt| !jwt.is_empty())
        .map(Secret::new)
        .ok_or_else(|| AuthError::new(format!("the answer of {endpoint} has no `signedJwt`")))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENDPOINT: &str = "IAM";

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn names_and_urls() {
        assert_eq!(
            resource_name("a@p.iam.gserviceaccount.com"),
            "projects/-/serviceAccounts/a@p.iam.gserviceaccount.com"
        );
        assert_eq!(
            resource_name("projects/-/serviceAccounts/b@p"),
            "projects/-/serviceAccounts/b@p"
        );
        let url = method_url(
            "https://iam.test/",
            "sa@p.iam.gserviceaccount.com",
            "signJwt",
        )
        .map(String::from)
        .ok();
        assert_eq!(
            url.as_deref(),
            Some("https://iam.test/v1/projects/-/serviceAccounts/sa@p.iam.gserviceaccount.com:signJwt")
        );
        let odd = method_url("https://iam.test", "a/../b", "signJwt")
            .map(String::from)
            .ok();
        assert_eq!(
            odd.as_deref(),
            Some("https://iam.test/v1/projects/-/serviceAccounts/a%2F..%2Fb:signJwt")
        );
        assert!(method_url("http://[bad", "a", "signJwt").is_err());
    }

    #[test]
    fn bodies_are_those_of_googles_libraries() {
        let scopes = vec!["s1".to_owned(), "s2".to_owned()];
        assert_eq!(
            generate_access_token_body(&[], &scopes, Duration::from_secs(3600)),
            json!({"scope": ["s1", "s2"], "lifetime": "3600s"})
        );
        let chain = vec![resource_name("d@p")];
        assert_eq!(
            generate_access_token_body(&chain, &scopes, Duration::from_secs(600)),
            json!({"scope": ["s1", "s2"], "lifetime": "600s", "delegates": ["projects/-/serviceAccounts/d@p"]})
        );
        let claims = json!({"iss": "x"});
        assert_eq!(
            sign_jwt_body(&[], &claims),
            json!({"payload": "{\"iss\":\"x\"}"})
        );
        assert_eq!(
            sign_jwt_body(&chain, &claims),
            json!({"payload": "{\"iss\":\"x\"}", "delegates": ["projects/-/serviceAccounts/d@p"]})
        );
    }

    #[test]
    fn access_token_answers() {
        let answer = br#"{"accessToken": "ya29.imp", "expireTime": "2026-12-02T21:00:00Z"}"#;
        let now = at(1_796_245_200 - 3000); // 2026-12-02T21:00:00Z less 3000 s
        let fetched = parse_access_token(ENDPOINT, answer, now).ok();
        let fetched = fetched.as_ref();
        assert_eq!(fetched.map(|f| f.token.expose()), Some("ya29.imp"));
        assert_eq!(
            fetched.and_then(|f| f.expires_in),
            Some(Duration::from_secs(3000))
        );
        // Already expired: a lifetime of zero, never a negative one.
        let late = parse_access_token(ENDPOINT, answer, at(1_796_245_200 + 5)).ok();
        assert_eq!(late.and_then(|f| f.expires_in), Some(Duration::ZERO));
        let message = |body: &[u8]| match parse_access_token(ENDPOINT, body, now) {
            Ok(_) => panic!("expected an error for {}", String::from_utf8_lossy(body)),
            Err(e) => e.to_string(),
        };
        assert_eq!(
            message(br#"{"expireTime": "2026-12-02T21:00:00Z"}"#),
            "the answer of IAM has no `accessToken`"
        );
        assert_eq!(
            message(br#"{"accessToken": "", "expireTime": "2026-12-02T21:00:00Z"}"#),
            "the answer of IAM has no `accessToken`"
        );
        assert_eq!(
            message(br#"{"accessToken": "ya29.secret", "expireTime": "soon"}"#),
            "the answer of IAM has no RFC 3339 `expireTime`"
        );
        assert_eq!(
            message(br#"{"accessToken": "ya29.secret"}"#),
            "the answer of IAM has no RFC 3339 `expireTime`"
        );
        assert_eq!(
            message(b"[1]"),
            "the answer of IAM is not a token (expected a JSON object with `accessToken`)"
        );
    }

    #[test]
    fn signed_jwt_answers() {
        let jwt = parse_signed_jwt(ENDPOINT, br#"{"keyId": "k1", "signedJwt": "a.b.c"}"#);
        assert_eq!(jwt.ok().as_ref().map(Secret::expose), Some("a.b.c"));
        for bad in [
            &br#"{"keyId": "k1"}"#[..],
            br#"{"signedJwt": ""}"#,
            b"a.b.c",
        ] {
            assert_eq!(
                parse_signed_jwt(ENDPOINT, bad)
                    .err()
                    .map(|e| e.to_string())
                    .as_deref(),
                Some("the answer of IAM has no `signedJwt`")
            );
        }
    }

    #[test]
    fn refusals_show_googles_message() {
        let body = br#"{"error": {"code": 403, "message": "Permission 'iam.serviceAccounts.getAccessToken' denied", "status": "PERMISSION_DENIED"}}"#;
        assert_eq!(
            refusal(ENDPOINT, StatusCode::FORBIDDEN, body).to_string(),
            "IAM was refused (HTTP 403 Forbidden): PERMISSION_DENIED: Permission 'iam.serviceAccounts.getAccessToken' denied"
        );
        assert_eq!(
            refusal(
                ENDPOINT,
                StatusCode::NOT_FOUND,
                br#"{"error": {"message": "gone"}}"#
            )
            .to_string(),
            "IAM was refused (HTTP 404 Not Found): gone"
        );
        assert_eq!(
            refusal(
                ENDPOINT,
                StatusCode::BAD_REQUEST,
                br#"{"error": {"status": "INVALID_ARGUMENT"}}"#
            )
            .to_string(),
            "IAM was refused (HTTP 400 Bad Request): INVALID_ARGUMENT"
        );
        assert_eq!(
            refusal(ENDPOINT, StatusCode::BAD_REQUEST, br#"{"error": {}}"#).to_string(),
            "IAM was refused (HTTP 400 Bad Request)"
        );
        assert_eq!(
            refusal(ENDPOINT, StatusCode::BAD_GATEWAY, b"<html>\nbad</html>").to_string(),
            "IAM was refused (HTTP 502 Bad Gateway): <html> bad</html>"
        );
    }
}
