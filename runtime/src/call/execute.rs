//! Sending a prepared request: credentials, standard headers, retries with backoff, error mapping.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, USER_AGENT};
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};

use crate::auth::{AuthError, Credential};
use crate::client::{is_retryable_status, is_retryable_transport, retry_after, API_CLIENT_HEADER};
use crate::error::ApiError;
use crate::transport::{RequestBuilder, Response, TransportError, Url};
use crate::{Client, Error, MethodInfo};

/// A request body and its media type.
#[derive(Clone, Debug)]
pub(crate) struct Body {
    pub bytes: Bytes,
    pub content_type: HeaderValue,
}

/// Everything about a request that stays the same from one attempt to the next.
pub(crate) struct Prepared {
    /// The full URL, query included, without the API key.
    pub url: Url,
    /// Whether the call sets the `key` parameter itself (an API key credential then adds nothing).
    pub has_key_param: bool,
    pub body: Option<Body>,
    /// Headers of this call beyond the standard ones (for example `X-Upload-Content-Type`).
    pub headers: HeaderMap,
    /// Whether a failed attempt may be repeated: idempotent methods, and requests such as starting
    /// an upload session that have no effect the server would apply twice.
    pub repeatable: bool,
    /// The OAuth scopes chosen for the call, if any (else the client's choice or the method's).
    pub scopes: Option<Arc<[String]>>,
}

