//! The seed methods of the four generated crates, called as a user calls them and checked on the
//! wire against a real local HTTP server (wiremock): the HTTP method, the exact path and query
//! string, the standard headers, the JSON body, and the typed answer.
//!
//! The expected requests are written out by hand from Google's API reference and the pinned
//! discovery documents in `discovery-json/`; nothing here is computed from the generated code, so a
//! generator change that alters what goes on the wire makes a test fail. One test
//! ([`reference::seed_methods_match_the_discovery_documents`]) also reads the documents themselves
//! and checks every seed method's HTTP method, path template and scopes against them.
//!
//! Beyond the seed methods, the same clients show how failures behave: Google API errors, retries
//! (idempotent methods only), path parameters that try to change the path, `pattern` checks, and
//! credentials. No test reaches the network: every client points at a server on 127.0.0.1.

use std::time::Duration;

use google_api_runtime::auth::StaticToken;
use google_api_runtime::{ApiInfo, ClientBuilder, RetryPolicy};
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// Shared helpers: building clients aimed at the mock server and reading what it received.
mod support {
    use super::*;

    /// The access token every test client sends.
    pub const TOKEN: &str = "ya29.seed-test-token";

    /// A generated crate as the tests see it: its `API` facts and its own `Cargo.toml`, so that the
    /// version in the `User-Agent` is checked against the manifest rather than against itself.
    pub struct Generated {
        pub api: &'static ApiInfo,
        pub manifest: &'static str,
    }

    pub static GMAIL: Generated = Generated {
        api: &google_gmail_v1::API,
        manifest: include_str!("../../../generated/google-gmail-v1/Cargo.toml"),
    };
    pub static DIRECTORY: Generated = Generated {
        api: &google_admin_directory_v1::API,
        manifest: include_str!("../../../generated/google-admin-directory-v1/Cargo.toml"),
    };
    pub static ANDROID_ENTERPRISE: Generated = Generated {
        api: &google_androidenterprise_v1::API,
        manifest: include_str!("../../../generated/google-androidenterprise-v1/Cargo.toml"),
    };
    pub static ANDROID_MANAGEMENT: Generated = Generated {
        api: &google_androidmanagement_v1::API,
        manifest: include_str!("../../../generated/google-androidmanagement-v1/Cargo.toml"),
    };
    const RUNTIME_MANIFEST: &str = include_str!("../../../runtime/Cargo.toml");

    /// Retries that finish in milliseconds: three attempts, backoff bounded by 1 ms then 5 ms.
    pub fn quick_retries() -> RetryPolicy {
        RetryPolicy::default()
            .with_max_attempts(3)
            .with_initial_backoff(Duration::from_millis(1))
            .with_max_backoff(Duration::from_millis(5))
    }

    /// Finishes a generated crate's `Client::builder()`: aimed at `server`, with the test token
    /// and [`quick_retries`].
    pub fn connect<C: From<google_api_runtime::Client>>(
        builder: ClientBuilder<C>,
        server: &MockServer,
    ) -> C {
        builder
            .http_client(crate::http_client())
            .root_url(server.uri())
            .auth(StaticToken::new(TOKEN))
            .retry(quick_retries())
            .build()
    }

    /// A server that answers every request with `status` and the JSON `body`.
    pub async fn server_answering(status: u16, body: Value) -> MockServer {
        let server = MockServer::start().await;
        Mock::given(any())
            .respond_with(ResponseTemplate::new(status).set_body_json(body))
            .mount(&server)
            .await;
        server
    }

    /// Every request `server` received, in order.
    pub async fn requests(server: &MockServer) -> Vec<Request> {
        server
            .received_requests()
            .await
            .expect("wiremock records requests by default")
    }

    /// The one request `server` received; fails when there were none or several.
    pub async fn single_request(server: &MockServer) -> Request {
        let mut all = requests(server).await;
        let urls: Vec<&str> = all.iter().map(|r| r.url.as_str()).collect();
        assert_eq!(all.len(), 1, "expected exactly one request, got {urls:?}");
        all.remove(0)
    }

    /// The value of header `name`, if present.
    pub fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
        request
            .headers
            .get(name)
            .map(|v| v.to_str().expect("test headers are ASCII"))
    }

    /// The `version` of the `[package]` of a manifest.
    fn package_version(manifest: &str) -> &str {
        manifest
            .lines()
            .find_map(|line| line.strip_prefix("version = \"")?.strip_suffix('"'))
            .expect("the manifest states a version")
    }

    /// Checks the headers every call carries: the bearer token, a `User-Agent` naming the
    /// generated crate and the runtime with their versions (and `gzip`), `x-goog-api-client`
    /// with the compiler's version, and `Accept-Encoding: gzip`.
    pub fn assert_standard_headers(request: &Request, generated: &Generated) {
        let version = package_version(generated.manifest);
        assert_eq!(generated.api.crate_version, version);
        assert_eq!(
            header(request, "authorization"),
            Some(format!("Bearer {TOKEN}").as_str())
        );
        assert_eq!(
            header(request, "user-agent"),
            Some(
                format!(
                    "{}/{version} google-api-runtime/{} (gzip)",
                    generated.api.crate_name,
                    package_version(RUNTIME_MANIFEST)
                )
                .as_str()
            )
        );
        // `gl-rust/` and the version of the compiler that built the crates, as `1.95.0`.
        // After the attempt's tags, `gccl-invocation-id/<uuid> gccl-attempt-count/1`, as Go's
        // send path puts them.
        let api_client = header(request, "x-goog-api-client").expect("x-goog-api-client");
        let rustc = api_client
            .split_once(" gccl-attempt-count/1 ")
            .and_then(|(tag, rest)| tag.starts_with("gccl-invocation-id/").then_some(rest))
            .and_then(|rest| rest.strip_prefix("gl-rust/"))
            .and_then(|rest| rest.strip_suffix(&format!(" gdcl/{version}")))
            .unwrap_or_else(|| panic!("{api_client}"));
        let numbers: Vec<&str> = rustc.split(['.', '-']).take(3).collect();
        assert!(
            numbers.len() == 3 && numbers.iter().all(|n| n.parse::<u32>().is_ok()),
            "{api_client}"
        );
        assert_eq!(header(request, "accept-encoding"), Some("gzip"));
    }

    /// Checks that the request carries `expected` as its JSON body, labelled as such.
    pub fn assert_json_body(request: &Request, expected: Value) {
        assert_eq!(header(request, "content-type"), Some("application/json"));
        let body: Value = serde_json::from_slice(&request.body).expect("the body is JSON");
        assert_eq!(body, expected);
    }

    /// Checks that the request has no body and claims none.
    pub fn assert_no_body(request: &Request) {
        assert!(
            request.body.is_empty(),
            "unexpected body {:?}",
            request.body
        );
        assert_eq!(header(request, "content-type"), None);
    }
}

