//! The options every command takes, whatever the API and method: where the document comes from,
//! where requests go, credentials, the request body, and how the answer is shown.
//!
//! They are declared once, in [`GLOBALS`], and added to each method's command (see
//! [`crate::method`]); a method parameter whose flag would have the same name keeps it, and the
//! global option is then spelt `--gapi-<name>` for that method.

use clap::{Arg, ArgAction, ArgMatches};

/// One global option.
pub struct Global {
    pub long: &'static str,
    pub short: Option<char>,
    /// The value's name in help, or `None` for a switch.
    pub value: Option<&'static str>,
    pub help: &'static str,
    /// Whether the option may be given several times.
    pub repeated: bool,
}

const fn opt(long: &'static str, value: &'static str, help: &'static str) -> Global {
    Global {
        long,
        short: None,
        value: Some(value),
        help,
        repeated: false,
    }
}

const fn switch(long: &'static str, help: &'static str) -> Global {
    Global {
        long,
        short: None,
        value: None,
        help,
        repeated: false,
    }
}

pub const GLOBALS: &[Global] = &[
    opt("discovery", "FILE", "Read the API's discovery document from FILE instead of the built-in ones"),
    opt("discovery-url", "URL", "Fetch the API's discovery document from URL"),
    opt("discovery-root", "URL", "Look APIs that are not built in up in the discovery directory at URL/discovery/v1/apis (default https://www.googleapis.com; a mirror, a test server)"),
    opt("api-version", "VERSION", "The API's version to use instead of the directory's preferred one (also `gapi NAME:VERSION`)"),
    opt("root-url", "URL", "Send requests to URL instead of the document's rootUrl (a local server, an emulator)"),
    opt("json", "JSON", "The request body, as JSON; `--json -` reads it from standard input (which is read only when asked)"),
    opt("json-file", "FILE", "Read the request body from FILE (`-`: standard input)"),
    opt("params", "JSON", "Parameters as a JSON object of wire names to values (flags given as well win)"),
    switch("dry-run", "Print the request (method, URL, headers without credentials, body) and send nothing"),
    switch("page-all", "Follow nextPageToken and print every page's items as JSON lines"),
    switch("wait", "For a method that answers with a long-running operation: poll it until done and print its final state (a failed operation exits with 3)"),
    opt("page-limit", "N", "With --page-all: fetch at most N pages"),
    opt("max-items", "N", "With --page-all: print at most N items, then stop (no further page is fetched)"),
    opt("page-delay", "DELAY", "With --page-all: wait DELAY between pages (`500ms`, `2s`)"),
    opt("upload", "FILE", "Upload FILE as the method's media (resumable above 5 MiB)"),
    opt("upload-content-type", "TYPE", "The media type of --upload (default: guessed from the file name)"),
    Global {
        long: "output",
        short: Some('o'),
        value: Some("FILE"),
        help: "Download the method's media to FILE (`-` for standard output)",
        repeated: false,
    },
    switch("force", "With -o: replace an existing file"),
    opt("format", "FORMAT", "How to print the answer: json (default), yaml, table or csv (nested fields as dotted columns)"),
    opt("credentials", "FILE", "A service account key, authorized user or impersonated service account file, instead of a stored login or application default credentials"),
    opt("impersonate-service-account", "EMAIL", "Act as this service account through the IAM Credentials API (comma-separated: a delegation chain, the last is the target)"),
    opt("profile", "NAME", "Use the login stored by `gapi auth login --profile NAME` (also GAPI_PROFILE; default: `default`)"),
    switch("no-token-cache", "Neither read nor store access tokens in gapi's token cache"),
    opt("subject", "EMAIL", "Act as this Workspace user (domain-wide delegation; needs a service account key or --impersonate-service-account)"),
    Global {
        long: "scopes",
        short: None,
        value: Some("SCOPES"),
        help: "OAuth scopes to ask for, comma-separated (default: the method's first scope)",
        repeated: true,
    },
    opt("api-key", "KEY", "Send this API key instead of OAuth credentials"),
    opt("access-token", "TOKEN", "Send this OAuth access token as it is (also GOOGLE_OAUTH_ACCESS_TOKEN)"),
    opt("quota-project", "PROJECT", "Bill quota to PROJECT (X-Goog-User-Project)"),
    opt("max-attempts", "N", "Attempts per request, retries included (default 5)"),
    opt("ca-certs", "FILE", "Also trust the certificate authorities of FILE (PEM), such as a TLS-inspecting proxy's (also GAPI_CA_CERTS)"),
];

