//! Google's Security Token Service: the OAuth 2.0 token exchange (RFC 8693) that trades a
//! credential from another identity provider for a Google access token, and the refresh-token
//! grant of workforce identity federation's authorized-user files.

// Each half serves one feature: the exchange `external-account`, the refresh
// `external-account-authorized-user`.
#![cfg_attr(
    not(all(
        feature = "external-account",
        feature = "external-account-authorized-user"
    )),
    allow(dead_code)
)]

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use bytes::Bytes;
use http::header::AUTHORIZATION;
use http::{HeaderValue, Method, StatusCode};
use serde::Deserialize;

use super::cache::Fetched;
use super::oauth::{parse_answer, send_token_request};
use super::{AuthError, Secret};
use crate::transport::{HttpClient, Url};

/// The grant of RFC 8693.
pub(crate) const TOKEN_EXCHANGE_GRANT: &str = "urn:ietf:params:oauth:grant-type:token-exchange";

/// The only token type asked for: an OAuth 2.0 access token.
pub(crate) const ACCESS_TOKEN_TYPE: &str = "urn:ietf:params:oauth:token-type:access_token";

/// The scope asked for when none is chosen, as Google's libraries do.
pub(crate) const CLOUD_PLATFORM: &str = "https://www.googleapis.com/auth/cloud-platform";

/// An OAuth client that authenticates itself to the token endpoint (HTTP Basic, RFC 6749 §2.3.1).
#[derive(Clone)]
pub(crate) struct ClientAuth {
    pub(crate) id: String,
    pub(crate) secret: Option<Secret>,
}

impl ClientAuth {
    /// The `Authorization: Basic ...` value: `id:secret` in base64, as Google's clients send it.
    fn header(&self) -> HeaderValue {
        let secret = self.secret.as_ref().map_or("", Secret::expose);
        let encoded = STANDARD.encode(format!("{}:{secret}", self.id));
        let mut value = HeaderValue::from_str(&format!("Basic {encoded}"))
            .unwrap_or_else(|_| HeaderValue::from_static("Basic"));
        value.set_sensitive(true);
        value
    }
}

/// One token exchange.
pub(crate) struct Exchange<'a> {
    pub(crate) audience: &'a str,
    pub(crate) subject_token: &'a Secret,
    pub(crate) subject_token_type: &'a str,
    /// Sent space-separated; `cloud-platform` when empty.
    pub(crate) scopes: &'a [String],
    /// A workforce pool's project to bill, sent as `options` when there is no client.
    pub(crate) user_project: Option<&'a str>,
    pub(crate) client: Option<&'a ClientAuth>,
}

impl Exchange<'_> {
    /// The form's fields, in the order Google's libraries write them.
    pub(crate) fn form(&self) -> Vec<(&'static str, String)> {
        let scope = if self.scopes.is_empty() {
            CLOUD_PLATFORM.to_owned()
        } else {
            self.scopes.join(" ")
        };
        let mut form = vec![
            ("grant_type", TOKEN_EXCHANGE_GRANT.to_owned()),
            ("audience", self.audience.to_owned()),
            ("scope", scope),
            ("requested_token_type", ACCESS_TOKEN_TYPE.to_owned()),
            ("subject_token", self.subject_token.expose().to_owned()),
            ("subject_token_type", self.subject_token_type.to_owned()),
        ];
        // With a client, the client names the project; Google refuses both at once.
        if let (Some(project), None) = (self.user_project, self.client) {
            let options = serde_json::json!({ "userProject": project });
            form.push(("options", options.to_string()));
        }
        form
    }
}

/// Sends `exchange` to `token_url`; `endpoint` describes it in errors.
pub(crate) async fn exchange(
    http: &HttpClient,
    endpoint: &str,
    token_url: &str,
    exchange: &Exchange<'_>,
) -> Result<Fetched, AuthError> {
    let form = exchange.form();
    let (status, body) = post(http, endpoint, token_url, &form, exchange.client).await?;
    parse_answer(endpoint, status, &body)
}

/// A refreshed token, and the refresh token to use next time when the service replaced it.
pub(crate) struct Refreshed {
    pub(crate) fetched: Fetched,
    pub(crate) refresh_token: Option<Secret>,
}

#[derive(Deserialize)]
struct Rotated {
    refresh_token: Option<String>,
}

