//! Any API by name: the APIs that are not built in are looked up in Google's discovery
//! directory (the discovery service's `apis.list`), and their documents kept on disk.
//!
//! The directory is `ROOT/discovery/v1/apis` (`--discovery-root` names another root: a mirror, a
//! test server). Its `items` are one entry per API and version, with the API's `name`, its
//! `version`, whether that version is `preferred`, and the document's `discoveryRestUrl`. A word
//! picks the entries of that name, then the preferred one (`--api-version V` or `name:V` another).
//!
//! Both are kept in `discovery/HOST/` in `gapi`'s folder (see [`crate::profiles`]): the directory
//! as `directory.json`, each document as `NAME.VERSION.json`, written whole through a temporary
//! file renamed into place (a reader never sees half a file; a document that does not check is
//! not kept). The directory is read again when its copy is older than [`DIRECTORY_FRESH`], a
//! document when its copy is older than [`DOCUMENT_FRESH`] or when the directory lists a newer
//! `revision` than the copy's (Google's directory entries carry none; a mirror's may). When the
//! network fails, a copy of any age is used, and standard error says so.
//!
//! Fetches go through [`crate::apis::fetch`]: a size cap and a deadline, no credentials, no quota
//! project. The documents found here are not built in: their `rootUrl` does not decide where
//! credentials go (see `check_destination` in [`crate::request`]).

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use codegen::model::Api;
use google_api_runtime::transport::HttpClient;
use serde_json::Value;

use crate::failure::Failure;

/// Where the directory is unless `--discovery-root` says.
pub const ROOT: &str = "https://www.googleapis.com";

/// How long the directory's copy is used without asking again.
pub const DIRECTORY_FRESH: Duration = Duration::from_secs(60 * 60);

/// How long a document's copy is used without fetching it again.
pub const DOCUMENT_FRESH: Duration = Duration::from_secs(24 * 60 * 60);

/// A document found through the directory.
pub struct Found {
    /// Where it came from (its URL), for messages.
    pub file: String,
    pub json: String,
    /// The word that calls it: the name, or `name:version` when the version is not the one the
    /// name alone picks.
    pub word: String,
}

/// An entry of the directory.
struct Entry {
    name: String,
    version: String,
    preferred: bool,
    url: Option<String>,
    revision: Option<String>,
}

/// An API a word named, read and checked.
pub struct Loaded {
    pub api: Api,
    /// The document's text.
    pub json: String,
    /// The word that calls it, as help shows it.
    pub word: String,
    /// Whether the document is one of the built-in ones (whose `rootUrl` is trusted).
    pub built_in: bool,
}

/// The API `word` names: a built-in one (in `version`, `--api-version`, if given), else one
/// from the directory at `root` (`--discovery-root`, else Google's).
pub async fn load(
    word: &str,
    version: Option<&str>,
    root: Option<&str>,
    http: &HttpClient,
) -> Result<Loaded, Failure> {
    let builtin = crate::apis::BUILTIN.iter().find(|b| b.answers_to(word));
    let name = match builtin {
        Some(b) if version.map_or(true, |v| v == b.name_version().1) => {
            let (api, json) = b.api()?;
            return Ok(Loaded {
                api,
                json,
                word: b.short_name().to_owned(),
                built_in: true,
            });
        }
        // Another version of a built-in API: the directory knows it by its discovery name.
        Some(b) => b.name_version().0,
        None => word,
    };
    let root = root.unwrap_or(ROOT).trim_end_matches('/');
    let found = find(root, name, version, http).await?;
    Ok(Loaded {
        api: crate::apis::load(&found.file, &found.json)?,
        json: found.json,
        word: found.word,
        built_in: false,
    })
}

/// The folder of the copies of `root`'s directory and documents: one per host (and port).
fn cache_dir(root: &str) -> Option<PathBuf> {
    let host = root.split_once("://").map_or(root, |(_, rest)| rest);
    let host = host.split('/').next().unwrap_or(host);
    let folder: String = host
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let folder = folder.trim_start_matches('.');
    if folder.is_empty() {
        return None;
    }
    crate::profiles::config_dir()
        .ok()
        .map(|d| d.join("discovery").join(folder))
}

/// A copy on disk and how old it is.
fn read_copy(path: &Path) -> Option<(String, Duration)> {
    let text = std::fs::read_to_string(path).ok()?;
    let age = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|at| SystemTime::now().duration_since(at).ok())
        .unwrap_or(Duration::MAX);
    Some((text, age))
}

