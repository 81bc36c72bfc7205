//! `--wait`: a method that answers with a long-running operation, polled to its end.

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::*;

const DEVICE: &str = "enterprises/e1/devices/d1";
const OPERATION: &str = "enterprises/e1/devices/d1/operations/7";

async fn device_server(last: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(format!("/v1/{DEVICE}:issueCommand")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"name": OPERATION})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/{OPERATION}")))
        .respond_with(ResponseTemplate::new(200).set_body_json(last))
        .mount(&server)
        .await;
    server
}

fn issue_command() -> Vec<&'static str> {
    vec![
        "androidmanagement",
        "enterprises",
        "devices",
        "issueCommand",
        DEVICE,
        "--json",
        r#"{"type": "LOCK"}"#,
        "--wait",
    ]
}

#[tokio::test]
async fn wait_prints_the_final_state_of_the_operation() {
    let done = json!({"name": OPERATION, "done": true, "response": {"ok": true}});
    let server = device_server(done.clone()).await;
    let run = gapi_at(&server, &issue_command(), None).await;
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(
        serde_json::from_str::<Value>(&run.stdout).expect("JSON out"),
        done
    );
    let lines: Vec<String> = requests(&server).await.iter().map(line).collect();
    assert_eq!(
        lines,
        [
            format!("POST /v1/{DEVICE}:issueCommand?prettyPrint=false"),
            format!("GET /v1/{OPERATION}?prettyPrint=false"),
        ]
    );
    // Standard error is not a terminal here: no progress lines.
    assert!(run.stderr.is_empty(), "{run:#?}");
}

#[tokio::test]
async fn a_failed_operation_exits_with_3_and_says_why() {
    let server = device_server(json!({
        "name": OPERATION, "done": true,
        "error": {"code": 9, "message": "The device is not online."}
    }))
    .await;
    let run = gapi_at(&server, &issue_command(), None).await;
    assert_eq!(run.code, 3, "{run:#?}");
    assert!(run.stdout.is_empty(), "{run:#?}");
    assert!(run.stderr.contains("The device is not online."), "{run:#?}");
    assert!(run.stderr.contains("FAILED_PRECONDITION"), "{run:#?}");
}

#[tokio::test]
async fn wait_is_refused_for_a_method_without_an_operation() {
    let run = gapi(
        &[
            "androidmanagement",
            "enterprises",
            "get",
            "enterprises/e1",
            "--wait",
        ],
        None,
    )
    .await;
    run.assert_usage_error("--wait");
}