/// The refresh-token grant at an STS endpoint, with the client's Basic authentication.
pub(crate) async fn refresh(
    http: &HttpClient,
    endpoint: &str,
    token_url: &str,
    refresh_token: &Secret,
    client: &ClientAuth,
) -> Result<Refreshed, AuthError> {
    let form = vec![
        ("grant_type", "refresh_token".to_owned()),
        ("refresh_token", refresh_token.expose().to_owned()),
    ];
    let (status, body) = post(http, endpoint, token_url, &form, Some(client)).await?;
    let fetched = parse_answer(endpoint, status, &body)?;
    let refresh_token = serde_json::from_slice::<Rotated>(&body)
        .ok()
        .and_then(|answer| answer.refresh_token)
        .filter(|token| !token.is_empty())
        .map(Secret::new);
    Ok(Refreshed {
        fetched,
        refresh_token,
    })
}

async fn post(
    http: &HttpClient,
    endpoint: &str,
    token_url: &str,
    form: &[(&'static str, String)],
    client: Option<&ClientAuth>,
) -> Result<(StatusCode, Bytes), AuthError> {
    let url = Url::parse(token_url)
        .map_err(|e| AuthError::new(format!("{endpoint} is not a usable URL: {e}")))?;
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let basic = client.map(ClientAuth::header);
    send_token_request(endpoint, || {
        let request = http.request(Method::POST, url.clone()).form(&pairs);
        match &basic {
            Some(value) => request.header(AUTHORIZATION, value.clone()),
            None => request,
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field<'a>(form: &'a [(&'static str, String)], name: &str) -> Option<&'a str> {
        form.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    #[test]
    fn the_form_has_rfc_8693_fields_and_google_defaults() {
        let token = Secret::new("subject-jwt");
        let scopes = Vec::new();
        let exchange = Exchange {
            audience: "//iam.googleapis.com/locations/global/workforcePools/p/providers/x",
            subject_token: &token,
            subject_token_type: "urn:ietf:params:oauth:token-type:id_token",
            scopes: &scopes,
            user_project: Some("123"),
            client: None,
        };
        let form = exchange.form();
        assert_eq!(field(&form, "grant_type"), Some(TOKEN_EXCHANGE_GRANT));
        assert_eq!(field(&form, "scope"), Some(CLOUD_PLATFORM));
        assert_eq!(
            field(&form, "requested_token_type"),
            Some(ACCESS_TOKEN_TYPE)
        );
        assert_eq!(field(&form, "subject_token"), Some("subject-jwt"));
        assert_eq!(field(&form, "options"), Some(r#"{"userProject":"123"}"#));

        let client = ClientAuth {
            id: "cid".to_owned(),
            secret: Some(Secret::new("cs")),
        };
        let scopes = vec!["a".to_owned(), "b".to_owned()];
        let with_client = Exchange {
            client: Some(&client),
            scopes: &scopes,
            ..exchange
        };
        let form = with_client.form();
        assert_eq!(field(&form, "options"), None);
        assert_eq!(field(&form, "scope"), Some("a b"));
        // base64("cid:cs")
        assert_eq!(client.header(), "Basic Y2lkOmNz");
        assert!(client.header().is_sensitive());
        let public = ClientAuth {
            id: "cid".to_owned(),
            secret: None,
        };
        assert_eq!(public.header(), "Basic Y2lkOg==");
    }

    /// A rotated refresh token is handed back; an empty one or none is not.
    #[tokio::test]
    async fn refreshes_return_a_rotated_refresh_token() {
        use wiremock::matchers::{body_string_contains, method};
        use wiremock::{Mock, MockServer, ResponseTemplate};

        let server = MockServer::start().await;
        for (old, rotated) in [("r1", "r2"), ("r2", ""), ("r3", "none")] {
            let mut answer = serde_json::json!({ "access_token": "t", "expires_in": 60 });
            if rotated != "none" {
                answer["refresh_token"] = serde_json::json!(rotated);
            }
            Mock::given(method("POST"))
                .and(body_string_contains(format!("refresh_token={old}")))
                .respond_with(ResponseTemplate::new(200).set_body_json(answer))
                .mount(&server)
                .await;
        }
        let client = ClientAuth {
            id: "cid".to_owned(),
            secret: Some(Secret::new("cs")),
        };
        let http = HttpClient::new();
        let url = format!("{}/v1/oauthtoken", server.uri());
        let mut rotated = Vec::new();
        for old in ["r1", "r2", "r3"] {
            let refreshed = refresh(&http, "the STS", &url, &Secret::new(old), &client)
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(refreshed.fetched.token.expose(), "t");
            rotated.push(refreshed.refresh_token.map(|t| t.expose().to_owned()));
        }
        assert_eq!(rotated, [Some("r2".to_owned()), None, None]);
    }
}