/// Gmail: client-side encryption key pairs.
mod gmail {
    use super::support::*;
    use super::*;
    use google_gmail_v1::resources::users::settings::cse::keypairs::ChainValidation;
    use google_gmail_v1::schemas::{
        CseKeyPair, CseKeyPairEnablementState, CsePrivateKeyMetadata, KaclsKeyMetadata,
    };
    use google_gmail_v1::Client;

    const PKCS7: &str = "-----BEGIN PKCS7-----\nMIIBsQYJKoZIhvcNAQcCoIIBojCCAZ4CAQExADALBgkqhkiG9w0BBwGgggGG\n-----END PKCS7-----\n";
    const PEM: &str =
        "-----BEGIN CERTIFICATE-----\nMIIBhjCCASugAwIBAgIU\n-----END CERTIFICATE-----\n";

    /// What a user uploads: the certificate chain and where the wrapped private key lives.
    fn new_key_pair() -> CseKeyPair {
        CseKeyPair::default()
            .set_pkcs7(PKCS7)
            .set_private_key_metadata([CsePrivateKeyMetadata::default().set_kacls_key_metadata(
                KaclsKeyMetadata::default()
                    .set_kacls_uri("https://kacls.example.com/api")
                    .set_kacls_data("wrapped-private-key"),
            )])
    }

    /// What Gmail answers: the stored key pair with its server-set fields.
    fn stored_key_pair_json() -> Value {
        json!({
            "keyPairId": "kp-0001",
            "pem": PEM,
            "enablementState": "enabled",
            "subjectEmailAddresses": ["alice@example.com"],
            "privateKeyMetadata": [{
                "privateKeyMetadataId": "pkm-1",
                "kaclsKeyMetadata": {
                    "kaclsUri": "https://kacls.example.com/api",
                    "kaclsData": "wrapped-private-key"
                }
            }]
        })
    }

    /// `users.settings.cse.keypairs.create` posts the `CseKeyPair` as JSON to the user's key pair
    /// collection, adds `chainValidation=none` when asked, and returns the stored key pair.
    #[tokio::test]
    async fn keypairs_create_posts_the_key_pair_and_returns_the_stored_one() {
        let server = server_answering(200, stored_key_pair_json()).await;
        let client = connect(Client::builder(), &server);

        let stored = client
            .users()
            .settings()
            .cse()
            .keypairs()
            .create("me", new_key_pair())
            .chain_validation(ChainValidation::None)
            .send()
            .await
            .expect("the call succeeds");

        let request = single_request(&server).await;
        assert_eq!(request.method.as_str(), "POST");
        assert_eq!(
            request.url.path(),
            "/gmail/v1/users/me/settings/cse/keypairs"
        );
        assert_eq!(
            request.url.query(),
            Some("chainValidation=none&prettyPrint=false")
        );
        assert_standard_headers(&request, &GMAIL);
        assert_json_body(
            &request,
            json!({
                "pkcs7": PKCS7,
                "privateKeyMetadata": [{
                    "kaclsKeyMetadata": {
                        "kaclsUri": "https://kacls.example.com/api",
                        "kaclsData": "wrapped-private-key"
                    }
                }]
            }),
        );
        let expected = CseKeyPair::default()
            .set_key_pair_id("kp-0001")
            .set_pem(PEM)
            .set_enablement_state(CseKeyPairEnablementState::Enabled)
            .set_subject_email_addresses(["alice@example.com".to_owned()])
            .set_private_key_metadata([CsePrivateKeyMetadata::default()
                .set_private_key_metadata_id("pkm-1")
                .set_kacls_key_metadata(
                    KaclsKeyMetadata::default()
                        .set_kacls_uri("https://kacls.example.com/api")
                        .set_kacls_data("wrapped-private-key"),
                )]);
        assert_eq!(stored, expected);
    }

    /// Without the setter, `chainValidation` is left to the server (which defaults to `all`):
    /// nothing is added to the query. With `All`, it is sent as `all`.
    #[tokio::test]
    async fn keypairs_create_sends_chain_validation_only_when_set() {
        let server = server_answering(200, stored_key_pair_json()).await;
        let client = connect(Client::builder(), &server);
        let keypairs = client.users().settings().cse().keypairs();

        keypairs
            .create("me", new_key_pair())
            .send()
            .await
            .expect("the call succeeds");
        keypairs
            .create("me", new_key_pair())
            .chain_validation(ChainValidation::All)
            .send()
            .await
            .expect("the call succeeds");

        let sent = requests(&server).await;
        assert_eq!(sent.len(), 2);
        assert_eq!(sent[0].url.query(), Some("prettyPrint=false"));
        assert_eq!(
            sent[1].url.query(),
            Some("chainValidation=all&prettyPrint=false")
        );
    }

    /// `users.settings.cse.keypairs.obliterate` posts an empty JSON object to the key pair's
    /// `:obliterate` custom verb. The method has no response schema, so the answer is `()`.
    #[tokio::test]
    async fn keypairs_obliterate_posts_to_the_custom_verb_and_returns_unit() {
        let server = server_answering(200, json!({})).await;
        let client = connect(Client::builder(), &server);

        // The pattern `()` only matches the unit type: the method returns nothing.
        let () = client
            .users()
            .settings()
            .cse()
            .keypairs()
            .obliterate("me", "kp-0001", Default::default())
            .send()
            .await
            .expect("the call succeeds");

        let request = single_request(&server).await;
        assert_eq!(request.method.as_str(), "POST");
        assert_eq!(
            request.url.path(),
            "/gmail/v1/users/me/settings/cse/keypairs/kp-0001:obliterate"
        );
        assert_eq!(request.url.query(), Some("prettyPrint=false"));
        assert_standard_headers(&request, &GMAIL);
        assert_json_body(&request, json!({}));
    }

