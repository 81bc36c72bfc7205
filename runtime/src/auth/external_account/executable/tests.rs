//! The answer checks of executable-sourced credentials, and running a program.

use super::*;
use crate::auth::external_account::env::Env;
use crate::transport::HttpClient;

const NOW: i64 = 1_800_000_000;
const WHAT: &str = "the answer of `issuer`";

fn parse(answer: &str, expiry_required: bool) -> Result<String, AnswerError> {
    parse_answer(answer.as_bytes(), WHAT, expiry_required, NOW).map(|t| t.expose().to_owned())
}

fn fails(answer: &str, expiry_required: bool) -> (String, bool) {
    match parse(answer, expiry_required) {
        Ok(token) => panic!("expected an error, got a token {token}"),
        Err(e) => {
            assert!(!e.message.contains("secret-token"), "{}", e.message);
            (e.message, e.retry)
        }
    }
}

#[test]
fn tokens_are_taken_from_the_field_of_their_type() {
    let jwt = r#"{"version":1,"success":true,"token_type":"urn:ietf:params:oauth:token-type:jwt","id_token":"secret-token","expiration_time":1800000060}"#;
    assert_eq!(parse(jwt, true).ok().as_deref(), Some("secret-token"));
    let id = r#"{"version":1,"success":true,"token_type":"urn:ietf:params:oauth:token-type:id_token","id_token":"id"}"#;
    assert_eq!(parse(id, false).ok().as_deref(), Some("id"));
    let saml = r#"{"version":1,"success":true,"token_type":"urn:ietf:params:oauth:token-type:saml2","saml_response":"PHNhbWw+"}"#;
    assert_eq!(parse(saml, false).ok().as_deref(), Some("PHNhbWw+"));
}

