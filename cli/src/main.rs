//! `gapi`: one command line for every Google API.
//!
//! It reads a discovery document into the generator's checked model at run time (the project's
//! pinned documents are built in; `--discovery FILE` or `--discovery-url URL` reads any other),
//! builds the method's command from it, checks every argument and the request body, and sends the
//! call through the same runtime the generated crates use. See `gapi --help` and the "Command
//! line" section of docs/design.md.

mod apis;
mod auth;
mod body;
mod complete;
mod failure;
mod globals;
mod help;
mod method;
mod output;
mod request;
mod suggest;
mod trust;
mod walk;

use std::io::Write;
use std::process::ExitCode;

use codegen::model::Api;
use futures_util::StreamExt;
use google_api_runtime::transport::HttpClient;
use serde_json::Value;

use failure::Failure;
use globals::Format;
use method::{Invocation, Target};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let format = ["format", "output-format", "gapi-format"]
        .iter()
        .find_map(|long| globals::early_value(&args, long));
    let format = match format.as_deref() {
        Some("yaml") => Format::Yaml,
        Some("table") => Format::Table,
        _ => Format::Json,
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("gapi: cannot start: {e}");
            return ExitCode::from(failure::LOCAL);
        }
    };
    match runtime.block_on(run(&args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Help(text)) => match output::print(&text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => ExitCode::from(e.exit_code()),
        },
        Err(Failure::Api(error)) => {
            eprintln!("{}", output::api_error(&error, format));
            ExitCode::from(failure::API)
        }
        Err(other) => {
            eprintln!("gapi: {other}");
            ExitCode::from(other.exit_code())
        }
    }
}

fn asks_help(args: &[String]) -> bool {
    args.iter()
        .take_while(|a| *a != "--")
        .any(|a| a == "--help" || a == "-h")
}

/// The document given with `--discovery` or `--discovery-url`, if one was, read and checked.
async fn given_api(args: &[String], http: &HttpClient) -> Option<Result<Api, Failure>> {
    let (file, json) = if let Some(file) = globals::early_value(args, "discovery") {
        match std::fs::read_to_string(&file) {
            Ok(json) => (file, json),
            Err(e) => return Some(Err(Failure::usage(format!("--discovery {file}: {e}")))),
        }
    } else if let Some(url) = globals::early_value(args, "discovery-url") {
        match apis::fetch(&url, http).await {
            Ok(json) => (url, json),
            Err(e) => return Some(Err(e)),
        }
    } else {
        return None;
    };
    Some(apis::load(&file, &json))
}

/// The API `word` names: the document given on the command line, else a built-in one.
async fn load_api(args: &[String], word: &str, http: &HttpClient) -> Result<Api, Failure> {
    match given_api(args, http).await {
        Some(api) => {
            let api = api?;
            apis::check_word(word, &api)?;
            Ok(api)
        }
        None => {
            let builtin = apis::builtin(word)?;
            apis::load(builtin.file, builtin.json)
        }
    }
}

async fn run(args: &[String]) -> Result<(), Failure> {
    let words = globals::words(args);
    let Some(&(_, first)) = words.first() else {
        if args.iter().any(|a| a == "--version" || a == "-V") {
            return Err(Failure::Help(format!(
                "gapi {}\n",
                env!("CARGO_PKG_VERSION")
            )));
        }
        if args.is_empty() || asks_help(args) {
            return Err(Failure::Help(help::top()));
        }
        return Err(Failure::usage(
            "name an API first: `gapi <api> <resource>... <method>` (`gapi --help` lists them)",
        ));
    };
    if first == "help" {
        return Err(Failure::Help(help::top()));
    }
    let http = trust::http_client(args)?;
    match first {
        "schema" => return schema(args, &words, &http).await,
        "completions" => return completions(args, &words, &http).await,
        _ => {}
    }
    let api = load_api(args, first, &http).await?;
    let path: Vec<&str> = words[1..].iter().map(|(_, w)| *w).collect();
    match walk::find(&api, &path)? {
        walk::Found::Resource(resource) => {
            let prefix = std::iter::once("gapi")
                .chain(words.iter().map(|(_, w)| *w).take(1))
                .collect::<Vec<_>>()
                .join(" ");
            let listing = help::resource(&api, resource, &prefix);
            if asks_help(args) {
                Err(Failure::Help(listing))
            } else {
                let place = if resource.wire_path.is_empty() {
                    first.to_owned()
                } else {
                    format!("{first} {}", resource.wire_path.replace('.', " "))
                };
                Err(Failure::usage(format!(
                    "`gapi {place}` needs a method: `gapi {place} --help` lists them"
                )))
            }
        }
        walk::Found::Method {
            resource,
            method,
            used,
        } => {
            let named: Vec<usize> = words[..=used].iter().map(|(i, _)| *i).collect();
            let title = std::iter::once("gapi")
                .chain(words[..=used].iter().map(|(_, w)| *w))
                .collect::<Vec<_>>()
                .join(" ");
            let rest: Vec<String> = args
                .iter()
                .enumerate()
                .filter(|(i, _)| !named.contains(i))
                .map(|(_, a)| a.clone())
                .collect();
            let target = Target {
                api: &api,
                resource,
                method,
            };
            let invocation = target.read(&title, &rest)?;
            call(&target, &invocation, &http).await
        }
    }
}