    /// Gmail answers obliterate with an empty body; that is a success too.
    #[tokio::test]
    async fn keypairs_obliterate_accepts_an_empty_answer() {
        let server = MockServer::start().await;
        Mock::given(any())
            .respond_with(ResponseTemplate::new(204))
            .mount(&server)
            .await;
        let client = connect(Client::builder(), &server);

        client
            .users()
            .settings()
            .cse()
            .keypairs()
            .obliterate("alice@example.com", "kp-0001", Default::default())
            .send()
            .await
            .expect("an empty answer is a success");

        let request = single_request(&server).await;
        assert_eq!(
            request.url.path(),
            "/gmail/v1/users/alice%40example.com/settings/cse/keypairs/kp-0001:obliterate"
        );
    }
}

/// Admin SDK Directory: a user's email aliases.
mod directory {
    use super::support::*;
    use super::*;
    use google_admin_directory_v1::schemas::Alias;
    use google_admin_directory_v1::Client;

    /// A user key that is an email address with a `+`, and how it must appear in the path: one
    /// segment, with `+` and `@` percent-encoded (`{userKey}` is a simple expansion).
    const USER: &str = "a+b@example.com";
    const USER_SEGMENT: &str = "a%2Bb%40example.com";
    /// The alias, also an email address.
    const ALIAS: &str = "ab.alias@example.com";
    const ALIAS_SEGMENT: &str = "ab.alias%40example.com";

    fn alias_json() -> Value {
        json!({
            "kind": "admin#directory#alias",
            "id": "115187229393281347689",
            "etag": "\"etag-1\"",
            "primaryEmail": USER,
            "alias": ALIAS
        })
    }

    /// `users.aliases.insert` posts the `Alias` to the user's alias collection; Google answers
    /// `201 Created` with the alias, which is a success decoded like a 200.
    #[tokio::test]
    async fn aliases_insert_posts_the_alias_and_accepts_201_created() {
        let server = server_answering(201, alias_json()).await;
        let client = connect(Client::builder(), &server);

        let created = client
            .users()
            .aliases()
            .insert(USER, Alias::default().set_alias(ALIAS))
            .send()
            .await
            .expect("201 Created is a success");

        let request = single_request(&server).await;
        assert_eq!(request.method.as_str(), "POST");
        assert_eq!(
            request.url.path(),
            format!("/admin/directory/v1/users/{USER_SEGMENT}/aliases")
        );
        assert_eq!(request.url.query(), Some("prettyPrint=false"));
        assert_standard_headers(&request, &DIRECTORY);
        assert_json_body(&request, json!({ "alias": ALIAS }));
        assert_eq!(
            created,
            Alias::default()
                .set_kind("admin#directory#alias")
                .set_id("115187229393281347689")
                .set_etag("\"etag-1\"")
                .set_primary_email(USER)
                .set_alias(ALIAS)
        );
    }

    /// `users.aliases.list` is a GET without a body. The document types the list's items as `any`,
    /// so they arrive as JSON values, which decode into `Alias` when needed.
    #[tokio::test]
    async fn aliases_list_gets_the_aliases_of_the_user() {
        let server = server_answering(
            200,
            json!({
                "kind": "admin#directory#aliases",
                "etag": "\"etag-list\"",
                "aliases": [alias_json()]
            }),
        )
        .await;
        let client = connect(Client::builder(), &server);

        let list = client
            .users()
            .aliases()
            .list(USER)
            .send()
            .await
            .expect("the call succeeds");

        let request = single_request(&server).await;
        assert_eq!(request.method.as_str(), "GET");
        assert_eq!(
            request.url.path(),
            format!("/admin/directory/v1/users/{USER_SEGMENT}/aliases")
        );
        assert_eq!(request.url.query(), Some("prettyPrint=false"));
        assert_standard_headers(&request, &DIRECTORY);
        assert_no_body(&request);

        assert_eq!(list.kind.as_deref(), Some("admin#directory#aliases"));
        assert_eq!(list.etag.as_deref(), Some("\"etag-list\""));
        let items = list.aliases.expect("the list has aliases");
        assert_eq!(items, vec![alias_json()]);
        let first: Alias = serde_json::from_value(items[0].clone()).expect("an item is an Alias");
        assert_eq!(first.alias.as_deref(), Some(ALIAS));
    }

    /// `users.aliases.delete` sends a DELETE with both email addresses as single, percent-encoded
    /// path segments; Google answers `204 No Content`, and the call returns `()`.
    #[tokio::test]
    async fn aliases_delete_keeps_both_email_addresses_in_one_segment_each() {
        let server = MockServer::start().await;
        Mock::given(any())
            .respond_with(ResponseTemplate::new(204))
            .mount(&server)
            .await;
        let client = connect(Client::builder(), &server);

        let () = client
            .users()
            .aliases()
            .delete(USER, ALIAS)
            .send()
            .await
            .expect("204 No Content is a success");

        let request = single_request(&server).await;
        assert_eq!(request.method.as_str(), "DELETE");
        assert_eq!(
            request.url.path(),
            format!("/admin/directory/v1/users/{USER_SEGMENT}/aliases/{ALIAS_SEGMENT}")
        );
        let segments: Vec<&str> = request
            .url
            .path_segments()
            .expect("an http URL has segments")
            .collect();
        assert_eq!(
            segments,
            [
                "admin",
                "directory",
                "v1",
                "users",
                USER_SEGMENT,
                "aliases",
                ALIAS_SEGMENT
            ]
        );
        assert_eq!(request.url.query(), Some("prettyPrint=false"));
        assert_standard_headers(&request, &DIRECTORY);
        assert_no_body(&request);
    }
}

