//! The version of each generated crate, as a pure function of committed files.
//!
//! # Design
//!
//! A crate's version is not typed by anyone: it is folded from its history. Every entry of
//! `discovery-json/changes/{stem}.md` (see [`crate::history`]) is one step of the crate and
//! carries a verdict line, `Verdict: breaking.` (or `compatible`, `behaviour`, `none`). Starting
//! from [`Version::BASE`] (0.1.0), the oldest step first, each step bumps the version by its
//! verdict ([`Version::after`]):
//!
//! | verdict | 1.0 and later | while 0.x |
//! | --- | --- | --- |
//! | breaking: code that compiled may not | major | minor |
//! | compatible: something added | minor | patch |
//! | behaviour, none: same signatures | patch | patch |
//!
//! Two kinds of step exist:
//! - a **revision** of the document, recorded by `cargo xtask fetch`: its verdict is the worse of
//!   `cargo xtask diff`'s verdict and the change of the public API listing (below);
//! - a **change of the generator** that changes a crate's public API, recorded by
//!   `cargo xtask bump`: its verdict comes from the listing alone.
//!
//! The public API listing, `discovery-json/changes/{stem}.api`, is the crate's public items as
//! [`codegen::surface`] lists them, as of the newest step. `regen` computes the listing of the
//! crate it generates and refuses to write (and `regen --check` fails) when it differs from the
//! committed one: a generator change that users can see cannot be released under the old
//! version. `cargo xtask bump` then records the step: a line removed or changed is breaking, only
//! lines added is compatible. So `regen` reads only committed files, and its output (version,
//! `CHANGELOG.md`) stays exact.

use std::fs;
use std::path::{Path, PathBuf};

use crate::history::{self, listing_changes, verdict_line, version, Bump};

/// Where the public API listing of the document `file` is kept.
pub fn listing_path(discovery_dir: &Path, file: &str) -> PathBuf {
    let stem = file.strip_suffix(".json").unwrap_or(file);
    discovery_dir.join("changes").join(format!("{stem}.api"))
}