/// Checks the options that only some methods take, builds the call, and shows or sends it.
async fn call(
    target: &Target<'_>,
    invocation: &Invocation<'_>,
    http: &HttpClient,
) -> Result<(), Failure> {
    let options = &invocation.options;
    let method = target.method;
    if options.page_all && method.paging.is_none() {
        return Err(Failure::usage(format!(
            "{} is not a list in pages (--page-all)",
            method.id
        )));
    }
    if options.output.is_some() && !method.supports_media_download {
        return Err(Failure::usage(format!(
            "{} has no media to download (-o/--output)",
            method.id
        )));
    }
    if options.output.is_some() && options.page_all {
        return Err(Failure::usage(
            "-o/--output and --page-all do not go together",
        ));
    }
    let shape = request::operation_shape(target)?;
    if options.wait && shape.is_none() {
        return Err(Failure::usage(format!(
            "{} does not answer with a long-running operation (--wait)",
            method.id
        )));
    }
    let call = request::build(target, invocation, http).await?;
    if options.dry_run {
        return output::print(&request::dry_run(&call)?);
    }
    if let (true, Some(shape)) = (options.wait, shape) {
        return wait(call, shape, options.format).await;
    }
    if let Some(file) = &options.output {
        return download(call, file).await;
    }
    if options.page_all {
        return page_all(target, call, options.format).await;
    }
    if method.response.is_none() {
        call.send_empty().await?;
        return Ok(());
    }
    let value: Value = call.send().await?;
    output::print(&output::render(&value, options.format))
}

/// `--wait`: the operation polled to its end, each state told on standard error when it is a
/// terminal, the final state printed.
async fn wait(
    call: google_api_runtime::Call,
    shape: &'static google_api_runtime::operation::Shape,
    format: Format,
) -> Result<(), Failure> {
    use std::io::IsTerminal;
    let tell = std::io::stderr().is_terminal();
    let mut states = google_api_runtime::Poller::<Value>::new(call, shape).states();
    let mut last = Value::Null;
    while let Some(state) = states.next().await {
        last = state?;
        if tell {
            eprintln!("gapi: {}", output::operation_progress(&last));
        }
    }
    output::print(&output::render(&last, format))
}

/// `-o FILE`: the media, streamed to the file (or to standard output for `-`).
async fn download(call: google_api_runtime::Call, file: &str) -> Result<(), Failure> {
    let mut download = call.download().await?;
    let mut sink: Box<dyn Write> = if file == "-" {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(
            std::fs::File::create(file).map_err(|e| Failure::Local(format!("-o {file}: {e}")))?,
        )
    };
    while let Some(chunk) = download.next().await {
        sink.write_all(&chunk?)
            .map_err(|e| Failure::Local(format!("-o {file}: {e}")))?;
    }
    sink.flush()
        .map_err(|e| Failure::Local(format!("-o {file}: {e}")))
}

