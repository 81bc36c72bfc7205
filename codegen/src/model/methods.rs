//! Resources and methods to call builders: parameter order and types, parameter enums, the
//! names of accessors, builders and setters, media and paging facts.

use std::collections::{BTreeMap, BTreeSet};

use super::names::{snake_name, static_name, type_name, NamePool};
use super::types::TypeBuilder;
use super::{
    LeftOutParam, ListField, Location, MediaUploadDef, MethodDef, Paging, ParamDef, ParamTy,
    ResourceDef, Ty, TypeDef, TypeKind,
};
use crate::discovery::{Document, Method, Resource, Schema};
use crate::error::{Error, JsonPath};

/// Names a call builder keeps for itself.
const BUILDER_RESERVED: &[&str] = &[
    "send",
    "pages",
    "items",
    "upload",
    "upload_resumable",
    "download",
    "clone",
    "fmt",
    "call",
    "into",
    "from",
    "header",
    "retry",
    "scopes",
    "range",
];

/// API-wide parameters the runtime sets itself, so callers get no setter for them.
const RUNTIME_PARAMS: &[&str] = &[
    "$.xgafv",
    "access_token",
    "alt",
    "callback",
    "key",
    "oauth_token",
    "uploadType",
    "upload_protocol",
];

/// The top level of the API: its own methods (which go on `Client`) and its resources.
pub(crate) fn build_root(
    types: &mut TypeBuilder<'_>,
    doc: &Document,
) -> Result<ResourceDef, Error> {
    let place = Place {
        wire_name: String::new(),
        wire_path: String::new(),
        module_path: Vec::new(),
        type_name: "Client".to_owned(),
        accessor: String::new(),
        json_path: JsonPath::root(),
    };
    let contents = Contents {
        methods: &doc.methods,
        resources: &doc.resources,
        deprecated: false,
    };
    let root = build_resource(types, place, contents)?;
    let mut seen = BTreeSet::new();
    check_unique_ids(types, &root, &mut seen)?;
    Ok(root)
}

/// Method ids name methods in errors, logs and batches: two methods may not share one.
fn check_unique_ids<'r>(
    types: &TypeBuilder<'_>,
    resource: &'r ResourceDef,
    seen: &mut BTreeSet<&'r str>,
) -> Result<(), Error> {
    for method in &resource.methods {
        if !seen.insert(method.id.as_str()) {
            let mut path = JsonPath::root();
            for segment in resource.wire_path.split('.').filter(|s| !s.is_empty()) {
                path = path.key("resources").key(segment);
            }
            return Err(types.error(
                &path.key("methods").key(&method.wire_name).key("id"),
                format!("method id `{}` is used by another method too", method.id),
            ));
        }
    }
    resource
        .children
        .iter()
        .try_for_each(|child| check_unique_ids(types, child, seen))
}

/// Where a resource sits: its names in the document, in Rust, and in error messages.
struct Place {
    wire_name: String,
    /// Dotted discovery path, e.g. `users.settings` (empty for the top level).
    wire_path: String,
    module_path: Vec<String>,
    type_name: String,
    accessor: String,
    json_path: JsonPath,
}

/// What a resource holds (the top level holds the same, straight in the document).
struct Contents<'d> {
    methods: &'d BTreeMap<String, Method>,
    resources: &'d BTreeMap<String, Resource>,
    deprecated: bool,
}