/// Google Play EMM API: enrollment tokens.
mod androidenterprise {
    use super::support::*;
    use super::*;
    use google_androidenterprise_v1::schemas::{
        EnrollmentToken, EnrollmentTokenEnrollmentTokenType,
        EnrollmentTokenGoogleAuthenticationOptions,
        EnrollmentTokenGoogleAuthenticationOptionsAuthenticationRequirement as Requirement,
    };
    use google_androidenterprise_v1::Client;

    fn thirty_days() -> google_api_runtime::Duration {
        google_api_runtime::Duration::from_secs(30 * 24 * 3600).expect("in range")
    }

    /// `enrollmentTokens.create` posts an `EnrollmentToken` whose enum is written as its wire
    /// name, whose `google-duration` is written as `"<seconds>s"`, and whose authentication
    /// options are a nested object; the answer carries the server-made token.
    #[tokio::test]
    async fn enrollment_tokens_create_writes_enum_duration_and_options_on_the_wire() {
        let server = server_answering(
            200,
            json!({
                "token": "EnrollmentTokenABC123",
                "enrollmentTokenType": "userDevice",
                "duration": "2592000s",
                "googleAuthenticationOptions": {
                    "authenticationRequirement": "required",
                    "requiredAccountEmail": "user@example.com"
                }
            }),
        )
        .await;
        let client = connect(Client::builder(), &server);
        let options = EnrollmentTokenGoogleAuthenticationOptions::default()
            .set_authentication_requirement(Requirement::Required)
            .set_required_account_email("user@example.com");
        let request_token = EnrollmentToken::default()
            .set_enrollment_token_type(EnrollmentTokenEnrollmentTokenType::UserDevice)
            .set_duration(thirty_days())
            .set_google_authentication_options(options.clone());

        let token = client
            .enrollment_tokens()
            .create("LC0123abcd", request_token.clone())
            .send()
            .await
            .expect("the call succeeds");

        let request = single_request(&server).await;
        assert_eq!(request.method.as_str(), "POST");
        assert_eq!(
            request.url.path(),
            "/androidenterprise/v1/enterprises/LC0123abcd/enrollmentTokens"
        );
        assert_eq!(request.url.query(), Some("prettyPrint=false"));
        assert_standard_headers(&request, &ANDROID_ENTERPRISE);
        assert_json_body(
            &request,
            json!({
                "enrollmentTokenType": "userDevice",
                "duration": "2592000s",
                "googleAuthenticationOptions": {
                    "authenticationRequirement": "required",
                    "requiredAccountEmail": "user@example.com"
                }
            }),
        );
        assert_eq!(token, request_token.set_token("EnrollmentTokenABC123"));
        assert_eq!(token.duration.map(|d| d.seconds()), Some(2_592_000));
    }

    /// A fractional duration keeps its fraction on the wire, and an answer from a newer API
    /// revision (an enum value and a field this crate does not know) still decodes: the value is
    /// kept as `UnknownValue`, the field in `unknown_fields`.
    #[tokio::test]
    async fn enrollment_tokens_create_tolerates_a_newer_revision() {
        let server = server_answering(
            200,
            json!({
                "token": "T",
                "enrollmentTokenType": "kioskDevice",
                "duration": "90.5s",
                "allowPersonalUsage": true
            }),
        )
        .await;
        let client = connect(Client::builder(), &server);
        let duration: google_api_runtime::Duration = "90.5s".parse().expect("valid duration");

        let token = client
            .enrollment_tokens()
            .create(
                "LC0123abcd",
                EnrollmentToken::default().set_duration(duration),
            )
            .send()
            .await
            .expect("a newer revision's answer decodes");

        assert_json_body(
            &single_request(&server).await,
            json!({ "duration": "90.5s" }),
        );
        assert_eq!(
            token.enrollment_token_type,
            Some(EnrollmentTokenEnrollmentTokenType::UnknownValue(
                "kioskDevice".to_owned()
            ))
        );
        assert_eq!(token.duration, Some(duration));
        assert_eq!(
            token.unknown_fields.get("allowPersonalUsage"),
            Some(&json!(true))
        );
    }
}

/// Android Management API: signup URLs, and a `{+name}` parameter with a `pattern`.
mod androidmanagement {
    use super::support::*;
    use super::*;
    use google_androidmanagement_v1::Client;

    /// `signupUrls.create` has no body and only query parameters: each is strictly
    /// percent-encoded, in the order the setters were called, and the repeated `allowedDomains`
    /// is sent once per value, in order. A body-less POST says `Content-Length: 0`.
    #[tokio::test]
    async fn signup_urls_create_sends_query_parameters_with_repeated_domains_in_order() {
        let server = server_answering(
            200,
            json!({
                "name": "signupUrls/C97d2a8e1b5c3f0e4",
                "url": "https://play.google.com/work/adminsignup?token=C97d2a8e1b5c3f0e4"
            }),
        )
        .await;
        let client = connect(Client::builder(), &server);

        let signup = client
            .signup_urls()
            .create()
            .project_id("my-project")
            .callback_url("https://example.com/done?step=2")
            .admin_email("admin@example.com")
            .allowed_domains(["example.com", "*.example.org"])
            .send()
            .await
            .expect("the call succeeds");

        let request = single_request(&server).await;
        assert_eq!(request.method.as_str(), "POST");
        assert_eq!(request.url.path(), "/v1/signupUrls");
        assert_eq!(
            request.url.query(),
            Some(
                "projectId=my-project\
                 &callbackUrl=https%3A%2F%2Fexample.com%2Fdone%3Fstep%3D2\
                 &adminEmail=admin%40example.com\
                 &allowedDomains=example.com\
                 &allowedDomains=%2A.example.org\
                 &prettyPrint=false"
            )
        );
        let domains: Vec<String> = request
            .url
            .query_pairs()
            .filter(|(name, _)| name == "allowedDomains")
            .map(|(_, value)| value.into_owned())
            .collect();
        assert_eq!(domains, ["example.com", "*.example.org"]);
        assert_standard_headers(&request, &ANDROID_MANAGEMENT);
        assert_no_body(&request);
        assert_eq!(header(&request, "content-length"), Some("0"));

        assert_eq!(signup.name.as_deref(), Some("signupUrls/C97d2a8e1b5c3f0e4"));
        assert_eq!(
            signup.url.as_deref(),
            Some("https://play.google.com/work/adminsignup?token=C97d2a8e1b5c3f0e4")
        );
    }

