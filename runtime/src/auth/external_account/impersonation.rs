//! Trading the STS token for a service account's token: IAM Credentials
//! `generateAccessToken`, at the URL the credential file names.

use std::time::Duration;

use http::header::{AUTHORIZATION, CONTENT_TYPE};
use http::{HeaderValue, Method, StatusCode};
use serde::Deserialize;

use crate::auth::cache::Fetched;
use crate::auth::file::Fields;
use crate::auth::oauth::{refusal, send_token_request, snippet};
use crate::auth::{AuthError, Secret};
use crate::transport::{HttpClient, Url};
use crate::wire::Timestamp;

/// What Google's libraries ask for when the file names no lifetime.
const DEFAULT_LIFETIME: u64 = 3600;
/// The bounds IAM accepts (12 hours needs an organisation policy; IAM says so itself).
const LIFETIMES: std::ops::RangeInclusive<u64> = 600..=43200;

/// `service_account_impersonation_url` and `service_account_impersonation`.
#[derive(Debug)]
pub(crate) struct Impersonation {
    url: Url,
    lifetime_seconds: u64,
}

impl Impersonation {
    pub(crate) fn parse(file: &Fields<'_>) -> Result<Option<Self>, AuthError> {
        let Some(url) = file.optional("service_account_impersonation_url")? else {
            return Ok(None);
        };
        let url = Url::parse(url).map_err(|e| {
            file.invalid(
                "service_account_impersonation_url",
                &format!("is not a usable URL ({e})"),
            )
        })?;
        let lifetime_seconds = match file.object("service_account_impersonation")? {
            Some(options) => match options.integer("token_lifetime_seconds")? {
                Some(seconds) if !LIFETIMES.contains(&seconds) => {
                    return Err(options.invalid(
                        "token_lifetime_seconds",
                        "is outside 600 to 43200 seconds, the lifetimes IAM issues",
                    ))
                }
                Some(seconds) => seconds,
                None => DEFAULT_LIFETIME,
            },
            None => DEFAULT_LIFETIME,
        };
        Ok(Some(Impersonation {
            url,
            lifetime_seconds,
        }))
    }

    /// The service account's e-mail address, from
    /// `.../serviceAccounts/{email}:generateAccessToken`.
    pub(crate) fn email(&self) -> Option<&str> {
        let path = self.url.path();
        let start = path.rfind("/serviceAccounts/")? + "/serviceAccounts/".len();
        let end = path.rfind(":generateAccessToken")?;
        (start < end).then(|| &path[start..end])
    }

    pub(crate) fn url(&self) -> &str {
        self.url.as_str()
    }

    /// Asks for a token of the service account with `scopes`, authorized by `bearer`.
    pub(crate) async fn generate(
        &self,
        http: &HttpClient,
        bearer: &Secret,
        scopes: &[String],
    ) -> Result<Fetched, AuthError> {
        let endpoint = format!("IAM Credentials `{}`", self.url.as_str());
        let body = serde_json::json!({
            "scope": scopes,
            "lifetime": format!("{}s", self.lifetime_seconds),
        })
        .to_string();
        let mut authorization = HeaderValue::from_str(&format!("Bearer {}", bearer.expose()))
            .map_err(|_| AuthError::new("the security token service issued an unusable token"))?;
        authorization.set_sensitive(true);
        let (status, answer) = send_token_request(&endpoint, || {
            http.request(Method::POST, self.url.clone())
                .header(AUTHORIZATION, authorization.clone())
                .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
                .body(body.clone())
        })
        .await?;
        parse_answer(&endpoint, status, &answer, Timestamp::now())
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Answer {
    access_token: Option<String>,
    expire_time: Option<String>,
}

#[derive(Deserialize)]
struct ErrorAnswer {
    error: ErrorBody,
}

#[derive(Deserialize)]
struct ErrorBody {
    message: Option<String>,
    status: Option<String>,
}

/// The token in an answer of `generateAccessToken`, received at `now`.
pub(crate) fn parse_answer(
    endpoint: &str,
    status: StatusCode,
    body: &[u8],
    now: Timestamp,
) -> Result<Fetched, AuthError> {
    if !status.is_success() {
        let detail = match serde_json::from_slice::<ErrorAnswer>(body) {
            Ok(ErrorAnswer { error }) => [error.status, error.message]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(": "),
            Err(_) => snippet(body),
        };
        return Err(refusal(
            endpoint,
            "a token for the service account",
            status,
            &detail,
        ));
    }
    let answer: Answer = serde_json::from_slice(body).map_err(|_| {
        AuthError::new(format!(
            "the answer of {endpoint} is not a token (expected a JSON object with `accessToken`)"
        ))
    })?;
    let token = answer
        .access_token
        .filter(|t| !t.is_empty())
        .ok_or_else(|| AuthError::new(format!("the answer of {endpoint} has no `accessToken`")))?;
    let expire_time = answer
        .expire_time
        .ok_or_else(|| AuthError::new(format!("the answer of {endpoint} has no `expireTime`")))?;
    let expires = Timestamp::parse(&expire_time).map_err(|_| {
        AuthError::new(format!(
            "the `expireTime` of the answer of {endpoint} is not an RFC 3339 time"
        ))
    })?;
    let left = expires.unix_seconds().saturating_sub(now.unix_seconds());
    Ok(Fetched {
        token: Secret::new(token),
        expires_in: Some(Duration::from_secs(u64::try_from(left).unwrap_or(0))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENDPOINT: &str = "IAM Credentials `https://iam.test`";

    #[test]
    fn answers_give_the_time_left() {
        let now = Timestamp::parse("2026-01-01T00:00:00Z").unwrap_or_default();
        let ok = parse_answer(
            ENDPOINT,
            StatusCode::OK,
            br#"{"accessToken":"ya29.sa","expireTime":"2026-01-01T01:00:00Z"}"#,
            now,
        );
        let ok = ok.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ok.token.expose(), "ya29.sa");
        assert_eq!(ok.expires_in, Some(Duration::from_secs(3600)));
        let past = parse_answer(
            ENDPOINT,
            StatusCode::OK,
            br#"{"accessToken":"t","expireTime":"2025-01-01T01:00:00Z"}"#,
            now,
        );
        assert_eq!(past.ok().and_then(|f| f.expires_in), Some(Duration::ZERO));
        let refused = parse_answer(
            ENDPOINT,
            StatusCode::FORBIDDEN,
            br#"{"error":{"code":403,"message":"Permission 'iam.serviceAccounts.getAccessToken' denied","status":"PERMISSION_DENIED"}}"#,
            now,
        );
        assert_eq!(
            refused.err().map(|e| e.to_string()).as_deref(),
            Some("IAM Credentials `https://iam.test` refused to issue a token for the service account (HTTP 403 Forbidden): PERMISSION_DENIED: Permission 'iam.serviceAccounts.getAccessToken' denied")
        );
        for (body, missing) in [
            (
                &br#"{"expireTime":"2026-01-01T01:00:00Z"}"#[..],
                "has no `accessToken`",
            ),
            (br#"{"accessToken":"t"}"#, "has no `expireTime`"),
            (
                br#"{"accessToken":"t","expireTime":"soon"}"#,
                "is not an RFC 3339 time",
            ),
            (b"[]", "is not a token"),
        ] {
            let error = parse_answer(ENDPOINT, StatusCode::OK, body, now)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(error.contains(missing), "{error}");
            assert!(!error.contains("\"t\""), "{error}");
        }
    }
}