/// A fully read successful response.
pub(crate) struct Buffered {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// A failed attempt.
struct Failure {
    error: Error,
    /// Whether the kind of failure may go away (the method's idempotency is judged separately).
    transient: bool,
    retry_after: Option<Duration>,
    /// The credential the API refused with `401 Unauthorized`, if that is what happened.
    rejected: Option<Credential>,
}

impl Failure {
    fn fatal(error: Error) -> Self {
        Failure {
            error,
            transient: false,
            retry_after: None,
            rejected: None,
        }
    }
}

/// Sends `prepared` and reads the whole successful response, retrying per the client's policy (a
/// body broken off half-way is retried like any other transport failure).
pub(crate) async fn buffered(
    client: &Client,
    method: &'static MethodInfo,
    prepared: &Prepared,
) -> Result<Buffered, Error> {
    execute(
        client,
        method,
        prepared,
        |mut response: Response| async move {
            let status = response.status();
            let headers = std::mem::take(response.headers_mut());
            let body = response.bytes().await?;
            Ok(Buffered {
                status,
                headers,
                body,
            })
        },
    )
    .await
}

/// Sends `prepared` and returns the successful response with its body unread.
pub(crate) async fn streaming(
    client: &Client,
    method: &'static MethodInfo,
    prepared: &Prepared,
) -> Result<Response, Error> {
    execute(client, method, prepared, |response: Response| {
        std::future::ready(Ok(response))
    })
    .await
}

/// Sends `prepared`, retrying per the client's policy; `finish` turns a successful response into
/// the result within the attempt.
async fn execute<R, F, Fut>(
    client: &Client,
    method: &'static MethodInfo,
    prepared: &Prepared,
    finish: F,
) -> Result<R, Error>
where
    F: Fn(Response) -> Fut,
    Fut: Future<Output = Result<R, TransportError>>,
{
    let policy = client.retry_policy();
    let max_attempts = if prepared.repeatable {
        policy.max_attempts.max(1)
    } else {
        1
    };
    let started = Instant::now();
    let mut attempt = 1;
    let mut reauthorized = false;
    loop {
        let failure = match attempt_once(client, method, prepared, &finish).await {
            Ok(outcome) => return Ok(outcome),
            Err(failure) => failure,
        };
        // A refused credential: the request was not processed, so whatever the method, it is
        // sent once more if the provider can replace the credential.
        if let Some(rejected) = &failure.rejected {
            if !reauthorized
                && client.invalidate(method.scopes, prepared.scopes.as_deref(), rejected)
            {
                tracing::debug!("the API refused the credential; retrying once with a new one");
                reauthorized = true;
                continue;
            }
        }
        if !failure.transient || attempt >= max_attempts {
            return Err(failure.error);
        }
        let delay = match failure.retry_after.filter(|_| policy.respect_retry_after) {
            Some(wait) => wait,
            None => policy.backoff(attempt - 1),
        };
        if let Some(limit) = policy.max_elapsed {
            if started.elapsed().saturating_add(delay) > limit {
                tracing::debug!(attempt, "retry budget exhausted");
                return Err(failure.error);
            }
        }
        tracing::debug!(
            attempt,
            delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
            error = %failure.error,
            "retrying"
        );
        tokio::time::sleep(delay).await;
        attempt += 1;
    }
}

async fn attempt_once<R, F, Fut>(
    client: &Client,
    method: &'static MethodInfo,
    prepared: &Prepared,
    finish: &F,
) -> Result<R, Failure>
where
    F: Fn(Response) -> Fut,
    Fut: Future<Output = Result<R, TransportError>>,
{
    let id = method.id;
    let (request, credential) = authorize(
        client,
        id,
        method.http_method.clone(),
        &prepared.url,
        prepared.has_key_param,
        method.scopes,
        prepared.scopes.as_deref(),
    )
    .await
    .map_err(Failure::fatal)?;
    let mut request = request.headers(prepared.headers.clone());
    match &prepared.body {
        Some(body) => {
            request = request
                .header(CONTENT_TYPE, body.content_type.clone())
                .body(body.bytes.clone());
        }
        // Google's front ends answer 411 to a body-less POST without `Content-Length: 0`.
        None if [Method::POST, Method::PUT, Method::PATCH].contains(&method.http_method) => {
            request = request
                .header(CONTENT_LENGTH, HeaderValue::from_static("0"))
                .body(Bytes::new());
        }
        None => {}
    }
    let transport = |e: TransportError| Failure {
        transient: is_retryable_transport(&e),
        error: Error::transport(id, e),
        retry_after: None,
        rejected: None,
    };
    let mut response = request.send().await.map_err(transport)?;
    let status = response.status();
    tracing::debug!(status = status.as_u16(), "response");
    if status.is_success() {
        return finish(response).await.map_err(transport);
    }
    let headers = std::mem::take(response.headers_mut());
    // The status is what matters; a body that cannot be read leaves the error without details.
    let body = response.bytes().await.unwrap_or_default();
    let wait = retry_after(&headers, SystemTime::now());
    Err(Failure {
        transient: is_retryable_status(status),
        retry_after: wait,
        error: ApiError::from_response(id, status, headers, body).into(),
        rejected: (status == StatusCode::UNAUTHORIZED).then_some(credential),
    })
}

/// Starts a request with what every request of `client` carries: the `User-Agent`, the
/// `x-goog-api-client` header, the credential for `scopes` (a bearer token as `Authorization`, an
/// API key as the `key` parameter unless `has_key_param`), and the per-attempt time limit; also
/// returns the credential, to tell the provider if the API refuses it.
///
/// The token is asked for the scopes chosen on the call (`chosen`), else on the client, else for
/// the method's `scopes`.
pub(crate) async fn authorize(
    client: &Client,
    method_id: &'static str,
    http_method: Method,
    url: &Url,
    has_key_param: bool,
    scopes: &[&'static str],
    chosen: Option<&[String]>,
) -> Result<(RequestBuilder, Credential), Error> {
    let credential = client
        .credential(scopes, chosen)
        .await
        .map_err(|e| Error::auth(method_id, e))?;
    let mut url = url.clone();
    let mut authorization = None;
    match &credential {
        Credential::Bearer(token) => {
            let mut value =
                HeaderValue::from_str(&format!("Bearer {}", token.expose())).map_err(|_| {
                    Error::auth(
                        method_id,
                        AuthError::new(
                            "the access token holds characters an HTTP header cannot carry",
                        ),
                    )
                })?;
            value.set_sensitive(true);
            authorization = Some(value);
        }
        Credential::ApiKey(key) => {
            if !has_key_param {
                url.append_query_pair("key", key.expose());
            }
        }
        Credential::None => {}
    }
    let mut request = client
        .http_client()
        .request(http_method, url)
        .header(USER_AGENT, client.user_agent_header().clone())
        .header(
            HeaderName::from_static(API_CLIENT_HEADER),
            client.api_client_header_value().clone(),
        );
    if let Some(value) = authorization {
        request = request.header(AUTHORIZATION, value);
    }
    if let Some(timeout) = client.timeout() {
        request = request.timeout(timeout);
    }
    Ok((request, credential))
}