fn build_resource(
    types: &mut TypeBuilder<'_>,
    place: Place,
    contents: Contents<'_>,
) -> Result<ResourceDef, Error> {
    let Contents {
        methods,
        resources,
        deprecated,
    } = contents;
    let path = &place.json_path;
    // Members of the resource struct: methods first, then resource accessors (`_resource` on a clash).
    // `Client` (the top level) also has `builder`, `runtime` and `batch`.
    let mut members = NamePool::with_reserved(if place.module_path.is_empty() {
        &["new", "clone", "fmt", "builder", "runtime", "batch"]
    } else {
        &["new", "clone", "fmt"]
    });
    let mut type_pool = NamePool::with_reserved(&[place.type_name.as_str()]);
    let mut module_pool = NamePool::default();

    let mut method_names = Vec::new();
    for wire in methods.keys() {
        let fn_name = members.claim(snake_name(wire));
        let call_type = type_pool.claim(format!("{}Call", type_name(wire).trim_end_matches('_')));
        method_names.push((fn_name, call_type));
    }

    let mut children = Vec::new();
    for (child_wire, child) in resources {
        let snake = snake_name(child_wire);
        let accessor = if members.is_taken(&snake) {
            members.claim(format!("{}_resource", snake.trim_end_matches('_')))
        } else {
            members.claim(snake.clone())
        };
        let mut module_path = place.module_path.clone();
        module_path.push(module_pool.claim(snake));
        let wire_path = if place.wire_path.is_empty() {
            child_wire.clone()
        } else {
            format!("{}.{child_wire}", place.wire_path)
        };
        let child_place = Place {
            wire_name: child_wire.clone(),
            wire_path,
            module_path,
            type_name: format!("{}Resource", type_name(child_wire).trim_end_matches('_')),
            accessor,
            json_path: path.key("resources").key(child_wire),
        };
        let child_contents = Contents {
            methods: &child.methods,
            resources: &child.resources,
            deprecated: child.deprecated,
        };
        children.push(build_resource(types, child_place, child_contents)?);
    }

    let mut enums = ParamEnums::default();
    let mut built = Vec::with_capacity(methods.len());
    for ((wire, method), (fn_name, call_type)) in methods.iter().zip(method_names) {
        let method_path = path.key("methods").key(wire);
        let method = build_method(
            types,
            wire,
            method,
            fn_name,
            call_type,
            &method_path,
            &mut enums,
        )?;
        built.extend(method);
    }
    let enums = enums.finish(&mut type_pool, &mut built, &place.wire_path);

    Ok(ResourceDef {
        wire_name: place.wire_name,
        wire_path: place.wire_path,
        module_path: place.module_path,
        type_name: place.type_name,
        accessor: place.accessor,
        methods: built,
        children,
        enums,
        deprecated,
    })
}