/// The long name of `global` on a command where `taken` names are method parameters.
pub fn long_name(global: &Global, taken: &dyn Fn(&str) -> bool) -> String {
    if taken(global.long) {
        format!("gapi-{}", global.long)
    } else {
        global.long.to_owned()
    }
}

/// The clap arguments of the global options; `taken` tells which names a method already uses.
pub fn args(taken: &dyn Fn(&str) -> bool) -> Vec<Arg> {
    GLOBALS
        .iter()
        .map(|g| {
            let long = long_name(g, taken);
            let mut arg = Arg::new(id(g.long))
                .long(long)
                .help(g.help)
                .help_heading("Global options");
            if let Some(short) = g.short {
                arg = arg.short(short);
            }
            if g.long == "format" && !taken("output-format") {
                arg = arg.alias("output-format");
            }
            match g.value {
                Some(value) => arg
                    .value_name(value)
                    .action(if g.repeated {
                        ArgAction::Append
                    } else {
                        ArgAction::Set
                    })
                    .allow_hyphen_values(g.long == "output"),
                None => arg.action(ArgAction::SetTrue),
            }
        })
        .collect()
}

/// The clap id of a global option.
pub fn id(long: &str) -> String {
    format!("g:{long}")
}

/// The values of the global options, read from a command's matches (`--discovery` and
/// `--discovery-url` are read earlier, with [`early_value`], to build the command).
#[derive(Debug, Default, Clone)]
pub struct Options {
    pub root_url: Option<String>,
    pub json: Option<String>,
    pub json_file: Option<String>,
    pub params: Option<String>,
    pub dry_run: bool,
    pub page_all: bool,
    pub wait: bool,
    pub page_limit: Option<u64>,
    pub max_items: Option<u64>,
    pub page_delay: Option<std::time::Duration>,
    pub upload: Option<String>,
    pub upload_content_type: Option<String>,
    pub output: Option<String>,
    pub force: bool,
    /// Whether the document is not built in: --discovery, --discovery-url or the discovery
    /// directory (set after reading); its `rootUrl` then does not decide where credentials go.
    pub given_document: bool,
    pub format: Format,
    pub credentials: Option<String>,
    pub impersonate_service_account: Option<String>,
    pub profile: Option<String>,
    pub no_token_cache: bool,
    pub subject: Option<String>,
    pub scopes: Vec<String>,
    pub api_key: Option<String>,
    pub access_token: Option<String>,
    pub quota_project: Option<String>,
    pub max_attempts: Option<u32>,
}

/// How an answer is printed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    #[default]
    Json,
    Yaml,
    Table,
    Csv,
}

