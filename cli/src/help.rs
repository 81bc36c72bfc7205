//! What the command line says about itself: the top-level help, an API's methods, a method's
//! parameters and body (`gapi schema`), and clap's errors turned into one line.

use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use codegen::model::{Api, ResourceDef, Ty, TypeKind};

use crate::failure::{self, Failure};
use crate::target::{first_paragraph, Target};
use crate::walk;

/// `gapi --help`.
pub fn top() -> String {
    let mut out = String::from(
        "gapi: one command line for every Google API, from its discovery document.\n\n\
         Usage:\n  \
         gapi <api> <resource>... <method> [REQUIRED...] [--flags]\n  \
         gapi <api> [<resource>...] --help       the API's (or resource's) methods\n  \
         gapi <api> <resource>... <method> --help\n  \
         gapi schema <api>.<resource>.<method>   parameters, scopes and the body's schema\n  \
         gapi completions bash|zsh|fish         a shell completion script\n\nBuilt-in APIs:\n",
    );
    for builtin in crate::apis::BUILTIN {
        let (name, version) = builtin.name_version();
        let _ = writeln!(out, "  {:<20} {name} {version}", builtin.short_name());
    }
    out.push_str(
        "\nAny other API by its name in Google's discovery directory (`gapi drive files list`, the \
         preferred version;\n`--api-version V` or `gapi NAME:V` for another; `--discovery-root URL` \
         for a mirror).\n",
    );
    out.push_str("\nGlobal options (any command):\n");
    for g in crate::globals::GLOBALS {
        let mut flag = match g.short {
            Some(s) => format!("-{s}, --{}", g.long),
            None => format!("--{}", g.long),
        };
        if let Some(v) = g.value {
            flag.push(' ');
            flag.push_str(v);
        }
        let _ = writeln!(out, "  {flag:<30} {}", g.help);
    }
    let _ = write!(
        out,
        "\nExit codes:\n  \
         0  success\n  \
         1  a local failure after the call (an output file that cannot be written)\n  \
         {}  usage or validation error: one line on standard error, nothing sent\n  \
         {}  the API answered with an error (its status, reason and message on standard error, \
         as JSON when the output is JSON)\n  \
         {}  transport or credential failure, or an answer that could not be read\n",
        failure::USAGE,
        failure::API,
        failure::TRANSPORT
    );
    out
}

/// The methods of `resource` (the whole API at the top), one a line: the words that call it and
/// the first line of its description.
pub fn resource(api: &Api, resource: &ResourceDef, prefix: &str) -> String {
    let mut out = String::new();
    if resource.wire_path.is_empty() {
        let _ = writeln!(
            out,
            "{} ({} {}, revision {})",
            api.title, api.name, api.version, api.revision
        );
        let _ = writeln!(out, "{}\n", first_paragraph(Some(&api.description)));
    }
    let _ = writeln!(out, "Methods:");
    let methods = walk::all_methods(resource);
    let lines: Vec<(String, String)> = methods
        .iter()
        .map(|(r, m)| {
            let words = if r.wire_path.is_empty() {
                m.wire_name.clone()
            } else {
                format!("{} {}", r.wire_path.replace('.', " "), m.wire_name)
            };
            let about = first_sentence(&first_paragraph(m.doc.as_deref()));
            (words, about)
        })
        .collect();
    let width = lines.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
    for (words, about) in lines {
        let _ = writeln!(out, "  {prefix} {words:<width$}  {about}");
    }
    let _ = writeln!(
        out,
        "\nEach method's parameters: `{prefix} <resource>... <method> --help`."
    );
    out
}

fn first_sentence(text: &str) -> String {
    let end = text.find(". ").map_or(text.len(), |i| i + 1);
    let mut s: String = text[..end].chars().take(100).collect();
    if s.len() < text[..end].len() {
        s.push('…');
    }
    s
}