/// `--page-all`: every page's items (the list the method returns), one JSON value a line; a
/// table or YAML gathers them first.
async fn page_all(
    target: &Target<'_>,
    call: google_api_runtime::Call,
    format: Format,
) -> Result<(), Failure> {
    let items_field = items_field(target);
    let mut pages = call.pages::<Value>(|page| page.get("nextPageToken").and_then(Value::as_str));
    let mut gathered = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page?;
        let items: Vec<Value> = match (&items_field, page) {
            (Some((name, false)), Value::Object(mut map)) => match map.remove(name) {
                Some(Value::Array(items)) => items,
                _ => Vec::new(),
            },
            (Some((name, true)), Value::Object(mut map)) => match map.remove(name) {
                Some(Value::Object(entries)) => entries
                    .into_iter()
                    .map(|(k, v)| serde_json::json!({ k: v }))
                    .collect(),
                _ => Vec::new(),
            },
            (_, page) => vec![page],
        };
        if format == Format::Json {
            let mut text = String::new();
            for item in &items {
                text.push_str(&item.to_string());
                text.push('\n');
            }
            output::print(&text)?;
        } else {
            gathered.extend(items);
        }
    }
    if format != Format::Json {
        output::print(&output::render(&Value::Array(gathered), format))?;
    }
    Ok(())
}

/// The JSON name of the list a paged method returns, and whether it is a map.
fn items_field(target: &Target<'_>) -> Option<(String, bool)> {
    let list = target.method.paging.as_ref()?.items.as_ref()?;
    let codegen::model::Ty::Named(name) = target.method.response.as_ref()? else {
        return None;
    };
    let codegen::model::TypeKind::Struct(fields) = &target.api.type_def(name)?.kind else {
        return None;
    };
    let field = fields.iter().find(|f| f.name == list.field)?;
    Some((field.json_name.clone(), list.map))
}

/// `gapi schema <api>.<resource>.<method>`.
async fn schema(
    args: &[String],
    words: &[(usize, &str)],
    http: &HttpClient,
) -> Result<(), Failure> {
    let Some(&(_, dotted)) = words.get(1) else {
        return Err(Failure::usage(
            "gapi schema <api>.<resource>.<method>: which method?",
        ));
    };
    let (api, rest) = if let Some(api) = given_api(args, http).await {
        let api = api?;
        let rest = [
            format!("{}.{}.", api.name, api.version),
            format!("{}.", api.name),
        ]
        .iter()
        .find_map(|p| dotted.strip_prefix(p.as_str()))
        .map(str::to_owned);
        let Some(rest) = rest else {
            return Err(Failure::usage(format!(
                "gapi schema {dotted}: the document describes `{}`; name its methods `{}.<resource>.<method>`",
                api.name, api.name
            )));
        };
        (api, rest)
    } else {
        let found = apis::BUILTIN.iter().find_map(|b| {
            let (name, version) = b.name_version();
            [
                format!("{name}.{version}."),
                format!("{}.", b.short_name()),
                format!("{name}."),
            ]
            .iter()
            .find_map(|p| dotted.strip_prefix(p.as_str()).map(|r| (b, r.to_owned())))
        });
        let Some((builtin, rest)) = found else {
            let word = dotted.split('.').next().unwrap_or_default();
            apis::builtin(word)?;
            return Err(Failure::usage(format!(
                "gapi schema {dotted}: which method?"
            )));
        };
        (apis::load(builtin.file, builtin.json)?, rest)
    };
    Err(Failure::Help(help::schema(&api, &rest)?))
}

/// `gapi completions bash|zsh|fish`.
async fn completions(
    args: &[String],
    words: &[(usize, &str)],
    http: &HttpClient,
) -> Result<(), Failure> {
    let Some(&(_, shell)) = words.get(1) else {
        return Err(Failure::usage(
            "gapi completions bash|zsh|fish: which shell?",
        ));
    };
    let mut all = Vec::new();
    for builtin in apis::BUILTIN {
        all.push((
            builtin.short_name().to_owned(),
            apis::load(builtin.file, builtin.json)?,
        ));
    }
    if let Some(api) = given_api(args, http).await {
        let api = api?;
        // The given document replaces a built-in one of the same name.
        all.retain(|(word, _)| *word != api.name);
        all.push((api.name.clone(), api));
    }
    Err(Failure::Help(complete::script(shell, &all)?))
}
