//! Turning an invocation into the runtime's [`Call`], the same one a generated crate builds, so
//! that the command line behaves on the wire exactly as the generated clients do (credentials,
//! retries, quota project, `prettyPrint=false`, `x-goog-api-client`, gzip); then showing it
//! (`--dry-run`) or sending it.

use std::io::IsTerminal;

use codegen::model::{Api, MethodDef, OperationShape, PollDef, PollMethod, RequestIdDef};
use google_api_runtime::media::MediaUpload;
use google_api_runtime::operation::{PollMethods, Shape};
use google_api_runtime::transport::HttpClient;
use google_api_runtime::{ApiInfo, Call, Client, MethodInfo, RetryPolicy, UploadSource};
use serde_json::Value;

use crate::failure::Failure;
use crate::method::Invocation;
use crate::statics::leak;
use crate::target::Target;

/// Simple uploads up to this size; resumable above it.
pub const RESUMABLE_THRESHOLD: u64 = 5 << 20;

/// The runtime's description of the API, made at run time.
fn api_info(api: &Api) -> &'static ApiInfo {
    Box::leak(Box::new(ApiInfo {
        name: leak(api.name.clone()),
        version: leak(api.version.clone()),
        title: leak(api.title.clone()),
        root_url: leak(api.root_url.clone()),
        mtls_root_url: api.mtls_root_url.clone().map(leak),
        service_path: leak(api.service_path.clone()),
        batch_path: api.batch_path.clone().map(leak),
        crate_name: "gapi",
        crate_version: env!("CARGO_PKG_VERSION"),
        fully_encode_reserved: api.fully_encode_reserved,
    }))
}

/// The runtime's description of the method, made at run time.
fn method_info(method: &MethodDef) -> Result<&'static MethodInfo, Failure> {
    leaked_info(
        &method.id,
        &method.http_method,
        &method.path,
        &method.scopes,
        method.api_version.as_ref(),
    )
}

/// A `MethodInfo` made once for the run.
fn leaked_info(
    id: &str,
    http_method: &str,
    path: &str,
    scopes: &[String],
    api_version: Option<&String>,
) -> Result<&'static MethodInfo, Failure> {
    let http_method = http_method.parse().map_err(|_| {
        Failure::usage(format!(
            "{id}: the document's httpMethod `{http_method}` is not an HTTP method"
        ))
    })?;
    let scopes: Vec<&'static str> = scopes.iter().cloned().map(leak).collect();
    Ok(Box::leak(Box::new(MethodInfo {
        id: leak(id.to_owned()),
        http_method,
        path: leak(path.to_owned()),
        scopes: Box::leak(scopes.into_boxed_slice()),
        api_version: api_version.cloned().map(leak),
    })))
}

/// The client `invocation`'s options describe, and who its credentials are (for `--dry-run`).
fn client(
    target: &Target<'_>,
    invocation: &Invocation<'_>,
    http: &HttpClient,
) -> Result<(Client, String), Failure> {
    let options = &invocation.options;
    let mut builder = Client::builder(api_info(target.api)).http_client(http.clone());
    if let Some(url) = &options.root_url {
        builder = builder.root_url(url.clone());
    }
    let mut chosen = crate::credentials::choose(options, http)?;
    if chosen.provider.is_some() {
        let root = options.root_url.as_deref().unwrap_or(&target.api.root_url);
        match check_destination(root, options, &chosen.universe, &target.api.file) {
            Err(refusal) if options.dry_run => {
                chosen.identity = format!("{} (not sent: {refusal})", chosen.identity);
            }
            other => other?,
        }
    }
    let cache = match (&chosen.cache_identity, options.no_token_cache) {
        (Some(identity), false) => crate::token_cache::file().map(|file| (identity, file)),
        _ => None,
    };
    if let Some(mut provider) = chosen.provider {
        if let Some((identity, file)) = cache {
            provider = crate::token_cache::wrap(provider, identity, file);
        }
        builder = builder.auth(provider);
    }
    if !options.scopes.is_empty() {
        builder = builder.scopes(options.scopes.clone());
    }
    if let Some(project) = &options.quota_project {
        builder = builder.quota_project(project.clone());
    }
    if let Some(n) = options.max_attempts {
        builder = builder.retry(RetryPolicy::default().with_max_attempts(n));
    }
    Ok((builder.build(), chosen.identity))
}

/// Where credentials may go: over https only (plain http only to this machine), and for a
/// document given on the command line only to a host of the credentials' universe
/// (`googleapis.com`) unless `--root-url` named the address: a document must not decide where
/// the user's token goes.
fn check_destination(
    root: &str,
    options: &crate::globals::Options,
    universe: &str,
    document: &str,
) -> Result<(), Failure> {
    crate::login::check_secure(root).map_err(|why| {
        Failure::usage(format!(
            "{why} (the requests of {document} would go to it; give an https --root-url)"
        ))
    })?;
    if options.given_document && options.root_url.is_none() {
        let host = root
            .split_once("://")
            .map_or("", |(_, rest)| rest)
            .split(['/', '?'])
            .next()
            .unwrap_or("");
        let host = host.rsplit_once(':').map_or(host, |(h, port)| {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                h
            } else {
                host
            }
        });
        let inside = host == universe || host.ends_with(&format!(".{universe}"));
        if !inside {
            return Err(Failure::usage(format!(
                "{document} sends requests to {host}, outside {universe}: credentials are sent \
                 there only when --root-url names it"
            )));
        }
    }
    Ok(())
}

