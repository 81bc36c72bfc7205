//! The runtime's surface, kept in two snapshots with the version it was released under:
//! `tests/snapshots/runtime-public-api.txt`, every item a user can name (what `pub` modules hold
//! and what private ones re-export), with its signature, and the crate's features; and
//! `tests/snapshots/runtime-plumbing-api.txt`, the same plus the `#[doc(hidden)]` items and exported
//! macros that generated code calls. A published generated crate requires `google-api-runtime ^X`
//! and compiles against both, so both follow one rule: a change fails this test until the runtime's
//! version says so and the snapshots are refreshed with
//! `UPDATE_SNAPSHOTS=1 cargo test -p integration-tests --test runtime_api`: lines removed or
//! changed need a breaking bump (the major version, the minor while 0.x), lines added any bump.
//! And the generated crates' requirement on the runtime (the workspace dependency) is the runtime's
//! version itself, so a crate generated against new plumbing never resolves to an older runtime.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

fn read_sources(base: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_sources(base, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path
                .strip_prefix(base)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(relative, fs::read_to_string(&path).unwrap());
        }
    }
}

/// `(major, minor, patch)` of a version such as `0.1.1`.
fn parse(version: &str) -> (u64, u64, u64) {
    let mut parts = version.split('.').map(|p| p.parse::<u64>().unwrap_or(0));
    (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}

/// Whether going from `old` to `new` is a breaking bump by Cargo's rules.
fn is_breaking_bump(old: (u64, u64, u64), new: (u64, u64, u64)) -> bool {
    if old.0 == 0 && new.0 == 0 {
        new.1 > old.1
    } else {
        new.0 > old.0
    }
}

fn runtime_files() -> BTreeMap<String, String> {
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime");
    let mut files = BTreeMap::new();
    read_sources(&runtime, &runtime.join("src"), &mut files);
    files.insert(
        "Cargo.toml".to_owned(),
        fs::read_to_string(runtime.join("Cargo.toml")).unwrap(),
    );
    files
}

fn runtime_version(files: &BTreeMap<String, String>) -> String {
    files["Cargo.toml"]
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("the runtime's manifest names its version")
        .to_owned()
}

/// Compares `listing` with the snapshot `name`, under the bump rule; `what` names the surface.
fn check(listing: &[String], version: &str, name: &str, what: &str) {
    let mut text = format!("version {version}\n");
    text.push_str(&listing.join("\n"));
    text.push('\n');
    let snapshot = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("snapshots")
        .join(name);
    let recorded = fs::read_to_string(&snapshot).unwrap_or_default();
    let recorded_version = recorded
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("version "))
        .unwrap_or("0.0.0")
        .to_owned();
    let old: Vec<&str> = recorded.lines().skip(1).collect();
    let new: Vec<&str> = listing.iter().map(String::as_str).collect();
    let removed: Vec<&&str> = old.iter().filter(|l| !new.contains(l)).collect();
    let added: Vec<&&str> = new.iter().filter(|l| !old.contains(l)).collect();
    let (from, to) = (parse(&recorded_version), parse(version));
    let bump_needed = if !removed.is_empty() {
        (!is_breaking_bump(from, to)).then_some("a breaking bump (lines were removed or changed)")
    } else if !added.is_empty() {
        (to <= from).then_some("a bump (lines were added)")
    } else {
        None
    };
    if let Some(needed) = bump_needed {
        panic!(
            "the runtime's {what} changed, and its version {version} (recorded: \
             {recorded_version}) needs {needed}\nremoved: {removed:#?}\nadded: {added:#?}"
        );
    }
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        fs::write(&snapshot, &text).unwrap();
        return;
    }
    assert!(
        recorded == text,
        "the {what} snapshot {name} is stale (refresh with UPDATE_SNAPSHOTS=1)\nremoved: {removed:#?}\nadded: {added:#?}"
    );
}

#[test]
fn the_runtime_public_api_matches_its_snapshot() {
    let files = runtime_files();
    let listing = codegen::surface::of_crate(&files).unwrap();
    check(
        &listing,
        &runtime_version(&files),
        "runtime-public-api.txt",
        "public API",
    );
}

#[test]
fn the_plumbing_generated_code_calls_matches_its_snapshot() {
    let files = runtime_files();
    let listing = codegen::surface::of_crate_with_plumbing(&files).unwrap();
    assert!(
        listing.iter().any(|l| l.starts_with("struct call::Call")),
        "the plumbing listing shows the hidden `Call`: {listing:#?}"
    );
    check(
        &listing,
        &runtime_version(&files),
        "runtime-plumbing-api.txt",
        "plumbing for generated code",
    );
}

#[test]
fn generated_crates_require_the_runtime_version_they_were_generated_with() {
    let version = runtime_version(&runtime_files());
    let workspace =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml")).unwrap();
    let requirement = workspace
        .lines()
        .find(|l| l.starts_with("google-api-runtime = "))
        .and_then(|l| l.split("version = \"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .expect("the workspace names the runtime's version");
    assert_eq!(
        requirement, version,
        "the workspace's `google-api-runtime` requirement (what every generated crate inherits) \
         must be the runtime's own version"
    );
}
