//! The maintainer's tool as a library, so that its tests can drive each command directly; the
//! `xtask` binary only dispatches to it.
//!
//! - [`regen`]: every crate under `generated/` from `discovery-json/`, all or nothing;
//! - [`corpus`]: the generator proven on a folder of documents;
//! - [`operations`]: Compute Engine's operations through a crate generated from the corpus;
//! - [`bench`]: what regeneration and the generated crates cost;
//! - [`fetch`]: new revisions of the pinned documents from Google's discovery service;
//! - [`diff`]: what changed between two revisions, judged breaking or not;
//! - [`changelog`]: the recorded history of each API and the `CHANGELOG.md` of its crate;
//! - [`release`]: each crate's version, folded from its history, and its public API listing;
//! - [`bench_diff`]: how long a diff of the largest documents takes;
//! - [`layers`]: the import circles between the modules of each hand-written crate.

pub mod bench;
pub mod bench_diff;
pub mod changelog;
pub mod corpus;
pub mod diff;
pub mod fetch;
pub mod history;
pub mod layers;
pub mod operations;
pub mod regen;
pub mod release;

use std::path::{Path, PathBuf};

/// The `*.json` entries of `dir`, sorted by path: the documents of a folder such as
/// `discovery-json/`.
pub fn json_documents(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut documents: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "json"))
        .collect();
    documents.sort();
    Ok(documents)
}
