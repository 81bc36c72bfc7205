//! The report as Markdown, for release notes: one section per API, breaking changes first, one
//! line per change with its reason.

use std::fmt::Write as _;

use super::change::{Change, Impact};
use super::ApiDiff;

/// The whole report: a `##` section per API.
pub fn report(apis: &[ApiDiff]) -> String {
    let mut out = String::new();
    if apis.is_empty() {
        out.push_str("No APIs to compare.\n");
    }
    for (i, api) in apis.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "## {} {} (`{}`): {}\n",
            api.name,
            api.version,
            api.crate_name,
            revisions(api)
        );
        out.push_str(&body(api, 3));
    }
    out
}

/// "revision 20230914 -> 20260729", or what stands for a missing side.
pub fn revisions(api: &ApiDiff) -> String {
    match (&api.old_revision, &api.new_revision) {
        (Some(a), Some(b)) if a == b => format!("revision {a}"),
        (Some(a), Some(b)) => format!("revision {a} -> {b}"),
        (None, Some(b)) => format!("new at revision {b}"),
        (Some(a), None) => format!("removed after revision {a}"),
        (None, None) => String::new(),
    }
}

/// The counts, then one section per impact, with headings at `level` (`###` for 3).
pub fn body(api: &ApiDiff, level: usize) -> String {
    let mut out = String::new();
    let s = api.summary;
    if api.changes.is_empty() {
        out.push_str("No changes that the Rust API can see.\n");
        return out;
    }
    let _ = writeln!(
        out,
        "{} breaking, {} behaviour, {} compatible.",
        s.breaking, s.behaviour, s.compatible
    );
    let hashes = "#".repeat(level);
    for (impact, title) in [
        (Impact::Breaking, "Breaking"),
        (Impact::Behaviour, "Behaviour"),
        (Impact::Compatible, "Compatible"),
    ] {
        let lines: Vec<String> = api
            .changes
            .iter()
            .filter(|c| c.impact == impact)
            .map(line)
            .collect();
        if lines.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{hashes} {title}\n");
        for l in lines {
            out.push_str(&l);
            out.push('\n');
        }
    }
    out
}

/// One change: "- Method `x` (`wire`) removed: code that calls it no longer compiles."
pub fn line(change: &Change) -> String {
    let mut out = String::from("- ");
    out.push_str(&capitalised(change.item.noun()));
    let _ = write!(out, " `{}`", change.name);
    if let Some(owner) = &change.owner {
        if owner.contains(' ') {
            let _ = write!(out, " of {owner}");
        } else {
            let _ = write!(out, " of `{owner}`");
        }
    }
    if !change.wire.is_empty() {
        let _ = write!(out, " (`{}`)", change.wire);
    }
    let _ = write!(out, " {}", change.action.verb());
    if !change.detail.is_empty() {
        let _ = write!(out, " ({})", change.detail);
    }
    let _ = write!(out, ": {}.", change.reason);
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