#[test]
fn answers_missing_what_the_format_requires_are_refused() {
    let t = "urn:ietf:params:oauth:token-type:jwt";
    let cases: Vec<(String, bool, &str, bool)> = vec![
        ("secret-token".to_owned(), false, "the answer of `issuer` is not the JSON object of executable-sourced credentials", false),
        (r#"{"success":true}"#.to_owned(), false, "the answer of `issuer` has no `version` field", false),
        (r#"{"version":1}"#.to_owned(), false, "the answer of `issuer` has no `success` field", false),
        (r#"{"version":1,"success":false,"code":"401","message":"not signed in"}"#.to_owned(), false, "the answer of `issuer` reports a failure: (401) not signed in", true),
        (r#"{"version":1,"success":false,"code":"401"}"#.to_owned(), false, "the answer of `issuer` reports a failure without a `code` and a `message`", true),
        (r#"{"version":1,"success":false,"message":"m"}"#.to_owned(), false, "the answer of `issuer` reports a failure without a `code` and a `message`", true),
        (format!(r#"{{"version":2,"success":true,"token_type":"{t}","id_token":"secret-token"}}"#), false, "the answer of `issuer` has version 2; this crate reads version 1", false),
        (format!(r#"{{"version":0,"success":true,"token_type":"{t}","id_token":"secret-token"}}"#), false, "the answer of `issuer` has version 0; this crate reads version 1", false),
        (format!(r#"{{"version":1,"success":true,"token_type":"{t}","id_token":"secret-token"}}"#), true, "the answer of `issuer` has no `expiration_time` field", false),
        (r#"{"version":1,"success":true,"id_token":"secret-token"}"#.to_owned(), false, "the answer of `issuer` has no `token_type` field", false),
        (format!(r#"{{"version":1,"success":true,"token_type":"{t}","id_token":"secret-token","expiration_time":{NOW}}}"#), false, "the token of the answer of `issuer` has expired", true),
        (format!(r#"{{"version":1,"success":true,"token_type":"{t}","saml_response":"secret-token"}}"#), false, "the answer of `issuer` has no `id_token` field", false),
        (format!(r#"{{"version":1,"success":true,"token_type":"{t}","id_token":""}}"#), false, "the answer of `issuer` has no `id_token` field", false),
        (r#"{"version":1,"success":true,"token_type":"urn:ietf:params:oauth:token-type:saml2","id_token":"secret-token"}"#.to_owned(), false, "the answer of `issuer` has no `saml_response` field", false),
        (r#"{"version":1,"success":true,"token_type":"bearer","id_token":"secret-token"}"#.to_owned(), false, "the `token_type` of the answer of `issuer` is none of `urn:ietf:params:oauth:token-type:jwt`, `urn:ietf:params:oauth:token-type:id_token`, `urn:ietf:params:oauth:token-type:saml2`", false),
    ];
    for (answer, expiry_required, message, retry) in cases {
        assert_eq!(
            fails(&answer, expiry_required),
            (message.to_owned(), retry),
            "{answer}"
        );
    }
    // One second before its expiry a token is still good.
    let fresh = format!(
        r#"{{"version":1,"success":true,"token_type":"{t}","id_token":"ok","expiration_time":{}}}"#,
        NOW + 1
    );
    assert_eq!(parse(&fresh, true).ok().as_deref(), Some("ok"));
}

/// Hostile answers: never a panic, never the token in an error.
#[test]
fn fuzz_answers() {
    let fragments: &[&[u8]] = &[
        b"{",
        b"}",
        b",",
        b":",
        b"\"version\"",
        b"\"success\"",
        b"\"token_type\"",
        b"\"id_token\"",
        b"\"saml_response\"",
        b"\"expiration_time\"",
        b"\"code\"",
        b"\"message\"",
        b"1",
        b"2",
        b"true",
        b"false",
        b"null",
        b"\"secret-token\"",
        b"\"urn:ietf:params:oauth:token-type:jwt\"",
        b"1800000060",
        b"-1",
        b"1e30",
    ];
    let mut hostile = crate::hostile_input::HostileInput::new(7);
    for _ in 0..20_000 {
        let answer = hostile.soup(fragments, 24);
        let expiry_required = hostile.rng().bool();
        if let Err(e) = parse_answer(&answer, WHAT, expiry_required, NOW) {
            assert!(!e.message.contains("secret-token"), "{}", e.message);
        }
    }
    hostile.report("executable answers");
}

fn script(dir: &std::path::Path, body: &str) -> String {
    let path = dir.join("issuer.sh");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write the script");
    format!("/bin/sh {}", path.display())
}

async fn token(executable: &Executable, env: &Env) -> Result<String, AuthError> {
    let http = HttpClient::new();
    let cx = Context {
        http: &http,
        audience:
            "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/x",
        subject_token_type: JWT,
        impersonated_email: Some("sa@p.iam.gserviceaccount.com"),
        env,
    };
    executable
        .subject_token(&cx)
        .await
        .map(|t| t.expose().to_owned())
}

#[cfg(unix)]
#[tokio::test]
async fn the_program_runs_only_when_allowed_and_is_told_what_to_issue() {
    let dir = tempfile::tempdir().expect("temp dir");
    let command = script(
        dir.path(),
        r#"printf '{"version":1,"success":true,"token_type":"%s","id_token":"%s|%s|%s|%s"}' "$GOOGLE_EXTERNAL_ACCOUNT_TOKEN_TYPE" "$GOOGLE_EXTERNAL_ACCOUNT_AUDIENCE" "$GOOGLE_EXTERNAL_ACCOUNT_INTERACTIVE" "$GOOGLE_EXTERNAL_ACCOUNT_IMPERSONATED_EMAIL" "${GOOGLE_EXTERNAL_ACCOUNT_OUTPUT_FILE:-none}""#,
    );
    let executable = Executable::for_test(&command, Duration::from_secs(10), None);
    let refused = token(&executable, &Env::fixed(&[])).await;
    let message = refused.err().map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(message, "the credentials ask to run `/bin/sh`; programs run only when the environment variable GOOGLE_EXTERNAL_ACCOUNT_ALLOW_EXECUTABLES is `1`");
    let refused = token(&executable, &Env::fixed(&[(ALLOW_VARIABLE, "true")])).await;
    assert!(refused.is_err());

    let allowed = Env::fixed(&[(ALLOW_VARIABLE, "1")]);
    let issued = token(&executable, &allowed)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(issued, "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/x|0|sa@p.iam.gserviceaccount.com|none");
}

#[cfg(unix)]
#[tokio::test]
async fn a_kept_answer_is_used_until_it_expires() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = dir.path().join("cache.json");
    let command = script(
        dir.path(),
        r#"printf '{"version":1,"success":true,"token_type":"urn:ietf:params:oauth:token-type:jwt","id_token":"fresh %s","expiration_time":4000000000}' "$GOOGLE_EXTERNAL_ACCOUNT_OUTPUT_FILE""#,
    );
    let executable = Executable::for_test(&command, Duration::from_secs(10), Some(output.clone()));
    let allowed = Env::fixed(&[(ALLOW_VARIABLE, "1")]);
    // Nothing kept yet: the program runs, and is told where to keep its answer.
    let issued = token(&executable, &allowed)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(issued, format!("fresh {}", output.display()));
    // An empty file (the program has not written it yet) counts as nothing kept.
    std::fs::write(&output, "").expect("write the output file");
    let issued = token(&executable, &allowed)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(issued, format!("fresh {}", output.display()));

    let kept = r#"{"version":1,"success":true,"token_type":"urn:ietf:params:oauth:token-type:jwt","id_token":"kept","expiration_time":4000000000}"#;
    std::fs::write(&output, kept).expect("write the output file");
    // A good answer in the file is used, without running anything (nor being allowed to).
    assert_eq!(
        token(&executable, &Env::fixed(&[])).await.ok().as_deref(),
        Some("kept")
    );

    let expired = r#"{"version":1,"success":true,"token_type":"urn:ietf:params:oauth:token-type:jwt","id_token":"old","expiration_time":1000}"#;
    std::fs::write(&output, expired).expect("write the output file");
    let issued = token(&executable, &allowed)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(issued.starts_with("fresh "), "{issued}");

    std::fs::write(&output, r#"{"version":1,"success":true}"#).expect("write the output file");
    let broken = token(&executable, &allowed)
        .await
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        broken,
        Some(format!(
            "the output file `{}` has no `expiration_time` field",
            output.display()
        ))
    );
}

#[cfg(unix)]
#[tokio::test]
async fn failures_and_slow_programs_are_reported_without_their_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let allowed = Env::fixed(&[(ALLOW_VARIABLE, "1")]);
    let failing = Executable::for_test(
        &script(dir.path(), "echo secret-token; exit 3"),
        Duration::from_secs(10),
        None,
    );
    let message = token(&failing, &allowed).await.err().map(|e| e.to_string());
    assert_eq!(
        message.as_deref(),
        Some("`/bin/sh` failed with exit code 3")
    );

    let slow = Executable::for_test(
        &script(dir.path(), "sleep 5"),
        Duration::from_millis(200),
        None,
    );
    let message = token(&slow, &allowed).await.err().map(|e| e.to_string());
    assert_eq!(
        message.as_deref(),
        Some("`/bin/sh` did not answer within 200 ms (the credentials' timeout_millis)")
    );

    let missing = Executable::for_test("/nonexistent/issuer --flag", Duration::from_secs(1), None);
    let message = token(&missing, &allowed).await.err().map(|e| e.to_string());
    assert_eq!(
        message.as_deref(),
        Some("could not run `/nonexistent/issuer`")
    );
    assert_eq!(
        format!("{missing:?}"),
        "Executable { program: \"/nonexistent/issuer\", timeout: 1s, output_file: None }"
    );
}
