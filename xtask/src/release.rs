//! The version of each generated crate, as a pure function of committed files.
//!
//! # Design
//!
//! A crate's version is not typed by anyone: it is folded from its history. Every entry of
//! `discovery-json/changes/{stem}.md` (see [`crate::changelog`]) is one step of the crate and
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

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::changelog;
use crate::diff::ApiDiff;

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
    let entries = changelog::entries(history);
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

/// Where the public API listing of the document `file` is kept.
pub fn listing_path(discovery_dir: &Path, file: &str) -> PathBuf {
    let stem = file.strip_suffix(".json").unwrap_or(file);
    discovery_dir.join("changes").join(format!("{stem}.api"))
}

/// The recorded listing of `file`, if there is one.
pub fn read_listing(discovery_dir: &Path, file: &str) -> Result<Option<Vec<String>>, String> {
    let path = listing_path(discovery_dir, file);
    match fs::read_to_string(&path) {
        Ok(text) => Ok(Some(text.lines().map(str::to_owned).collect())),
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

/// The lines of `old` not in `new`, and the lines of `new` not in `old` (both sorted).
pub fn listing_changes<'a>(old: &'a [String], new: &'a [String]) -> (Vec<&'a str>, Vec<&'a str>) {
    let old_set: std::collections::BTreeSet<&str> = old.iter().map(String::as_str).collect();
    let new_set: std::collections::BTreeSet<&str> = new.iter().map(String::as_str).collect();
    (
        old_set.difference(&new_set).copied().collect(),
        new_set.difference(&old_set).copied().collect(),
    )
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
        changelog::ENTRY_HEADING_PREFIX,
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
        let history = changelog::read_history(&discovery_dir, &file)?;
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
                let updated = changelog::prepend(history.as_deref().unwrap_or(""), &entry);
                let after = version(Some(&updated))?;
                write(&changelog::history_path(&discovery_dir, &file), &updated)?;
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