/// The method's call builder, or `None` when the crate leaves the method out (a required
/// parameter no URL can carry; a warning says so).
fn build_method(
    types: &mut TypeBuilder<'_>,
    wire: &str,
    method: &Method,
    fn_name: String,
    call_type: String,
    path: &JsonPath,
    enums: &mut ParamEnums,
) -> Result<Option<MethodDef>, Error> {
    if method.id.is_empty() {
        return Err(types.error(&path.key("id"), "a method needs an `id`"));
    }
    let http_method = method.http_method.to_ascii_uppercase();
    if !matches!(
        http_method.as_str(),
        "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD"
    ) {
        return Err(types.error(
            &path.key("httpMethod"),
            format!(
                "method {}: unsupported HTTP method `{}`",
                method.id, method.http_method
            ),
        ));
    }
    for (i, name) in method.parameter_order.iter().enumerate() {
        if !method.parameters.contains_key(name) {
            return Err(types.error(
                &path.key("parameterOrder").key(&i.to_string()),
                format!(
                    "method {}: `parameterOrder` names `{name}`, which is not among its parameters",
                    method.id
                ),
            ));
        }
    }
    for (name, parameter) in &method.parameters {
        if !matches!(parameter.location.as_deref(), Some("path" | "query")) {
            return Err(types.error(
                &path.key("parameters").key(name).key("location"),
                format!(
                    "method {}: parameter `{name}` has location {:?}; expected `path` or `query`",
                    method.id, parameter.location
                ),
            ));
        }
    }
    for variable in template_variables(&method.path) {
        match method.parameters.get(variable) {
            Some(p) if p.location.as_deref() == Some("path") => {}
            _ => {
                return Err(types.error(
                    &path.key("path"),
                    format!(
                    "method {}: path variable `{variable}` is not a path parameter of the method",
                    method.id
                ),
                ))
            }
        }
    }

    // Positional: parameterOrder, then any other required or path parameter, sorted.
    let mut positional: Vec<&String> = method.parameter_order.iter().collect();
    let ordered: BTreeSet<&String> = positional.iter().copied().collect();
    positional.extend(
        method
            .parameters
            .iter()
            .filter(|(name, p)| {
                !ordered.contains(name) && (p.required || p.location.as_deref() == Some("path"))
            })
            .map(|(name, _)| name),
    );
    let positional_set: BTreeSet<&String> = positional.iter().copied().collect();

    // A value the URL cannot carry: a required one makes the method uncallable, an optional one
    // is left out. Either way the document still generates.
    for name in &positional {
        let schema = &method.parameters[name.as_str()];
        if let Some(reason) = not_carried(schema) {
            types.warn(
                &path.key("parameters").key(name),
                format!(
                    "method {} left out: its required parameter `{name}` {reason}",
                    method.id
                ),
            );
            return Ok(None);
        }
    }
    let mut left_out = Vec::new();
    for (name, schema) in &method.parameters {
        if positional_set.contains(name) {
            continue;
        }
        if let Some(reason) = not_carried(schema) {
            types.warn(
                &path.key("parameters").key(name),
                format!(
                    "method {}: parameter `{name}` left out: it {reason}",
                    method.id
                ),
            );
            left_out.push(LeftOutParam {
                wire_name: name.clone(),
                reason,
            });
        }
    }

    let mut args = NamePool::with_reserved(&["self"]);
    let mut required = Vec::new();
    for name in &positional {
        let schema = &method.parameters[name.as_str()];
        let param_path = path.key("parameters").key(name);
        let rust_name = args.claim(snake_name(name));
        required.push(param(
            types,
            name,
            schema,
            rust_name,
            &param_path,
            &method.id,
            enums,
        )?);
    }
    let body_arg = args.claim("body".to_owned());

    let mut setters = NamePool::with_reserved(BUILDER_RESERVED);
    let mut optional = Vec::new();
    for (name, schema) in method.parameters.iter().filter(|(n, _)| {
        !positional_set.contains(n) && !left_out.iter().any(|l| &l.wire_name == *n)
    }) {
        let param_path = path.key("parameters").key(name);
        let rust_name = setters.claim(snake_name(name));
        optional.push(param(
            types,
            name,
            schema,
            rust_name,
            &param_path,
            &method.id,
            enums,
        )?);
    }

    let hint = type_name(&method.id);
    let request = match &method.request {
        Some(schema) => Some(types.ty(
            schema,
            &path.key("request"),
            &format!("{hint}Request"),
            &snake_name(&format!("{hint}Request")),
        )?),
        None => None,
    };
    let response = match &method.response {
        Some(schema) => Some(types.ty(
            schema,
            &path.key("response"),
            &format!("{hint}Response"),
            &snake_name(&format!("{hint}Response")),
        )?),
        None => None,
    };
    let paging = paging(types, method, response.as_ref());

    let media_upload = match (&method.media_upload, method.supports_media_upload) {
        (Some(media), _) => Some(MediaUploadDef {
            accept: media.accept.clone(),
            max_size: match &media.max_size {
                Some(size) => Some(parse_size(size).ok_or_else(|| {
                    types.error(
                        &path.key("mediaUpload").key("maxSize"),
                        format!(
                            "method {}: cannot read size `{size}` (expected e.g. `35MB`, `5TB`)",
                            method.id
                        ),
                    )
                })?),
                None => None,
            },
            simple_path: media.protocols.simple.as_ref().map(|p| p.path.clone()),
            multipart: media.protocols.simple.as_ref().is_some_and(|p| p.multipart),
            resumable_path: media.protocols.resumable.as_ref().map(|p| p.path.clone()),
        }),
        (None, _) => None,
    };

    Ok(Some(MethodDef {
        id: method.id.clone(),
        wire_name: wire.to_owned(),
        static_name: format!("{}_METHOD", static_name(&fn_name)),
        fn_name,
        call_type,
        http_method,
        path: method.path.clone(),
        doc: method.description.clone(),
        scopes: method.scopes.clone(),
        api_version: method.api_version.clone().filter(|v| !v.is_empty()),
        required,
        optional,
        body_arg,
        request,
        response,
        deprecated: method.deprecated,
        media_upload,
        supports_media_download: method.supports_media_download,
        paging,
        left_out,
        request_id: None,
        operation: None,
    }))
}

