//! `gapi auth`: a login through a local OAuth server (the test plays the browser), the stored
//! profile used by calls, `status`, `print-access-token`, and `logout` revoking the login.

use std::process::Stdio;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde_json::json;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::*;

/// An ID token whose payload names `email` (unsigned: gapi only shows it).
fn id_token(email: &str) -> String {
    let payload = URL_SAFE_NO_PAD.encode(json!({ "email": email }).to_string());
    format!("eyJhbGciOiJub25lIn0.{payload}.c2ln")
}

/// An OAuth server: the token endpoint trades code `c-1` and refresh token `r-1`, and revokes.
async fn oauth_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .and(wiremock::matchers::body_string_contains(
            "grant_type=authorization_code",
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "ya29.first", "expires_in": 3599, "refresh_token": "r-1-secret",
            "scope": "openid https://mail.google.com/", "token_type": "Bearer",
            "id_token": id_token("me@example.com"),
        })))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .and(wiremock::matchers::body_string_contains(
            "grant_type=refresh_token",
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"access_token": "ya29.refreshed", "expires_in": 3599, "token_type": "Bearer"}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/revoke"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/gmail/v1/users/me/profile"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"emailAddress": "me@example.com"})),
        )
        .mount(&server)
        .await;
    server
}

/// The OAuth client file of a Desktop app whose endpoints are `server`'s.
fn client_file(folder: &tempfile::TempDir, server: &MockServer) -> String {
    let uri = server.uri();
    let client = json!({"installed": {
        "client_id": "desktop-1.apps.googleusercontent.com", "client_secret": "client-secret-1",
        "auth_uri": format!("{uri}/auth"), "token_uri": format!("{uri}/token"),
        "revoke_uri": format!("{uri}/revoke"), "redirect_uris": ["http://localhost"],
    }});
    let file = folder.path().join("client_secret.json");
    std::fs::write(&file, client.to_string()).expect("written");
    file.to_str().expect("UTF-8").to_owned()
}

/// The query parameter `name` of `url`, decoded.
fn param(url: &str, name: &str) -> String {
    let query = url.split_once('?').expect("a query").1;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
        .map(|v| {
            percent_encoding::percent_decode_str(v)
                .decode_utf8_lossy()
                .into_owned()
        })
        .unwrap_or_else(|| panic!("{name} in {url}"))
}

