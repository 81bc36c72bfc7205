//! The prepared request: what a call sends, checked and built once (URL, headers, body, whether
//! it may be repeated), and sending it through the exchange loop, its answer read whole or
//! streamed.

use std::sync::Arc;

use bytes::Bytes;
use http::{HeaderMap, HeaderValue, StatusCode};

use super::{read_body, Exchange, Reading, Request};
use crate::call::MethodInfo;
use crate::transport::{Response, Url};
use crate::{Client, Error, RetryPolicy};

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
    /// Headers of this call beyond the standard ones: the caller's, `X-Goog-Api-Version`, and
    /// those of the media protocol (for example `X-Upload-Content-Type`).
    pub headers: HeaderMap,
    /// Whether repeating the request cannot change its effect: idempotent methods, and requests
    /// such as starting an upload session that have no effect the server would apply twice.
    pub idempotent: bool,
    /// The retry policy set on the call, if any (else the client's).
    pub retry: Option<RetryPolicy>,
    /// The OAuth scopes chosen for the call, if any (else the client's choice or the method's).
    pub scopes: Option<Arc<[String]>>,
}

impl Prepared {
    /// The retry policy of the call: its own, else the client's.
    pub(crate) fn policy<'a>(&'a self, client: &'a Client) -> &'a RetryPolicy {
        self.retry.as_ref().unwrap_or(client.retry_policy())
    }
}

/// A fully read successful response.
pub(crate) struct Buffered {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// The exchange that sends `prepared` for `method`.
fn exchange<'a>(
    client: &'a Client,
    method: &'static MethodInfo,
    prepared: &'a Prepared,
    reading: Reading,
) -> Exchange<'a> {
    Exchange {
        idempotent: prepared.idempotent,
        has_key_param: prepared.has_key_param,
        reading,
        ..Exchange::new(
            client,
            method.id,
            method.scopes,
            prepared.scopes.as_deref(),
            prepared.policy(client),
        )
    }
}

/// The request `prepared` describes, the same on every attempt.
pub(crate) fn request(method: &'static MethodInfo, prepared: &Prepared) -> Request {
    Request {
        method: method.http_method.clone(),
        url: prepared.url.clone(),
        headers: prepared.headers.clone(),
        body: prepared
            .body
            .as_ref()
            .map(|body| (body.bytes.clone(), Some(body.content_type.clone()))),
    }
}

/// Sends `prepared` and reads the whole successful response, retrying per the call's policy (a
/// body broken off half-way is retried like any other transport failure).
pub(crate) async fn buffered(
    client: &Client,
    method: &'static MethodInfo,
    prepared: &Prepared,
) -> Result<Buffered, Error> {
    exchange(client, method, prepared, Reading::Buffered)
        .run(
            |_| request(method, prepared),
            |response| async move {
                let (status, headers, body) = read_body(client, response).await?;
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
    exchange(client, method, prepared, Reading::Streamed)
        .run(
            |_| request(method, prepared),
            |response| std::future::ready(Ok(response)),
        )
        .await
}
