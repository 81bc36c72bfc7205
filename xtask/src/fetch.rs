//! `cargo xtask fetch [API...] [--root URL] [--force]`: the current revision of each pinned
//! document from Google's discovery service, into `discovery-json/`.
//!
//! The pinned set is the set of files in `discovery-json/`; each document's own `name` and
//! `version` give its URL, `{root}/discovery/v1/apis/{name}/{version}/rest`. The documents are
//! downloaded several at once, then every one is checked before anything is written: the
//! server answered 200, the body is a discovery document that codegen's model accepts, it is the
//! API that was asked for, the whole generator turns it into a crate (in memory) whose
//! `Cargo.toml` is valid TOML (see [`check_generates`]), and its `revision` is not older than the
//! pinned one (`--force` takes an older one, or a same revision with other content). Only when all passed is anything
//! written, each file through a temporary file and a rename, with the bytes exactly as served.
//! A revision change is also recorded in `discovery-json/changes/` (see [`crate::changelog`]).
//!
//! With no network the first connection fails within seconds, with a message that names the
//! URL, and nothing is changed.

mod download;
mod generates;
mod pinned;
mod plan;

use std::path::Path;

pub use generates::{check_generates, check_manifest};
pub use pinned::{compare_revisions, Outcome, Status};
pub use plan::write_atomically;

use pinned::{document_url, read_pinned, select};

/// Google's discovery service.
pub const DEFAULT_ROOT: &str = "https://www.googleapis.com";

/// The parsed arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The server, without a trailing `/`.
    pub root_url: String,
    /// Which pinned APIs (`gmail`, `gmail.v1`, `gmail.v1.json`); empty for all.
    pub apis: Vec<String>,
    /// Take an older revision, or other content under the same revision.
    pub force: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            root_url: DEFAULT_ROOT.to_owned(),
            apis: Vec::new(),
            force: false,
        }
    }
}

pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--force" => options.force = true,
            "--root" => {
                let url = args
                    .next()
                    .ok_or("--root needs a URL, e.g. --root http://127.0.0.1:8080")?;
                options.root_url = url.clone();
            }
            flag if flag.starts_with("--root=") => {
                options.root_url = flag["--root=".len()..].to_owned();
            }
            flag if flag.starts_with('-') => {
                return Err(format!(
                    "unknown option `{flag}`; fetch takes [API...] [--root URL] [--force]"
                ))
            }
            api => options.apis.push(api.to_owned()),
        }
    }
    if !(options.root_url.starts_with("http://") || options.root_url.starts_with("https://")) {
        return Err(format!(
            "--root takes an http(s) URL, not `{}`",
            options.root_url
        ));
    }
    options.root_url = options.root_url.trim_end_matches('/').to_owned();
    Ok(options)
}

/// Runs `cargo xtask fetch` for the workspace at `root`.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let options = parse(args)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    let outcomes = runtime.block_on(fetch(&root.join("discovery-json"), &options))?;
    for outcome in &outcomes {
        println!("{}", outcome.line());
    }
    Ok(())
}

/// Downloads, checks and writes; see the module docs. Nothing is written unless every
/// document passed.
pub async fn fetch(discovery_dir: &Path, options: &Options) -> Result<Vec<Outcome>, String> {
    let unchanged = |e: String| format!("{e}\nnothing was changed");
    let pinned = select(read_pinned(discovery_dir)?, &options.apis)?;
    let bodies = download::download_all(&pinned, &options.root_url)
        .await
        .map_err(unchanged)?;
    let mut plans = Vec::with_capacity(pinned.len());
    for (document, body) in pinned.iter().zip(bodies) {
        let url = document_url(&options.root_url, &document.header);
        plans.push(plan::plan(document, body, &url, options.force).map_err(unchanged)?);
    }
    let mut outcomes = Vec::with_capacity(plans.len());
    let mut written: Vec<String> = Vec::new();
    for plan in plans {
        plan.write(discovery_dir).map_err(|e| {
            if written.is_empty() {
                unchanged(e)
            } else {
                format!("{e}\nalready written: {}", written.join(", "))
            }
        })?;
        if matches!(plan.outcome.status, Status::Replaced(_)) {
            written.push(plan.outcome.file.clone());
        }
        outcomes.push(plan.outcome);
    }
    Ok(outcomes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn options_default_to_google_and_all_apis() {
        assert_eq!(parse(&[]).unwrap(), Options::default());
        let options = parse(&args(&[
            "gmail",
            "--root",
            "http://127.0.0.1:9/",
            "--force",
        ]))
        .unwrap();
        assert_eq!(options.root_url, "http://127.0.0.1:9");
        assert_eq!(options.apis, ["gmail"]);
        assert!(options.force);
        assert!(parse(&args(&["--root", "ftp://x"]))
            .unwrap_err()
            .contains("http(s)"));
        assert!(parse(&args(&["--fast"])).unwrap_err().contains("--fast"));
    }
}
