//! A subject token for AWS workloads (`credential_source.environment_id` `aws1`): a
//! `GetCallerIdentity` request to AWS STS, signed with the workload's AWS credentials and not
//! sent; Google's STS sends it and learns who signed it.

use std::fmt;

use http::{HeaderName, HeaderValue, Method};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Deserialize;

use super::env::Env;
use super::sigv4::{AwsCredentials, Request};
use super::subject::{fetch, Context};
use crate::auth::file::Fields;
use crate::auth::{AuthError, Secret};
use crate::transport::{HttpClient, Url};
use crate::wire::Timestamp;

/// Where the signed request would go, when the file names no other.
const DEFAULT_VERIFICATION_URL: &str =
    "https://sts.{region}.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15";
/// The lifetime asked for an IMDSv2 session token, in seconds, as Google's libraries ask it.
const SESSION_TTL: &str = "300";
const SESSION_TOKEN_HEADER: &str = "x-aws-ec2-metadata-token";
/// How the subject token encodes the JSON request: everything but the unreserved characters.
const ENCODED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

pub(crate) struct Aws {
    region_url: Option<Url>,
    /// `url`: the role and its credentials, on the instance metadata service.
    credentials_url: Option<Url>,
    verification_url: String,
    session_token_url: Option<Url>,
}

fn url(fields: &Fields<'_>, name: &str) -> Result<Option<Url>, AuthError> {
    fields
        .optional(name)?
        .map(|text| {
            Url::parse(text)
                .map_err(|e| fields.invalid(name, &format!("is not a usable URL ({e})")))
        })
        .transpose()
}

impl Aws {
    pub(crate) fn parse(fields: &Fields<'_>) -> Result<Self, AuthError> {
        let id = fields.required("environment_id")?;
        if id != "aws1" {
            return Err(fields.invalid(
                "environment_id",
                "names a version of the AWS source this crate does not read (it reads `aws1`)",
            ));
        }
        Ok(Aws {
            region_url: url(fields, "region_url")?,
            credentials_url: url(fields, "url")?,
            verification_url: fields
                .optional("regional_cred_verification_url")?
                .unwrap_or(DEFAULT_VERIFICATION_URL)
                .to_owned(),
            session_token_url: url(fields, "imdsv2_session_token_url")?,
        })
    }

    pub(crate) async fn subject_token(&self, cx: &Context<'_>) -> Result<Secret, AuthError> {
        let env_region = cx
            .env
            .var("AWS_REGION")
            .or_else(|| cx.env.var("AWS_DEFAULT_REGION"));
        let env_credentials = credentials_from(cx.env);
        let metadata = Metadata {
            http: cx.http,
            session: match (&self.session_token_url, &env_region, &env_credentials) {
                (Some(url), region, credentials) if region.is_none() || credentials.is_none() => {
                    Some(session_token(cx.http, url).await?)
                }
                _ => None,
            },
        };
        let region = match env_region {
            Some(region) => region,
            None => self.region(&metadata).await?,
        };
        let credentials = match env_credentials {
            Some(credentials) => credentials,
            None => self.credentials(&metadata).await?,
        };
        let url = self.verification_url.replace("{region}", &region);
        signed_request(
            &url,
            &region,
            cx.audience,
            &credentials,
            &amz_date(Timestamp::now()),
        )
    }

    async fn region(&self, metadata: &Metadata<'_>) -> Result<String, AuthError> {
        let url = self.region_url.as_ref().ok_or_else(|| {
            AuthError::new(
                "the AWS region is unknown: neither AWS_REGION nor AWS_DEFAULT_REGION is set, \
                 and the credentials name no `region_url`",
            )
        })?;
        let zone = metadata.get(url, "the AWS availability zone").await?;
        // `us-east-2b` is a zone of the region `us-east-2`.
        let mut region = zone.trim().to_owned();
        region.pop();
        if region.is_empty() {
            return Err(AuthError::new(format!(
                "the AWS metadata service `{}` named no availability zone",
                url.without_query()
            )));
        }
        Ok(region)
    }

    async fn credentials(&self, metadata: &Metadata<'_>) -> Result<AwsCredentials, AuthError> {
        let url = self.credentials_url.as_ref().ok_or_else(|| {
            AuthError::new(
                "no AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, \
                 and the credentials name no metadata `url`",
            )
        })?;
        let role = metadata.get(url, "the AWS role name").await?;
        let role_url = Url::parse(&format!(
            "{}/{}",
            url.as_str().trim_end_matches('/'),
            role.trim()
        ))
        .map_err(|e| AuthError::new(format!("the AWS role name makes no usable URL ({e})")))?;
        let body = metadata
            .get(&role_url, "the AWS role's credentials")
            .await?;
        #[derive(Deserialize)]
        #[serde(rename_all = "PascalCase")]
        struct RoleCredentials {
            access_key_id: Option<String>,
            secret_access_key: Option<String>,
            token: Option<String>,
        }
        let what = format!(
            "the answer of the AWS metadata service `{}`",
            url.without_query()
        );
        let answer: RoleCredentials = serde_json::from_str(&body)
            .map_err(|_| AuthError::new(format!("{what} is not a JSON object of credentials")))?;
        let present = |value: Option<String>, field: &str| {
            value
                .filter(|v| !v.is_empty())
                .ok_or_else(|| AuthError::new(format!("{what} has no `{field}`")))
        };
        Ok(AwsCredentials {
            access_key_id: present(answer.access_key_id, "AccessKeyId")?,
            secret_access_key: Secret::new(present(answer.secret_access_key, "SecretAccessKey")?),
            session_token: answer.token.filter(|t| !t.is_empty()).map(Secret::new),
        })
    }
}

