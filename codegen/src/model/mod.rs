//! The checked model: what the generated crate will contain, with every Rust name decided, every
//! reference resolved and every type mapped. Emitting code from it cannot fail.
//!
//! Built from a [`crate::discovery::Document`] by [`build`]; all collections are in a fixed order
//! (discovery keys sorted), so the same document always gives the same model.

pub mod features;
mod methods;
pub mod names;
mod recursion;
mod types;

use std::collections::BTreeMap;

use crate::discovery::Document;
use crate::error::{Error, Warning};
pub use features::Features;

/// One API, ready to be written as a crate.
#[derive(Debug, Clone)]
pub struct Api {
    /// The document's file name, for messages.
    pub file: String,
    pub name: String,
    pub version: String,
    pub title: String,
    pub description: String,
    pub revision: String,
    pub documentation_link: String,
    pub root_url: String,
    /// `mtlsRootUrl`: the root URL of the API's mutual-TLS endpoint, if the document names one.
    pub mtls_root_url: Option<String>,
    pub service_path: String,
    pub batch_path: Option<String>,
    /// `fullyEncodeReservedExpansion`: `{+name}` path expressions keep only `/`.
    pub fully_encode_reserved: bool,
    /// The crate's package name, e.g. `google-gmail-v1`.
    pub crate_name: String,
    /// The crate's library name, e.g. `google_gmail_v1`.
    pub lib_name: String,
    /// Every schema type, top-level and promoted, sorted by Rust name.
    pub types: Vec<TypeDef>,
    /// The methods and resources at the top of the API (its methods go on `Client`).
    pub root: ResourceDef,
    /// The API-wide query parameters a caller may set on any call (`fields`, `quotaUser`, ...).
    pub standard_params: Vec<ParamDef>,
    /// OAuth 2.0 scopes and their descriptions.
    pub scopes: BTreeMap<String, String>,
    /// The crate's resource features and the schema files each needs.
    pub features: Features,
    /// What the crate leaves out of the document (parameters a URL cannot carry), for the
    /// maintainer; `regen` and `check-corpus` print them.
    pub warnings: Vec<Warning>,
}

impl Api {
    /// How many methods the API has, at every depth.
    pub fn method_count(&self) -> usize {
        fn count(r: &ResourceDef) -> usize {
            r.methods.len() + r.children.iter().map(count).sum::<usize>()
        }
        count(&self.root)
    }

    /// The type with Rust name `name`.
    pub fn type_def(&self, name: &str) -> Option<&TypeDef> {
        self.types
            .binary_search_by(|t| t.name.as_str().cmp(name))
            .ok()
            .map(|i| &self.types[i])
    }
}

/// A named Rust type generated for a schema (or for an inline schema promoted to a name).
#[derive(Debug, Clone)]
pub struct TypeDef {
    pub name: String,
    /// The discovery name, or the JSON path of an inline schema.
    pub origin: String,
    pub doc: Option<String>,
    pub kind: TypeKind,
    /// The stem of the file under `src/schemas/` that holds it (shared with the top-level schema
    /// it was promoted from).
    pub file: String,
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    Struct(Vec<FieldDef>),
    Enum(Vec<VariantDef>),
    Alias(Ty),
}

/// One property of a struct.
#[derive(Debug, Clone)]
pub struct FieldDef {
    pub name: String,
    pub json_name: String,
    /// The name of its chainable setter, e.g. `set_key_pair_id`.
    pub setter: String,
    /// The name of the chainable method that sends it as JSON `null`, e.g. `clear_key_pair_id`.
    pub clearer: String,
    pub doc: Option<String>,
    pub ty: Ty,
    /// Whether the value is boxed, to break a cycle of types that contain each other.
    pub boxed: bool,
    pub read_only: bool,
    pub deprecated: bool,
    /// The method ids for which this property is required (`annotations.required`).
    pub required_by: Vec<String>,
}

/// One value of an enum.
#[derive(Debug, Clone)]
pub struct VariantDef {
    pub name: String,
    pub value: String,
    pub doc: Option<String>,
    pub deprecated: bool,
}

