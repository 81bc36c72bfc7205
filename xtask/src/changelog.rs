//! The history of each API's revisions, and the `CHANGELOG.md` of its generated crate.
//!
//! # Design
//!
//! `cargo xtask regen` must give the same bytes on every machine from what is committed, so a
//! crate's changelog cannot be computed from anything that is not in the repository (an older
//! document is gone once `fetch` replaced it). Instead the history is itself committed:
//!
//! 1. when `cargo xtask fetch` replaces `discovery-json/{name}.{version}.json` with another
//!    revision, it diffs the old document against the new one and puts the diff's entry (the
//!    Markdown of [`crate::diff::markdown::body`], under a `## Revision NEW (was OLD)` heading
//!    and its `Verdict: ...` line) at the top of `discovery-json/changes/{name}.{version}.md`,
//!    newest first; `cargo xtask bump` records a change of the generator the same way, under
//!    `## Generator change at revision R` (see [`crate::release`]);
//! 2. `cargo xtask regen` writes `generated/<crate>/CHANGELOG.md` from a short header that
//!    names the current version and revision and, below it, every entry under a heading that
//!    names the version it made and why. With no history yet the changelog is the header alone.
//!
//! Entries carry no dates or times (the revision is a date), so the files are deterministic.
//! A document replaced by hand gets no entry; `cargo xtask diff --since GIT-REV` shows what such
//! a replacement changed.

use std::fs;
use std::path::{Path, PathBuf};

use crate::diff::{markdown, ApiDiff};
use crate::release::{self, verdict_line, Bump};

/// The start of every entry's heading.
pub const ENTRY_HEADING_PREFIX: &str = "## ";

/// The heading of an entry for a new revision of the document.
const ENTRY_HEADING: &str = "## Revision ";

/// Where the history of the document `file` (e.g. `gmail.v1.json`) is kept.
pub fn history_path(discovery_dir: &Path, file: &str) -> PathBuf {
    let stem = file.strip_suffix(".json").unwrap_or(file);
    discovery_dir.join("changes").join(format!("{stem}.md"))
}

/// The recorded history of `file`, if it has one.
pub fn read_history(discovery_dir: &Path, file: &str) -> Result<Option<String>, String> {
    let path = history_path(discovery_dir, file);
    match fs::read_to_string(&path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

/// The history entry for one revision change, judged `bump` (at least the diff's own verdict;
/// worse when the crate's public API listing says so).
pub fn entry(diff: &ApiDiff, bump: Bump) -> String {
    let new = diff.new_revision.as_deref().unwrap_or("?");
    let mut out = match diff.old_revision.as_deref() {
        Some(old) if old != new => format!("{ENTRY_HEADING}{new} (was {old})\n\n"),
        _ => format!("{ENTRY_HEADING}{new}\n\n"),
    };
    out.push_str(&verdict_line(bump.worst(Bump::of_diff(diff))));
    out.push_str("\n\n");
    out.push_str(&markdown::body(diff, 3));
    out
}

/// The entry for a revision whose predecessor could not be compared (`why` says why), judged
/// `bump` from the public API listings alone.
pub fn entry_without_diff(old_revision: &str, new_revision: &str, why: &str, bump: Bump) -> String {
    format!(
        "{ENTRY_HEADING}{new_revision} (was {old_revision})\n\n{}\n\nNo comparison: {why}\n",
        verdict_line(bump)
    )
}

/// The revision an entry is about, from its heading.
fn entry_revision(entry: &str) -> Option<&str> {
    let rest = entry.strip_prefix(ENTRY_HEADING)?;
    rest.split([' ', '\n']).next()
}

/// Splits a history into its entries, newest first: each starts with a `## ` heading.
pub fn entries(history: &str) -> Vec<&str> {
    let mut starts: Vec<usize> = history
        .match_indices(ENTRY_HEADING_PREFIX)
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || history[..i].ends_with('\n'))
        .collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    let mut out = Vec::new();
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(history.len());
        let text = history[start..end].trim_end();
        if !text.is_empty() {
            out.push(text);
        }
    }
    out
}

/// `history` with `entry` on top. An older entry for the same revision is dropped, so running
/// `fetch` twice for one revision leaves one entry.
pub fn prepend(history: &str, entry: &str) -> String {
    let revision = entry_revision(entry);
    let mut out = entry.trim_end().to_owned();
    out.push('\n');
    for old in entries(history) {
        if revision.is_some() && entry_revision(old) == revision {
            continue;
        }
        out.push('\n');
        out.push_str(old);
        out.push('\n');
    }
    out
}