fn credentials_from(env: &Env) -> Option<AwsCredentials> {
    Some(AwsCredentials {
        access_key_id: env.var("AWS_ACCESS_KEY_ID")?,
        secret_access_key: Secret::new(env.var("AWS_SECRET_ACCESS_KEY")?),
        session_token: env.var("AWS_SESSION_TOKEN").map(Secret::new),
    })
}

/// An IMDSv2 session token.
async fn session_token(http: &HttpClient, url: &Url) -> Result<Secret, AuthError> {
    let what = format!("the AWS metadata service `{}`", url.without_query());
    let request = http.request(Method::PUT, url.clone()).header(
        HeaderName::from_static("x-aws-ec2-metadata-token-ttl-seconds"),
        HeaderValue::from_static(SESSION_TTL),
    );
    let body = fetch(request, &what, "a session token").await?;
    Ok(Secret::new(String::from_utf8_lossy(&body).trim()))
}

/// GETs on the instance metadata service, with the session token when there is one.
struct Metadata<'a> {
    http: &'a HttpClient,
    session: Option<Secret>,
}

impl Metadata<'_> {
    async fn get(&self, url: &Url, wanted: &str) -> Result<String, AuthError> {
        let service = format!("the AWS metadata service `{}`", url.without_query());
        let mut request = self.http.request(Method::GET, url.clone());
        if let Some(token) = &self.session {
            let mut value = HeaderValue::from_str(token.expose()).map_err(|_| {
                AuthError::new(format!("{service} issued an unusable session token"))
            })?;
            value.set_sensitive(true);
            request = request.header(HeaderName::from_static(SESSION_TOKEN_HEADER), value);
        }
        let body = fetch(request, &service, wanted).await?;
        String::from_utf8(body.to_vec())
            .map_err(|_| AuthError::new(format!("the answer of {service} is not UTF-8 text")))
    }
}

/// `x-amz-date` for `at`: `20150830T123600Z`.
pub(crate) fn amz_date(at: Timestamp) -> String {
    let whole = Timestamp::from_unix(at.unix_seconds(), 0).unwrap_or(at);
    whole
        .to_string()
        .chars()
        .filter(|c| !matches!(c, '-' | ':'))
        .collect()
}

/// The subject token: the signed `GetCallerIdentity` request to `url`, as JSON (`url`,
/// `method`, `headers` as `key`/`value` pairs sorted by key), percent-encoded.
pub(crate) fn signed_request(
    url: &str,
    region: &str,
    audience: &str,
    credentials: &AwsCredentials,
    amz_date: &str,
) -> Result<Secret, AuthError> {
    let parsed = Url::parse(url).map_err(|e| {
        AuthError::new(format!(
            "the `regional_cred_verification_url` of the credentials is not a usable URL ({e})"
        ))
    })?;
    if parsed.scheme() != "https" {
        return Err(AuthError::new(
            "the `regional_cred_verification_url` of the credentials is not an https URL",
        ));
    }
    // The port only when the URL names one, as the request would send it.
    let host = match parsed.uri().port_u16() {
        Some(port) => format!("{}:{port}", parsed.host()),
        None => parsed.host().to_owned(),
    };
    // `sts.us-east-1.amazonaws.com` is the `sts` service.
    let service = host.split('.').next().unwrap_or_default();
    let mut headers: Vec<(&str, &str)> = vec![
        ("Host", &host),
        ("X-Amz-Date", amz_date),
        ("X-Goog-Cloud-Target-Resource", audience),
    ];
    if let Some(token) = &credentials.session_token {
        headers.push(("X-Amz-Security-Token", token.expose()));
    }
    let authorization = Request {
        method: "POST",
        path: parsed.path(),
        query: parsed.query().unwrap_or(""),
        headers: &headers,
        payload: b"",
        amz_date,
        region,
        service,
    }
    .authorization(credentials);
    headers.push(("Authorization", &authorization));
    headers.sort();
    let request = serde_json::json!({
        "url": url,
        "method": "POST",
        "headers": headers
            .iter()
            .map(|(key, value)| serde_json::json!({ "key": key, "value": value }))
            .collect::<Vec<_>>(),
    });
    Ok(Secret::new(
        utf8_percent_encode(&request.to_string(), ENCODED).to_string(),
    ))
}

impl fmt::Debug for Aws {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Aws")
            .field("region_url", &self.region_url.as_ref().map(Url::as_str))
            .field("url", &self.credentials_url.as_ref().map(Url::as_str))
            .field("regional_cred_verification_url", &self.verification_url)
            .field(
                "imdsv2_session_token_url",
                &self.session_token_url.as_ref().map(Url::as_str),
            )
            .finish()
    }
}

#[cfg(test)]
mod tests;