/// Why a parameter's value cannot go into a URL as it is, if it cannot: discovery types whose
/// values are JSON objects or arrays. Google documents how a query carries plain values and
/// repeated plain values (gRPC transcoding: `?a=1&a=2`), and a message only as its fields one by
/// one (`?m.x=1`); a map, a free-form object or an `any` has no documented form, so the crate
/// offers no setter rather than a guess at one.
fn not_carried(schema: &Schema) -> Option<String> {
    let type_name = schema.type_name.as_deref()?;
    if !matches!(type_name, "object" | "any" | "array") {
        return None;
    }
    let location = schema.location.as_deref().unwrap_or("query");
    Some(format!(
        "has type `{type_name}`{}, which a URL {location} cannot carry as a plain value",
        if schema.repeated { " (repeated)" } else { "" }
    ))
}

fn param(
    types: &mut TypeBuilder<'_>,
    wire: &str,
    schema: &Schema,
    rust_name: String,
    path: &JsonPath,
    method_id: &str,
    enums: &mut ParamEnums,
) -> Result<ParamDef, Error> {
    let location = match schema.location.as_deref() {
        Some("path") => Location::Path,
        Some("query") => Location::Query,
        other => {
            return Err(types.error(
                &path.key("location"),
                format!("method {method_id}: parameter `{wire}` has location {other:?}; expected `path` or `query`"),
            ))
        }
    };
    let ty = if !schema.enum_values.is_empty() {
        let variants = types.variants(schema, path);
        ParamTy::Enum(enums.add(wire, method_id, variants, schema.description.clone()))
    } else {
        param_ty(types, schema, path, method_id, wire)?
    };
    Ok(ParamDef {
        wire_name: wire.to_owned(),
        rust_name,
        doc: schema.description.clone(),
        ty,
        repeated: schema.repeated,
        location,
        pattern: schema.pattern.clone(),
        default: schema.default.as_ref().map(|v| match v {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }),
        deprecated: schema.deprecated,
    })
}

fn param_ty(
    types: &TypeBuilder<'_>,
    schema: &Schema,
    path: &JsonPath,
    method_id: &str,
    wire: &str,
) -> Result<ParamTy, Error> {
    let format = schema.format.as_deref();
    let ty = match (schema.type_name.as_deref(), format) {
        (Some("string"), Some("int64")) => ParamTy::I64,
        (Some("string"), Some("uint64")) => ParamTy::U64,
        (
            Some("string"),
            None
            | Some(
                "byte" | "date" | "date-time" | "google-datetime" | "google-duration"
                | "google-fieldmask",
            ),
        ) => ParamTy::String,
        (Some("integer"), Some("int32")) => ParamTy::I32,
        (Some("integer"), Some("uint32")) => ParamTy::U32,
        (Some("integer"), None | Some("int64")) => ParamTy::I64,
        (Some("integer"), Some("uint64")) => ParamTy::U64,
        (Some("number"), Some("float")) => ParamTy::F32,
        (Some("number"), None | Some("double")) => ParamTy::F64,
        (Some("boolean"), None) => ParamTy::Bool,
        (Some(t), f) => {
            return Err(types.error(
                &path.key(if f.is_some() { "format" } else { "type" }),
                format!(
                    "method {method_id}: parameter `{wire}` has unsupported type `{t}`{}",
                    f.map(|f| format!(" with format `{f}`")).unwrap_or_default()
                ),
            ))
        }
        (None, _) => ParamTy::String,
    };
    Ok(ty)
}

/// The enums of one resource's parameters. Methods that share a parameter name with the same
/// values share one enum named after the parameter (`ChainValidation`); when a resource has two
/// different enums for one parameter name, each is named after its method too.
#[derive(Default)]
struct ParamEnums {
    found: BTreeMap<EnumKey, FoundEnum>,
    /// placeholder name handed out -> key in `found`
    placeholders: Vec<(String, EnumKey)>,
}