/// The request body: `--json`, `--json-file`, standard input when one of them is `-` (and only
/// then: a loop that reads a list from standard input must not lose it to the first call);
/// checked against the schema.
fn body(target: &Target<'_>, invocation: &Invocation<'_>) -> Result<Option<Value>, Failure> {
    let options = &invocation.options;
    let id = &target.method.id;
    let (text, origin) = match (&options.json, &options.json_file) {
        (Some(_), Some(_)) => {
            return Err(Failure::usage(
                "give the body with --json or --json-file, not both",
            ))
        }
        (Some(dash), None) | (None, Some(dash)) if dash == "-" => {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).map_err(|e| {
                Failure::usage(format!("reading the body from standard input: {e}"))
            })?;
            (text, "standard input".to_owned())
        }
        (Some(text), None) => (text.clone(), "--json".to_owned()),
        (None, Some(file)) => (
            std::fs::read_to_string(file)
                .map_err(|e| Failure::usage(format!("--json-file {file}: {e}")))?,
            file.clone(),
        ),
        (None, None) => return Ok(None),
    };
    if text.trim().is_empty() {
        return Ok(None);
    }
    let Some(ty) = &target.method.request else {
        return Err(Failure::usage(format!(
            "{id} takes no request body, but one was given ({origin})"
        )));
    };
    let value: Value = serde_json::from_str(&text)
        .map_err(|e| Failure::usage(format!("{origin} is not valid JSON: {e}")))?;
    crate::body::check(target.api, ty, &value)
        .map_err(|e| Failure::usage(format!("{id}: request body ({origin}) {e}")))?;
    Ok(Some(value))
}

/// A call ready to be shown or sent.
pub struct Built {
    pub call: Call,
    /// Who the credentials are, the subject and the scopes: what `--dry-run` tells on standard
    /// error (never a secret).
    pub credentials: String,
}

/// The runtime's polling plan for the operation `method` answers with, if it answers one: the
/// shape and the `MethodInfo` of its polling methods, made once for the run.
pub fn operation_shape(target: &Target<'_>) -> Result<Option<&'static Shape>, Failure> {
    let Some(name) = &target.method.operation else {
        return Ok(None);
    };
    let Some(op) = target
        .api
        .operations
        .iter()
        .find(|op| &op.static_name == name)
    else {
        return Ok(None);
    };
    let methods = |poll: &PollDef| -> Result<PollMethods, Failure> {
        let info = |m: &Option<PollMethod>| match m {
            Some(m) => poll_method_info(m).map(Some),
            None => Ok(None),
        };
        Ok(PollMethods {
            get: info(&poll.get)?,
            wait: info(&poll.wait)?,
            wait_has_body: poll.wait_has_body,
        })
    };
    let shape = match &op.shape {
        OperationShape::LongRunning(poll) => Shape::LongRunning(methods(poll)?),
        OperationShape::Compute {
            zonal,
            regional,
            global,
        } => Shape::Compute {
            zonal: methods(zonal)?,
            regional: methods(regional)?,
            global: methods(global)?,
        },
    };
    Ok(Some(Box::leak(Box::new(shape))))
}

fn poll_method_info(m: &PollMethod) -> Result<&'static MethodInfo, Failure> {
    leaked_info(
        &m.id,
        &m.http_method,
        &m.path,
        &m.scopes,
        m.api_version.as_ref(),
    )
}

/// Builds the call of `target` that `invocation` describes; nothing is sent.
pub async fn build(
    target: &Target<'_>,
    invocation: &Invocation<'_>,
    http: &HttpClient,
) -> Result<Built, Failure> {
    let options = &invocation.options;
    let method = target.method;
    let body = body(target, invocation)?;
    let info = method_info(method)?;
    let (client, identity) = client(target, invocation, http)?;
    let scopes = if options.scopes.is_empty() {
        method.scopes.first().cloned().into_iter().collect()
    } else {
        options.scopes.clone()
    };
    let credentials = format!(
        "gapi: dry run: credentials: {identity}; scopes: {}",
        if scopes.is_empty() {
            "none".to_owned()
        } else {
            scopes.join(" ")
        }
    );
    let mut call = Call::new(&client, info);
    for (param, values) in &invocation.params {
        let name = leak(param.wire_name.clone());
        if let Some(pattern) = &param.pattern {
            for value in values {
                call.check_pattern(name, value, leak(pattern.clone()));
            }
        }
        if Target::in_path(param) {
            if let Some(value) = values.first() {
                call.path_param(name, value.clone());
            }
        } else {
            call.query_repeated(name, values.iter().cloned());
        }
    }
    if let Some(body) = &body {
        call.json_body(body);
    } else if method.request.is_some() {
        // As a generated crate sends a request built with `Default::default()`.
        call.json_body(&Value::Object(Default::default()));
    }
    match &method.request_id {
        Some(RequestIdDef::Query(name)) => call.request_id_query(leak(name.clone())),
        Some(RequestIdDef::Body(field)) => call.request_id_body(leak(field.clone())),
        None => {}
    }
    if target.api.data_wrapper {
        call.data_wrapper();
    }
    if let Some(file) = &options.upload {
        attach(
            &mut call,
            method,
            file,
            options.upload_content_type.as_deref(),
        )
        .await?;
    }
    Ok(Built { call, credentials })
}