/// The lines after a method's flags in its `--help`: HTTP method and path, scopes, body.
pub fn method_footer(target: &Target<'_>) -> String {
    let m = target.method;
    let mut out = format!("{} {}{}", m.http_method, target.api.service_path, m.path);
    if let Some(request) = &m.request {
        let _ = write!(out, "\nRequest body: {} (--json or --json-file, `-` for standard input; `gapi schema {}` shows it)",
            ty_name(target.api, request), m.id);
    }
    if let Some(response) = &m.response {
        let _ = write!(out, "\nResponse: {}", ty_name(target.api, response));
    }
    if m.paging.is_some() {
        out.push_str("\nPaged: --page-all prints every page's items as JSON lines");
    }
    if m.operation.is_some() {
        out.push_str("\nLong-running: --wait polls the operation until it is done");
    }
    if let Some(upload) = &m.media_upload {
        let _ = write!(
            out,
            "\nMedia upload (--upload FILE): accepts {}",
            upload.accept.join(", ")
        );
    }
    if m.supports_media_download {
        out.push_str("\nMedia download: -o FILE");
    }
    if !m.scopes.is_empty() {
        out.push_str("\nScopes (any one):");
        for scope in &m.scopes {
            let _ = write!(out, "\n  {scope}");
        }
    }
    out
}

/// A type as the document names it.
fn ty_name(api: &Api, ty: &Ty) -> String {
    match ty {
        Ty::Named(name) => match api.type_def(name) {
            Some(def) if matches!(def.kind, TypeKind::Enum(_)) => "enum".into(),
            Some(def) if def.origin.starts_with('$') => "object".into(),
            Some(def) => def.origin.clone(),
            None => name.clone(),
        },
        Ty::Vec(item) => format!("array of {}", ty_name(api, item)),
        Ty::Map(item) => format!("map of string to {}", ty_name(api, item)),
        Ty::String => "string".into(),
        Ty::Bool => "boolean".into(),
        Ty::I32 => "int32".into(),
        Ty::U32 => "uint32".into(),
        Ty::I64 { .. } => "int64".into(),
        Ty::U64 { .. } => "uint64".into(),
        Ty::F32 => "float".into(),
        Ty::F64 => "double".into(),
        Ty::Bytes => "bytes (base64)".into(),
        Ty::Duration => "duration (\"3.5s\")".into(),
        Ty::Timestamp => "timestamp (RFC 3339)".into(),
        Ty::Any => "any JSON".into(),
    }
}

/// `gapi schema <api>.<path>`: a method's parameters, scopes and request body, from the
/// document's own descriptions; or a schema by its name.
pub fn schema(api: &Api, dotted: &str) -> Result<String, Failure> {
    if let Some(def) = api
        .types
        .iter()
        .find(|t| t.origin == dotted || t.name == dotted)
    {
        let mut out = String::new();
        fields(
            api,
            &Ty::Named(def.name.clone()),
            0,
            &mut Vec::new(),
            &mut out,
        );
        return Ok(format!("{}\n{out}", def.origin));
    }
    let (resource, method) = walk::by_path(api, dotted)?;
    let target = Target {
        api,
        resource,
        method,
    };
    let mut out = format!(
        "{}\n{}\n\n{}\n",
        method.id,
        first_paragraph(method.doc.as_deref()),
        method_footer(&target)
    );
    out.push_str("\nParameters:\n");
    for param in target.params() {
        let required = method
            .required
            .iter()
            .any(|r| r.wire_name == param.wire_name);
        let values = target.enum_values(param);
        let _ = writeln!(
            out,
            "  {}{} ({}{}, in the {}){}",
            param.wire_name,
            if required { " [required]" } else { "" },
            crate::target::value_name(&param.ty).to_ascii_lowercase(),
            if param.repeated { ", repeated" } else { "" },
            if Target::in_path(param) {
                "path"
            } else {
                "query"
            },
            if values.is_empty() {
                String::new()
            } else {
                format!(" one of: {}", values.join(", "))
            },
        );
        let doc = first_paragraph(param.doc.as_deref());
        if !doc.is_empty() {
            let _ = writeln!(out, "      {doc}");
        }
    }
    if let Some(request) = &method.request {
        let _ = writeln!(out, "\nRequest body: {}", ty_name(api, request));
        fields(api, request, 1, &mut Vec::new(), &mut out);
    }
    Ok(out)
}