/// The Rust type of a value, as the wire carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    String,
    Bool,
    I32,
    U32,
    /// `as_string`: the value travels as a JSON string (`format: int64` on a `string`).
    I64 {
        as_string: bool,
    },
    U64 {
        as_string: bool,
    },
    F32,
    F64,
    /// base64 on the wire.
    Bytes,
    Duration,
    Timestamp,
    /// Any JSON value.
    Any,
    /// A generated type, by Rust name.
    Named(String),
    Vec(Box<Ty>),
    /// A JSON object with string keys.
    Map(Box<Ty>),
}

/// A resource (or the API's top level) with its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ResourceDef {
    /// The discovery name (empty for the top level).
    pub wire_name: String,
    /// The dotted discovery path, e.g. `users.settings.cse` (empty for the top level).
    pub wire_path: String,
    /// Module path below `crate::resources`, e.g. `["users", "settings"]`.
    pub module_path: Vec<String>,
    /// The resource's struct, e.g. `KeypairsResource`.
    pub type_name: String,
    /// The accessor on the parent that returns this resource.
    pub accessor: String,
    pub methods: Vec<MethodDef>,
    pub children: Vec<ResourceDef>,
    /// Enums of this resource's method parameters.
    pub enums: Vec<TypeDef>,
    pub deprecated: bool,
}

/// One method, and the call builder that makes it.
#[derive(Debug, Clone)]
pub struct MethodDef {
    pub id: String,
    pub wire_name: String,
    pub fn_name: String,
    /// The call builder type, e.g. `CreateCall`.
    pub call_type: String,
    /// The `static` holding its `MethodInfo`.
    pub static_name: String,
    pub http_method: String,
    pub path: String,
    pub doc: Option<String>,
    pub scopes: Vec<String>,
    /// The interface version the method was generated for (`apiVersion`), sent as
    /// `X-Goog-Api-Version`.
    pub api_version: Option<String>,
    /// Required parameters, in `parameterOrder`.
    pub required: Vec<ParamDef>,
    pub optional: Vec<ParamDef>,
    /// The positional argument name of the request body, when there is one.
    pub body_arg: String,
    pub request: Option<Ty>,
    pub response: Option<Ty>,
    pub deprecated: bool,
    pub media_upload: Option<MediaUploadDef>,
    pub supports_media_download: bool,
    pub paging: Option<Paging>,
    /// Optional parameters the crate leaves out, because a URL cannot carry their values plainly;
    /// the method's docs name them.
    pub left_out: Vec<LeftOutParam>,
}

/// A parameter the crate does not offer, and why.
#[derive(Debug, Clone)]
pub struct LeftOutParam {
    pub wire_name: String,
    /// Why, as a phrase that completes "left out: ...".
    pub reason: String,
}

