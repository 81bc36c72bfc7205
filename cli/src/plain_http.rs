//! Requests that are not API calls (a discovery document, the OAuth endpoints), sent through the
//! runtime's client without credentials and without a quota project, read up to a size cap
//! within a deadline.

use std::time::Duration;

use bytes::Bytes;
use futures_util::StreamExt;
use google_api_runtime::http::Method;
use google_api_runtime::transport::HttpClient;
use google_api_runtime::{ApiInfo, Call, Client, MethodInfo, RetryPolicy};

use crate::failure::Failure;
use crate::statics::leak;

/// How much of an answer is read, how long the exchange may take, and how many attempts a GET
/// makes (`None`: the runtime's retry policy; other methods are sent once).
#[derive(Clone, Copy)]
pub struct Limits {
    pub size: usize,
    pub deadline: Duration,
    pub attempts: Option<u32>,
}

/// What came back: the status and the body.
pub struct Answer {
    pub status: u16,
    pub body: Bytes,
}

/// Sends `method url` (with `form` as an `application/x-www-form-urlencoded` body), and reads at
/// most `limits.size` bytes of the answer within `limits.deadline`. `what` names the request in errors. An
/// error status is an answer too (its body is returned) when `errors_answer`, else a
/// [`Failure::Api`].
pub async fn send(
    what: &str,
    method: Method,
    url: &str,
    form: Option<&[(&str, &str)]>,
    errors_answer: bool,
    limits: Limits,
    http: &HttpClient,
) -> Result<Answer, Failure> {
    let Limits {
        size: limit,
        deadline,
        attempts,
    } = limits;
    let bad = || Failure::usage(format!("{what}: `{url}` is not an http(s) URL"));
    let (scheme, rest) = url.split_once("://").ok_or_else(bad)?;
    if scheme != "http" && scheme != "https" {
        return Err(bad());
    }
    let (host, path_query) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    if host.is_empty() {
        return Err(bad());
    }
    let (path, query) = path_query.split_once('?').unwrap_or((path_query, ""));
    let api: &'static ApiInfo = Box::leak(Box::new(ApiInfo {
        name: "gapi",
        version: "v1",
        title: "gapi",
        root_url: leak(format!("{scheme}://{host}/")),
        mtls_root_url: None,
        service_path: "",
        batch_path: None,
        crate_name: "gapi",
        crate_version: env!("CARGO_PKG_VERSION"),
        fully_encode_reserved: false,
    }));
    // The path is sent as written: braces in it are not template variables.
    let path = path
        .trim_start_matches('/')
        .replace('{', "%7B")
        .replace('}', "%7D");
    let info: &'static MethodInfo = Box::leak(Box::new(MethodInfo {
        id: leak(what.to_owned()),
        http_method: method.clone(),
        path: leak(path),
        scopes: &[],
        api_version: None,
    }));
    let mut builder = Client::builder(api)
        .http_client(http.clone())
        // An empty quota project sends none, whatever GOOGLE_CLOUD_QUOTA_PROJECT says: the host
        // of a document or an OAuth endpoint has no business knowing the user's project.
        .quota_project("")
        .timeout(deadline);
    match (method == Method::GET, attempts) {
        (true, None) => {}
        (true, Some(n)) => builder = builder.retry(RetryPolicy::default().with_max_attempts(n)),
        (false, _) => builder = builder.retry(RetryPolicy::default().with_max_attempts(1)),
    }
    let client = builder.build();
    let mut call = Call::new(&client, info);
    // The query as written is decoded here; the runtime encodes it again.
    let decode = |text: &str| {
        percent_encoding::percent_decode_str(&text.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        call.query(leak(decode(name)), decode(value));
    }
    if let Some(form) = form {
        let encoded: String = form
            .iter()
            .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        call.raw_body(
            encoded,
            google_api_runtime::http::HeaderValue::from_static("application/x-www-form-urlencoded"),
        );
    }
    let exchange = async {
        let response = match call.send_raw().await {
            Ok(response) => response,
            Err(google_api_runtime::Error::Api(error)) if errors_answer => {
                let mut body = error.body.clone();
                body.truncate(limit);
                return Ok(Answer {
                    status: error.status.as_u16(),
                    body,
                });
            }
            Err(e) => return Err(Failure::from(e)),
        };
        let status = response.status().as_u16();
        let mut stream = Box::pin(response.into_stream());
        let mut body = Vec::new();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| {
                Failure::Transport(format!(
                    "{what}: reading {url}: {}",
                    crate::failure::chain(&e)
                ))
            })?;
            if body.len() + chunk.len() > limit {
                return Err(Failure::Transport(format!(
                    "{what}: the answer of {url} is larger than {} KiB; refused",
                    limit >> 10
                )));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Answer {
            status,
            body: body.into(),
        })
    };
    match tokio::time::timeout(deadline, exchange).await {
        Ok(answer) => answer,
        Err(_) => Err(Failure::Transport(format!(
            "{what}: {url} did not answer in full within {} s",
            deadline.as_secs()
        ))),
    }
}

/// `application/x-www-form-urlencoded` encoding of one name or value.
fn form_encode(text: &str) -> String {
    const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(text, SET).to_string()
}
