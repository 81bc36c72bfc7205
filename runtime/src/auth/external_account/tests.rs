//! The parser of external account files under hostile input, and the workforce pool rule.

use super::*;

const SECRET: &str = "client-secret-value";

fn valid() -> serde_json::Value {
    serde_json::json!({
        "type": "external_account",
        "audience": "//iam.googleapis.com/locations/global/workforcePools/p/providers/x",
        "subject_token_type": "urn:ietf:params:oauth:token-type:id_token",
        "token_url": "https://sts.googleapis.com/v1/token",
        "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/sa@p.iam.gserviceaccount.com:generateAccessToken",
        "service_account_impersonation": { "token_lifetime_seconds": 3600 },
        "client_id": "cid",
        "client_secret": SECRET,
        "workforce_pool_user_project": "123",
        "credential_source": {
            "url": "http://169.254.169.254/token",
            "headers": { "Metadata": "True" },
            "format": { "type": "json", "subject_token_field_name": "access_token" },
        },
    })
}

#[test]
fn a_complete_file_is_read() {
    let account = ExternalAccount::from_json(valid().to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        account.service_account_email(),
        Some("sa@p.iam.gserviceaccount.com")
    );
    let shown = format!("{account:?}");
    assert!(!shown.contains(SECRET), "{shown}");
    assert!(shown.contains("workforcePools"), "{shown}");
}

#[test]
fn workforce_pools_are_told_by_their_audience() {
    assert!(is_workforce_pool(
        "//iam.googleapis.com/locations/global/workforcePools/p/providers/x"
    ));
    assert!(is_workforce_pool(
        "//iam.googleapis.com/locations/eu/workforcePools/p"
    ));
    for other in [
        "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/x",
        "//iam.googleapis.com/locations//workforcePools/p",
        "//iam.googleapis.com/locations/global/workloadPools/p",
        "https://iam.googleapis.com/locations/global/workforcePools/p",
        "",
    ] {
        assert!(!is_workforce_pool(other), "{other}");
    }
}

/// Valid files cut, changed and reassembled from their own pieces: never a panic, and no
/// error ever shows the client secret.
#[test]
fn fuzz_external_account_files() {
    let valid = valid().to_string();
    let fragments: Vec<&[u8]> = vec![
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b"\"type\"",
        b"\"external_account\"",
        b"\"credential_source\"",
        b"\"format\"",
        b"\"file\"",
        b"\"url\"",
        b"\"executable\"",
        b"\"environment_id\"",
        b"\"aws1\"",
        b"\"headers\"",
        b"\"token_lifetime_seconds\"",
        b"\"service_account_impersonation\"",
        b"\"client_secret\"",
        b"\"client-secret-value\"",
        b"599",
        b"-1",
        b"null",
        b"true",
        b"\"\xff\"",
    ];
    let mut hostile = crate::hostile_input::HostileInput::new(21);
    for round in 0..20_000 {
        let input = if round % 2 == 0 {
            hostile.mangled(valid.clone().into_bytes())
        } else {
            hostile.soup(&fragments, 30)
        };
        match ExternalAccount::from_json(&input) {
            Ok(account) => assert!(!format!("{account:?}").contains(SECRET)),
            Err(error) => {
                let message = error.to_string();
                assert!(!message.is_empty());
                assert!(!message.contains(SECRET), "{message}");
            }
        }
    }
    hostile.report("external account files");
}

/// An AWS workload end to end: the signed request reaches the token service as the subject
/// token, with the type Google documents for it.
#[cfg(feature = "external-account-aws")]
#[tokio::test]
async fn aws_credentials_from_the_environment_are_exchanged() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let sts = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "federated",
            "expires_in": 3600,
            "token_type": "Bearer",
        })))
        .mount(&sts)
        .await;
    let file = serde_json::json!({
        "type": "external_account",
        "audience": "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/aws/providers/aws",
        "subject_token_type": "urn:ietf:params:aws:token-type:aws4_request",
        "token_url": format!("{}/v1/token", sts.uri()),
        "credential_source": {
            "environment_id": "aws1",
            "regional_cred_verification_url": "https://sts.{region}.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15",
        },
    });
    let account = ExternalAccount::from_json(file.to_string())
        .unwrap_or_else(|e| panic!("{e}"))
        .with_env(Env::fixed(&[
            ("AWS_REGION", "us-west-2"),
            ("AWS_ACCESS_KEY_ID", "AKIAENV"),
            ("AWS_SECRET_ACCESS_KEY", "aws-secret-key-value"),
            ("AWS_SESSION_TOKEN", "aws-session-value"),
        ]));
    let credential = account
        .credential(&[])
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(credential, Credential::Bearer(Secret::new("federated")));
    let requests = sts.received_requests().await.unwrap_or_default();
    let body = String::from_utf8_lossy(&requests[0].body).into_owned();
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    let fields: std::collections::HashMap<String, String> = body
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect();
    assert_eq!(
        fields["subject_token_type"],
        "urn:ietf:params:aws:token-type:aws4_request"
    );
    let request = percent_encoding::percent_decode_str(&fields["subject_token"])
        .decode_utf8_lossy()
        .into_owned();
    let request: serde_json::Value = serde_json::from_str(&request).unwrap_or_default();
    assert_eq!(request["method"], "POST");
    assert!(request.to_string().contains("aws-session-value"));
    assert!(!request.to_string().contains("aws-secret-key-value"));
    assert!(!format!("{account:?}").contains("aws-secret-key-value"));
}

/// The executable source's settings are checked when the file is read.
#[cfg(feature = "external-account-executable")]
#[test]
fn executable_settings_are_checked() {
    let mut file = valid();
    file["credential_source"] = serde_json::json!({ "executable": { "command": "/usr/bin/issuer --x", "timeout_millis": 4999 } });
    assert_eq!(
        ExternalAccount::from_json(file.to_string()).err().map(|e| e.to_string()).as_deref(),
        Some("the `credential_source.executable.timeout_millis` field of the external account credentials is outside 5000 to 120000")
    );
    file["credential_source"]["executable"]["timeout_millis"] = serde_json::json!(120000);
    let account = ExternalAccount::from_json(file.to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert!(format!("{account:?}").contains("program: \"/usr/bin/issuer\", timeout: 120s"));
    file["credential_source"] = serde_json::json!({ "executable": { "timeout_millis": 6000 } });
    assert_eq!(
        ExternalAccount::from_json(file.to_string())
            .err()
            .map(|e| e.to_string())
            .as_deref(),
        Some(
            "the external account credentials has no `credential_source.executable.command` field"
        )
    );
}