/// Plays the browser: a GET of `url` on the loopback redirect; returns the status line.
async fn browse(url: &str) -> String {
    let rest = url.strip_prefix("http://").expect("a loopback address");
    let (host, target) = rest.split_at(rest.find('/').expect("a path"));
    let mut stream = tokio::net::TcpStream::connect(host)
        .await
        .expect("gapi listens");
    let request = format!("GET {target} HTTP/1.1\r\nhost: {host}\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("sent");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.expect("read");
    answer.lines().next().unwrap_or_default().to_owned()
}

/// Starts `gapi auth login ...` and returns it with the address it asks the user to open and
/// the rest of its standard error (read to the end).
async fn start_login(
    args: &[&str],
    config: &tempfile::TempDir,
) -> (
    tokio::process::Child,
    String,
    tokio::task::JoinHandle<String>,
) {
    let mut all = vec!["auth", "login"];
    all.extend(args);
    let mut child = command(&all, &[("GAPI_NO_BROWSER", "1")], config)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let url = loop {
        let line = lines
            .next_line()
            .await
            .expect("stderr")
            .expect("the address");
        if line.starts_with("http") {
            break line;
        }
    };
    let rest = tokio::spawn(async move {
        let mut rest = String::new();
        while let Ok(Some(line)) = lines.next_line().await {
            rest.push_str(&line);
            rest.push('\n');
        }
        rest
    });
    (child, url, rest)
}

#[tokio::test]
async fn login_stores_a_profile_that_calls_use_and_logout_revokes() {
    let server = oauth_server().await;
    let config = tempfile::tempdir().expect("a folder");
    let client = client_file(&config, &server);
    let (child, url, _) = start_login(
        &[
            "--client-secret",
            &client,
            "--services",
            "gmail",
            "--profile",
            "work",
        ],
        &config,
    )
    .await;
    assert!(url.starts_with(&format!("{}/auth?", server.uri())), "{url}");
    assert_eq!(
        param(&url, "client_id"),
        "desktop-1.apps.googleusercontent.com"
    );
    assert_eq!(param(&url, "response_type"), "code");
    assert_eq!(param(&url, "code_challenge_method"), "S256");
    assert_eq!(param(&url, "access_type"), "offline");
    let scope = param(&url, "scope");
    assert!(
        scope.contains("https://mail.google.com/") && scope.contains("openid"),
        "{scope}"
    );
    let redirect = param(&url, "redirect_uri");
    assert!(redirect.starts_with("http://127.0.0.1:"), "{redirect}");
    let state = param(&url, "state");
    assert!(state.len() >= 16, "{state}");
    // A request without the code (a favicon) is not the answer.
    assert!(browse(&format!("{redirect}favicon.ico"))
        .await
        .contains("404"));
    let status = browse(&format!("{redirect}?state={state}&code=c-1&scope=x")).await;
    assert!(status.contains("200"), "{status}");
    let out = child.wait_with_output().await.expect("finishes");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("Logged in as me@example.com (profile `work`"),
        "{stdout}"
    );

    // The code was traded with the PKCE verifier whose SHA-256 is the challenge.
    let all = requests(&server).await;
    assert_eq!(all.len(), 1, "{all:#?}");
    let form = form_pairs(&all[0].body);
    let get = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(get("grant_type"), Some("authorization_code"));
    assert_eq!(get("code"), Some("c-1"));
    assert_eq!(get("redirect_uri"), Some(redirect.as_str()));
    assert_eq!(
        get("client_id"),
        Some("desktop-1.apps.googleusercontent.com")
    );
    let verifier = get("code_verifier").expect("a verifier");
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    assert_eq!(
        URL_SAFE_NO_PAD.encode(digest.as_ref()),
        param(&url, "code_challenge")
    );

    let stored = config.path().join("profiles/work.json");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&stored)
            .expect("stored")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let env = [("GAPI_CONFIG_DIR", config.path().to_str().expect("UTF-8"))];

    // status names the profile and account, never a secret.
    let run = gapi_with(&["auth", "status"], None, &env).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stdout.contains("profile work: me@example.com"),
        "{run:#?}"
    );
    assert!(!run.stdout.contains("r-1-secret") && !run.stdout.contains("client-secret-1"));

    // A call with the profile trades the stored refresh token.
    let uri = server.uri();
    let call = [
        "gmail",
        "users",
        "getProfile",
        "me",
        "--profile",
        "work",
        "--root-url",
        &uri,
    ];
    let run = gapi_with(&call, None, &env).await;
    assert_eq!(run.code, 0, "{run:#?}");
    let all = requests(&server).await;
    let refresh = String::from_utf8_lossy(&all[1].body);
    assert!(refresh.contains("refresh_token=r-1-secret"), "{refresh}");
    assert_eq!(
        header(&all[2], "authorization"),
        Some("Bearer ya29.refreshed")
    );
    // An unknown profile says how to make it.
    let run = gapi_with(
        &["gmail", "users", "getProfile", "me", "--profile", "home"],
        None,
        &env,
    )
    .await;
    run.assert_usage_error("gapi auth login --profile home");

    let run = gapi_with(
        &["auth", "print-access-token", "--profile", "work"],
        None,
        &env,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stdout.trim(), "ya29.refreshed");

    let run = gapi_with(&["auth", "logout", "--profile", "work"], None, &env).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains("revoked"), "{run:#?}");
    let all = requests(&server).await;
    let revoke = all
        .iter()
        .find(|r| r.url.path() == "/revoke")
        .expect("a revocation");
    assert_eq!(String::from_utf8_lossy(&revoke.body), "token=r-1-secret");
    assert!(!stored.exists(), "the profile is deleted");
}