/// Keeps a copy (not fatal when it cannot: the command goes on without).
fn keep(path: &Path, text: &str) {
    if let Err(e) = crate::profiles::write_whole(path, text.as_bytes()) {
        eprintln!(
            "gapi: warning: cannot keep a copy in {}: {e}",
            path.display()
        );
    }
}

/// `3 h`, `2 days`: how old a copy is, for the offline note.
fn age_text(age: Duration) -> String {
    let hours = age.as_secs() / 3600;
    match hours {
        0 => format!("{} min", age.as_secs() / 60),
        1..=47 => format!("{hours} h"),
        _ => format!("{} days", hours / 24),
    }
}

/// Whether a fetch failure is one a copy may stand in for (the network or the server, not bad
/// input).
fn offline(failure: &Failure) -> bool {
    matches!(failure, Failure::Transport(_) | Failure::Api(_))
}

/// How many attempts a fetch makes: one when a copy can stand in, else two (a command waits
/// for the second, not for the runtime's five with their back-off).
fn attempts<T>(copy: &Option<T>) -> Option<u32> {
    Some(if copy.is_some() { 1 } else { 2 })
}

/// The entries of the directory at `root`: the copy while fresh, else fetched (the copy when the
/// fetch fails).
async fn entries(root: &str, http: &HttpClient) -> Result<Vec<Entry>, Failure> {
    let url = format!("{root}/discovery/v1/apis");
    let copy_path = cache_dir(root).map(|d| d.join("directory.json"));
    let copy = copy_path.as_deref().and_then(read_copy);
    let text = match copy {
        Some((text, age)) if age < DIRECTORY_FRESH && parse(&text).is_some() => text,
        copy => {
            match crate::apis::fetch("the discovery directory", &url, attempts(&copy), http).await {
                Ok(text) => {
                    if parse(&text).is_none() {
                        return Err(Failure::Transport(format!(
                            "the discovery directory at {url} is not a directory list (no `items`)"
                        )));
                    }
                    if let Some(path) = &copy_path {
                        keep(path, &text);
                    }
                    text
                }
                Err(e) if offline(&e) => match copy.filter(|(text, _)| parse(text).is_some()) {
                    Some((text, age)) => {
                        eprintln!(
                        "gapi: offline: cannot read the discovery directory ({}); using its copy \
                         from {} ago",
                        crate::output::escape_controls(&e.to_string()),
                        age_text(age)
                    );
                        text
                    }
                    None => {
                        return Err(Failure::Transport(format!(
                            "the API is not built in, and the discovery directory cannot be read \
                         ({e}); `gapi --help` lists the built-in APIs, --discovery FILE reads a \
                         document without the network"
                        )))
                    }
                },
                Err(e) => return Err(e),
            }
        }
    };
    Ok(parse(&text).unwrap_or_default())
}

/// The entries of a directory list, `None` when it is not one.
fn parse(text: &str) -> Option<Vec<Entry>> {
    let value: Value = serde_json::from_str(text).ok()?;
    let items = value.get("items")?.as_array()?;
    let text = |item: &Value, key: &str| item.get(key).and_then(Value::as_str).map(str::to_owned);
    Some(
        items
            .iter()
            .filter_map(|item| {
                Some(Entry {
                    name: text(item, "name")?,
                    version: text(item, "version")?,
                    preferred: item.get("preferred").and_then(Value::as_bool) == Some(true),
                    url: text(item, "discoveryRestUrl"),
                    revision: text(item, "revision"),
                })
            })
            .collect(),
    )
}

