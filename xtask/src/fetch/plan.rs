//! The checks and writes of `fetch`: is a downloaded document acceptable, what becomes of it,
//! and how it reaches the disk.

use std::cmp::Ordering;
use std::fs;
use std::path::{Path, PathBuf};

use super::pinned::{compare_revisions, Outcome, Pinned, Status};
use crate::changelog;
use crate::diff;
use crate::history::{self, Bump};
use crate::release;

/// What will be done with one downloaded document.
pub(super) struct Plan {
    pub(super) outcome: Outcome,
    path: PathBuf,
    /// The bytes to write, when the document is replaced.
    body: Option<Vec<u8>>,
    /// The history entry to record, when the revision changed, and the crate's public API
    /// listing after it.
    entry: Option<(String, Vec<String>)>,
}

/// Checks one downloaded document against its pinned version and decides what to do.
pub(super) fn plan(pinned: &Pinned, body: Vec<u8>, url: &str, force: bool) -> Result<Plan, String> {
    let text = std::str::from_utf8(&body)
        .map_err(|e| format!("{url}: the document is not UTF-8 ({e})"))?;
    let new_api = codegen::model::build(&pinned.file, text)
        .map_err(|e| format!("{url}: not a valid discovery document: {e}"))?;
    let old = &pinned.header;
    if (new_api.name.as_str(), new_api.version.as_str())
        != (old.name.as_str(), old.version.as_str())
    {
        return Err(format!(
            "{url}: served {} {}; expected {} {} for {}",
            new_api.name, new_api.version, old.name, old.version, pinned.file
        ));
    }
    let generated =
        super::check_generates(&pinned.file, text).map_err(|e| format!("{url}: refused: {e}"))?;
    let discovery_dir = pinned.path.parent().unwrap_or(Path::new("."));
    let listing = release::crate_listing(discovery_dir, &generated)?;
    let mut outcome = Outcome {
        file: pinned.file.clone(),
        name: old.name.clone(),
        version: old.version.clone(),
        old_revision: old.revision.clone(),
        new_revision: new_api.revision.clone(),
        status: Status::Unchanged,
    };
    let keep = |outcome: Outcome| Plan {
        outcome,
        path: pinned.path.clone(),
        body: None,
        entry: None,
    };
    if body == pinned.bytes {
        return Ok(keep(outcome));
    }
    match compare_revisions(&old.revision, &new_api.revision) {
        Ordering::Greater if !force => {
            return Err(format!(
                "{url}: revision {} is older than the pinned {} of {}; refusing to replace it \
                 (--force takes it)",
                new_api.revision, old.revision, pinned.file
            ))
        }
        Ordering::Equal if !force => {
            outcome.status = Status::KeptSameRevision;
            return Ok(keep(outcome));
        }
        _ => {}
    }
    let (summary, entry) = if old.revision == new_api.revision {
        (None, None)
    } else {
        // The recorded public API listing judges the step too: a change the diff cannot name
        // (the generator's) still bumps the version as it should.
        let listed = release::read_listing(discovery_dir, &pinned.file)?
            .map(|recorded| Bump::of_listings(&recorded, &listing));
        let old_text = String::from_utf8_lossy(&pinned.bytes);
        match codegen::model::build(&pinned.file, &old_text) {
            Ok(old_api) => {
                let diff = diff::compare(&old_api, &new_api);
                (
                    Some(diff.summary),
                    Some((
                        changelog::entry(&diff, listed.unwrap_or(Bump::None)),
                        listing,
                    )),
                )
            }
            Err(e) => (
                None,
                Some((
                    changelog::entry_without_diff(
                        &old.revision,
                        &new_api.revision,
                        &format!("the previous document did not pass the model ({e})"),
                        // Nothing to compare with at all: assume the worst.
                        listed.unwrap_or(Bump::Breaking),
                    ),
                    listing,
                )),
            ),
        }
    };
    outcome.status = Status::Replaced(summary);
    Ok(Plan {
        outcome,
        path: pinned.path.clone(),
        body: Some(body),
        entry,
    })
}

impl Plan {
    /// Records the history entry, then replaces the document; each file atomically.
    pub(super) fn write(&self, discovery_dir: &Path) -> Result<(), String> {
        let Some(body) = &self.body else {
            return Ok(());
        };
        if let Some((entry, listing)) = &self.entry {
            let history = history::read_history(discovery_dir, &self.outcome.file)?;
            let updated = history::prepend(history.as_deref().unwrap_or(""), entry);
            let path = history::history_path(discovery_dir, &self.outcome.file);
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            write_atomically(&path, updated.as_bytes())?;
            let listing_path = release::listing_path(discovery_dir, &self.outcome.file);
            write_atomically(&listing_path, release::listing_text(listing).as_bytes())?;
        }
        write_atomically(&self.path, body)
    }
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`, so a reader
/// sees the old file or the new one, never half of one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        use std::io::Write as _;
        let mut file = fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temporary, path)
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&temporary);
        format!("cannot write {}: {e}", path.display())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atomic_write_leaves_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("xtask-atomic-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let target = dir.join("a.json");
        write_atomically(&target, b"one").unwrap();
        write_atomically(&target, b"two").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"two");
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        fs::remove_dir_all(&dir).unwrap();
    }
}
