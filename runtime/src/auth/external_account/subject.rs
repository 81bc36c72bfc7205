//! What the subject token sources share: what they may need to produce a token ([`Context`]),
//! one bounded request to a source's service ([`fetch`]), and the text or JSON `format` of the
//! file and URL sources ([`Format`]).

use std::time::Duration;

use bytes::Bytes;
use serde_json::Value;

use super::env::Env;
use crate::auth::file::Fields;
use crate::auth::{AuthError, Secret};
use crate::transport::{HttpClient, RequestBuilder};

/// What a source may need to produce its token (the file and URL sources need only `http`).
#[cfg_attr(not(feature = "external-account-executable"), allow(dead_code))]
pub(crate) struct Context<'a> {
    pub(crate) http: &'a HttpClient,
    pub(crate) audience: &'a str,
    pub(crate) subject_token_type: &'a str,
    /// The service account the STS token will be traded for, if any.
    pub(crate) impersonated_email: Option<&'a str>,
    pub(crate) env: &'a Env,
}

/// Sends `request` to the service `what` describes and returns the body of a success; a failure
/// says "`what` did not give `wanted` (HTTP ...)" without the body, which may hold a secret.
pub(crate) async fn fetch(
    request: RequestBuilder,
    what: &str,
    wanted: &str,
) -> Result<Bytes, AuthError> {
    let response = request
        .timeout(FETCH_TIMEOUT)
        .send()
        .await
        .map_err(|e| AuthError::with_source(format!("could not reach {what}"), e))?;
    let status = response.status();
    if !status.is_success() {
        return Err(AuthError::new(format!(
            "{what} did not give {wanted} (HTTP {status})"
        )));
    }
    response.bytes_up_to(Some(ANSWER_LIMIT)).await.map_err(|e| {
        let why = if e.is_too_large() {
            format!("the answer of {what} is larger than {ANSWER_LIMIT} bytes")
        } else {
            format!("could not read the answer of {what}")
        };
        AuthError::with_source(why, e)
    })
}

/// The most of a source's answer that is read: a subject token (a JWT, a SAML assertion, AWS's
/// answers) is far smaller; a server sending more is not a source to trust.
pub(crate) const ANSWER_LIMIT: u64 = 1 << 20;

/// How long a subject token's source may take to answer one request.
const FETCH_TIMEOUT: Duration = Duration::from_secs(30);

/// How a file's or URL's contents hold the token: `credential_source.format`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// The whole contents, without surrounding white space.
    Text,
    /// The string field of that name of a JSON object.
    Json(String),
}

impl Format {
    /// Reads `format` of `credential_source` (`fields`); text when absent.
    pub(crate) fn parse(fields: &Fields<'_>) -> Result<Self, AuthError> {
        let Some(format) = fields.object("format")? else {
            return Ok(Format::Text);
        };
        match format.optional("type")? {
            None | Some("text") => Ok(Format::Text),
            Some("json") => Ok(Format::Json(
                format.required("subject_token_field_name")?.to_owned(),
            )),
            Some(_) => Err(format.invalid("type", "is neither `text` nor `json`")),
        }
    }

    /// The token in `contents`; `what` names where they came from in errors, which never show
    /// the contents.
    pub(crate) fn extract(&self, contents: &[u8], what: &str) -> Result<Secret, AuthError> {
        let token = match self {
            Format::Text => std::str::from_utf8(contents)
                .map_err(|_| AuthError::new(format!("{what} is not UTF-8 text")))?
                .trim()
                .to_owned(),
            Format::Json(field) => match serde_json::from_slice::<Value>(contents) {
                Ok(Value::Object(mut object)) => match object.remove(field) {
                    Some(Value::String(token)) => token,
                    Some(_) => {
                        return Err(AuthError::new(format!(
                            "the `{field}` field of {what} is not a string"
                        )))
                    }
                    None => {
                        return Err(AuthError::new(format!(
                            "{what} has no `{field}` field (the subject_token_field_name of the credentials)"
                        )))
                    }
                },
                _ => return Err(AuthError::new(format!("{what} is not a JSON object"))),
            },
        };
        if token.is_empty() {
            return Err(AuthError::new(format!(
                "{what} holds an empty subject token"
            )));
        }
        Ok(Secret::new(token))
    }
}