/// The fields of `ty`, nested types indented below their field, each type expanded once per
/// branch (recursive schemas stop at the repeat).
fn fields(api: &Api, ty: &Ty, depth: usize, seen: &mut Vec<String>, out: &mut String) {
    let ty = match ty {
        Ty::Vec(item) | Ty::Map(item) => item,
        other => other,
    };
    let Ty::Named(name) = ty else { return };
    let Some(def) = api.type_def(name) else {
        return;
    };
    if seen.contains(name) || depth > 6 {
        return;
    }
    let pad = "  ".repeat(depth);
    match &def.kind {
        TypeKind::Struct(list) => {
            seen.push(name.clone());
            for field in list {
                let mut flags = String::new();
                if field.read_only {
                    flags.push_str(", read-only");
                }
                if field.deprecated {
                    flags.push_str(", deprecated");
                }
                let _ = writeln!(
                    out,
                    "{pad}  {}: {}{flags}",
                    field.json_name,
                    ty_name(api, &field.ty)
                );
                let doc = first_paragraph(field.doc.as_deref());
                if !doc.is_empty() {
                    let _ = writeln!(out, "{pad}      {doc}");
                }
                fields(api, &field.ty, depth + 1, seen, out);
            }
            seen.pop();
        }
        TypeKind::Enum(variants) => {
            let values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
            let _ = writeln!(out, "{pad}    one of: {}", values.join(", "));
        }
        TypeKind::Alias(inner) => fields(api, inner, depth, seen, out),
    }
}

/// A clap error as one line (help and version are not errors: they are printed as they are).
pub fn clap_failure(error: clap::Error, cmd: &clap::Command) -> Failure {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            return Failure::Help(error.render().to_string())
        }
        ErrorKind::UnknownArgument => {
            if let Some(ContextValue::String(arg)) = error.get(ContextKind::InvalidArg) {
                let flag = arg.split('=').next().unwrap_or(arg);
                let names: Vec<String> = cmd
                    .get_arguments()
                    .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
                    .collect();
                if !flag.starts_with('-') {
                    let takes: Vec<String> = cmd
                        .get_positionals()
                        .map(|a| format!("<{}>", a.get_id()).replace("<r:", "<"))
                        .collect();
                    return Failure::usage(format!(
                        "{}: unexpected argument `{flag}` (the method takes {})",
                        command_name(cmd),
                        if takes.is_empty() {
                            "no positional arguments".to_owned()
                        } else {
                            takes.join(" ")
                        }
                    ));
                }
                return Failure::usage(format!(
                    "{}: unknown flag `{flag}`{}",
                    command_name(cmd),
                    crate::suggest::did_you_mean(flag, names.iter().map(String::as_str))
                ));
            }
        }
        _ => {}
    }
    let text = error.render().to_string();
    let first = text
        .lines()
        .next()
        .unwrap_or("invalid arguments")
        .trim_start_matches("error: ");
    Failure::usage(format!("{}: {first}", command_name(cmd)))
}

/// The words of a method's command, without the leading `gapi`.
fn command_name(cmd: &clap::Command) -> &str {
    let name = cmd.get_bin_name().unwrap_or("gapi");
    name.strip_prefix("gapi ").unwrap_or(name)
}

/// `gapi schema ... --format json`: the method as the discovery document describes it, and every
/// schema its request and response reach (by `$ref`, transitively), so that each reference
/// resolves within the answer: `{"method": {...}, "schemas": {"Name": {...}}}`.
/// `method_id` may start with the name the command line gives the API rather than the
/// document's (`admin.users.get` for `directory.users.get`): the ids of one document differ
/// after their first segment.
pub fn schema_json(document: &str, method_id: &str) -> Option<serde_json::Value> {
    use serde_json::Value;
    fn after_api(id: &str) -> &str {
        id.split_once('.').map_or(id, |(_, rest)| rest)
    }
    fn find<'a>(resource: &'a Value, id: &str) -> Option<&'a Value> {
        let own = resource
            .get("methods")
            .and_then(Value::as_object)
            .and_then(|m| {
                m.values().find(|m| {
                    m.get("id").and_then(Value::as_str).map(after_api) == Some(after_api(id))
                })
            });
        own.or_else(|| {
            resource
                .get("resources")
                .and_then(Value::as_object)?
                .values()
                .find_map(|r| find(r, id))
        })
    }
    fn refs(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(name)) = map.get("$ref") {
                    out.push(name.clone());
                }
                map.values().for_each(|v| refs(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let doc: Value = serde_json::from_str(document).ok()?;
    let method = find(&doc, method_id)?.clone();
    let all = doc.get("schemas").and_then(Value::as_object);
    let mut pending = Vec::new();
    refs(&method, &mut pending);
    let mut schemas = serde_json::Map::new();
    while let Some(name) = pending.pop() {
        if schemas.contains_key(&name) {
            continue;
        }
        if let Some(schema) = all.and_then(|all| all.get(&name)) {
            refs(schema, &mut pending);
            schemas.insert(name, schema.clone());
        }
    }
    Some(serde_json::json!({ "method": method, "schemas": schemas }))
}
