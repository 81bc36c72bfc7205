//! The maintainer's tool as a library, so that its tests can drive each command directly; the
//! `xtask` binary only dispatches to it.
//!
//! - [`fetch`]: new revisions of the pinned documents from Google's discovery service;
//! - [`diff`]: what changed between two revisions, judged breaking or not;
//! - [`changelog`]: the recorded history of each API and the `CHANGELOG.md` of its crate;
//! - [`bench_diff`]: how long a diff of the largest documents takes.

pub mod bench_diff;
pub mod changelog;
pub mod diff;
pub mod fetch;