/// The `CHANGELOG.md` of a generated crate, and the version its history gives it.
pub fn crate_changelog(
    crate_name: &str,
    file: &str,
    revision: &str,
    history: Option<&str>,
) -> Result<(String, release::Version), String> {
    let stem = file.strip_suffix(".json").unwrap_or(file);
    let steps = match history {
        Some(h) => {
            release::steps(h).map_err(|e| format!("discovery-json/changes/{stem}.md: {e}"))?
        }
        None => Vec::new(),
    };
    let version = steps
        .first()
        .map(|s| s.to)
        .unwrap_or(release::Version::BASE);
    let mut out = format!(
        "# Changelog of {crate_name}\n\n\
         Generated by `cargo xtask regen` from `discovery-json/changes/{stem}.md`; do not edit.\n\n\
         Current version: {version}, discovery revision {revision}.\n"
    );
    if steps.is_empty() {
        out.push_str(&format!(
            "\nNo change recorded yet: {} is the first version.\n",
            release::Version::BASE
        ));
    }
    for step in &steps {
        let mut lines = step.entry.lines();
        let heading = lines.next().unwrap_or_default();
        let title = heading
            .strip_prefix(ENTRY_HEADING_PREFIX)
            .unwrap_or(heading);
        out.push_str(&format!("\n## {}: {title}\n\n", step.to));
        out.push_str(&format!(
            "{} from {}: {}.\n",
            step.to,
            step.from,
            why(step.bump, step.from)
        ));
        // The verdict line is said in words above.
        let mut body: Vec<&str> = lines.filter(|l| !l.starts_with("Verdict: ")).collect();
        while body.first().is_some_and(|l| l.trim().is_empty()) {
            body.remove(0);
        }
        if !body.is_empty() {
            out.push('\n');
        }
        for line in body {
            out.push_str(line);
            out.push('\n');
        }
    }
    Ok((out, version))
}

/// Why a step bumped the version the way it did, for the changelog.
fn why(bump: Bump, from: release::Version) -> &'static str {
    match (bump, from.major) {
        (Bump::Breaking, 0) => "a breaking change bumps the minor version while the crate is 0.x",
        (Bump::Breaking, _) => "a breaking change bumps the major version",
        (Bump::Compatible, 0) => {
            "a compatible change bumps the patch version while the crate is 0.x"
        }
        (Bump::Compatible, _) => "a compatible change bumps the minor version",
        (Bump::Behaviour, _) => "signatures are unchanged (behaviour only): a patch version",
        (Bump::None, _) => "nothing users can see changed: a patch version",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_entry_goes_on_top() {
        let history = "## Revision 2 (was 1)\n\nsecond\n\n## Revision 1 (was 0)\n\nfirst\n";
        let updated = prepend(history, "## Revision 3 (was 2)\n\nthird\n");
        assert_eq!(
            updated,
            "## Revision 3 (was 2)\n\nthird\n\n## Revision 2 (was 1)\n\nsecond\n\n## Revision 1 (was 0)\n\nfirst\n"
        );
    }

    #[test]
    fn recording_a_revision_twice_keeps_one_entry() {
        let once = prepend("", "## Revision 2 (was 1)\n\nold text\n");
        let twice = prepend(&once, "## Revision 2 (was 1)\n\nnew text\n");
        assert_eq!(twice, "## Revision 2 (was 1)\n\nnew text\n");
    }

    #[test]
    fn a_crate_without_history_gets_a_header() {
        let (text, version) =
            crate_changelog("google-gmail-v1", "gmail.v1.json", "20261005", None).unwrap();
        assert_eq!(version, release::Version::BASE);
        assert!(text.starts_with("# Changelog of google-gmail-v1\n"));
        assert!(text.contains("discovery-json/changes/gmail.v1.md"));
        assert!(text.contains("Current version: 0.1.0, discovery revision 20261005."));
        assert!(text.ends_with("No change recorded yet: 0.1.0 is the first version.\n"));
    }

    #[test]
    fn each_entry_names_the_version_it_made_and_why() {
        let history = "## Generator change at revision 3\n\nVerdict: compatible.\n\n## Revision 3 (was 2)\n\nVerdict: breaking.\n\n1 breaking, 0 behaviour, 0 compatible.\n";
        let (text, version) =
            crate_changelog("google-x-v1", "x.v1.json", "3", Some(history)).unwrap();
        assert_eq!(version.to_string(), "0.2.1");
        assert!(
            text.contains("Current version: 0.2.1, discovery revision 3."),
            "{text}"
        );
        assert!(text.contains("\n## 0.2.1: Generator change at revision 3\n\n0.2.1 from 0.2.0: a compatible change bumps the patch version while the crate is 0.x.\n"), "{text}");
        assert!(text.contains("\n## 0.2.0: Revision 3 (was 2)\n\n0.2.0 from 0.1.0: a breaking change bumps the minor version while the crate is 0.x.\n"), "{text}");
    }

    #[test]
    fn a_generator_entry_is_never_dropped_as_a_duplicate() {
        let once = prepend(
            "",
            "## Generator change at revision 2\n\nVerdict: breaking.\n",
        );
        let twice = prepend(
            &once,
            "## Generator change at revision 2\n\nVerdict: compatible.\n",
        );
        assert_eq!(entries(&twice).len(), 2);
    }

    #[test]
    fn history_files_sit_beside_the_documents() {
        let path = history_path(Path::new("discovery-json"), "admin.directory_v1.json");
        assert_eq!(
            path,
            Path::new("discovery-json/changes/admin.directory_v1.md")
        );
    }
}