#[tokio::test]
async fn an_answer_with_another_state_is_refused() {
    let server = oauth_server().await;
    let config = tempfile::tempdir().expect("a folder");
    let client = client_file(&config, &server);
    let (child, url, stderr) = start_login(
        &[
            "--client-secret",
            &client,
            "--scopes",
            "https://mail.google.com/",
        ],
        &config,
    )
    .await;
    let redirect = param(&url, "redirect_uri");
    let status = browse(&format!("{redirect}?state=forged&code=c-1")).await;
    assert!(status.contains("400"), "{status}");
    let out = child.wait_with_output().await.expect("finishes");
    assert_eq!(out.status.code(), Some(4));
    let stderr = stderr.await.expect("read");
    assert!(stderr.contains("`state`"), "{stderr}");
    assert!(requests(&server).await.is_empty(), "no code is traded");
    assert!(!config.path().join("profiles/default.json").exists());
}

#[tokio::test]
async fn login_needs_a_desktop_client_and_scopes() {
    let config = tempfile::tempdir().expect("a folder");
    let env = [("GAPI_CONFIG_DIR", config.path().to_str().expect("UTF-8"))];
    let run = gapi_with(&["auth", "login", "--services", "gmail"], None, &env).await;
    run.assert_usage_error("Desktop app");
    let web = config.path().join("web.json");
    std::fs::write(&web, r#"{"web": {"client_id": "w"}}"#).expect("written");
    let web = web.to_str().expect("UTF-8");
    let run = gapi_with(
        &[
            "auth",
            "login",
            "--client-secret",
            web,
            "--services",
            "gmail",
        ],
        None,
        &env,
    )
    .await;
    run.assert_usage_error("needs a Desktop app client");
    let server = MockServer::start().await;
    let client = client_file(&config, &server);
    let run = gapi_with(&["auth", "login", "--client-secret", &client], None, &env).await;
    run.assert_usage_error("--services gmail,admin");
    let plain = config.path().join("plain.json");
    std::fs::write(
        &plain,
        r#"{"installed": {"client_id": "d", "token_uri": "http://tokens.example.com/token"}}"#,
    )
    .expect("written");
    let plain = plain.to_str().expect("UTF-8");
    let run = gapi_with(
        &[
            "auth",
            "login",
            "--client-secret",
            plain,
            "--services",
            "gmail",
        ],
        None,
        &env,
    )
    .await;
    run.assert_usage_error("not an https address");
}

/// The pairs of an `application/x-www-form-urlencoded` body.
fn form_pairs(body: &[u8]) -> Vec<(String, String)> {
    let decode = |text: &str| {
        percent_encoding::percent_decode_str(&text.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    String::from_utf8_lossy(body)
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

#[tokio::test]
async fn services_may_name_an_api_of_the_discovery_directory() {
    use crate::directory::{document, entry, serve};
    let server = oauth_server().await;
    let discovery = MockServer::start().await;
    let drive = document(
        "drive",
        "v3",
        "20260101",
        "files",
        "https://www.googleapis.com/",
    );
    serve(
        &discovery,
        vec![entry(&discovery, "drive", "v3", true)],
        &[drive],
    )
    .await;
    let config = tempfile::tempdir().expect("a folder");
    let client = client_file(&config, &server);
    let uri = discovery.uri();
    let (mut child, url, _rest) = start_login(
        &[
            "--client-secret",
            &client,
            "--services",
            "gmail,drive",
            "--discovery-root",
            &uri,
        ],
        &config,
    )
    .await;
    child.kill().await.expect("stopped");
    let scopes = param(&url, "scope");
    let scopes: Vec<&str> = scopes.split(' ').collect();
    // The test document's one scope, and Gmail's from the built-in document.
    assert!(
        scopes.contains(&"https://www.googleapis.com/auth/test"),
        "{scopes:?}"
    );
    assert!(
        scopes.contains(&"https://www.googleapis.com/auth/gmail.readonly"),
        "{scopes:?}"
    );
    let paths: Vec<String> = requests(&discovery)
        .await
        .iter()
        .map(|r| r.url.path().to_owned())
        .collect();
    assert_eq!(paths, ["/discovery/v1/apis", "/docs/drive.v3.json"]);
}
