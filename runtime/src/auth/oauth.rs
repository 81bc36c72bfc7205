//! What the token-minting providers share: the default HTTP client, and sending one token request
//! with a few quick retries and errors that say what the endpoint answered.

use std::time::Duration;

use serde::Deserialize;

use super::cache::Fetched;
use super::{AuthError, Secret};
use crate::client::{status_kind, transport_kind, FailureKind};
use crate::transport::{HttpClient, RequestBuilder, Response, Url};
use bytes::Bytes;
use http::{Method, StatusCode};

/// Google's OAuth 2.0 token endpoint, used when a credential file names none.
#[cfg_attr(
    not(any(feature = "service-account", feature = "authorized-user")),
    allow(dead_code)
)]
pub(crate) const GOOGLE_TOKEN_URI: &str = "https://oauth2.googleapis.com/token";

/// How many times a token request is sent at most, when it fails in a way that may pass.
const ATTEMPTS: u32 = 3;

/// How much of an error body that is not an OAuth error is shown.
const SNIPPET: usize = 200;

/// How long one token request may take, answer included.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// How much of a token endpoint's answer is read at most: a token answer is a few kilobytes, and
/// a server that sends more is not one to trust with memory.
pub(crate) const ANSWER_LIMIT: u64 = 64 * 1024;

/// The grant type of the JWT bearer flow (RFC 7523).
#[cfg_attr(
    not(any(feature = "service-account", feature = "impersonation")),
    allow(dead_code)
)]
pub(crate) const JWT_BEARER: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";

/// The HTTP client of a provider that was given none.
pub(crate) fn default_http_client() -> HttpClient {
    HttpClient::builder()
        .connect_timeout(Some(Duration::from_secs(10)))
        .build()
}

/// Sends a form to an OAuth 2.0 token endpoint (see [`request_token`]).
#[cfg_attr(
    not(any(feature = "service-account", feature = "authorized-user")),
    allow(dead_code)
)]
pub(crate) async fn post_form(
    http: &HttpClient,
    endpoint: &str,
    token_uri: &str,
    form: &[(&str, &str)],
) -> Result<Fetched, AuthError> {
    let url = Url::parse(token_uri)
        .map_err(|e| AuthError::new(format!("{endpoint} is not a usable URL: {e}")))?;
    request_token(endpoint, || {
        http.request(Method::POST, url.clone()).form(form)
    })
    .await
}

/// A successful answer of a token endpoint (OAuth 2.0 and the metadata server alike).
#[derive(Deserialize)]
struct TokenAnswer {
    access_token: Option<String>,
    expires_in: Option<serde_json::Value>,
}

/// An OAuth 2.0 error answer (RFC 6749, section 5.2).
#[derive(Deserialize)]
struct ErrorAnswer {
    error: String,
    error_description: Option<String>,
}

/// Sends the token request made by `request` (once per attempt) to the endpoint that `endpoint`
/// describes in errors, and reads the token from the answer.
///
/// Connection failures, 429 and 5xx answers are retried twice, quickly; anything else is reported.
#[cfg_attr(
    not(any(feature = "service-account", feature = "authorized-user")),
    allow(dead_code)
)]
pub(crate) async fn request_token<F>(endpoint: &str, request: F) -> Result<Fetched, AuthError>
where
    F: Fn() -> RequestBuilder,
{
    let response = send(endpoint, request).await?;
    token_from(endpoint, response).await
}

/// Reads the token from a token endpoint's answer (see [`parse_answer`]).
pub(crate) async fn token_from(endpoint: &str, response: Response) -> Result<Fetched, AuthError> {
    let status = response.status();
    let body = read_capped(endpoint, response).await?;
    parse_answer(endpoint, status, &body)
}

/// Sends the request made by `request` (once per attempt) and returns the last answer, whatever
/// its status: connection failures, 429 and 5xx answers are retried twice, quickly.
pub(crate) async fn send<F>(endpoint: &str, request: F) -> Result<Response, AuthError>
where
    F: Fn() -> RequestBuilder,
{
    let mut attempt = 1;
    loop {
        match request().timeout(REQUEST_TIMEOUT).send().await {
            Err(e) if transport_kind(&e) != FailureKind::Final && attempt < ATTEMPTS => {
                tracing::debug!(attempt, error = %e, "token request failed; retrying");
            }
            Err(e) => {
                return Err(AuthError::with_source(
                    format!("could not reach {endpoint}"),
                    e,
                ))
            }
            Ok(response)
                if status_kind(response.status(), std::iter::empty()) != FailureKind::Final
                    && attempt < ATTEMPTS =>
            {
                tracing::debug!(
                    attempt,
                    status = response.status().as_u16(),
                    "token request failed; retrying"
                );
            }
            Ok(response) => return Ok(response),
        }
        let base = 100u64 << attempt;
        tokio::time::sleep(Duration::from_millis(base + fastrand::u64(0..base))).await;
        attempt += 1;
    }
}