    /// An empty list of domains sends no `allowedDomains` at all ("any domain").
    #[tokio::test]
    async fn signup_urls_create_with_no_domains_sends_none() {
        let server = server_answering(200, json!({})).await;
        let client = connect(Client::builder(), &server);

        client
            .signup_urls()
            .create()
            .project_id("p")
            .allowed_domains(Vec::<String>::new())
            .send()
            .await
            .expect("the call succeeds");

        assert_eq!(
            single_request(&server).await.url.query(),
            Some("projectId=p&prettyPrint=false")
        );
    }

    /// `enterprises.get` takes `{+name}` with the pattern `^enterprises/[^/]+$`. A value outside
    /// the pattern is refused with an error naming the method, the parameter and the pattern, and
    /// nothing reaches the server.
    #[tokio::test]
    async fn a_name_outside_its_pattern_is_refused_before_sending() {
        let server = server_answering(200, json!({})).await;
        let client = connect(Client::builder(), &server);

        for name in [
            "enterprises/LC01/devices/d1",
            "projects/p/enterprises/LC01",
            "enterprises/",
            "LC01",
            "",
        ] {
            let error = client
                .enterprises()
                .get(name)
                .send()
                .await
                .expect_err("the value does not match the pattern");
            let google_api_runtime::Error::InvalidArgument { parameter, .. } = &error else {
                panic!("{name:?}: expected an invalid argument, got {error:?}");
            };
            assert_eq!(*parameter, Some("name"), "{name:?}");
            assert_eq!(
                error.to_string(),
                format!(
                    "androidmanagement.enterprises.get: invalid argument `name`: \
                     {name:?} does not match the pattern `^enterprises/[^/]+$`"
                )
            );
            assert_eq!(error.status(), None);
        }
        assert!(requests(&server).await.is_empty(), "nothing may be sent");
    }

    /// A value that matches the pattern keeps its `/` (reserved expansion), and is sent.
    #[tokio::test]
    async fn a_name_matching_its_pattern_keeps_its_slash() {
        let server = server_answering(200, json!({ "name": "enterprises/LC01" })).await;
        let client = connect(Client::builder(), &server);

        let enterprise = client
            .enterprises()
            .get("enterprises/LC01")
            .send()
            .await
            .expect("the call succeeds");

        let request = single_request(&server).await;
        assert_eq!(request.method.as_str(), "GET");
        assert_eq!(request.url.path(), "/v1/enterprises/LC01");
        assert_standard_headers(&request, &ANDROID_MANAGEMENT);
        assert_eq!(enterprise.name.as_deref(), Some("enterprises/LC01"));
    }
}

/// What a failed call returns.
mod errors {
    use super::support::*;
    use super::*;
    use google_admin_directory_v1::Client;
    use google_api_runtime::Error;

    /// Google's error body for an unknown user, as the Directory API sends it.
    fn not_found_body() -> Value {
        json!({
            "error": {
                "code": 404,
                "message": "Resource Not Found: userKey",
                "status": "NOT_FOUND",
                "errors": [{
                    "message": "Resource Not Found: userKey",
                    "domain": "global",
                    "reason": "notFound"
                }],
                "details": [{
                    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": "USER_NOT_FOUND",
                    "domain": "admin.googleapis.com",
                    "metadata": { "userKey": "ghost@example.com" }
                }]
            }
        })
    }

    /// A 404 becomes `Error::Api` with every part of Google's body reachable, a `Display` naming
    /// the method id, the HTTP status and Google's message, and it is not retried.
    #[tokio::test]
    async fn a_google_error_body_is_reachable_and_displayed() {
        let server = server_answering(404, not_found_body()).await;
        let client = connect(Client::builder(), &server);

        let error = client
            .users()
            .aliases()
            .list("ghost@example.com")
            .send()
            .await
            .expect_err("the server answers 404");

        assert_eq!(
            error.to_string(),
            "directory.users.aliases.list: HTTP 404 Not Found (NOT_FOUND): \
             Resource Not Found: userKey"
        );
        assert_eq!(error.method_id(), "directory.users.aliases.list");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
        assert!(!error.is_retryable());
        let api = error.as_api_error().expect("an API error");
        assert_eq!(api.code, Some(404));
        assert_eq!(api.status_text.as_deref(), Some("NOT_FOUND"));
        assert_eq!(api.message, "Resource Not Found: userKey");
        assert_eq!(api.reason(), Some("notFound"));
        assert_eq!(api.details.len(), 1);
        let info = api.detail("google.rpc.ErrorInfo").expect("ErrorInfo");
        assert_eq!(info["reason"], "USER_NOT_FOUND");
        assert_eq!(info["metadata"]["userKey"], "ghost@example.com");
        let body: Value = serde_json::from_slice(&api.body).expect("the raw body is kept");
        assert_eq!(body, not_found_body());
        assert_eq!(requests(&server).await.len(), 1, "a 404 is not retried");
    }

    /// A success whose body does not fit the response type is `Error::Decode`, naming the JSON
    /// path of the field at fault.
    #[tokio::test]
    async fn a_malformed_answer_is_a_decode_error_naming_the_field() {
        let server = server_answering(201, json!({ "alias": ["not", "a", "string"] })).await;
        let client = connect(Client::builder(), &server);

        let error = client
            .users()
            .aliases()
            .insert(
                "a@example.com",
                google_admin_directory_v1::schemas::Alias::default().set_alias("b@example.com"),
            )
            .send()
            .await
            .expect_err("the answer does not decode");

        let Error::Decode { path, status, .. } = &error else {
            panic!("expected a decode error, got {error:?}");
        };
        assert_eq!(path, "alias");
        assert_eq!(status.as_u16(), 201);
        assert!(
            error.to_string().starts_with(
                "directory.users.aliases.insert: could not decode the response (HTTP 201) at `alias`"
            ),
            "{error}"
        );
    }
}

