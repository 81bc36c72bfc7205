//! The committed history of each pinned document, `discovery-json/changes/{stem}.md`: its
//! entries (newest first, each under a `## ` heading with a `Verdict: ...` line), and the crate
//! version they fold to (see [`crate::release`] for the rule and [`crate::changelog`] for the
//! entries' text and the crate's `CHANGELOG.md`).

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::diff::ApiDiff;

/// The start of every entry's heading.
pub const ENTRY_HEADING_PREFIX: &str = "## ";

/// The heading of an entry for a new revision of the document.
pub(crate) const ENTRY_HEADING: &str = "## Revision ";

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

/// How much a step changes a crate for its users, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    /// Code that compiled may no longer compile.
    Breaking,
    /// Something was added; existing code compiles and behaves as before.
    Compatible,
    /// Signatures are unchanged; what goes over the wire may differ.
    Behaviour,
    /// Nothing a user of the crate can see.
    None,
}

impl Bump {
    /// The word of the entry's verdict line.
    pub fn label(self) -> &'static str {
        match self {
            Bump::Breaking => "breaking",
            Bump::Compatible => "compatible",
            Bump::Behaviour => "behaviour",
            Bump::None => "none",
        }
    }

    fn parse(word: &str) -> Option<Bump> {
        [
            Bump::Breaking,
            Bump::Compatible,
            Bump::Behaviour,
            Bump::None,
        ]
        .into_iter()
        .find(|b| b.label() == word)
    }

    /// The verdict of a diff: its worst change.
    pub fn of_diff(diff: &ApiDiff) -> Bump {
        let s = diff.summary;
        if s.breaking > 0 {
            Bump::Breaking
        } else if s.compatible > 0 {
            Bump::Compatible
        } else if s.behaviour > 0 {
            Bump::Behaviour
        } else {
            Bump::None
        }
    }

    /// The verdict of a change of the public API listing: a line gone (removed, or changed and so
    /// removed and added) may break code; lines only added cannot.
    pub fn of_listings(old: &[String], new: &[String]) -> Bump {
        let (removed, added) = listing_changes(old, new);
        if !removed.is_empty() {
            Bump::Breaking
        } else if !added.is_empty() {
            Bump::Compatible
        } else {
            Bump::None
        }
    }

    /// The worse of two verdicts.
    pub fn worst(self, other: Bump) -> Bump {
        self.min(other)
    }
}

/// A crate version, `major.minor.patch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

impl Version {
    /// Every crate's first version.
    pub const BASE: Version = Version {
        major: 0,
        minor: 1,
        patch: 0,
    };

    /// The version after a step judged `bump` (see the table in the module's docs).
    pub fn after(self, bump: Bump) -> Version {
        let Version {
            major,
            minor,
            patch,
        } = self;
        match (major, bump) {
            (0, Bump::Breaking) => Version::new(0, minor + 1, 0),
            (0, _) => Version::new(0, minor, patch + 1),
            (_, Bump::Breaking) => Version::new(major + 1, 0, 0),
            (_, Bump::Compatible) => Version::new(major, minor + 1, 0),
            (_, _) => Version::new(major, minor, patch + 1),
        }
    }

