//! The versions a crate would have had: the committed revision history of each seed API
//! (`../shared/discovery-json/history/2023-09` and `2024-07`, then the pinned document) replayed
//! through the same steps `cargo xtask fetch` records, and folded into versions by the same
//! function `regen` uses. The verdicts come from `cargo xtask diff` and the public API listings,
//! never from a table in this test.

use std::fs;
use std::path::{Path, PathBuf};

use xtask::changelog;
use xtask::diff;
use xtask::history::{self, Bump, Version};

const SNAPSHOTS: &[&str] = &["2023-09", "2024-07"];
const APIS: &[&str] = &[
    "gmail.v1.json",
    "admin.directory_v1.json",
    "androidenterprise.v1.json",
    "androidmanagement.v1.json",
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// One revision of a document: where it was taken, its model and its crate's public API.
struct Revision {
    label: String,
    api: codegen::model::Api,
    listing: Vec<String>,
}

fn revision(label: &str, file: &str, path: &Path) -> Revision {
    let json = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let api = codegen::model::build(file, &json).unwrap_or_else(|e| panic!("{e}"));
    let listing = codegen::generate(file, &json)
        .unwrap_or_else(|e| panic!("{e}"))
        .public_api()
        .unwrap_or_else(|e| panic!("{e}"));
    Revision {
        label: label.to_owned(),
        api,
        listing,
    }
}

#[test]
fn replaying_the_recorded_revisions_gives_each_crate_its_versions() {
    let history_dir = workspace().join("../shared/discovery-json/history");
    if !history_dir.exists() {
        eprintln!(
            "skipped: {} is absent, so there is no history to replay",
            history_dir.display()
        );
        return;
    }
    for file in APIS {
        let mut revisions: Vec<Revision> = SNAPSHOTS
            .iter()
            .map(|s| (s, history_dir.join(s).join(file)))
            .filter(|(_, p)| p.exists())
            .map(|(s, p)| revision(s, file, &p))
            .collect();
        revisions.push(revision(
            "pinned",
            file,
            &workspace().join("discovery-json").join(file),
        ));
        let crate_name = revisions[0].api.crate_name.clone();

        // What `fetch` would have recorded at each step, and the version each step makes.
        let mut history = String::new();
        let mut version = Version::BASE;
        let mut line = format!(
            "{crate_name}: {version} ({} revision {})",
            revisions[0].label, revisions[0].api.revision
        );
        let mut versions = vec![version];
        for pair in revisions.windows(2) {
            let (old, new) = (&pair[0], &pair[1]);
            let diff = diff::compare(&old.api, &new.api);
            let listed = Bump::of_listings(&old.listing, &new.listing);
            let bump = Bump::of_diff(&diff).worst(listed);
            if diff.is_breaking() {
                assert_eq!(
                    bump,
                    Bump::Breaking,
                    "{crate_name}: a breaking diff is a breaking step"
                );
            }
            history = history::prepend(&history, &changelog::entry(&diff, listed));
            version = version.after(bump);
            versions.push(version);
            line.push_str(&format!(
                " -> {version} ({} revision {}, {}: {} breaking, {} behaviour, {} compatible)",
                new.label,
                new.api.revision,
                bump.label(),
                diff.summary.breaking,
                diff.summary.behaviour,
                diff.summary.compatible
            ));
        }
        println!("{line}");

        // The committed form of that history gives the same versions, step by step.
        let steps = history::steps(&history).unwrap();
        let replayed: Vec<Version> = std::iter::once(Version::BASE)
            .chain(steps.iter().rev().map(|s| s.to))
            .collect();
        assert_eq!(replayed, versions, "{crate_name}");
        assert_eq!(history::version(Some(&history)).unwrap(), version);

        // And the changelog regen would write names each version and why.
        let last = &revisions[revisions.len() - 1].api.revision;
        let (text, current) =
            changelog::crate_changelog(&crate_name, file, last, Some(&history)).unwrap();
        assert_eq!(current, version);
        assert!(text.contains(&format!(
            "Current version: {version}, discovery revision {last}."
        )));
        for pair in versions.windows(2) {
            assert!(
                text.contains(&format!("\n{} from {}: ", pair[1], pair[0])),
                "{crate_name}: the changelog does not explain {} -> {}:\n{text}",
                pair[0],
                pair[1]
            );
        }
        // Versions only go up.
        assert!(
            versions.windows(2).all(|w| w[0] < w[1]),
            "{crate_name}: {versions:?}"
        );
    }
}
