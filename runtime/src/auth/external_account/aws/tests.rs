//! The AWS source: the signed request it builds, and where it finds the region and the
//! credentials, against a local instance metadata service.

use super::*;
use crate::transport::HttpClient;
use serde_json::{json, Value};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const AUDIENCE: &str =
    "//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/aws/providers/aws";
const SECRET_KEY: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

fn decode(token: &Secret) -> Value {
    let json = percent_encoding::percent_decode_str(token.expose())
        .decode_utf8()
        .expect("UTF-8");
    serde_json::from_str(&json).expect("the subject token is JSON")
}

fn headers(request: &Value) -> Vec<(String, String)> {
    request["headers"]
        .as_array()
        .expect("headers")
        .iter()
        .map(|h| {
            (
                h["key"].as_str().unwrap_or_default().to_owned(),
                h["value"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_subject_token_is_the_signed_get_caller_identity_request() {
    let credentials = AwsCredentials {
        access_key_id: "AKIDEXAMPLE".to_owned(),
        secret_access_key: Secret::new(SECRET_KEY),
        session_token: Some(Secret::new("session-token-value")),
    };
    let url = "https://sts.us-east-2.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15";
    let token = signed_request(url, "us-east-2", AUDIENCE, &credentials, "20200811T065522Z")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!token.expose().contains('{'), "percent-encoded");
    let request = decode(&token);
    assert_eq!(request["url"], url);
    assert_eq!(request["method"], "POST");
    // The signature was computed independently (Python's hmac and hashlib) from the canonical
    // request AWS documents for these headers.
    let expected: Vec<(String, String)> = [
        ("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20200811/us-east-2/sts/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token;x-goog-cloud-target-resource, Signature=c389f268098c92b4d4ff1696a3119e85e378faf6b520a04bc3180dbc013e7870"),
        ("Host", "sts.us-east-2.amazonaws.com"),
        ("X-Amz-Date", "20200811T065522Z"),
        ("X-Amz-Security-Token", "session-token-value"),
        ("X-Goog-Cloud-Target-Resource", AUDIENCE),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    assert_eq!(headers(&request), expected);
    assert!(!token.expose().contains(SECRET_KEY));

    let plain = signed_request(
        "http://sts.test/",
        "r",
        AUDIENCE,
        &credentials,
        "20200811T065522Z",
    );
    assert_eq!(
        plain.err().map(|e| e.to_string()).as_deref(),
        Some("the `regional_cred_verification_url` of the credentials is not an https URL")
    );
    let at = Timestamp::parse("2020-08-11T06:55:22.75Z").unwrap_or_default();
    assert_eq!(amz_date(at), "20200811T065522Z");
}

fn source(imds: &MockServer) -> Aws {
    let file = json!({
        "type": "external_account",
        "credential_source": {
            "environment_id": "aws1",
            "region_url": format!("{}/latest/meta-data/placement/availability-zone", imds.uri()),
            "url": format!("{}/latest/meta-data/iam/security-credentials", imds.uri()),
            "regional_cred_verification_url": "https://sts.{region}.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15",
            "imdsv2_session_token_url": format!("{}/latest/api/token", imds.uri()),
        },
    })
    .to_string();
    let file = crate::auth::file::KeyFile::parse(file.as_bytes(), "the file".to_owned())
        .unwrap_or_else(|e| panic!("{e}"));
    let fields = file.root().object("credential_source").ok().flatten();
    Aws::parse(&fields.expect("credential_source")).unwrap_or_else(|e| panic!("{e}"))
}

async fn imds() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/latest/api/token"))
        .and(header("x-aws-ec2-metadata-token-ttl-seconds", "300"))
        .respond_with(ResponseTemplate::new(200).set_body_string("imds-session"))
        .mount(&server)
        .await;
    let with_session = |p: &str| {
        Mock::given(method("GET"))
            .and(path(p.to_owned()))
            .and(header("x-aws-ec2-metadata-token", "imds-session"))
    };
    with_session("/latest/meta-data/placement/availability-zone")
        .respond_with(ResponseTemplate::new(200).set_body_string("us-east-2b"))
        .mount(&server)
        .await;
    with_session("/latest/meta-data/iam/security-credentials")
        .respond_with(ResponseTemplate::new(200).set_body_string("gcp-federation-role"))
        .mount(&server)
        .await;
    with_session("/latest/meta-data/iam/security-credentials/gcp-federation-role")
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "Code": "Success",
            "Type": "AWS-HMAC",
            "AccessKeyId": "ASIAROLEKEY",
            "SecretAccessKey": SECRET_KEY,
            "Token": "role-session-token",
            "Expiration": "2030-01-01T00:00:00Z",
        })))
        .mount(&server)
        .await;
    server
}