impl Options {
    /// Reads the options from `matches`.
    pub fn read(matches: &ArgMatches) -> Result<Options, String> {
        let one = |long: &str| matches.get_one::<String>(&id(long)).cloned();
        let flag = |long: &str| matches.get_flag(&id(long));
        let format = match one("format").as_deref() {
            None | Some("json") => Format::Json,
            Some("yaml") => Format::Yaml,
            Some("table") => Format::Table,
            Some("csv") => Format::Csv,
            Some(other) => {
                return Err(format!(
                    "--format `{other}` is not one of json, yaml, table, csv{}",
                    crate::suggest::did_you_mean(other, ["json", "yaml", "table", "csv"])
                ))
            }
        };
        let max_attempts = match one("max-attempts") {
            None => None,
            Some(n) => Some(
                n.parse::<u32>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("--max-attempts `{n}` is not a positive integer"))?,
            ),
        };
        let count = |long: &str| -> Result<Option<u64>, String> {
            match one(long) {
                None => Ok(None),
                Some(n) => n
                    .parse::<u64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .map(Some)
                    .ok_or_else(|| format!("--{long} `{n}` is not a positive integer")),
            }
        };
        let page_delay = match one("page-delay") {
            None => None,
            Some(text) => Some(parse_delay(&text).ok_or_else(|| {
                format!("--page-delay `{text}` is not a delay such as `500ms` or `2s`")
            })?),
        };
        let scopes = matches
            .get_many::<String>(&id("scopes"))
            .into_iter()
            .flatten()
            .flat_map(|s| s.split(','))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        Ok(Options {
            root_url: one("root-url"),
            json: one("json"),
            json_file: one("json-file"),
            params: one("params"),
            dry_run: flag("dry-run"),
            page_all: flag("page-all"),
            wait: flag("wait"),
            page_limit: count("page-limit")?,
            max_items: count("max-items")?,
            page_delay,
            upload: one("upload"),
            upload_content_type: one("upload-content-type"),
            output: one("output"),
            force: flag("force"),
            given_document: false,
            format,
            credentials: one("credentials"),
            impersonate_service_account: one("impersonate-service-account"),
            profile: one("profile"),
            no_token_cache: flag("no-token-cache"),
            subject: one("subject"),
            scopes,
            api_key: one("api-key"),
            access_token: one("access-token").or_else(|| {
                std::env::var("GOOGLE_OAUTH_ACCESS_TOKEN")
                    .ok()
                    .filter(|t| !t.trim().is_empty())
            }),
            quota_project: one("quota-project"),
            max_attempts,
        })
    }
}

/// `500ms`, `2s`, `1.5s`, `0`.
fn parse_delay(text: &str) -> Option<std::time::Duration> {
    let (number, unit) = if let Some(n) = text.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = text.strip_suffix('s') {
        (n, 1.0)
    } else if text == "0" {
        ("0", 1.0)
    } else {
        return None;
    };
    let seconds = number
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && *n >= 0.0)?
        * unit;
    (seconds <= 3600.0).then(|| std::time::Duration::from_secs_f64(seconds))
}

/// The words of a command line that name what to run (API, resources, method, then required
/// parameters), with their positions, skipping global options and their values. Stops being sure
/// of a flag's arity at the first flag it does not know, which it takes for a switch.
pub fn words(args: &[String]) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut skip_value = false;
    for (i, arg) in args.iter().enumerate() {
        if skip_value {
            skip_value = false;
            continue;
        }
        if arg == "--" {
            out.extend(
                args.iter()
                    .enumerate()
                    .skip(i + 1)
                    .map(|(j, a)| (j, a.as_str())),
            );
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            if !long.contains('=') {
                let long = long.strip_prefix("gapi-").unwrap_or(long);
                let long = if long == "output-format" {
                    "format"
                } else {
                    long
                };
                skip_value = GLOBALS.iter().any(|g| g.long == long && g.value.is_some());
            }
            continue;
        }
        if arg == "-o" {
            skip_value = true;
            continue;
        }
        if arg.starts_with('-') && arg.len() > 1 {
            continue;
        }
        out.push((i, arg.as_str()));
    }
    out
}

/// The value of global option `long` as written on the command line before clap reads it (the
/// document has to be found before the command can be built).
pub fn early_value(args: &[String], long: &str) -> Option<String> {
    let flag = format!("--{long}");
    let with_eq = format!("--{long}=");
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if *arg == flag {
            return iter.next().cloned();
        }
        if let Some(value) = arg.strip_prefix(&with_eq) {
            return Some(value.to_owned());
        }
    }
    None
}