/// The body of an answer, read to [`ANSWER_LIMIT`] at most.
pub(crate) async fn read_capped(
    endpoint: &str,
    response: Response,
) -> Result<bytes::Bytes, AuthError> {
    response.bytes_up_to(Some(ANSWER_LIMIT)).await.map_err(|e| {
        let what = if e.is_too_large() {
            format!("the answer of {endpoint} is larger than {ANSWER_LIMIT} bytes")
        } else {
            format!("could not read the answer of {endpoint}")
        };
        AuthError::with_source(what, e)
    })
}

/// What [`request_token`] sends and retries, for endpoints whose answers are not OAuth 2.0
/// token answers (STS errors, IAM Credentials): the final status and the body, read to
/// [`ANSWER_LIMIT`] at most.
#[cfg_attr(
    not(any(
        feature = "external-account",
        feature = "external-account-authorized-user"
    )),
    allow(dead_code)
)]
pub(crate) async fn send_token_request<F>(
    endpoint: &str,
    request: F,
) -> Result<(StatusCode, Bytes), AuthError>
where
    F: Fn() -> RequestBuilder,
{
    let response = send(endpoint, request).await?;
    let status = response.status();
    Ok((status, read_capped(endpoint, response).await?))
}

/// The token in a token endpoint's answer, or why there is none.
pub(crate) fn parse_answer(
    endpoint: &str,
    status: StatusCode,
    body: &[u8],
) -> Result<Fetched, AuthError> {
    if !status.is_success() {
        let detail = match serde_json::from_slice::<ErrorAnswer>(body) {
            Ok(ErrorAnswer {
                error,
                error_description: Some(description),
            }) => format!("{error}: {description}"),
            Ok(ErrorAnswer { error, .. }) => error,
            Err(_) => snippet(body),
        };
        return Err(refusal(endpoint, "a token", status, &detail));
    }
    let answer: TokenAnswer = serde_json::from_slice(body).map_err(|_| {
        AuthError::new(format!(
            "the answer of {endpoint} is not a token (expected a JSON object with `access_token`)"
        ))
    })?;
    let token = answer
        .access_token
        .filter(|t| !t.is_empty())
        .ok_or_else(|| AuthError::new(format!("the answer of {endpoint} has no `access_token`")))?;
    let expires_in = answer.expires_in.as_ref().and_then(|value| match value {
        serde_json::Value::Number(n) => n.as_u64(),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    });
    Ok(Fetched {
        token: Secret::new(token),
        expires_in: expires_in.map(Duration::from_secs),
    })
}

/// "`endpoint` refused to issue `what` (HTTP 400 Bad Request): `detail`".
pub(crate) fn refusal(endpoint: &str, what: &str, status: StatusCode, detail: &str) -> AuthError {
    let detail = if detail.is_empty() {
        String::new()
    } else {
        format!(": {detail}")
    };
    AuthError::new(format!(
        "{endpoint} refused to issue {what} (HTTP {status}){detail}"
    ))
}

/// The start of a body, as printable text on one line.
pub(crate) fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut shown: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(SNIPPET)
        .collect();
    if text.chars().count() > SNIPPET {
        shown.push('…');
    }
    shown.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_short_and_single_line() {
        assert_eq!(snippet(b"Not\nFound\r\n"), "Not Found");
        let long = "x".repeat(300);
        assert_eq!(snippet(long.as_bytes()).chars().count(), SNIPPET + 1);
    }

    /// Token answers made of the pieces of real ones: never a panic, and a token is only ever
    /// taken from a success that names a non-empty `access_token`.
    #[test]
    fn fuzz_token_answers() {
        let fragments: &[&[u8]] = &[
            b"{",
            b"}",
            b",",
            b":",
            b"\"access_token\"",
            b"\"expires_in\"",
            b"\"error\"",
            b"\"error_description\"",
            b"\"ya29.x\"",
            b"\"\"",
            b"3599",
            b"\"3599\"",
            b"-1",
            b"1e400",
            b"null",
            b"[]",
            b"\xff",
            b" ",
        ];
        let mut hostile = crate::hostile_input::HostileInput::new(5);
        for round in 0..20_000 {
            let body = hostile.soup(fragments, 20);
            let status = if round % 3 == 0 {
                StatusCode::BAD_REQUEST
            } else {
                StatusCode::OK
            };
            match parse_answer("https://oauth2.test/token", status, &body) {
                Ok(fetched) => {
                    assert!(status.is_success());
                    assert!(!fetched.token.expose().is_empty());
                }
                Err(error) => assert!(!error.to_string().is_empty()),
            }
        }
        hostile.report("token answers");
    }
}
