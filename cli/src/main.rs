//! `gapi`: one command line for every Google API.
//!
//! It reads a discovery document into the generator's checked model at run time (the project's
//! pinned documents are built in; `--discovery FILE` or `--discovery-url URL` reads any other),
//! builds the method's command from it, checks every argument and the request body, and sends the
//! call through the same runtime the generated crates use. See `gapi --help` and the "Command
//! line" section of docs/design.md.

mod apis;
mod body;
mod complete;
mod credentials;
mod directory;
mod failure;
mod globals;
mod help;
mod login;
mod method;
mod output;
mod plain_http;
mod profiles;
mod request;
mod statics;
mod suggest;
mod target;
mod token_cache;
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
use method::Invocation;
use target::Target;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let format = ["format", "output-format", "gapi-format"]
        .iter()
        .find_map(|long| globals::early_value(&args, long));
    let format = match format.as_deref() {
        Some("yaml") => Format::Yaml,
        Some("table") => Format::Table,
        Some("csv") => Format::Csv,
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
        // The reader went away (`| head`): nothing more to do, nothing to say.
        Err(Failure::Closed) => ExitCode::SUCCESS,
        // What a server wrote is shown with its control characters escaped: it cannot drive
        // the terminal.
        Err(Failure::Api(error)) => {
            let shown = output::api_error(&error, format);
            let shown = match format {
                Format::Json => output::json_safe(&shown),
                _ => output::escape_controls(&shown),
            };
            let _ = writeln!(std::io::stderr(), "{shown}");
            ExitCode::from(failure::API)
        }
        Err(other) => {
            let _ = writeln!(
                std::io::stderr(),
                "gapi: {}",
                output::escape_controls(&other.to_string())
            );
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
    given_document(args, http)
        .await
        .map(|found| found.map(|(api, _)| api))
}

/// [`given_api`], with the document's text.
async fn given_document(
    args: &[String],
    http: &HttpClient,
) -> Option<Result<(Api, String), Failure>> {
    let (file, json) = if let Some(file) = globals::early_value(args, "discovery") {
        match std::fs::read_to_string(&file) {
            Ok(json) => (file, json),
            Err(e) => return Some(Err(Failure::usage(format!("--discovery {file}: {e}")))),
        }
    } else if let Some(url) = globals::early_value(args, "discovery-url") {
        match apis::fetch("--discovery-url", &url, None, http).await {
            Ok(json) => (url, json),
            Err(e) => return Some(Err(e)),
        }
    } else {
        return None;
    };
    Some(apis::load(&file, &json).map(|api| (api, json)))
}

/// The API `word` names: the document given on the command line; else a built-in one or one
/// from the discovery directory (see [`directory::load`]).
async fn load_api(
    args: &[String],
    word: &str,
    http: &HttpClient,
) -> Result<directory::Loaded, Failure> {
    if let Some(found) = given_document(args, http).await {
        let (api, json) = found?;
        apis::check_word(word, &api)?;
        return Ok(directory::Loaded {
            api,
            json,
            word: word.to_owned(),
            built_in: false,
        });
    }
    let version = globals::early_value(args, "api-version");
    let root = globals::early_value(args, "discovery-root");
    directory::load(word, version.as_deref(), root.as_deref(), http).await
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
    match first {
        // `gapi help gmail users` is `gapi gmail users --help`.
        "help" if words.len() > 1 => {
            let at = words[0].0;
            let mut rest: Vec<String> = args[..at].iter().chain(&args[at + 1..]).cloned().collect();
            rest.push("--help".to_owned());
            return Box::pin(run(&rest)).await;
        }
        "help" => return Err(Failure::Help(help::top())),
        _ => {}
    }
    let http = trust::http_client(args)?;
    match first {
        "auth" => {
            let at = words[0].0;
            return login::run(&args[at + 1..], &http).await;
        }
        "schema" => return schema(args, &words, &http).await,
        "completions" => return completions(args, &words, &http).await,
        _ => {}
    }
    let loaded = load_api(args, first, &http).await?;
    let api = &loaded.api;
    let path: Vec<&str> = words[1..].iter().map(|(_, w)| *w).collect();
    match walk::find(api, &path)? {
        walk::Found::Resource(resource) => {
            let prefix = format!("gapi {}", loaded.word);
            let listing = help::resource(api, resource, &prefix);
            if asks_help(args) {
                Err(Failure::Help(listing))
            } else {
                let word = &loaded.word;
                let place = if resource.wire_path.is_empty() {
                    word.clone()
                } else {
                    format!("{word} {}", resource.wire_path.replace('.', " "))
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
            let title = ["gapi", loaded.word.as_str()]
                .into_iter()
                .chain(words[1..=used].iter().map(|(_, w)| *w))
                .collect::<Vec<_>>()
                .join(" ");
            let rest: Vec<String> = args
                .iter()
                .enumerate()
                .filter(|(i, _)| !named.contains(i))
                .map(|(_, a)| a.clone())
                .collect();
            let target = Target {
                api,
                resource,
                method,
            };
            let mut invocation = target.read(&title, &rest)?;
            invocation.options.given_document = !loaded.built_in;
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
    if !options.page_all
        && (options.page_limit.is_some()
            || options.max_items.is_some()
            || options.page_delay.is_some())
    {
        return Err(Failure::usage(
            "--page-limit, --max-items and --page-delay go with --page-all",
        ));
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
    let request::Built { call, credentials } = request::build(target, invocation, http).await?;
    if options.dry_run {
        eprintln!("{credentials}");
        return output::print(&request::dry_run(&call)?);
    }
    if let (true, Some(shape)) = (options.wait, shape) {
        return wait(call, shape, options.format).await;
    }
    if let Some(file) = &options.output {
        return download(call, file, options.force).await;
    }
    if options.page_all {
        return page_all(target, call, options).await;
    }
    if method.response.is_none() {
        call.send_empty().await?;
        // Nothing on standard output; a person still learns that it worked.
        eprintln!("gapi: {}: done (the answer is empty)", method.id);
        return Ok(());
    }
    let value: Value = call.send().await?;
    if value.as_object().is_some_and(|m| m.is_empty()) {
        eprintln!("gapi: {}: done (the answer is empty)", method.id);
    }
    output::print(&output::render(&value, options.format))?;
    let next_page = value
        .get("nextPageToken")
        .and_then(Value::as_str)
        .is_some_and(|t| !t.is_empty());
    if next_page && options.format != Format::Json {
        // JSON shows the token; a table or YAML of the items would hide that there is more.
        eprintln!(
            "gapi: this is the first page only: the answer has a nextPageToken (--page-all fetches every page)"
        );
    }
    Ok(())
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

/// `-o FILE`: the media, streamed to a temporary file beside FILE and renamed to it once
/// complete (a failure leaves no partial file); FILE must not be a symbolic link, and an
/// existing file is replaced only with `--force`. `-` streams to standard output.
async fn download(call: google_api_runtime::Call, file: &str, force: bool) -> Result<(), Failure> {
    let local = |e: std::io::Error| Failure::Local(format!("-o {file}: {e}"));
    if file == "-" {
        let mut download = call.download().await?;
        let mut sink = std::io::stdout().lock();
        while let Some(chunk) = download.next().await {
            match sink.write_all(&chunk?) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                    return Err(Failure::Closed)
                }
                other => other.map_err(local)?,
            }
        }
        return sink.flush().map_err(local);
    }
    let target = std::path::Path::new(file);
    match std::fs::symlink_metadata(target) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(Failure::usage(format!(
                "-o {file} is a symbolic link; it is not followed (name the file it points to)"
            )))
        }
        Ok(meta) if !meta.is_file() => {
            return Err(Failure::usage(format!(
                "-o {file} exists and is not a regular file"
            )))
        }
        Ok(_) if !force => {
            return Err(Failure::usage(format!(
                "-o {file} exists; add --force to replace it"
            )))
        }
        _ => {}
    }
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("download");
    let temporary = dir.join(format!(".{name}.{}.part", std::process::id()));
    let result = async {
        let mut sink = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
            .map_err(local)?;
        let mut download = call.download().await?;
        while let Some(chunk) = download.next().await {
            sink.write_all(&chunk?).map_err(local)?;
        }
        sink.sync_all().map_err(local)?;
        drop(sink);
        std::fs::rename(&temporary, target).map_err(local)
    }
    .await;
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

/// `--page-all`: every page's items (the list the method returns), one JSON value a line; a
/// table or YAML gathers them first. `--page-limit` and `--max-items` stop early (the next page
/// is then not asked for), `--page-delay` waits between pages; a closed standard output stops at
/// once.
async fn page_all(
    target: &Target<'_>,
    call: google_api_runtime::Call,
    options: &globals::Options,
) -> Result<(), Failure> {
    let format = options.format;
    let items_field = items_field(target);
    let mut pages = call.pages::<Value>(|page| page.get("nextPageToken").and_then(Value::as_str));
    let mut gathered = Vec::new();
    let mut fetched = 0u64;
    let mut printed = 0u64;
    let mut stopped = None;
    while let Some(page) = pages.next().await {
        let page = page?;
        fetched += 1;
        let more_pages = page
            .get("nextPageToken")
            .and_then(Value::as_str)
            .is_some_and(|t| !t.is_empty());
        let mut items: Vec<Value> = match (&items_field, page) {
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
        if let Some(max) = options.max_items {
            let room = usize::try_from(max - printed).unwrap_or(usize::MAX);
            if items.len() >= room && (items.len() > room || more_pages) {
                items.truncate(room);
                stopped = Some(format!("--max-items {max}"));
            }
        }
        printed += items.len() as u64;
        if format == Format::Json {
            let mut text = String::new();
            for item in &items {
                text.push_str(&output::json_safe(&item.to_string()));
                text.push('\n');
            }
            output::print(&text)?;
        } else {
            gathered.extend(items);
        }
        if stopped.is_some() {
            break;
        }
        if more_pages && options.page_limit == Some(fetched) {
            stopped = Some(format!("--page-limit {fetched}"));
            break;
        }
        if let (true, Some(delay)) = (more_pages, options.page_delay) {
            tokio::time::sleep(delay).await;
        }
    }
    drop(pages);
    if format != Format::Json {
        output::print(&output::render(&Value::Array(gathered), format))?;
    }
    if let Some(flag) = stopped {
        eprintln!(
            "gapi: stopped at {flag} after {fetched} page(s) and {printed} item(s); more remain"
        );
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
    let (api, rest, json) = if let Some(found) = given_document(args, http).await {
        let (api, json) = found?;
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
        (api, rest, json)
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
        match found {
            Some((builtin, rest)) => {
                let (api, json) = builtin.api()?;
                (api, rest, json)
            }
            None => {
                // Not a built-in API: one from the discovery directory.
                let word = dotted.split('.').next().unwrap_or_default();
                let loaded = load_api(args, word, http).await?;
                let Some(rest) = dotted
                    .strip_prefix(word)
                    .and_then(|r| r.strip_prefix('.'))
                    .filter(|r| !r.is_empty())
                else {
                    return Err(Failure::usage(format!(
                        "gapi schema {dotted}: which method?"
                    )));
                };
                (loaded.api, rest.to_owned(), loaded.json)
            }
        }
    };
    if globals::early_value(args, "format").as_deref() == Some("json") {
        let (_, method) = walk::by_path(&api, &rest)?;
        let value = help::schema_json(&json, &method.id)
            .ok_or_else(|| Failure::usage(format!("gapi schema {dotted}: not in the document")))?;
        return output::print(&output::render(&value, Format::Json));
    }
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
        all.push((builtin.short_name().to_owned(), builtin.api()?.0));
    }
    if let Some(api) = given_api(args, http).await {
        let api = api?;
        // The given document replaces a built-in one of the same name.
        all.retain(|(word, _)| *word != api.name);
        all.push((api.name.clone(), api));
    }
    Err(Failure::Help(complete::script(shell, &all)?))
}