/// Which failures are tried again: idempotent methods after a transient status; never a POST.
mod retries {
    use super::support::*;
    use super::*;

    /// A server whose first `failures` answers are `status` (with `headers`), then `200 {}`.
    async fn server_failing_first(
        failures: u64,
        status: u16,
        headers: &[(&str, &str)],
    ) -> MockServer {
        let server = MockServer::start().await;
        let mut failure = ResponseTemplate::new(status).set_body_json(json!({
            "error": { "code": status, "message": "The service is currently unavailable.", "status": "UNAVAILABLE" }
        }));
        for (name, value) in headers {
            failure = failure.insert_header(*name, *value);
        }
        Mock::given(any())
            .respond_with(failure)
            .up_to_n_times(failures)
            .with_priority(1)
            .mount(&server)
            .await;
        Mock::given(any())
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
            .mount(&server)
            .await;
        server
    }

    /// A GET answered 503 is tried again, identically, and the second answer is returned.
    #[tokio::test]
    async fn a_get_answered_503_is_retried_and_succeeds() {
        let server = server_failing_first(1, 503, &[]).await;
        let client = connect(google_admin_directory_v1::Client::builder(), &server);

        client
            .users()
            .aliases()
            .list("a@example.com")
            .send()
            .await
            .expect("the retry succeeds");

        let sent = requests(&server).await;
        assert_eq!(sent.len(), 2);
        for request in &sent {
            assert_eq!(request.method.as_str(), "GET");
            assert_eq!(
                request.url.path(),
                "/admin/directory/v1/users/a%40example.com/aliases"
            );
            assert_standard_headers(request, &DIRECTORY);
        }
    }

    /// The token provider is asked again before every attempt (so a retry can carry a refreshed
    /// token), each time with the method's scopes.
    #[tokio::test]
    async fn every_attempt_asks_the_token_provider_again() {
        let server = server_failing_first(2, 500, &[]).await;
        let provider = super::credentials::RecordingToken::default();
        let client = google_admin_directory_v1::Client::builder()
            .root_url(server.uri())
            .auth(provider.clone())
            .retry(quick_retries())
            .build();

        client
            .users()
            .aliases()
            .list("a@example.com")
            .send()
            .await
            .expect("the third attempt succeeds");

        assert_eq!(requests(&server).await.len(), 3);
        let asked = provider.scopes.lock().expect("not poisoned").clone();
        assert_eq!(asked.len(), 3);
        assert!(asked.iter().all(|scopes| scopes == &asked[0]));
    }

    /// A DELETE answered 429 with `Retry-After: 0` is retried at once.
    #[tokio::test]
    async fn a_delete_answered_429_is_retried() {
        let server = server_failing_first(1, 429, &[("retry-after", "0")]).await;
        let client = connect(google_admin_directory_v1::Client::builder(), &server);

        client
            .users()
            .aliases()
            .delete("a@example.com", "b@example.com")
            .send()
            .await
            .expect("the retry succeeds");

        let sent = requests(&server).await;
        assert_eq!(sent.len(), 2);
        assert!(sent.iter().all(|r| r.method.as_str() == "DELETE"));
    }

    /// A POST answered 503 is not repeated (the server may have acted on it): the 503 is
    /// returned, and it says the failure itself was of a transient kind.
    #[tokio::test]
    async fn a_post_answered_503_is_not_retried() {
        let server = server_failing_first(1, 503, &[]).await;
        let client = connect(google_gmail_v1::Client::builder(), &server);

        let error = client
            .users()
            .settings()
            .cse()
            .keypairs()
            .create("me", Default::default())
            .send()
            .await
            .expect_err("the 503 is returned");

        assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
        assert!(error.is_retryable());
        assert_eq!(
            error.to_string(),
            "gmail.users.settings.cse.keypairs.create: HTTP 503 Service Unavailable \
             (UNAVAILABLE): The service is currently unavailable."
        );
        assert_eq!(requests(&server).await.len(), 1, "a POST is sent once");
    }

    /// A GET that keeps failing is attempted `max_attempts` times (3 here), then the last
    /// error is returned.
    #[tokio::test]
    async fn a_get_that_keeps_failing_gives_up_after_max_attempts() {
        let server = server_failing_first(100, 502, &[]).await;
        let client = connect(google_admin_directory_v1::Client::builder(), &server);

        let error = client
            .users()
            .aliases()
            .list("a@example.com")
            .send()
            .await
            .expect_err("every attempt fails");

        assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
        assert_eq!(requests(&server).await.len(), 3);
    }
}

/// Path parameters can never change the path or start a query, whatever their value.
mod path_safety {
    use super::support::*;
    use super::*;
    use google_api_runtime::Error;

    /// In a `{x}` parameter (here gmail's `{keyPairId}` before `:obliterate`), `/`, `?`, `#`, `%`
    /// and friends are percent-encoded, so the value stays one path segment and adds no query.
    #[tokio::test]
    async fn hostile_values_of_a_simple_parameter_stay_in_their_segment() {
        let server = server_answering(200, json!({})).await;
        let client = connect(google_gmail_v1::Client::builder(), &server);
        let cases = [
            ("a/b", "a%2Fb"),
            ("a?b", "a%3Fb"),
            ("a?chainValidation=none", "a%3FchainValidation%3Dnone"),
            ("a#b", "a%23b"),
            ("%2F", "%252F"),
            ("%2e%2e", "%252e%252e"),
            ("../../admin", "..%2F..%2Fadmin"),
            ("a b", "a%20b"),
            ("a\\b", "a%5Cb"),
        ];

        for (value, encoded) in cases {
            client
                .users()
                .settings()
                .cse()
                .keypairs()
                .obliterate("me", value, Default::default())
                .send()
                .await
                .unwrap_or_else(|e| panic!("{value:?}: {e}"));
            let sent = requests(&server).await;
            let request = sent.last().expect("a request was sent");
            assert_eq!(
                request.url.path(),
                format!("/gmail/v1/users/me/settings/cse/keypairs/{encoded}:obliterate"),
                "{value:?}"
            );
            assert_eq!(request.url.query(), Some("prettyPrint=false"), "{value:?}");
            assert_eq!(request.url.fragment(), None, "{value:?}");
        }
        assert_eq!(requests(&server).await.len(), cases.len());
    }