/// Attaches `file` as the method's media.
async fn attach(
    call: &mut Call,
    method: &MethodDef,
    file: &str,
    content_type: Option<&str>,
) -> Result<(), Failure> {
    let Some(upload) = &method.media_upload else {
        return Err(Failure::usage(format!(
            "{} takes no media upload (--upload)",
            method.id
        )));
    };
    let spec: &'static MediaUpload = Box::leak(Box::new(MediaUpload {
        simple_path: upload.simple_path.clone().map(leak),
        resumable_path: upload.resumable_path.clone().map(leak),
        accept: Box::leak(
            upload
                .accept
                .iter()
                .cloned()
                .map(leak)
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        ),
        max_size: upload.max_size,
        multipart: upload.multipart,
    }));
    let content_type = content_type
        .map(str::to_owned)
        .unwrap_or_else(|| guess_content_type(file).to_owned());
    let meta =
        std::fs::metadata(file).map_err(|e| Failure::usage(format!("--upload {file}: {e}")))?;
    #[cfg(unix)]
    let is_pipe = std::os::unix::fs::FileTypeExt::is_fifo(&meta.file_type());
    #[cfg(not(unix))]
    let is_pipe = false;
    if !meta.is_file() && !is_pipe {
        return Err(Failure::usage(format!(
            "--upload {file} is neither a regular file nor a pipe"
        )));
    }
    if is_pipe && spec.resumable_path.is_none() {
        return Err(Failure::usage(format!(
            "--upload {file}: {} takes media only in one piece, and a pipe's size is unknown; give a file",
            method.id
        )));
    }
    let size = meta.len();
    // Streamed in chunks whenever the method allows it; read whole only for a small file.
    if is_pipe
        || size > RESUMABLE_THRESHOLD && spec.resumable_path.is_some()
        || spec.simple_path.is_none()
    {
        let source = UploadSource::from_path(file)
            .await
            .map_err(|e| Failure::usage(format!("--upload {file}: {e}")))?;
        call.upload_resumable(spec, source, &content_type);
    } else {
        let data =
            std::fs::read(file).map_err(|e| Failure::usage(format!("--upload {file}: {e}")))?;
        call.upload(spec, data.into(), &content_type);
    }
    if std::io::stderr().is_terminal() {
        call.on_progress(crate::output::progress_bar);
    }
    Ok(())
}

/// The media type of a file, from its extension.
fn guess_content_type(file: &str) -> &'static str {
    let ext = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("json") => "application/json",
        Some("txt") => "text/plain",
        Some("csv") => "text/csv",
        Some("html" | "htm") => "text/html",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("pdf") => "application/pdf",
        Some("zip") => "application/zip",
        Some("eml") => "message/rfc822",
        Some("apk") => "application/vnd.android.package-archive",
        _ => "application/octet-stream",
    }
}

/// The exact request, as `--dry-run` prints it: method and URL, headers (never a credential),
/// a blank line, and the body (JSON pretty-printed, other media summarised).
pub fn dry_run(call: &Call) -> Result<String, Failure> {
    let request = call.preview()?;
    let mut out = format!("{} {}\n", request.method(), request.uri());
    for (name, value) in request.headers() {
        out.push_str(&format!(
            "{name}: {}\n",
            value.to_str().unwrap_or("(not text)")
        ));
    }
    let body = request.body();
    if !body.is_empty() {
        out.push('\n');
        let is_json = request
            .headers()
            .get("content-type")
            .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
        match serde_json::from_slice::<Value>(body) {
            Ok(json) if is_json => {
                out.push_str(&serde_json::to_string_pretty(&json).unwrap_or_default());
                out.push('\n');
            }
            _ => match std::str::from_utf8(body) {
                Ok(text) if body.len() <= 64 << 10 => {
                    out.push_str(text);
                    if !text.ends_with('\n') {
                        out.push('\n');
                    }
                }
                _ => out.push_str(&format!("({} bytes of media)\n", body.len())),
            },
        }
    }
    Ok(out)
}
