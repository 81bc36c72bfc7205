//! The HTTP layer itself: deadlines that cover the body, proxies, and what transport errors show.

use std::time::Duration;

use google_api_runtime::transport::HttpClient;
use google_api_runtime::{Call, Client, Error};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;

/// `GET users/me/things/1`.
fn thing_1(client: &Client) -> Call {
    let mut call = Call::new(client, &GET_THING);
    call.path_param("userId", "me");
    call.path_param("thingId", "1");
    call
}

/// A server that answers every connection with `head` and the first `sent` bytes of a body of
/// `announced` bytes, then goes quiet; returns its root URL and a count of connections.
async fn stalling_server(
    announced: usize,
    sent: usize,
) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let root = format!("http://{}/", listener.local_addr().expect("address"));
    let connections = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = connections.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            tokio::spawn(async move {
                let mut request = [0u8; 4096];
                let _ = socket.read(&mut request).await;
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {announced}\r\n\r\n"
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.write_all(&vec![b' '; sent]).await;
                tokio::time::sleep(Duration::from_secs(30)).await;
            });
        }
    });
    (root, connections)
}

#[tokio::test]
async fn the_time_limit_covers_reading_the_body() {
    let (root, connections) = stalling_server(100, 10).await;
    let client = Client::builder(&API)
        .root_url(root)
        .retry(fast_retries(2))
        .timeout(Duration::from_millis(200))
        .build();
    let started = std::time::Instant::now();
    let call = thing_1(&client);
    let err = call.send_empty().await.expect_err("the body never ends");
    assert!(err.is_timeout(), "{err:?}");
    assert!(err.is_retryable());
    // Retried once (a GET), each attempt cut at its deadline.
    assert_eq!(connections.load(std::sync::atomic::Ordering::SeqCst), 2);
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// A proxy that records the head of the first request it gets and refuses it with `status`.
async fn refusing_proxy(status: &'static str) -> (String, tokio::task::JoinHandle<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let seen = tokio::spawn(async move {
        let Ok((mut socket, _)) = listener.accept().await else {
            return String::new();
        };
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") && socket.read(&mut byte).await.unwrap_or(0) == 1 {
            head.push(byte[0]);
        }
        let answer = format!("HTTP/1.1 {status}\r\ncontent-length: 0\r\n\r\n");
        let _ = socket.write_all(answer.as_bytes()).await;
        String::from_utf8_lossy(&head).into_owned()
    });
    (format!("http://user:pa%20ss@{address}"), seen)
}

#[tokio::test]
async fn https_requests_go_through_the_proxy_with_its_credentials() {
    let (proxy, seen) = refusing_proxy("403 Forbidden").await;
    let http = HttpClient::builder().proxy(proxy).build();
    let client = Client::builder(&API)
        .root_url("https://example.invalid:8443/")
        .http_client(http)
        .retry(fast_retries(1))
        .build();
    let mut call = thing_1(&client);
    call.query("key", "api-key-secret");
    let err = call.send_empty().await.expect_err("the proxy refuses");
    let head = seen.await.expect("proxy task");
    assert!(
        head.starts_with("CONNECT example.invalid:8443 HTTP/1.1\r\n"),
        "{head}"
    );
    // "user:pa ss" in base64: the URL's credentials, percent-decoded.
    assert!(
        head.to_ascii_lowercase()
            .contains("proxy-authorization: basic dxnlcjpwysbzcw==\r\n"),
        "{head}"
    );
    let Error::Transport { source, .. } = &err else {
        panic!("expected a transport error, got {err:?}")
    };
    assert!(source.is_connect(), "{err:?}");
    let shown = chain(&err);
    assert!(
        shown.contains(
            "could not connect (https://example.invalid:8443/example/v1/users/me/things/1)"
        ),
        "{shown}"
    );
    assert!(!shown.contains("api-key-secret"), "{shown}");
}

/// The tunnel to a proxy is plain TCP: an `https://` proxy is refused before a byte reaches it,
/// with an error that says so, and is not retried.
#[tokio::test]
async fn an_https_proxy_is_refused_before_its_credentials_are_sent() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("address").port();
    let accepted = tokio::spawn(async move {
        tokio::time::timeout(std::time::Duration::from_millis(500), listener.accept())
            .await
            .is_ok()
    });
    let builder =
        HttpClient::builder().proxy(format!("https://user:proxy-secret@127.0.0.1:{port}"));
    let shown = format!("{builder:?}");
    assert!(!shown.contains("proxy-secret"), "{shown}");
    assert!(shown.contains("***@127.0.0.1"), "{shown}");
    let (provider, _) = counting_client("https://example.invalid/", fast_retries(3));
    let client = Client::builder(&API)
        .root_url("https://example.invalid:8443/")
        .http_client(builder.build())
        .auth(provider.clone())
        .retry(fast_retries(3))
        .build();
    let err = thing_1(&client).send_empty().await.expect_err("refused");
    let shown = chain(&err);
    assert!(shown.contains("https:// proxy"), "{shown}");
    assert!(!shown.contains("proxy-secret"), "{shown}");
    assert!(!err.is_retryable(), "{shown}");
    assert_eq!(provider.count(), 1, "not retried");
    assert!(!accepted.await.expect("task"), "nothing reached the proxy");
}

#[tokio::test]
async fn plain_http_requests_never_go_through_the_proxy() {
    let (proxy, seen) = refusing_proxy("403 Forbidden").await;
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = builder(&server)
        .http_client(HttpClient::builder().proxy(proxy).build())
        .build();
    let call = thing_1(&client);
    call.send_empty().await.expect("served directly");
    assert_eq!(received(&server).await.len(), 1);
    seen.abort();
}

#[tokio::test]
async fn refused_connections_name_the_url_without_its_query() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let root = format!("http://{}/", listener.local_addr().expect("address"));
    drop(listener);
    let client = Client::builder(&API)
        .root_url(&root)
        .retry(fast_retries(1))
        .build();
    let mut call = thing_1(&client);
    call.query("key", "api-key-secret");
    let err = call.send_empty().await.expect_err("nothing listens");
    assert!(err.is_retryable());
    let shown = chain(&err);
    // Formatted as anyhow's `{:#}` does, each cause appears once.
    assert_eq!(shown.matches("could not connect").count(), 1, "{shown}");
    assert_eq!(
        shown.to_lowercase().matches("connection refused").count(),
        1,
        "{shown}"
    );
    assert!(
        shown.starts_with(&format!(
            "example.things.get: transport error: could not connect ({root}example/v1/users/me/things/1): "
        )),
        "{shown}"
    );
    assert!(!shown.contains("api-key-secret") && !format!("{err:?}").contains("api-key-secret"));
}
