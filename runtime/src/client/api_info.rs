//! [`ApiInfo`]: the facts about one API that its generated crate gives the client.

/// Facts about one API, emitted as a `const` by each generated crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApiInfo {
    /// The discovery `name`, for example `gmail`.
    pub name: &'static str,
    /// The discovery `version`, for example `v1`.
    pub version: &'static str,
    /// The discovery `title`, for example `Gmail API`.
    pub title: &'static str,
    /// The discovery `rootUrl`, for example `https://gmail.googleapis.com/`.
    pub root_url: &'static str,
    /// The discovery `mtlsRootUrl`, for example `https://gmail.mtls.googleapis.com/`: the endpoint
    /// that accepts a client certificate (mutual TLS), when the document names one.
    pub mtls_root_url: Option<&'static str>,
    /// The discovery `servicePath`, appended to the root URL, for example `admin/directory/v1/`; often
    /// empty.
    pub service_path: &'static str,
    /// The discovery `batchPath`, relative to the root URL, if the API accepts batches.
    pub batch_path: Option<&'static str>,
    /// The name of the generated crate, for example `google-gmail-v1`.
    pub crate_name: &'static str,
    /// The version of the generated crate.
    pub crate_version: &'static str,
    /// The discovery `fullyEncodeReservedExpansion`: `{+name}` path expressions then keep only
    /// `/` and percent-encode every other reserved character.
    pub fully_encode_reserved: bool,
}
