//! `cargo xtask diff`: what changed between two revisions of an API, as a user of the generated
//! crate sees it, each change judged breaking or not.
//!
//! Both documents are read into codegen's checked model, so every name in a report is the Rust
//! name a user writes (`client.users().messages().list()`, `schemas::Message`, `max_results`).
//! The walk is split by subject: `header` (URLs, batch, scopes, standard parameters),
//! `methods` (resources, methods, parameters, bodies, media, paging) and `types` (schemas,
//! fields, enum values) and `features` (cargo features of resources, and the features that compile
//! each schema). Every judgement is a named function in [`rules`], where the yardstick
//! is written down.
//!
//! # Usage
//!
//! ```text
//! cargo xtask diff OLD NEW             two documents, or two folders of documents
//! cargo xtask diff --since GIT-REV     discovery-json/ at GIT-REV against the working tree
//!     --format markdown|json           markdown (the default) suits release notes
//!     --deny-breaking                  exit non-zero when any change is breaking
//! ```
//!
//! Folders are paired by each document's own `name` and `version`, not by file name; a document
//! on one side only is reported as an API added or removed.
//!
//! # JSON output (`format_version` 1)
//!
//! ```text
//! {
//!   "format_version": 1,
//!   "breaking": 3,                          total breaking changes over all APIs
//!   "apis": [                               sorted by name, then version
//!     {
//!       "name": "androidenterprise", "version": "v1", "crate": "google-androidenterprise-v1",
//!       "old_revision": "20230914",         null when the API is new
//!       "new_revision": "20260729",         null when the API was removed
//!       "summary": { "breaking": 3, "behaviour": 1, "compatible": 40 },
//!       "changes": [                        breaking first, then by item, owner and name
//!         {
//!           "impact": "breaking",           breaking | behaviour | compatible
//!           "item": "method",               api | resource | method | parameter | request |
//!                                           response | upload | accepted_type | scope | type |
//!                                           field | enum_value | feature
//!           "action": "removed",            added | removed | changed
//!           "name": "client.enterprises().create_enrollment_token()",
//!           "owner": null,                  the method or type it belongs to, or null
//!           "wire": "androidenterprise.enterprises.createEnrollmentToken",
//!                                           the discovery name; "" when the same as name
//!           "detail": "",                   what changed, e.g. "`String` -> `i64`"; may be ""
//!           "reason": "code that calls it no longer compiles"
//!         }
//!       ]
//!     }
//!   ]
//! }
//! ```
//!
//! New keys may be added to objects; existing keys keep their meaning while `format_version`
//! stays 1. Output is deterministic: the same inputs give the same bytes.

mod change;
pub mod cli;
mod features;
mod header;
pub mod inputs;
pub mod markdown;
mod media;
mod methods;
mod params;
pub mod rules;
mod spelling;
mod types;

use codegen::model::Api;
use serde::Serialize;

pub use change::{Action, Change, Impact, Item, Verdict};
pub use cli::run;

/// The changes of one API between two revisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiDiff {
    pub name: String,
    pub version: String,
    #[serde(rename = "crate")]
    pub crate_name: String,
    pub old_revision: Option<String>,
    pub new_revision: Option<String>,
    pub summary: Summary,
    pub changes: Vec<Change>,
}

/// How many changes of each impact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub breaking: usize,
    pub behaviour: usize,
    pub compatible: usize,
}

impl ApiDiff {
    fn new(api: &Api, old: Option<&Api>, new: Option<&Api>, mut changes: Vec<Change>) -> Self {
        changes.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        changes.dedup();
        let mut summary = Summary::default();
        for change in &changes {
            match change.impact {
                Impact::Breaking => summary.breaking += 1,
                Impact::Behaviour => summary.behaviour += 1,
                Impact::Compatible => summary.compatible += 1,
            }
        }
        ApiDiff {
            name: api.name.clone(),
            version: api.version.clone(),
            crate_name: api.crate_name.clone(),
            old_revision: old.map(|a| a.revision.clone()),
            new_revision: new.map(|a| a.revision.clone()),
            summary,
            changes,
        }
    }

    pub fn is_breaking(&self) -> bool {
        self.summary.breaking > 0
    }

    /// The changes of one item and action, e.g. every method removed.
    pub fn changes_of(&self, item: Item, action: Action) -> impl Iterator<Item = &Change> {
        self.changes
            .iter()
            .filter(move |c| c.item == item && c.action == action)
    }
}

/// Every change from `old` to `new`, two revisions of one API.
pub fn compare(old: &Api, new: &Api) -> ApiDiff {
    let mut changes = Vec::new();
    header::compare(old, new, &mut changes);
    methods::compare(old, new, &mut changes);
    types::compare(old, new, &mut changes);
    features::compare(old, new, &mut changes);
    ApiDiff::new(new, Some(old), Some(new), changes)
}

/// An API that exists only in the new set.
pub fn added(new: &Api) -> ApiDiff {
    let change = Change::new(
        rules::api_added(),
        Item::Api,
        Action::Added,
        &new.crate_name,
    )
    .detail(format!("{} {}", new.name, new.version));
    ApiDiff::new(new, None, Some(new), vec![change])
}

/// An API that exists only in the old set.
pub fn removed(old: &Api) -> ApiDiff {
    let change = Change::new(
        rules::api_removed(),
        Item::Api,
        Action::Removed,
        &old.crate_name,
    )
    .detail(format!("{} {}", old.name, old.version));
    ApiDiff::new(old, Some(old), None, vec![change])
}

/// Pairs two sets of APIs by name and version and compares each pair, sorted by API.
pub fn compare_sets(old: &[Api], new: &[Api]) -> Vec<ApiDiff> {
    let key = |api: &Api| (api.name.clone(), api.version.clone());
    let mut out = Vec::new();
    for old_api in old {
        match new.iter().find(|n| key(n) == key(old_api)) {
            Some(new_api) => out.push(compare(old_api, new_api)),
            None => out.push(removed(old_api)),
        }
    }
    for new_api in new {
        if !old.iter().any(|o| key(o) == key(new_api)) {
            out.push(added(new_api));
        }
    }
    out.sort_by(|a, b| (&a.name, &a.version).cmp(&(&b.name, &b.version)));
    out
}

/// The whole report, as `--format json` writes it.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub format_version: u32,
    pub breaking: usize,
    pub apis: Vec<ApiDiff>,
}

impl Report {
    pub fn new(apis: Vec<ApiDiff>) -> Self {
        Report {
            format_version: 1,
            breaking: apis.iter().map(|a| a.summary.breaking).sum(),
            apis,
        }
    }

    /// The report as pretty JSON, ending with a newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}
