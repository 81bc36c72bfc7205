//! `cargo xtask diff` against real revisions of Google's documents: what it finds between the
//! 2023 and 2024 documents and the pinned ones, and how it judges each change.

use std::path::{Path, PathBuf};
use std::process::Command;

use xtask::diff::{self, inputs, markdown, Action, ApiDiff, Change, Impact, Item};

fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

fn diff_files(old: &str, new: &str) -> ApiDiff {
    let old = inputs::load_file(&fixture(old)).expect("old fixture loads");
    let new = inputs::load_file(&fixture(new)).expect("new fixture loads");
    diff::compare(&old, &new)
}

/// The one change of `item` and `action` named `name`; fails listing what there is.
fn find<'a>(diff: &'a ApiDiff, item: Item, action: Action, name: &str) -> &'a Change {
    diff.changes
        .iter()
        .find(|c| c.item == item && c.action == action && c.name == name)
        .unwrap_or_else(|| {
            let all: Vec<String> = diff.changes.iter().map(markdown::line).collect();
            panic!("no {item:?} {action:?} `{name}` among:\n{}", all.join("\n"))
        })
}

fn breaking_lines(diff: &ApiDiff) -> Vec<String> {
    diff.changes
        .iter()
        .filter(|c| c.impact == Impact::Breaking)
        .map(|c| {
            let owner = c
                .owner
                .as_deref()
                .map(|o| format!(" of {o}"))
                .unwrap_or_default();
            format!("{:?} {:?} {}{owner}", c.action, c.item, c.name)
        })
        .collect()
}

#[test]
fn androidenterprise_trades_create_enrollment_token_for_enrollment_tokens_create() {
    let diff = diff_files(
        "history/2023-09/androidenterprise.v1.json",
        "pinned/androidenterprise.v1.json",
    );
    assert_eq!(diff.crate_name, "google-androidenterprise-v1");
    assert_eq!(diff.old_revision.as_deref(), Some("20230914"));
    assert_eq!(diff.new_revision.as_deref(), Some("20260729"));

    let removed = find(
        &diff,
        Item::Method,
        Action::Removed,
        "client.enterprises().create_enrollment_token()",
    );
    assert_eq!(removed.impact, Impact::Breaking);
    assert_eq!(
        removed.wire,
        "androidenterprise.enterprises.createEnrollmentToken"
    );
    assert_eq!(removed.reason, "code that calls it no longer compiles");

    let added = find(
        &diff,
        Item::Resource,
        Action::Added,
        "client.enrollment_tokens()",
    );
    assert_eq!(added.impact, Impact::Compatible);
    assert_eq!(added.detail, "methods `create()`");

    let upgrade = find(
        &diff,
        Item::Method,
        Action::Added,
        "client.enterprises().generate_enterprise_upgrade_url()",
    );
    assert_eq!(upgrade.impact, Impact::Compatible);

    assert_eq!(
        breaking_lines(&diff),
        [
            "Removed Method client.enterprises().create_enrollment_token()",
            "Removed Type resources::enterprises::DeviceType",
            "Removed Type schemas::CreateEnrollmentTokenResponse",
            "Removed Type schemas::GoogleAuthenticationSettingsDedicatedDevicesAllowed",
            "Removed Field dedicated_devices_allowed of schemas::GoogleAuthenticationSettings",
        ]
    );
    assert!(diff.is_breaking());
}

#[test]
fn new_fields_and_enum_values_are_not_breaking() {
    let diff = diff_files(
        "history/2023-09/androidenterprise.v1.json",
        "pinned/androidenterprise.v1.json",
    );
    let field = find(&diff, Item::Field, Action::Added, "enterprise_type");
    assert_eq!(field.owner.as_deref(), Some("schemas::Enterprise"));
    assert_eq!(field.impact, Impact::Compatible);
    let value = find(&diff, Item::EnumValue, Action::Added, "EnterpriseUpgrade");
    assert_eq!(value.wire, "enterpriseUpgrade");
    assert_eq!(value.impact, Impact::Compatible);
    let setter = find(&diff, Item::Parameter, Action::Added, "allowed_domains");
    assert_eq!(
        setter.owner.as_deref(),
        Some("client.enterprises().generate_signup_url()")
    );
    assert_eq!(setter.detail, "optional `repeated String`");
    assert_eq!(setter.impact, Impact::Compatible);
}

