//! The discovery document as Google writes it, read with serde and nothing more.
//!
//! Every field is optional or defaulted so that a document is read the same way whatever subset of
//! the format it uses; keys this crate does not know are ignored. Meaning is given to these raw
//! values in [`crate::model`], which is where malformed content is reported.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

/// A whole discovery document (`discoveryVersion: v1`, `kind: discovery#restDescription`).
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Document {
    pub name: String,
    pub version: String,
    pub title: String,
    pub description: String,
    pub revision: String,
    pub documentation_link: String,
    pub root_url: String,
    pub mtls_root_url: Option<String>,
    pub service_path: String,
    pub batch_path: Option<String>,
    pub fully_encode_reserved_expansion: bool,
    pub parameters: BTreeMap<String, Schema>,
    pub schemas: BTreeMap<String, Schema>,
    pub resources: BTreeMap<String, Resource>,
    pub methods: BTreeMap<String, Method>,
    pub auth: Auth,
}

/// The `auth` block: the OAuth 2.0 scopes the API knows.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Auth {
    pub oauth2: OAuth2,
}

/// The OAuth 2.0 scopes of an API, keyed by scope URL.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OAuth2 {
    pub scopes: BTreeMap<String, Scope>,
}

/// One OAuth 2.0 scope.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Scope {
    pub description: String,
}

/// A JSON schema as discovery uses it: for schemas, properties, array items, map values and
/// method parameters alike (parameters add `location`, `required` and `repeated`).
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Schema {
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub type_name: Option<String>,
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
    pub description: Option<String>,
    pub format: Option<String>,
    pub properties: BTreeMap<String, Schema>,
    pub additional_properties: Option<Box<Schema>>,
    pub items: Option<Box<Schema>>,
    #[serde(rename = "enum")]
    pub enum_values: Vec<String>,
    pub enum_descriptions: Vec<String>,
    pub enum_deprecated: Vec<bool>,
    pub read_only: bool,
    pub deprecated: bool,
    pub default: Option<Value>,
    pub pattern: Option<String>,
    pub minimum: Option<Value>,
    pub maximum: Option<Value>,
    pub annotations: Annotations,
    pub location: Option<String>,
    pub required: bool,
    pub repeated: bool,
}

/// `annotations.required`: the methods (by id) for which a property must be set.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Annotations {
    pub required: Vec<String>,
}

/// A resource: a group of methods and nested resources.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Resource {
    pub methods: BTreeMap<String, Method>,
    pub resources: BTreeMap<String, Resource>,
    pub deprecated: bool,
}

/// One REST method.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Method {
    pub id: String,
    pub path: String,
    pub flat_path: Option<String>,
    pub http_method: String,
    pub description: Option<String>,
    pub parameters: BTreeMap<String, Schema>,
    pub parameter_order: Vec<String>,
    pub request: Option<Schema>,
    pub response: Option<Schema>,
    pub scopes: Vec<String>,
    pub api_version: Option<String>,
    pub supports_media_upload: bool,
    pub media_upload: Option<MediaUpload>,
    pub supports_media_download: bool,
    pub use_media_download_service: bool,
    pub deprecated: bool,
}

/// `mediaUpload`: what a method accepts as media and where it is uploaded.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct MediaUpload {
    pub accept: Vec<String>,
    pub max_size: Option<String>,
    pub protocols: UploadProtocols,
}

/// The upload protocols a method supports.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct UploadProtocols {
    pub simple: Option<UploadProtocol>,
    pub resumable: Option<UploadProtocol>,
}

/// One upload protocol: its path (absolute, relative to the root URL).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct UploadProtocol {
    pub multipart: bool,
    pub path: String,
}
