//! Other documents (`--discovery FILE`), help, `gapi schema`, and shell completions.

use crate::support::*;

fn in_repo(path: &str) -> String {
    format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))
}

#[tokio::test]
async fn any_document_is_read_with_discovery() {
    let doc = in_repo("tests/golden/kitchensink.v1.json");
    let run = gapi(&["kitchensink", "--discovery", &doc, "--help"], None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains("Methods:"), "{}", run.stdout);
    // The word must name the document's API.
    let run = gapi(&["gmail", "--discovery", &doc, "--help"], None).await;
    run.assert_usage_error("describes the API `kitchensink`");
}

#[tokio::test]
async fn any_document_is_fetched_with_discovery_url() {
    use wiremock::matchers::{method, path, query_param};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let doc = std::fs::read_to_string(in_repo("tests/golden/kitchensink.v1.json")).expect("doc");
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/discovery/v1/apis/kitchensink/v1/rest"))
        .and(query_param("fields", "a b"))
        .respond_with(ResponseTemplate::new(200).set_body_string(doc))
        .mount(&server)
        .await;
    let url = format!(
        "{}/discovery/v1/apis/kitchensink/v1/rest?fields=a%20b",
        server.uri()
    );
    let run = gapi(&["kitchensink", "--discovery-url", &url, "--help"], None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains("Methods:"), "{}", run.stdout);
    let missing = format!("{}/nothing", server.uri());
    let run = gapi(
        &["kitchensink", "--discovery-url", &missing, "--help"],
        None,
    )
    .await;
    assert_eq!(run.code, 3, "{run:#?}");
}

#[tokio::test]
async fn a_malformed_document_is_named_with_its_json_path() {
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken.v1.json");
    std::fs::write(
        &file,
        r#"{"name": "broken", "version": "v1", "rootUrl": "ftp://x/", "resources": {}}"#,
    )
    .expect("written");
    let file = file.to_str().expect("UTF-8");
    let run = gapi(&["broken", "--discovery", file, "--help"], None).await;
    run.assert_usage_error("$.rootUrl");
    assert!(run.stderr.contains("broken.v1.json"), "{}", run.stderr);
    let run = gapi(
        &["broken", "--discovery", "/nonexistent/doc.json", "x", "y"],
        None,
    )
    .await;
    run.assert_usage_error("--discovery /nonexistent/doc.json");
}

#[tokio::test]
async fn help_lists_methods_parameters_and_scopes() {
    let run = gapi(&["gmail", "--help"], None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stdout
            .contains("gapi gmail users settings cse keypairs obliterate"),
        "{}",
        run.stdout
    );
    let run = gapi(
        &["androidmanagement", "signupUrls", "create", "--help"],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    for needle in [
        "--allowed-domains <STRING>",
        "[repeatable]",
        "https://www.googleapis.com/auth/androidmanagement",
        "POST v1/signupUrls",
    ] {
        assert!(run.stdout.contains(needle), "{needle} in {}", run.stdout);
    }
    let run = gapi(&["--help"], None).await;
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("Exit codes:"), "{}", run.stdout);
}

#[tokio::test]
async fn schema_shows_parameters_scopes_and_the_body() {
    let run = gapi(&["schema", "admin.users.aliases.insert"], None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    for needle in [
        "admin.users.aliases.insert",
        "userKey [required] (string, in the path)",
        "https://www.googleapis.com/auth/admin.directory.user.alias",
        "Request body: Alias",
        "alias: string",
    ] {
        assert!(run.stdout.contains(needle), "{needle} in {}", run.stdout);
    }
    let run = gapi(
        &["schema", "androidenterprise.enrollmentTokens.create"],
        None,
    )
    .await;
    assert!(
        run.stdout
            .contains("one of: enrollmentTokenTypeUnspecified, userlessDevice, userDevice"),
        "{}",
        run.stdout
    );
    let run = gapi(&["schema", "gmail.users.nothing"], None).await;
    run.assert_usage_error("no resource or method `nothing`");
}

#[tokio::test]
async fn completions_for_three_shells() {
    for (shell, needle) in [
        ("bash", "signupUrls"),
        ("zsh", "allowed-domains"),
        ("fish", "signupUrls"),
    ] {
        let run = gapi(&["completions", shell], None).await;
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        assert!(
            run.stdout.contains(needle),
            "{needle} in the {shell} script"
        );
    }
    gapi(&["completions", "tcsh"], None)
        .await
        .assert_usage_error("bash, zsh or fish");
}

/// A resource and a method may share a name (`things parts`): the words that follow decide.
#[tokio::test]
async fn a_method_named_like_a_resource_is_reachable() {
    let doc = in_repo("tests/golden/kitchensink.v1.json");
    let run = gapi(
        &[
            "kitchensink",
            "--discovery",
            &doc,
            "things",
            "parts",
            "T1",
            "--dry-run",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stdout
            .starts_with("GET https://kitchensink.example.test/sink/v1/things/T1/parts?"),
        "{}",
        run.stdout
    );
    let run = gapi(
        &[
            "kitchensink",
            "--discovery",
            &doc,
            "things",
            "parts",
            "type",
            "T1",
            "P/2",
            "--level",
            "HIGH",
            "--dry-run",
        ],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(
        run.stdout.starts_with(
            "GET https://kitchensink.example.test/sink/v1/things/T1/parts/P%2F2?level=HIGH&"
        ),
        "{}",
        run.stdout
    );
    let run = gapi(&["completions", "bash", "--discovery", &doc], None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains("kitchensink"));
}