    pub const fn new(major: u64, minor: u64, patch: u64) -> Version {
        Version {
            major,
            minor,
            patch,
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// The line of an entry that carries its verdict.
const VERDICT: &str = "Verdict: ";

/// The verdict line for `bump`.
pub fn verdict_line(bump: Bump) -> String {
    format!("{VERDICT}{}.", bump.label())
}

/// One step of a crate's history, with the versions before and after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step<'h> {
    /// The entry as recorded, heading first.
    pub entry: &'h str,
    pub bump: Bump,
    pub from: Version,
    pub to: Version,
}

/// The steps of a history (newest first, as recorded), each with its versions; `Err` names an
/// entry without a verdict line.
pub fn steps(history: &str) -> Result<Vec<Step<'_>>, String> {
    let entries = entries(history);
    let mut steps = Vec::with_capacity(entries.len());
    let mut version = Version::BASE;
    for entry in entries.into_iter().rev() {
        let bump = entry_bump(entry)?;
        let to = version.after(bump);
        steps.push(Step {
            entry,
            bump,
            from: version,
            to,
        });
        version = to;
    }
    steps.reverse();
    Ok(steps)
}

/// The version a crate has after its whole history.
pub fn version(history: Option<&str>) -> Result<Version, String> {
    Ok(match history {
        Some(history) => steps(history)?
            .first()
            .map(|s| s.to)
            .unwrap_or(Version::BASE),
        None => Version::BASE,
    })
}

fn entry_bump(entry: &str) -> Result<Bump, String> {
    let heading = entry.lines().next().unwrap_or_default();
    let line = entry
        .lines()
        .find_map(|l| l.strip_prefix(VERDICT))
        .ok_or_else(|| format!("the entry `{heading}` has no `{VERDICT}...` line"))?;
    let word = line.trim().trim_end_matches('.');
    Bump::parse(word).ok_or_else(|| {
        format!("the entry `{heading}` has the verdict `{word}`; expected breaking, compatible, behaviour or none")
    })
}

/// The lines of `old` not in `new`, and the lines of `new` not in `old` (both sorted).
pub fn listing_changes<'a>(old: &'a [String], new: &'a [String]) -> (Vec<&'a str>, Vec<&'a str>) {
    let old_set: std::collections::BTreeSet<&str> = old.iter().map(String::as_str).collect();
    let new_set: std::collections::BTreeSet<&str> = new.iter().map(String::as_str).collect();
    (
        old_set.difference(&new_set).copied().collect(),
        new_set.difference(&old_set).copied().collect(),
    )
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
    #[test]
    fn while_0_x_breaking_bumps_the_minor_and_the_rest_the_patch() {
        let v = Version::BASE;
        assert_eq!(v.after(Bump::Breaking), Version::new(0, 2, 0));
        assert_eq!(v.after(Bump::Compatible), Version::new(0, 1, 1));
        assert_eq!(v.after(Bump::Behaviour), Version::new(0, 1, 1));
        assert_eq!(v.after(Bump::None), Version::new(0, 1, 1));
    }

    #[test]
    fn from_1_0_breaking_bumps_the_major_compatible_the_minor() {
        let v = Version::new(1, 2, 3);
        assert_eq!(v.after(Bump::Breaking), Version::new(2, 0, 0));
        assert_eq!(v.after(Bump::Compatible), Version::new(1, 3, 0));
        assert_eq!(v.after(Bump::Behaviour), Version::new(1, 2, 4));
        assert_eq!(v.after(Bump::None), Version::new(1, 2, 4));
    }

    #[test]
    fn the_history_is_folded_oldest_first() {
        let history = "## Revision 3 (was 2)\n\nVerdict: compatible.\n\n## Revision 2 (was 1)\n\nVerdict: breaking.\n";
        let steps = steps(history).unwrap();
        assert_eq!(steps.len(), 2);
        assert_eq!(
            (steps[1].from, steps[1].to),
            (Version::BASE, Version::new(0, 2, 0))
        );
        assert_eq!(
            (steps[0].from, steps[0].to),
            (Version::new(0, 2, 0), Version::new(0, 2, 1))
        );
        assert_eq!(version(Some(history)).unwrap(), Version::new(0, 2, 1));
        assert_eq!(version(None).unwrap(), Version::BASE);
    }

    #[test]
    fn an_entry_without_a_verdict_is_refused() {
        let e = version(Some("## Revision 2 (was 1)\n\nsomething\n")).unwrap_err();
        assert!(e.contains("Revision 2 (was 1)"), "{e}");
    }

    #[test]
    fn a_listing_that_loses_a_line_is_breaking() {
        let old = vec!["fn a".to_owned(), "fn b".to_owned()];
        let more = vec!["fn a".to_owned(), "fn b".to_owned(), "fn c".to_owned()];
        let changed = vec!["fn a".to_owned(), "fn b2".to_owned()];
        assert_eq!(Bump::of_listings(&old, &old), Bump::None);
        assert_eq!(Bump::of_listings(&old, &more), Bump::Compatible);
        assert_eq!(Bump::of_listings(&old, &changed), Bump::Breaking);
    }
}