    /// `.` and `..` would be resolved as dot segments by every URL parser on the way, and an empty
    /// value would leave an empty segment (`users//aliases`), so all three are refused before
    /// anything is sent, naming the parameter.
    #[tokio::test]
    async fn dot_segments_and_empty_values_are_refused_before_sending() {
        let server = server_answering(200, json!({})).await;
        let directory = connect(google_admin_directory_v1::Client::builder(), &server);
        let gmail = connect(google_gmail_v1::Client::builder(), &server);

        for value in ["..", ".", ""] {
            let error = directory
                .users()
                .aliases()
                .delete(value, "alias@example.com")
                .send()
                .await
                .expect_err("the value is refused");
            let Error::InvalidArgument { parameter, .. } = &error else {
                panic!("{value:?}: expected an invalid argument, got {error:?}");
            };
            assert_eq!(*parameter, Some("userKey"));
            assert!(
                error
                    .to_string()
                    .starts_with("directory.users.aliases.delete: invalid argument `userKey`: "),
                "{error}"
            );

            let error = gmail
                .users()
                .settings()
                .cse()
                .keypairs()
                .obliterate("me", value, Default::default())
                .send()
                .await
                .expect_err("the value is refused even before a custom verb");
            assert!(
                matches!(
                    error,
                    Error::InvalidArgument {
                        parameter: Some("keyPairId"),
                        ..
                    }
                ),
                "{error:?}"
            );
        }
        assert!(requests(&server).await.is_empty(), "nothing may be sent");
    }

    /// In a `{+name}` parameter the `/` and percent-encoded triplets are kept (RFC 6570's
    /// reserved expansion), but `?`, `#` and a `%` that starts no triplet are encoded, and a
    /// value that matches the pattern yet holds a `..` segment, plain or encoded, is refused.
    #[tokio::test]
    async fn reserved_expansion_cannot_start_a_query_or_climb_up() {
        let server = server_answering(200, json!({})).await;
        let client = connect(google_androidmanagement_v1::Client::builder(), &server);

        for (value, path) in [
            ("enterprises/a?b", "/v1/enterprises/a%3Fb"),
            ("enterprises/a#b", "/v1/enterprises/a%23b"),
            ("enterprises/a%2Fb", "/v1/enterprises/a%2Fb"),
            ("enterprises/100%", "/v1/enterprises/100%25"),
        ] {
            client
                .enterprises()
                .get(value)
                .send()
                .await
                .unwrap_or_else(|e| panic!("{value:?}: {e}"));
            let sent = requests(&server).await;
            let request = sent.last().expect("a request was sent");
            assert_eq!(request.url.path(), path, "{value:?}");
            assert_eq!(request.url.query(), Some("prettyPrint=false"), "{value:?}");
        }

        for climbing in ["enterprises/..", "enterprises/%2e%2E"] {
            let error = client
                .enterprises()
                .get(climbing)
                .send()
                .await
                .expect_err("a `..` segment is refused");
            assert!(
                matches!(
                    error,
                    Error::InvalidArgument {
                        parameter: Some("name"),
                        ..
                    }
                ),
                "{error:?}"
            );
        }
        assert_eq!(requests(&server).await.len(), 4, "the `..` was not sent");
    }
}

/// Credentials: what the token provider is told, and where each kind of credential goes.
mod credentials {
    use std::sync::{Arc, Mutex};

    use super::support::*;
    use super::*;
    use futures::future::BoxFuture;
    use google_api_runtime::auth::{ApiKey, AuthError, Credential, Secret, TokenProvider};
    use google_api_runtime::Error;

    /// A token provider that remembers the scopes of every request, or fails when told to.
    #[derive(Debug, Clone, Default)]
    pub struct RecordingToken {
        pub scopes: Arc<Mutex<Vec<Vec<String>>>>,
        pub fail: bool,
    }

    impl RecordingToken {
        /// The scopes of the latest request.
        pub fn last_scopes(&self) -> Vec<String> {
            let seen = self.scopes.lock().expect("not poisoned");
            seen.last().cloned().expect("the provider was asked")
        }
    }

    impl TokenProvider for RecordingToken {
        fn credential<'a>(
            &'a self,
            scopes: &'a [&'static str],
        ) -> BoxFuture<'a, Result<Credential, AuthError>> {
            self.scopes
                .lock()
                .expect("not poisoned")
                .push(scopes.iter().map(|s| (*s).to_owned()).collect());
            let answer = if self.fail {
                Err(AuthError::new("the refresh token was revoked"))
            } else {
                Ok(Credential::Bearer(Secret::new(TOKEN)))
            };
            Box::pin(async move { answer })
        }
    }

    /// An API key travels as the `key` query parameter, after the call's own parameters, and no
    /// `Authorization` header is sent.
    #[tokio::test]
    async fn an_api_key_goes_in_the_query_not_in_a_header() {
        let server = server_answering(200, json!({})).await;
        let client = google_androidmanagement_v1::Client::builder()
            .root_url(server.uri())
            .auth(ApiKey::new("AIza-test-key"))
            .build();

        client
            .signup_urls()
            .create()
            .project_id("p")
            .send()
            .await
            .expect("the call succeeds");

        let request = single_request(&server).await;
        assert_eq!(
            request.url.query(),
            Some("projectId=p&prettyPrint=false&key=AIza-test-key")
        );
        assert_eq!(header(&request, "authorization"), None);
    }

    /// A provider that cannot produce a credential fails the call with `Error::Auth`, naming the
    /// method, before anything is sent; such a failure is not retried.
    #[tokio::test]
    async fn a_failing_token_provider_sends_nothing() {
        let server = server_answering(200, json!({})).await;
        let provider = RecordingToken {
            fail: true,
            ..RecordingToken::default()
        };
        let client = google_admin_directory_v1::Client::builder()
            .root_url(server.uri())
            .auth(provider.clone())
            .retry(quick_retries())
            .build();

        let error = client
            .users()
            .aliases()
            .list("a@example.com")
            .send()
            .await
            .expect_err("no credential");

        assert!(matches!(error, Error::Auth { .. }), "{error:?}");
        // The summary, then the provider's own message as its cause (each said once).
        assert_eq!(
            error.to_string(),
            "directory.users.aliases.list: could not obtain credentials"
        );
        let cause = std::error::Error::source(&error).map(ToString::to_string);
        assert_eq!(cause.as_deref(), Some("the refresh token was revoked"));
        assert!(requests(&server).await.is_empty());
        assert_eq!(provider.scopes.lock().expect("not poisoned").len(), 1);
    }
}