/// A parameter name and its values: what makes two parameter enums the same.
type EnumKey = (String, Vec<String>);

/// An enum found on one or more methods.
struct FoundEnum {
    method_ids: Vec<String>,
    variants: Vec<super::VariantDef>,
    doc: Option<String>,
}

impl ParamEnums {
    fn add(
        &mut self,
        wire: &str,
        method_id: &str,
        variants: Vec<super::VariantDef>,
        doc: Option<String>,
    ) -> String {
        let values: Vec<String> = variants.iter().map(|v| v.value.clone()).collect();
        let key = (wire.to_owned(), values);
        let entry = self.found.entry(key.clone()).or_insert_with(|| FoundEnum {
            method_ids: Vec::new(),
            variants,
            doc,
        });
        entry.method_ids.push(method_id.to_owned());
        let placeholder = format!("\u{0}enum{}", self.placeholders.len());
        self.placeholders.push((placeholder.clone(), key));
        placeholder
    }

    /// Names the enums and rewrites the placeholders in the methods' parameters.
    fn finish(
        self,
        pool: &mut NamePool,
        methods: &mut [MethodDef],
        wire_path: &str,
    ) -> Vec<TypeDef> {
        let mut per_param: BTreeMap<&str, usize> = BTreeMap::new();
        for (param, _) in self.found.keys() {
            *per_param.entry(param.as_str()).or_default() += 1;
        }
        let mut names: BTreeMap<&(String, Vec<String>), String> = BTreeMap::new();
        let mut defs = Vec::new();
        for (
            key,
            FoundEnum {
                method_ids,
                variants,
                doc,
            },
        ) in &self.found
        {
            let base = if per_param[key.0.as_str()] == 1 {
                type_name(&key.0)
            } else {
                let method = method_ids[0].rsplit('.').next().unwrap_or_default();
                format!(
                    "{}{}",
                    type_name(method).trim_end_matches('_'),
                    type_name(&key.0).trim_end_matches('_')
                )
            };
            let name = pool.claim(base);
            names.insert(key, name.clone());
            defs.push(TypeDef {
                name,
                origin: format!("{wire_path} parameter {}", key.0),
                doc: doc.clone(),
                kind: TypeKind::Enum(variants.clone()),
                file: String::new(),
            });
        }
        let lookup: BTreeMap<&str, &String> = self
            .placeholders
            .iter()
            .map(|(p, key)| (p.as_str(), &names[key]))
            .collect();
        for method in methods {
            for param in method.required.iter_mut().chain(method.optional.iter_mut()) {
                if let ParamTy::Enum(placeholder) = &mut param.ty {
                    if let Some(name) = lookup.get(placeholder.as_str()) {
                        *placeholder = (*name).clone();
                    }
                }
            }
        }
        defs.sort_by(|a, b| a.name.cmp(&b.name));
        defs
    }
}

/// The API-wide parameters callers may set on every call.
pub(crate) fn standard_params(
    types: &mut TypeBuilder<'_>,
    doc: &Document,
) -> Result<Vec<ParamDef>, Error> {
    let file = types.file;
    let path = JsonPath::root().key("parameters");
    let mut out = Vec::new();
    for (wire, schema) in &doc.parameters {
        if RUNTIME_PARAMS.contains(&wire.as_str()) || !schema.enum_values.is_empty() {
            continue;
        }
        let param_path = path.key(wire);
        if let Some(reason) = not_carried(schema) {
            types.warn(
                &param_path,
                format!("API-wide parameter `{wire}` left out: it {reason}"),
            );
            continue;
        }
        let ty = match (schema.type_name.as_deref(), schema.format.as_deref()) {
            (Some("boolean"), _) => ParamTy::Bool,
            (Some("string") | None, _) => ParamTy::String,
            (Some("integer"), _) => ParamTy::I64,
            (Some(other), _) => {
                return Err(Error::new(
                    file,
                    param_path.key("type").as_str(),
                    format!("standard parameter `{wire}` has unsupported type `{other}`"),
                ))
            }
        };
        out.push(ParamDef {
            wire_name: wire.clone(),
            rust_name: snake_name(wire),
            doc: schema.description.clone(),
            ty,
            repeated: schema.repeated,
            location: Location::Query,
            pattern: None,
            default: None,
            deprecated: schema.deprecated,
        });
    }
    Ok(out)
}

