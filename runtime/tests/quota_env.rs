//! `GOOGLE_CLOUD_QUOTA_PROJECT` names the quota project when the client does not; a client's own
//! choice wins over it, and it wins over the credentials. A test binary of its own, since it
//! changes the process environment, which every client built in the same process reads.

use google_api_runtime::auth::{AuthError, Credential, TokenProvider};
use google_api_runtime::{ApiInfo, Client};

static API: ApiInfo = ApiInfo {
    name: "gmail",
    version: "v1",
    title: "Gmail API",
    root_url: "https://gmail.googleapis.com/",
    mtls_root_url: None,
    service_path: "",
    batch_path: None,
    crate_name: "google-gmail-v1",
    crate_version: "0.1.0",
    fully_encode_reserved: false,
};

#[derive(Debug)]
struct FileWithProject;

impl TokenProvider for FileWithProject {
    fn credential<'a>(
        &'a self,
        _scopes: &'a [&'static str],
    ) -> futures::future::BoxFuture<'a, Result<Credential, AuthError>> {
        Box::pin(async { Ok(Credential::None) })
    }

    fn quota_project(&self) -> Option<&str> {
        Some("from-file")
    }
}

#[test]
fn the_environment_names_the_quota_project_between_the_client_and_the_file() {
    std::env::remove_var("GOOGLE_CLOUD_QUOTA_PROJECT");
    let from_file = Client::builder(&API).auth(FileWithProject).build();
    assert_eq!(from_file.quota_project(), Some("from-file"));
    assert_eq!(Client::builder(&API).build().quota_project(), None);

    std::env::set_var("GOOGLE_CLOUD_QUOTA_PROJECT", "from-env");
    let from_env = Client::builder(&API).auth(FileWithProject).build();
    assert_eq!(from_env.quota_project(), Some("from-env"));
    let chosen = Client::builder(&API)
        .auth(FileWithProject)
        .quota_project("chosen")
        .build();
    assert_eq!(chosen.quota_project(), Some("chosen"));

    // Set but empty: as if unset.
    std::env::set_var("GOOGLE_CLOUD_QUOTA_PROJECT", "");
    assert_eq!(Client::builder(&API).build().quota_project(), None);
    let from_file = Client::builder(&API).auth(FileWithProject).build();
    assert_eq!(from_file.quota_project(), Some("from-file"));
    std::env::remove_var("GOOGLE_CLOUD_QUOTA_PROJECT");
}