#[test]
fn gmail_raises_its_upload_limits_and_drops_piv_key_metadata() {
    let diff = diff_files("history/2023-09/gmail.v1.json", "pinned/gmail.v1.json");
    for method in [
        "client.users().messages().insert()",
        "client.users().messages().import()",
    ] {
        let limit = find(&diff, Item::Upload, Action::Changed, method);
        assert_eq!(limit.detail, "max size 50 MiB -> 150 MiB");
        assert_eq!(limit.impact, Impact::Compatible);
    }
    assert_eq!(
        breaking_lines(&diff),
        [
            "Removed Type schemas::PivKeyMetadata",
            "Removed Field piv_key_metadata of schemas::CsePrivateKeyMetadata",
        ]
    );
}

#[test]
fn going_back_in_time_turns_additions_into_breaking_removals() {
    let diff = diff_files("pinned/gmail.v1.json", "history/2023-09/gmail.v1.json");
    let limit = find(
        &diff,
        Item::Upload,
        Action::Changed,
        "client.users().messages().insert()",
    );
    assert_eq!(limit.detail, "max size 150 MiB -> 50 MiB");
    assert_eq!(limit.impact, Impact::Breaking);
    let setter = find(&diff, Item::Parameter, Action::Removed, "chain_validation");
    assert_eq!(setter.impact, Impact::Breaking);
    let field = find(
        &diff,
        Item::Field,
        Action::Removed,
        "classification_label_values",
    );
    assert_eq!(field.owner.as_deref(), Some("schemas::Message"));
    assert_eq!(field.impact, Impact::Breaking);
}

#[test]
fn androidmanagement_loses_a_nested_method_but_keeps_its_items_stream() {
    let diff = diff_files(
        "history/2023-09/androidmanagement.v1.json",
        "pinned/androidmanagement.v1.json",
    );
    let delete = find(
        &diff,
        Item::Method,
        Action::Removed,
        "client.enterprises().devices().operations().delete()",
    );
    assert_eq!(delete.impact, Impact::Breaking);
    // The list response gained a side list (`unreachable`); `.items()` still streams the
    // operations, so nothing changed for code that used it.
    assert!(!diff.changes.iter().any(|c| c.item == Item::Method
        && c.action == Action::Changed
        && c.name == "client.enterprises().devices().operations().list()"));
    let tokens = find(
        &diff,
        Item::Resource,
        Action::Added,
        "client.enterprises().migration_tokens()",
    );
    assert_eq!(tokens.detail, "methods `create()`, `get()`, `list()`");
    assert_eq!(diff.summary.breaking, 1);
}

#[test]
fn a_document_against_itself_has_no_changes() {
    let diff = diff_files("pinned/gmail.v1.json", "pinned/gmail.v1.json");
    assert!(diff.changes.is_empty());
    assert_eq!(
        markdown::body(&diff, 3),
        "No changes that the Rust API can see.\n"
    );
}