/// The API `word` names (`name`, `name:version` or `name.version`), in `version` when given
/// (`--api-version`), from the directory at `root`.
async fn find(
    root: &str,
    word: &str,
    version: Option<&str>,
    http: &HttpClient,
) -> Result<Found, Failure> {
    let (name, word_version) = match word.split_once([':', '.']) {
        Some((name, v)) => (name, Some(v)),
        None => (word, None),
    };
    if let (Some(a), Some(b)) = (word_version, version) {
        if a != b {
            return Err(Failure::usage(format!(
                "`{word}` names version {a}, --api-version {b}: which one?"
            )));
        }
    }
    let version = version.or(word_version);
    let mut names: Vec<&str> = crate::apis::BUILTIN
        .iter()
        .map(crate::apis::Builtin::short_name)
        .collect();
    let all = match entries(root, http).await {
        Ok(all) => all,
        // Unreachable directory, no copy: a word a letter or two from a built-in name is
        // taken for a typo of it.
        Err(Failure::Transport(why)) => {
            return Err(match crate::suggest::closest(name, names.iter().copied()) {
                Some(close) => Failure::usage(format!(
                    "unknown API `{word}`: did you mean `{close}`? (it is not built in, and {})",
                    why.trim_start_matches("the API is not built in, and ")
                )),
                None => Failure::Transport(why),
            })
        }
        Err(e) => return Err(e),
    };
    let named: Vec<&Entry> = all.iter().filter(|e| e.name == name).collect();
    if named.is_empty() {
        names.extend(all.iter().map(|e| e.name.as_str()));
        return Err(Failure::usage(format!(
            "unknown API `{word}`: neither built in nor in the discovery directory at {root}{} \
             (`gapi --help` lists the built-in APIs)",
            crate::suggest::did_you_mean(name, names.iter().copied()),
        )));
    }
    let versions = || {
        named
            .iter()
            .map(|e| e.version.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let preferred: Vec<&&Entry> = named.iter().filter(|e| e.preferred).collect();
    let entry = match version {
        Some(v) => named.iter().find(|e| e.version == v).ok_or_else(|| {
            Failure::usage(format!(
                "the API `{name}` has no version `{v}` in the discovery directory; it has {}",
                versions()
            ))
        })?,
        None => match preferred.as_slice() {
            [one] => **one,
            [] if named.len() == 1 => named[0],
            _ => {
                return Err(Failure::usage(format!(
                    "the API `{name}` has several versions ({}): pick one with --api-version or \
                     `{name}:VERSION`",
                    versions()
                )))
            }
        },
    };
    // The name alone calls the preferred version; another needs its version in the word.
    let default = preferred.len() == 1 && preferred[0].version == entry.version
        || preferred.is_empty() && named.len() == 1;
    let word = if default {
        entry.name.clone()
    } else {
        format!("{}:{}", entry.name, entry.version)
    };
    let url = entry.url.clone().unwrap_or_else(|| {
        format!(
            "{root}/discovery/v1/apis/{}/{}/rest",
            entry.name, entry.version
        )
    });
    let json = document(root, entry, &url, http).await?;
    Ok(Found {
        file: url,
        json,
        word,
    })
}

/// The document of `entry`: the copy while it is fresh and not older than the directory says,
/// else fetched from `url` and checked (the copy when the fetch fails).
async fn document(
    root: &str,
    entry: &Entry,
    url: &str,
    http: &HttpClient,
) -> Result<String, Failure> {
    let file_name = format!("{}.{}.json", entry.name, entry.version);
    let copy_path = cache_dir(root).map(|d| d.join(&file_name));
    let copy = copy_path.as_deref().and_then(read_copy);
    let copy_revision = |text: &str| -> Option<String> {
        let value: Value = serde_json::from_str(text).ok()?;
        value.get("revision")?.as_str().map(str::to_owned)
    };
    if let Some((text, age)) = &copy {
        let revision = copy_revision(text);
        // Revisions are dates (`20260101`): later is larger.
        let outdated = match (&entry.revision, &revision) {
            (Some(listed), Some(kept)) => listed.as_str() > kept.as_str(),
            (Some(_), None) => true,
            _ => false,
        };
        if *age < DOCUMENT_FRESH && !outdated && revision.is_some() {
            return Ok(text.clone());
        }
    }
    match crate::apis::fetch("the discovery document", url, attempts(&copy), http).await {
        Ok(text) => {
            let api = crate::apis::load(url, &text)?;
            if api.name != entry.name || api.version != entry.version {
                return Err(Failure::usage(format!(
                    "the document at {url} describes `{}` {}, not `{}` {} as the discovery \
                     directory says",
                    api.name, api.version, entry.name, entry.version
                )));
            }
            if let Some(path) = &copy_path {
                keep(path, &text);
            }
            Ok(text)
        }
        Err(e) if offline(&e) => match copy {
            Some((text, age)) => {
                eprintln!(
                    "gapi: offline: cannot fetch {url} ({}); using its copy from {} ago",
                    crate::output::escape_controls(&e.to_string()),
                    age_text(age)
                );
                Ok(text)
            }
            None => Err(e),
        },
        Err(e) => Err(e),
    }
}