/// The seed methods checked against the discovery documents themselves.
mod reference {
    use super::credentials::RecordingToken;
    use super::support::*;
    use super::*;

    /// The method `id` of the pinned discovery document `file`.
    fn discovery_method(file: &str, id: &str) -> Value {
        fn find(resources: &Value, id: &str) -> Option<Value> {
            resources.as_object()?.values().find_map(|resource| {
                let in_methods = resource["methods"]
                    .as_object()
                    .and_then(|methods| methods.values().find(|m| m["id"] == id).cloned());
                in_methods.or_else(|| find(&resource["resources"], id))
            })
        }
        let path = format!("{}/../discovery-json/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let document: Value = serde_json::from_str(&text).expect("a discovery document is JSON");
        find(&document["resources"], id).unwrap_or_else(|| panic!("{file} has no method {id}"))
    }

    /// Checks the latest request against the document: its HTTP method, its path (the
    /// document's template with `params` put in; the values need no encoding), and the scopes the
    /// token provider was told.
    async fn assert_matches_document(
        server: &MockServer,
        provider: &RecordingToken,
        file: &str,
        id: &str,
        params: &[(&str, &str)],
    ) {
        let method = discovery_method(file, id);
        let sent = requests(server).await;
        let request = sent.last().expect("a request was sent");
        assert_eq!(request.method.as_str(), method["httpMethod"], "{id}");
        let mut path = format!("/{}", method["path"].as_str().expect("a path"));
        for (name, value) in params {
            path = path
                .replace(&format!("{{{name}}}"), value)
                .replace(&format!("{{+{name}}}"), value);
        }
        assert_eq!(request.url.path(), path, "{id}");
        let scopes: Vec<String> = serde_json::from_value(method["scopes"].clone()).expect("scopes");
        assert_eq!(provider.last_scopes(), scopes, "{id}");
    }

    /// Every seed method sends the HTTP method and path its discovery document states, and
    /// tells the token provider exactly the document's scopes.
    #[tokio::test]
    async fn seed_methods_match_the_discovery_documents() {
        let server = server_answering(200, json!({})).await;
        let provider = RecordingToken::default();
        fn build<C: From<google_api_runtime::Client>>(
            builder: ClientBuilder<C>,
            server: &MockServer,
            provider: &RecordingToken,
        ) -> C {
            builder
                .root_url(server.uri())
                .auth(provider.clone())
                .build()
        }
        let gmail = build(google_gmail_v1::Client::builder(), &server, &provider);
        let directory = build(
            google_admin_directory_v1::Client::builder(),
            &server,
            &provider,
        );
        let enterprise = build(
            google_androidenterprise_v1::Client::builder(),
            &server,
            &provider,
        );
        let management = build(
            google_androidmanagement_v1::Client::builder(),
            &server,
            &provider,
        );
        let keypairs = gmail.users().settings().cse().keypairs();
        let aliases = directory.users().aliases();
        const GMAIL_DOC: &str = "gmail.v1.json";
        const DIRECTORY_DOC: &str = "admin.directory_v1.json";

        keypairs
            .create("me", Default::default())
            .send()
            .await
            .expect("create");
        assert_matches_document(
            &server,
            &provider,
            GMAIL_DOC,
            "gmail.users.settings.cse.keypairs.create",
            &[("userId", "me")],
        )
        .await;

        keypairs
            .obliterate("me", "kp1", Default::default())
            .send()
            .await
            .expect("obliterate");
        assert_matches_document(
            &server,
            &provider,
            GMAIL_DOC,
            "gmail.users.settings.cse.keypairs.obliterate",
            &[("userId", "me"), ("keyPairId", "kp1")],
        )
        .await;

        aliases
            .insert("u1", Default::default())
            .send()
            .await
            .expect("insert");
        assert_matches_document(
            &server,
            &provider,
            DIRECTORY_DOC,
            "directory.users.aliases.insert",
            &[("userKey", "u1")],
        )
        .await;

        aliases.list("u1").send().await.expect("list");
        assert_matches_document(
            &server,
            &provider,
            DIRECTORY_DOC,
            "directory.users.aliases.list",
            &[("userKey", "u1")],
        )
        .await;

        aliases.delete("u1", "a1").send().await.expect("delete");
        assert_matches_document(
            &server,
            &provider,
            DIRECTORY_DOC,
            "directory.users.aliases.delete",
            &[("userKey", "u1"), ("alias", "a1")],
        )
        .await;

        enterprise
            .enrollment_tokens()
            .create("e1", Default::default())
            .send()
            .await
            .expect("enrollment token");
        assert_matches_document(
            &server,
            &provider,
            "androidenterprise.v1.json",
            "androidenterprise.enrollmentTokens.create",
            &[("enterpriseId", "e1")],
        )
        .await;

        management
            .signup_urls()
            .create()
            .send()
            .await
            .expect("signup url");
        assert_matches_document(
            &server,
            &provider,
            "androidmanagement.v1.json",
            "androidmanagement.signupUrls.create",
            &[],
        )
        .await;

        assert_eq!(requests(&server).await.len(), 7);
    }
}