#[test]
fn folders_pair_documents_by_api_and_sort_them() {
    let old = inputs::load_folder(&fixture("history/2024-07")).unwrap();
    let new = inputs::load_folder(&fixture("pinned")).unwrap();
    let diffs = diff::compare_sets(&old, &new);
    let names: Vec<(&str, Option<&str>, Option<&str>)> = diffs
        .iter()
        .map(|d| {
            (
                d.name.as_str(),
                d.old_revision.as_deref(),
                d.new_revision.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("androidenterprise", Some("20240820"), Some("20260729")),
            ("androidmanagement", None, Some("20261104")),
            ("gmail", None, Some("20261005")),
        ]
    );
    let gmail = &diffs[2];
    assert_eq!(gmail.changes.len(), 1);
    assert_eq!(gmail.changes[0].item, Item::Api);
    assert_eq!(gmail.changes[0].impact, Impact::Compatible);
}

#[test]
fn markdown_puts_breaking_changes_first_with_their_reasons() {
    let diff = diff_files(
        "history/2023-09/androidenterprise.v1.json",
        "pinned/androidenterprise.v1.json",
    );
    let text = markdown::report(std::slice::from_ref(&diff));
    assert!(text.starts_with(
        "## androidenterprise v1 (`google-androidenterprise-v1`): revision 20230914 -> 20260729\n\n5 breaking, 0 behaviour, 23 compatible.\n\n### Breaking\n\n- Method `client.enterprises().create_enrollment_token()` (`androidenterprise.enterprises.createEnrollmentToken`) removed: code that calls it no longer compiles.\n"
    ));
    let breaking = text.find("### Breaking").unwrap();
    let compatible = text.find("### Compatible").unwrap();
    assert!(breaking < compatible);
    assert!(!text.contains("### Behaviour"));
    // The new resource comes with its cargo feature.
    assert!(text.contains("- Cargo feature `enrollment-tokens` added: a new resource feature, on by default through `all-resources`.\n"));
}

fn xtask(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .expect("the xtask binary runs")
}

#[test]
fn the_command_prints_stable_json_and_denies_breaking_changes() {
    let old = fixture("history/2023-09");
    let new = fixture("pinned");
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let first = xtask(&["diff", old, new, "--format", "json", "--deny-breaking"]);
    let second = xtask(&["diff", old, new, "--format=json"]);
    assert!(!first.status.success());
    assert!(second.status.success());
    assert_eq!(
        first.stdout, second.stdout,
        "the same inputs give the same bytes"
    );
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert!(
        stderr.contains("8 breaking changes (--deny-breaking)"),
        "{stderr}"
    );

    let json: serde_json::Value = serde_json::from_slice(&first.stdout).unwrap();
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["breaking"], 8);
    let apis = json["apis"].as_array().unwrap();
    let names: Vec<&str> = apis.iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["androidenterprise", "androidmanagement", "gmail"]);
    let first_change = &apis[0]["changes"][0];
    assert_eq!(first_change["impact"], "breaking");
    assert_eq!(first_change["item"], "method");
    assert_eq!(first_change["action"], "removed");
    assert_eq!(
        first_change["name"],
        "client.enterprises().create_enrollment_token()"
    );
    assert_eq!(first_change["owner"], serde_json::Value::Null);
}

#[test]
fn the_command_passes_when_nothing_breaks() {
    let same = fixture("pinned/gmail.v1.json");
    let same = same.to_str().unwrap();
    let output = xtask(&["diff", same, same, "--deny-breaking"]);
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("No changes that the Rust API can see."));
}

#[test]
fn bad_inputs_are_named() {
    let missing = xtask(&["diff", "no/such.json", "also/missing.json"]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read no/such.json"));

    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, r#"{"name": "x", "version": "v1", "rootUrl": 3}"#).unwrap();
    let good = fixture("pinned/gmail.v1.json");
    let output = xtask(&["diff", broken.to_str().unwrap(), good.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("broken.json") && stderr.contains("$.rootUrl"),
        "{stderr}"
    );
}

#[test]
fn since_a_git_revision_compares_the_committed_documents_with_the_working_tree() {
    let repo = tempfile::tempdir().unwrap();
    let root = repo.path();
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .arg("-C")
            .arg(root)
            .args(["-c", "user.name=test", "-c", "user.email=test@example.com"])
            .args(args)
            .output()
            .expect("git runs");
        assert!(status.status.success(), "git {args:?}: {:?}", status);
    };
    let documents = root.join("discovery-json");
    std::fs::create_dir(&documents).unwrap();
    let target = documents.join("androidenterprise.v1.json");
    std::fs::copy(
        fixture("history/2023-09/androidenterprise.v1.json"),
        &target,
    )
    .unwrap();
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "old revision"]);
    std::fs::copy(fixture("pinned/androidenterprise.v1.json"), &target).unwrap();

    let sides = diff::cli::Sides::Since("HEAD".to_owned());
    let diffs = diff::cli::diff(root, &sides).unwrap();
    assert_eq!(diffs.len(), 1);
    assert_eq!(diffs[0].old_revision.as_deref(), Some("20230914"));
    assert_eq!(diffs[0].new_revision.as_deref(), Some("20260729"));
    assert_eq!(diffs[0].summary.breaking, 5);

    let unknown = diff::cli::diff(root, &diff::cli::Sides::Since("no-such-rev".into()));
    assert!(unknown.unwrap_err().contains("no-such-rev"));
}