/// A method's parameter (or an API-wide standard parameter).
#[derive(Debug, Clone)]
pub struct ParamDef {
    pub wire_name: String,
    /// The argument or setter name.
    pub rust_name: String,
    pub doc: Option<String>,
    pub ty: ParamTy,
    pub repeated: bool,
    pub location: Location,
    pub pattern: Option<String>,
    pub default: Option<String>,
    pub deprecated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Path,
    Query,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamTy {
    String,
    Bool,
    I32,
    U32,
    I64,
    U64,
    F32,
    F64,
    /// An enum declared in the method's resource module, by Rust name.
    Enum(String),
}

/// `mediaUpload` of a method.
#[derive(Debug, Clone)]
pub struct MediaUploadDef {
    pub accept: Vec<String>,
    /// The largest upload in bytes, when the document gives one.
    pub max_size: Option<u64>,
    pub simple_path: Option<String>,
    /// Whether the simple protocol accepts metadata and media together (multipart/related).
    pub multipart: bool,
    pub resumable_path: Option<String>,
}

/// The standard `pageToken` / `nextPageToken` pattern.
#[derive(Debug, Clone)]
pub struct Paging {
    /// The Rust name of the response's `nextPageToken` field.
    pub next_token_field: String,
    /// The list the method returns (see [`ListField`]), streamed by `.items()`.
    pub items: Option<ListField>,
}

/// The field of a list response that `.items()` streams.
#[derive(Debug, Clone, PartialEq)]
pub struct ListField {
    /// Its Rust name.
    pub field: String,
    /// The element type: the array's items, or the map's values.
    pub item: Ty,
    /// Whether it is a map (compute's aggregated lists), streamed as `(key, value)` pairs.
    pub map: bool,
}

/// Reads, checks and names a whole document. `file` names it in errors.
pub fn build(file: &str, json: &str) -> Result<Api, Error> {
    let mut reader = serde_json::Deserializer::from_str(json);
    let doc: Document = serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." {
            "$".to_owned()
        } else {
            format!("$.{path}")
        };
        Error::new(file, path, e.into_inner().to_string())
    })?;
    reader
        .end()
        .map_err(|e| Error::new(file, "$", e.to_string()))?;
    check_header(file, &doc)?;

    let mut types = types::TypeBuilder::new(file, &doc)?;
    types.build_schemas()?;
    let root = methods::build_root(&mut types, &doc)?;
    let standard_params = methods::standard_params(&mut types, &doc)?;
    let warnings = types.take_warnings();
    let mut type_defs = types.finish()?;
    recursion::box_cycles(&mut type_defs);
    type_defs.sort_by(|a, b| a.name.cmp(&b.name));

    let crate_name = crate_name(&doc.name, &doc.version);
    let mut api = Api {
        file: file.to_owned(),
        lib_name: crate_name.replace('-', "_"),
        crate_name,
        name: doc.name.clone(),
        version: doc.version.clone(),
        title: if doc.title.is_empty() {
            doc.name.clone()
        } else {
            doc.title.clone()
        },
        description: doc.description.clone(),
        revision: doc.revision.clone(),
        documentation_link: doc.documentation_link.clone(),
        root_url: doc.root_url.clone(),
        mtls_root_url: doc.mtls_root_url.clone().filter(|u| !u.is_empty()),
        service_path: doc.service_path.clone(),
        batch_path: doc.batch_path.clone().filter(|p| !p.is_empty()),
        fully_encode_reserved: doc.fully_encode_reserved_expansion,
        types: type_defs,
        root,
        standard_params,
        scopes: doc
            .auth
            .oauth2
            .scopes
            .iter()
            .map(|(url, s)| (url.clone(), s.description.clone()))
            .collect(),
        features: Features::default(),
        warnings,
    };
    api.features = features::features(&api);
    Ok(api)
}

fn check_header(file: &str, doc: &Document) -> Result<(), Error> {
    for (key, value) in [
        ("name", &doc.name),
        ("version", &doc.version),
        ("rootUrl", &doc.root_url),
    ] {
        if value.is_empty() {
            return Err(Error::new(
                file,
                format!("$.{key}"),
                "missing or empty; every API needs one",
            ));
        }
    }
    if !(doc.root_url.starts_with("https://") || doc.root_url.starts_with("http://")) {
        return Err(Error::new(
            file,
            "$.rootUrl",
            format!("`{}` is not an http(s) URL", doc.root_url),
        ));
    }
    Ok(())
}

/// `google-{name}-{version}`, lowercase, with every run of characters other than `[a-z0-9]`
/// turned into one `-`.
pub fn crate_name(name: &str, version: &str) -> String {
    let raw = format!("google-{name}-{version}").to_ascii_lowercase();
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::crate_name;

    #[test]
    fn crate_names_follow_the_contract() {
        assert_eq!(crate_name("gmail", "v1"), "google-gmail-v1");
        assert_eq!(
            crate_name("admin", "directory_v1"),
            "google-admin-directory-v1"
        );
        assert_eq!(
            crate_name("androidenterprise", "v1"),
            "google-androidenterprise-v1"
        );
        assert_eq!(crate_name("sql", "v1.4"), "google-sql-v1-4");
        assert_eq!(crate_name("Foo_Bar", "v1beta1"), "google-foo-bar-v1beta1");
    }
}
