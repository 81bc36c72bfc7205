//! `cargo xtask regen`: writes every crate or nothing, removes crates whose document is gone, and
//! `--check` names what is stale without changing anything.

use std::fs;
use std::path::Path;

use xtask::{regen, release};

const GOLDEN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/golden/kitchensink.v1.json"
);

/// A scratch repository with the golden document just added: no history, no listing yet.
fn new_repository() -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    fs::create_dir_all(root.path().join("discovery-json")).unwrap();
    fs::copy(
        GOLDEN,
        root.path().join("discovery-json/kitchensink.v1.json"),
    )
    .unwrap();
    root
}

/// A scratch repository with the golden document as its only pinned API, its listing recorded.
fn repository() -> tempfile::TempDir {
    let root = new_repository();
    bump(root.path());
    root
}

/// `cargo xtask bump`: records the public API of every crate (and any step it took).
fn bump(root: &Path) {
    release::run(root, &[]).unwrap();
}

fn regen(root: &Path, args: &[&str]) -> Result<(), String> {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    regen::run(root, &args)
}

fn lib_rs(root: &Path) -> std::path::PathBuf {
    root.join("generated/google-kitchensink-v1/src/lib.rs")
}

/// A document just added has no history and nothing to break: `regen` generates it and records
/// its first listing itself; `--check` before that names the listing it would write.
#[test]
fn a_new_api_is_generated_in_one_step() {
    let root = new_repository();
    let listing = root
        .path()
        .join("discovery-json/changes/kitchensink.v1.api");
    let error = regen(root.path(), &["--check"]).expect_err("nothing is generated yet");
    assert!(
        error.contains("kitchensink.v1.api (a new crate's first listing)"),
        "{error}"
    );
    assert!(!listing.exists(), "--check writes nothing");
    regen(root.path(), &[]).unwrap();
    assert!(lib_rs(root.path()).is_file());
    let recorded = fs::read_to_string(&listing).unwrap();
    assert!(recorded.contains("struct schemas::"), "{recorded}");
    regen(root.path(), &["--check"]).unwrap();
    // A crate with a recorded history but no listing is not new: its listing was lost.
    fs::remove_file(&listing).unwrap();
    fs::write(
        root.path().join("discovery-json/changes/kitchensink.v1.md"),
        "## Revision 1\n\nVerdict: compatible\n",
    )
    .unwrap();
    let error = regen(root.path(), &[]).expect_err("a lost listing is refused");
    assert!(error.contains("cargo xtask bump"), "{error}");
}

#[test]
fn regen_writes_the_crate_and_check_then_passes() {
    let root = repository();
    regen(root.path(), &["--check"]).expect_err("nothing is generated yet");
    regen(root.path(), &[]).unwrap();
    assert!(lib_rs(root.path()).is_file());
    assert!(root
        .path()
        .join("generated/google-kitchensink-v1/Cargo.toml")
        .is_file());
    regen(root.path(), &["--check"]).unwrap();
}

#[test]
fn check_names_edited_extra_and_missing_files_and_changes_nothing() {
    let root = repository();
    regen(root.path(), &[]).unwrap();
    fs::write(lib_rs(root.path()), "// edited by hand\n").unwrap();
    fs::write(
        root.path()
            .join("generated/google-kitchensink-v1/src/extra.rs"),
        "",
    )
    .unwrap();
    fs::remove_file(
        root.path()
            .join("generated/google-kitchensink-v1/README.md"),
    )
    .unwrap();

    let message = regen(root.path(), &["--check"]).unwrap_err();
    assert!(
        message.contains("stale or edited: generated/google-kitchensink-v1/src/lib.rs"),
        "{message}"
    );
    assert!(
        message.contains("not generated (remove it): generated/google-kitchensink-v1/src/extra.rs"),
        "{message}"
    );
    assert!(
        message.contains("missing: generated/google-kitchensink-v1/README.md"),
        "{message}"
    );
    assert_eq!(
        fs::read_to_string(lib_rs(root.path())).unwrap(),
        "// edited by hand\n"
    );
}

#[test]
fn a_broken_document_leaves_generated_untouched() {
    let root = repository();
    regen(root.path(), &[]).unwrap();
    let before = fs::read_to_string(lib_rs(root.path())).unwrap();
    fs::write(
        root.path().join("discovery-json/zz.v1.json"),
        r#"{"name": "zz", "version": "v1", "rootUrl": "https://zz.test/", "schemas": {"A": {"$ref": "Missing"}}}"#,
    )
    .unwrap();
    fs::write(lib_rs(root.path()), "// will it be overwritten?\n").unwrap();

    let message = regen(root.path(), &[]).unwrap_err();
    assert!(
        message.contains("zz.v1.json") && message.contains("$.schemas.A.$ref"),
        "{message}"
    );
    // Nothing was written: not even the crate whose document is fine.
    assert_eq!(
        fs::read_to_string(lib_rs(root.path())).unwrap(),
        "// will it be overwritten?\n"
    );
    assert!(!root.path().join("generated/google-zz-v1").exists());
    assert_ne!(before, "// will it be overwritten?\n");
}

#[test]
fn a_crate_whose_document_is_gone_is_removed() {
    let root = repository();
    // A second API: the golden document under another name and version.
    let text = fs::read_to_string(GOLDEN).unwrap().replacen(
        "\"version\": \"v1\"",
        "\"version\": \"v2\"",
        1,
    );
    fs::write(root.path().join("discovery-json/other.json"), text).unwrap();
    bump(root.path());
    regen(root.path(), &[]).unwrap();
    assert!(root.path().join("generated/google-kitchensink-v2").is_dir());

    fs::remove_file(root.path().join("discovery-json/other.json")).unwrap();
    regen(root.path(), &[]).unwrap();
    assert!(!root.path().join("generated/google-kitchensink-v2").exists());
    assert!(lib_rs(root.path()).is_file());
    regen(root.path(), &["--check"]).unwrap();
}