async fn token(aws: &Aws, env: &Env) -> Result<Secret, AuthError> {
    let http = HttpClient::new();
    let cx = Context {
        http: &http,
        audience: AUDIENCE,
        subject_token_type: "urn:ietf:params:aws:token-type:aws4_request",
        impersonated_email: None,
        env,
    };
    aws.subject_token(&cx).await
}

#[tokio::test]
async fn region_and_role_credentials_come_from_the_metadata_service_with_a_session() {
    let server = imds().await;
    let aws = source(&server);
    let token = token(&aws, &Env::fixed(&[]))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let request = decode(&token);
    assert_eq!(
        request["url"],
        "https://sts.us-east-2.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15"
    );
    let sent = headers(&request);
    let authorization = &sent[0].1;
    assert!(
        authorization.starts_with("AWS4-HMAC-SHA256 Credential=ASIAROLEKEY/"),
        "{authorization}"
    );
    assert!(authorization.contains("/us-east-2/sts/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token;x-goog-cloud-target-resource, Signature="));
    assert_eq!(
        sent[3],
        (
            "X-Amz-Security-Token".to_owned(),
            "role-session-token".to_owned()
        )
    );
    let asked = server.received_requests().await.unwrap_or_default();
    let paths: Vec<(String, String)> = asked
        .iter()
        .map(|r| (r.method.to_string(), r.url.path().to_owned()))
        .collect();
    assert_eq!(
        paths,
        [
            ("PUT", "/latest/api/token"),
            ("GET", "/latest/meta-data/placement/availability-zone"),
            ("GET", "/latest/meta-data/iam/security-credentials"),
            (
                "GET",
                "/latest/meta-data/iam/security-credentials/gcp-federation-role"
            ),
        ]
        .map(|(m, p)| (m.to_owned(), p.to_owned()))
    );
    assert!(!format!("{aws:?}").contains("imds-session"));
}

#[tokio::test]
async fn the_environment_spares_the_metadata_service() {
    let server = imds().await;
    let aws = source(&server);
    let env = Env::fixed(&[
        ("AWS_REGION", "eu-west-1"),
        ("AWS_ACCESS_KEY_ID", "AKIAENVKEY"),
        ("AWS_SECRET_ACCESS_KEY", SECRET_KEY),
    ]);
    let request = decode(&token(&aws, &env).await.unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(
        request["url"],
        "https://sts.eu-west-1.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15"
    );
    let keys: Vec<String> = headers(&request).into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        keys,
        [
            "Authorization",
            "Host",
            "X-Amz-Date",
            "X-Goog-Cloud-Target-Resource"
        ]
    );
    assert!(server
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty());

    // With the region from AWS_DEFAULT_REGION but no keys: a session, then only the role.
    let env = Env::fixed(&[("AWS_DEFAULT_REGION", "ap-south-1")]);
    let request = decode(&token(&aws, &env).await.unwrap_or_else(|e| panic!("{e}")));
    assert!(request["url"]
        .as_str()
        .unwrap_or_default()
        .contains("sts.ap-south-1."));
    let asked = server.received_requests().await.unwrap_or_default();
    assert_eq!(asked.len(), 3);
    assert!(asked
        .iter()
        .all(|r| !r.url.path().ends_with("availability-zone")));
}

#[tokio::test]
async fn metadata_failures_are_named_without_secrets() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .respond_with(ResponseTemplate::new(200).set_body_string("imds-session"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/latest/meta-data/iam/security-credentials"))
        .respond_with(ResponseTemplate::new(404).set_body_string("imds-session"))
        .mount(&server)
        .await;
    let aws = source(&server);
    let env = Env::fixed(&[("AWS_REGION", "us-east-1")]);
    let message = token(&aws, &env)
        .await
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert_eq!(
        message,
        format!(
            "the AWS metadata service `{}/latest/meta-data/iam/security-credentials` did not give the AWS role name (HTTP 404 Not Found)",
            server.uri()
        )
    );
    let bad = [("environment_id", "aws2")];
    let file = json!({ "credential_source": { "environment_id": bad[0].1 } }).to_string();
    let file = crate::auth::file::KeyFile::parse(file.as_bytes(), "the file".to_owned())
        .unwrap_or_else(|e| panic!("{e}"));
    let fields = file
        .root()
        .object("credential_source")
        .ok()
        .flatten()
        .expect("object");
    assert_eq!(
        Aws::parse(&fields).err().map(|e| e.to_string()).as_deref(),
        Some("the `credential_source.environment_id` field of the file names a version of the AWS source this crate does not read (it reads `aws1`)")
    );
}