/// The recorded listing of `file`, if there is one.
pub fn read_listing(discovery_dir: &Path, file: &str) -> Result<Option<Vec<String>>, String> {
    let path = listing_path(discovery_dir, file);
    match fs::read_to_string(&path) {
        // Read through the listing's spelling rule, so that a line recorded before a change of
        // the rule compares equal to the same item listed today.
        Ok(text) => {
            let lines: std::collections::BTreeSet<String> =
                text.lines().map(codegen::surface::normalized).collect();
            Ok(Some(lines.into_iter().collect()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

/// A listing as its file holds it: one item a line.
pub fn listing_text(lines: &[String]) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// The public API listing of a generated crate: its items (see [`codegen::surface`]) and the
/// runtime it re-exports, as the line `requires google-api-runtime 0.2` (the version requirement a
/// breaking runtime release changes). `discovery_dir`'s sibling `runtime/Cargo.toml` names the
/// runtime's version; without one (a scratch repository) the line is left out.
pub fn crate_listing(
    discovery_dir: &Path,
    generated: &codegen::GeneratedCrate,
) -> Result<Vec<String>, String> {
    let mut listing = generated
        .public_api()
        .map_err(|e| format!("{}: generator bug: {e}", generated.crate_name))?;
    if let Some(line) = runtime_requirement(discovery_dir)? {
        listing.push(line);
        listing.sort();
    }
    Ok(listing)
}

/// `requires google-api-runtime MAJOR` (`0.MINOR` while 0.x), from the runtime's manifest.
fn runtime_requirement(discovery_dir: &Path) -> Result<Option<String>, String> {
    let Some(root) = discovery_dir.parent() else {
        return Ok(None);
    };
    let manifest = root.join("runtime").join("Cargo.toml");
    let text = match fs::read_to_string(&manifest) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {}: {e}", manifest.display())),
    };
    let version = text
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .ok_or_else(|| format!("{} names no version", manifest.display()))?;
    let mut parts = version.split('.');
    let requirement = match (parts.next(), parts.next()) {
        (Some("0"), Some(minor)) => format!("0.{minor}"),
        (Some(major), _) => major.to_owned(),
        _ => version.to_owned(),
    };
    Ok(Some(format!("requires google-api-runtime {requirement}")))
}

/// How many changed lines an entry shows before it only counts them.
const SHOWN: usize = 12;

/// The entry for a change of the public API that no new revision explains: a change of the
/// generator (or a document replaced by hand), at document revision `revision`.
/// `note`, when given, says in words what changed and what users do about it.
pub fn generator_entry(
    revision: &str,
    old: &[String],
    new: &[String],
    note: Option<&str>,
) -> String {
    let bump = Bump::of_listings(old, new);
    let (removed, added) = listing_changes(old, new);
    let note = note
        .map(|n| format!("{}\n\n", n.trim()))
        .unwrap_or_default();
    let mut out = format!(
        "{}Generator change at revision {revision}\n\n{}\n\n{note}The public API changed without a new revision of the document: {} item{} removed or changed, {} added.\n",
        history::ENTRY_HEADING_PREFIX,
        verdict_line(bump),
        removed.len(),
        if removed.len() == 1 { "" } else { "s" },
        added.len()
    );
    for (title, lines) in [("Removed or changed", &removed), ("Added", &added)] {
        if lines.is_empty() {
            continue;
        }
        out.push_str(&format!("\n### {title}\n\n"));
        for line in lines.iter().take(SHOWN) {
            out.push_str(&format!("- {}\n", changelog_code(line)));
        }
        if lines.len() > SHOWN {
            out.push_str(&format!("- ... and {} more\n", lines.len() - SHOWN));
        }
    }
    out
}

/// A listing line as a Markdown code span.
fn changelog_code(line: &str) -> String {
    let fence = if line.contains('`') { "``" } else { "`" };
    format!("{fence}{line}{fence}")
}

/// `cargo xtask bump`: for every document of `discovery-json/`, compares the public API of the
/// crate the generator makes now with the recorded listing; where they differ, records a step
/// ([`generator_entry`]) at the top of the history and the new listing. A crate without a listing
/// gets its first one, with no step. `--note TEXT` puts a paragraph in every step recorded: what
/// changed, in words, and what users do about it.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let note = match args {
        [] => None,
        [flag, text] if flag == "--note" && !text.trim().is_empty() => Some(text.as_str()),
        _ => return Err(format!("bump takes only `--note TEXT`, not {args:?}")),
    };
    let discovery_dir = root.join("discovery-json");
    let documents = crate::json_documents(&discovery_dir)?;
    for path in documents {
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let json = fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let history = history::read_history(&discovery_dir, &file)?;
        let before = version(history.as_deref())?;
        let generated = codegen::generate(&file, &json).map_err(|e| e.to_string())?;
        let listing = crate_listing(&discovery_dir, &generated)?;
        let listing_file = listing_path(&discovery_dir, &file);
        let recorded = read_listing(&discovery_dir, &file)?;
        let name = &generated.crate_name;
        match recorded {
            Some(recorded) if recorded == listing => println!("{name:<34} {before}: unchanged"),
            Some(recorded) => {
                let entry = generator_entry(&generated.revision, &recorded, &listing, note);
                let updated = history::prepend(history.as_deref().unwrap_or(""), &entry);
                let after = version(Some(&updated))?;
                write(&history::history_path(&discovery_dir, &file), &updated)?;
                write(&listing_file, &listing_text(&listing))?;
                println!(
                    "{name:<34} {before} -> {after}: {}",
                    Bump::of_listings(&recorded, &listing).label()
                );
            }
            None => {
                write(&listing_file, &listing_text(&listing))?;
                println!("{name:<34} {before}: first listing of its public API recorded");
            }
        }
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generator_entry_lists_the_lines_gone_and_added() {
        let old = vec!["fn a".to_owned(), "fn b".to_owned()];
        let changed = vec!["fn a".to_owned(), "fn b2".to_owned()];
        let entry = generator_entry("20261005", &old, &changed, Some("Why."));
        assert!(
            entry.starts_with("## Generator change at revision 20261005\n\nVerdict: breaking.\n"),
            "{entry}"
        );
        assert!(
            entry.contains("- `fn b`\n") && entry.contains("- `fn b2`\n"),
            "{entry}"
        );
    }
}
