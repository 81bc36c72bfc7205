//! The downloads of `fetch`: several at once, with progress, and plain words for an
//! unreachable server.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures::{StreamExt, TryStreamExt};

use super::pinned::{document_url, Pinned};

/// How many downloads run at once.
const PARALLEL: usize = 4;

/// How long to wait for a connection before calling the server unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// How long one download may take in all.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(120);

/// Downloads every document, [`PARALLEL`] at a time, reporting progress on stderr; the bodies
/// come back in the order of `pinned`. The first failure stops the rest.
pub(super) async fn download_all(pinned: &[Pinned], root: &str) -> Result<Vec<Vec<u8>>, String> {
    let client = reqwest::Client::builder()
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(REQUEST_TIMEOUT)
        .user_agent(concat!("google-api-rust-xtask/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
    let total = pinned.len();
    let done = AtomicUsize::new(0);
    eprintln!("fetching {total} document(s) from {root}");
    let mut bodies: Vec<(usize, Vec<u8>)> =
        futures::stream::iter(pinned.iter().enumerate().map(|(i, document)| {
            let client = &client;
            let done = &done;
            async move {
                let url = document_url(root, &document.header);
                let started = Instant::now();
                let body = download(client, &url).await?;
                let n = done.fetch_add(1, Ordering::SeqCst) + 1;
                eprintln!(
                    "  [{n}/{total}] {} {}: {} bytes in {:.1?}",
                    document.header.name,
                    document.header.version,
                    body.len(),
                    started.elapsed()
                );
                Ok::<_, String>((i, body))
            }
        }))
        .buffer_unordered(PARALLEL)
        .try_collect()
        .await?;
    bodies.sort_by_key(|(i, _)| *i);
    Ok(bodies.into_iter().map(|(_, body)| body).collect())
}

/// One GET; any answer but 200 is an error naming the URL.
async fn download(client: &reqwest::Client, url: &str) -> Result<Vec<u8>, String> {
    let response = client
        .get(url)
        .send()
        .await
        .map_err(|e| transport_error(url, &e))?;
    let status = response.status();
    if status != reqwest::StatusCode::OK {
        return Err(format!(
            "{url}: the server answered {status}; expected 200 with the discovery document"
        ));
    }
    let body = response
        .bytes()
        .await
        .map_err(|e| transport_error(url, &e))?;
    Ok(body.to_vec())
}

/// A failed request, said plainly: an unreachable server is the common case.
fn transport_error(url: &str, error: &reqwest::Error) -> String {
    let mut cause = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        cause.push_str(": ");
        cause.push_str(&inner.to_string());
        source = inner.source();
    }
    if error.is_connect() || error.is_timeout() {
        format!(
            "cannot reach {url} ({cause}); is the network up? `--root URL` fetches from another server"
        )
    } else {
        format!("{url}: the download failed: {cause}")
    }
}
