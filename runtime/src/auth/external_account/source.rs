//! Where a subject token comes from: the `credential_source` of an external account file, and
//! the text or JSON `format` shared by the file and URL sources.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;

use serde_json::Value;

use super::env::Env;
use crate::auth::file::Fields;
use crate::auth::{AuthError, Secret};
use crate::transport::{HttpClient, RequestBuilder};

#[cfg(feature = "external-account-aws")]
use super::aws::Aws;
#[cfg(feature = "external-account-executable")]
use super::executable::Executable;
use super::file::FileSource;
use super::url::UrlSource;

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

/// A `credential_source`.
pub(crate) enum Source {
    File(FileSource),
    Url(UrlSource),
    #[cfg(feature = "external-account-executable")]
    Executable(Executable),
    #[cfg(feature = "external-account-aws")]
    Aws(Aws),
}

impl Source {
    /// Reads `credential_source` (`fields`), whose kind follows from which key it has.
    pub(crate) fn parse(fields: &Fields<'_>) -> Result<Self, AuthError> {
        let aws = fields
            .optional("environment_id")?
            .is_some_and(|id| id.starts_with("aws"));
        if aws {
            return Self::aws(fields);
        }
        if fields.object("executable")?.is_some() {
            return Self::executable(fields);
        }
        if fields.optional("file")?.is_some() {
            return FileSource::parse(fields).map(Source::File);
        }
        if fields.optional("url")?.is_some() {
            return UrlSource::parse(fields).map(Source::Url);
        }
        if fields.object("certificate")?.is_some() {
            return Err(fields.invalid(
                "certificate",
                "asks for an X.509 workload certificate, which this crate does not support",
            ));
        }
        let id = fields.optional("environment_id")?;
        Err(match id {
            Some(_) => fields.invalid("environment_id", "names no supported environment (`aws1`)"),
            None => AuthError::new(format!(
                "the `{}` of {} names no subject token source (expected `file`, `url`, \
                 `executable` or an AWS `environment_id`)",
                fields.path(),
                fields.origin()
            )),
        })
    }

    #[cfg(feature = "external-account-aws")]
    fn aws(fields: &Fields<'_>) -> Result<Self, AuthError> {
        Aws::parse(fields).map(Source::Aws)
    }

    #[cfg(not(feature = "external-account-aws"))]
    fn aws(fields: &Fields<'_>) -> Result<Self, AuthError> {
        Err(fields.invalid(
            "environment_id",
            "asks for AWS credentials, which need the `external-account-aws` feature of google-api-runtime",
        ))
    }

    #[cfg(feature = "external-account-executable")]
    fn executable(fields: &Fields<'_>) -> Result<Self, AuthError> {
        Executable::parse(fields).map(Source::Executable)
    }

    #[cfg(not(feature = "external-account-executable"))]
    fn executable(fields: &Fields<'_>) -> Result<Self, AuthError> {
        Err(fields.invalid(
            "executable",
            "asks to run a program, which needs the `external-account-executable` feature of google-api-runtime",
        ))
    }

    /// The subject token to exchange.
    pub(crate) async fn subject_token(&self, cx: &Context<'_>) -> Result<Secret, AuthError> {
        match self {
            Source::File(source) => source.subject_token().await,
            Source::Url(source) => source.subject_token(cx).await,
            #[cfg(feature = "external-account-executable")]
            Source::Executable(source) => source.subject_token(cx).await,
            #[cfg(feature = "external-account-aws")]
            Source::Aws(source) => source.subject_token(cx).await,
        }
    }
}

impl fmt::Debug for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::File(source) => source.fmt(f),
            Source::Url(source) => source.fmt(f),
            #[cfg(feature = "external-account-executable")]
            Source::Executable(source) => source.fmt(f),
            #[cfg(feature = "external-account-aws")]
            Source::Aws(source) => source.fmt(f),
        }
    }
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
    response
        .bytes()
        .await
        .map_err(|e| AuthError::with_source(format!("could not read the answer of {what}"), e))
}

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
