//! The checked model as plain data: the API, its types, resources, methods and parameters, the
//! operations it can poll and the cargo features it declares. The other `model` modules fill it
//! in; nothing here depends on them, so the emitters and every stage can read it bottom-up.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::Warning;

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
    /// The document's `dataWrapper` feature: bodies travel as `{"data": ...}`.
    pub data_wrapper: bool,
    /// The operation schemas the crate can poll, and how.
    pub operations: Vec<OperationDef>,
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
    /// Where the method takes a request id, which the runtime fills in when unset.
    pub request_id: Option<RequestIdDef>,
    /// The `static` of the operation shape the method answers with, when it answers one.
    pub operation: Option<String>,
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

/// The resource features of one crate and where they gate code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Features {
    /// The feature of each top-level resource, by the resource's module name.
    pub resources: BTreeMap<String, String>,
    /// For each schema file (by stem) compiled only for some resources, their features. Files
    /// not listed are always compiled.
    pub schema_files: BTreeMap<String, BTreeSet<String>>,
}

impl Features {
    /// The feature that turns on the top-level resource with module name `module`.
    pub fn of_resource(&self, module: &str) -> Option<&str> {
        self.resources.get(module).map(String::as_str)
    }

    /// The features that compile schema file `stem`, or `None` when it is always compiled.
    pub fn of_schema_file(&self, stem: &str) -> Option<&BTreeSet<String>> {
        self.schema_files.get(stem)
    }
}

/// An operation schema and how the crate polls it.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationDef {
    /// The Rust name of the schema's type, e.g. `Operation`.
    pub type_name: String,
    /// The `static` holding its `runtime::operation::Shape`, e.g. `OPERATION_SHAPE`.
    pub static_name: String,
    pub shape: OperationShape,
}

/// The shape of an operation schema, with the methods that report on it.
// One or two per document: their size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum OperationShape {
    LongRunning(PollDef),
    Compute {
        zonal: PollDef,
        regional: PollDef,
        global: PollDef,
    },
}

/// The methods that report on the operations of one scope.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PollDef {
    pub get: Option<PollMethod>,
    pub wait: Option<PollMethod>,
    /// Whether `wait` takes a request body (`google.longrunning`'s `WaitOperationRequest`).
    pub wait_has_body: bool,
    /// `operations.cancel` (`google.longrunning` only), when its path's one variable is the
    /// operation's `name`.
    pub cancel: Option<PollMethod>,
    /// Whether `cancel` takes a request body (`CancelOperationRequest`, sent as `{}`).
    pub cancel_has_body: bool,
}

/// A polling method, with what its `MethodInfo` needs.
#[derive(Debug, Clone, PartialEq)]
pub struct PollMethod {
    pub id: String,
    pub static_name: String,
    pub http_method: String,
    pub path: String,
    pub scopes: Vec<String>,
    pub api_version: Option<String>,
}

/// Where a method takes its request id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestIdDef {
    /// A query parameter, by wire name.
    Query(String),
    /// A top-level field of the request body, by JSON name.
    Body(String),
}