/// `{name}` and `{+name}` variables of a path template, without their operators.
pub(crate) fn template_variables(path: &str) -> impl Iterator<Item = &str> {
    path.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}'))
        .map(|(var, _)| var.trim_start_matches('+'))
}

/// The standard paging pattern: a `pageToken` query parameter and a `nextPageToken` in the
/// response. Anything else gets no `.pages()`, rather than a guess.
fn paging(types: &TypeBuilder<'_>, method: &Method, response: Option<&Ty>) -> Option<Paging> {
    let token = method.parameters.get("pageToken")?;
    if token.location.as_deref() != Some("query") {
        return None;
    }
    let Some(Ty::Named(name)) = response else {
        return None;
    };
    let TypeKind::Struct(fields) = &types.type_def(name)?.kind else {
        return None;
    };
    let next = fields
        .iter()
        .find(|f| f.json_name == "nextPageToken" && f.ty == Ty::String)?;
    Some(Paging {
        next_token_field: next.name.clone(),
        items: list_field(&method.id, fields),
    })
}

/// Arrays that sit beside the list proper in some list responses and say what could not be
/// listed or what was folded away: never what `.items()` streams.
const SIDE_LISTS: &[&str] = &[
    "unreachable",
    "unreachables",
    "unreachableLocations",
    "failedLocations",
    "prefixes",
    "warnings",
];

/// The list a list method returns, by these rules in order:
///
/// 1. a field named `items`: an array, or a map (streamed as `(key, value)` pairs);
/// 2. the only array that is not a side list ([`SIDE_LISTS`]);
/// 3. among several such arrays, the one named after the method's resource (`devices` for
///    `enterprises.devices.list`).
///
/// Anything else has no `.items()` rather than a guess.
fn list_field(method_id: &str, fields: &[super::FieldDef]) -> Option<ListField> {
    let list = |f: &super::FieldDef, map: bool, item: &Ty| ListField {
        field: f.name.clone(),
        item: item.clone(),
        map,
    };
    if let Some(items) = fields.iter().find(|f| f.json_name == "items") {
        return match &items.ty {
            Ty::Vec(item) => Some(list(items, false, item)),
            Ty::Map(value) => Some(list(items, true, value)),
            _ => None,
        };
    }
    let arrays: Vec<(&super::FieldDef, &Ty)> = fields
        .iter()
        .filter(|f| !SIDE_LISTS.contains(&f.json_name.as_str()))
        .filter_map(|f| match &f.ty {
            Ty::Vec(item) => Some((f, &**item)),
            _ => None,
        })
        .collect();
    if let [(only, item)] = arrays.as_slice() {
        return Some(list(only, false, item));
    }
    let resource = method_id.rsplit('.').nth(1)?;
    arrays
        .iter()
        .find(|(f, _)| f.json_name == resource)
        .map(|(f, item)| list(f, false, item))
}

/// Reads `35MB`, `5TB`, `150MiB`, `1024` as bytes.
fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let number: u64 = number.parse().ok()?;
    let factor: u64 = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "KB" | "K" | "KIB" => 1 << 10,
        "MB" | "M" | "MIB" => 1 << 20,
        "GB" | "G" | "GIB" => 1 << 30,
        "TB" | "T" | "TIB" => 1 << 40,
        _ => return None,
    };
    number.checked_mul(factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_binary_units() {
        assert_eq!(parse_size("35MB"), Some(35 << 20));
        assert_eq!(parse_size("5TB"), Some(5 << 40));
        assert_eq!(parse_size("1024"), Some(1024));
        assert_eq!(parse_size("lots"), None);
        assert_eq!(parse_size("99999999999999TB"), None);
    }

    #[test]
    fn template_variables_drop_operators() {
        let vars: Vec<_> = template_variables("v1/{+name}/items/{itemId}:cancel").collect();
        assert_eq!(vars, ["name", "itemId"]);
    }
}
