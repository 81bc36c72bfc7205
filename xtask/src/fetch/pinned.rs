//! The pinned documents of `discovery-json/` as fetch reads them, how their revisions compare,
//! and what became of each.

use std::cmp::Ordering;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diff::Summary;

/// Which way two revisions (`YYYYMMDD`) are ordered; numbers compare as numbers.
pub fn compare_revisions(old: &str, new: &str) -> Ordering {
    let numeric = |r: &str| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit());
    if numeric(old) && numeric(new) {
        let (a, b) = (old.trim_start_matches('0'), new.trim_start_matches('0'));
        a.len().cmp(&b.len()).then_with(|| a.cmp(b))
    } else {
        old.cmp(new)
    }
}

/// What became of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// The server has the same bytes.
    Unchanged,
    /// Same revision, other bytes, and no `--force`: the pinned file stays.
    KeptSameRevision,
    /// The file was replaced; the diff's counts, when the old document could be compared.
    Replaced(Option<Summary>),
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub file: String,
    pub name: String,
    pub version: String,
    pub old_revision: String,
    pub new_revision: String,
    pub status: Status,
}

impl Outcome {
    /// E.g. `gmail v1: revision 20230911 -> 20261005 (2 breaking, 0 behaviour, 16 compatible)`.
    pub fn line(&self) -> String {
        let api = format!("{} {}", self.name, self.version);
        let (old, new) = (&self.old_revision, &self.new_revision);
        match &self.status {
            Status::Unchanged => format!("{api}: revision {old}, unchanged"),
            Status::KeptSameRevision => {
                format!("{api}: revision {old}, served with other content; kept (--force takes it)")
            }
            Status::Replaced(summary) => {
                let older = if compare_revisions(old, new) == Ordering::Greater {
                    " (older, forced)"
                } else {
                    ""
                };
                let counts = match summary {
                    Some(s) => format!(
                        " ({} breaking, {} behaviour, {} compatible)",
                        s.breaking, s.behaviour, s.compatible
                    ),
                    None => String::new(),
                };
                format!("{api}: revision {old} -> {new}{older}{counts}")
            }
        }
    }
}

/// The fields of a document that fetch needs before the full check.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(super) struct Header {
    pub(super) name: String,
    pub(super) version: String,
    pub(super) revision: String,
}

/// A document in `discovery-json/`.
#[derive(Debug)]
pub(super) struct Pinned {
    pub(super) file: String,
    pub(super) path: PathBuf,
    pub(super) header: Header,
    pub(super) bytes: Vec<u8>,
}

/// Every `*.json` file of `dir` with its name, version and revision.
pub(super) fn read_pinned(dir: &Path) -> Result<Vec<Pinned>, String> {
    let mut paths = crate::json_documents(dir)?;
    paths.retain(|p| p.is_file());
    let mut out = Vec::with_capacity(paths.len());
    for path in paths {
        let bytes = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let header: Header = serde_json::from_slice(&bytes)
            .map_err(|e| format!("{}: not a JSON discovery document: {e}", path.display()))?;
        if header.name.is_empty() || header.version.is_empty() {
            return Err(format!(
                "{}: expected a `name` and a `version` to know where to fetch it from",
                path.display()
            ));
        }
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push(Pinned {
            file,
            path,
            header,
            bytes,
        });
    }
    Ok(out)
}

/// The pinned documents the arguments ask for: all of them when there are none.
pub(super) fn select(pinned: Vec<Pinned>, wanted: &[String]) -> Result<Vec<Pinned>, String> {
    if wanted.is_empty() {
        return Ok(pinned);
    }
    let matches = |p: &Pinned, w: &str| {
        let stem = p.file.strip_suffix(".json").unwrap_or(&p.file);
        w == p.file
            || w == stem
            || w == p.header.name
            || w == format!("{}.{}", p.header.name, p.header.version)
    };
    for w in wanted {
        if !pinned.iter().any(|p| matches(p, w)) {
            let known: Vec<&str> = pinned
                .iter()
                .map(|p| p.file.strip_suffix(".json").unwrap_or(&p.file))
                .collect();
            return Err(format!(
                "`{w}` is not a pinned API; pinned: {}",
                known.join(", ")
            ));
        }
    }
    Ok(pinned
        .into_iter()
        .filter(|p| wanted.iter().any(|w| matches(p, w)))
        .collect())
}

pub(super) fn document_url(root: &str, header: &Header) -> String {
    format!(
        "{root}/discovery/v1/apis/{}/{}/rest",
        header.name, header.version
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_compare_as_dates() {
        assert_eq!(compare_revisions("20230914", "20260729"), Ordering::Less);
        assert_eq!(compare_revisions("20260729", "20230914"), Ordering::Greater);
        assert_eq!(compare_revisions("20260729", "20260729"), Ordering::Equal);
        assert_eq!(compare_revisions("", "20260729"), Ordering::Less);
    }
}