/// A parameter no URL can carry (an object in the query) does not stop the API: its crate is
/// generated, and the summary says what was left out.
#[test]
fn a_parameter_left_out_is_a_warning_in_the_summary_not_a_failure() {
    let root = repository();
    fs::write(
        root.path().join("discovery-json/engine.v1.json"),
        r#"{"name": "engine", "version": "v1", "rootUrl": "https://engine.test/",
            "resources": {"dataConnector": {"methods": {"mcp": {
                "id": "engine.dataConnector.mcp", "path": "v1/mcp", "httpMethod": "GET",
                "parameters": {"extensions": {"type": "object", "location": "query",
                    "repeated": true, "additionalProperties": {"type": "any"}}}}}}}}"#,
    )
    .unwrap();
    bump(root.path());
    let regen::Output {
        tree, summaries, ..
    } = regen::generate_all(&root.path().join("discovery-json")).unwrap();
    assert!(tree.contains_key("google-engine-v1/src/resources/data_connector.rs"));
    let warnings: Vec<&String> = summaries
        .iter()
        .filter(|l| l.starts_with("  warning: "))
        .collect();
    assert_eq!(warnings.len(), 1, "{summaries:#?}");
    assert!(
        warnings[0].contains(
            "engine.v1.json: $.resources.dataConnector.methods.mcp.parameters.extensions"
        ),
        "{}",
        warnings[0]
    );
    regen(root.path(), &[]).unwrap();
}

/// A change users can see, without a recorded step, is refused; `bump` records it, and the
/// version and changelog follow.
#[test]
fn a_public_api_change_needs_a_recorded_step_and_bumps_the_version() {
    let root = repository();
    regen(root.path(), &[]).unwrap();
    let manifest = root
        .path()
        .join("generated/google-kitchensink-v1/Cargo.toml");
    assert!(fs::read_to_string(&manifest)
        .unwrap()
        .contains("\nversion = \"0.1.0\"\n"));

    // The document replaced by hand: one schema fewer is a removal users can see.
    let document = root.path().join("discovery-json/kitchensink.v1.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&document).unwrap()).unwrap();
    let schemas = json["schemas"].as_object_mut().unwrap();
    let unused = schemas
        .keys()
        .find(|k| {
            let needle = format!("\"$ref\": \"{k}\"");
            !fs::read_to_string(GOLDEN).unwrap().contains(&needle)
        })
        .cloned()
        .expect("a schema nothing refers to");
    schemas.remove(&unused);
    fs::write(&document, serde_json::to_string_pretty(&json).unwrap()).unwrap();

    let message = regen(root.path(), &[]).unwrap_err();
    assert!(message.contains("run `cargo xtask bump`"), "{message}");
    regen(root.path(), &["--check"]).unwrap_err();

    bump(root.path());
    let history =
        fs::read_to_string(root.path().join("discovery-json/changes/kitchensink.v1.md")).unwrap();
    assert!(
        history.starts_with("## Generator change at revision "),
        "{history}"
    );
    assert!(history.contains("\nVerdict: breaking.\n"), "{history}");
    regen(root.path(), &[]).unwrap();
    regen(root.path(), &["--check"]).unwrap();
    assert!(fs::read_to_string(&manifest)
        .unwrap()
        .contains("\nversion = \"0.2.0\"\n"));
    let changelog = fs::read_to_string(
        root.path()
            .join("generated/google-kitchensink-v1/CHANGELOG.md"),
    )
    .unwrap();
    assert!(changelog.contains("Current version: 0.2.0"), "{changelog}");
    assert!(
        changelog.contains("\n## 0.2.0: Generator change at revision "),
        "{changelog}"
    );

    // Nothing changed since: bump records nothing more.
    bump(root.path());
    let again =
        fs::read_to_string(root.path().join("discovery-json/changes/kitchensink.v1.md")).unwrap();
    assert_eq!(again, history);
}

/// A breaking release of the runtime, which every generated crate re-exports, is a breaking step
/// of each crate too: the listing names the runtime requirement.
#[test]
fn a_breaking_runtime_release_is_a_breaking_step_of_every_crate() {
    let root = repository();
    let manifest = root.path().join("runtime/Cargo.toml");
    fs::create_dir_all(manifest.parent().unwrap()).unwrap();
    fs::write(
        &manifest,
        "[package]\nname = \"google-api-runtime\"\nversion = \"0.2.0\"\n",
    )
    .unwrap();
    bump(root.path());
    regen(root.path(), &[]).unwrap();
    let listing = fs::read_to_string(
        root.path()
            .join("discovery-json/changes/kitchensink.v1.api"),
    )
    .unwrap();
    assert!(
        listing.contains("\nrequires google-api-runtime 0.2\n"),
        "{listing}"
    );

    // A compatible runtime release changes nothing.
    fs::write(
        &manifest,
        "[package]\nname = \"google-api-runtime\"\nversion = \"0.2.7\"\n",
    )
    .unwrap();
    regen(root.path(), &["--check"]).unwrap();

    fs::write(
        &manifest,
        "[package]\nname = \"google-api-runtime\"\nversion = \"0.3.0\"\n",
    )
    .unwrap();
    let message = regen(root.path(), &[]).unwrap_err();
    assert!(
        message.contains("requires google-api-runtime 0.3"),
        "{message}"
    );
    bump(root.path());
    let history =
        fs::read_to_string(root.path().join("discovery-json/changes/kitchensink.v1.md")).unwrap();
    assert!(history.contains("\nVerdict: breaking.\n"), "{history}");
    regen(root.path(), &[]).unwrap();
}
