//! `cargo xtask check-operations DIR`: Compute Engine's long-running operations through a crate
//! generated from `DIR/compute.v1.json` (the stress corpus), not through hand-written statics.
//!
//! The crate is generated as `check-corpus` generates it and put in a scratch workspace under
//! `target/` beside a test crate whose only source is `xtask/compute/operations.rs` (committed,
//! compiled nowhere else). That crate depends on the generated one with `default-features =
//! false` and the `instances` feature alone (the operations module is compiled whatever the
//! features), so the build stays a fraction of the whole crate's; `cargo test` runs there and its
//! verdict is this command's. When `DIR` or the document is absent the command says so on
//! standard error and succeeds: the corpus is not part of the repository.

use std::fs;
use std::path::Path;
use std::time::Instant;

use crate::corpus::{cargo_in, generate_guarded, write_scratch_workspace};

/// The document, by file name in the corpus folder.
const DOCUMENT: &str = "compute.v1.json";
/// The test crate's name in the scratch workspace.
const TEST_CRATE: &str = "compute-operations";
/// The test, committed beside this tool.
const TEST_SOURCE: &str = include_str!("../compute/operations.rs");
/// The resource features the test needs: `instances.insert` and `instances.delete`.
const FEATURES: &[&str] = &["instances"];

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let [dir] = args else {
        return Err("usage: cargo xtask check-operations DIR".to_owned());
    };
    let document = Path::new(dir).join(DOCUMENT);
    if !document.is_file() {
        eprintln!(
            "skipped: {} is absent (Compute Engine's operations are tested with the stress corpus)",
            document.display()
        );
        return Ok(());
    }
    let json = fs::read_to_string(&document)
        .map_err(|e| format!("cannot read {}: {e}", document.display()))?;
    let generated = generate_guarded(DOCUMENT, &json, codegen::generate)?;
    let scratch = root.join("target").join("check-operations");
    write_scratch_workspace(root, &scratch, &[&generated], &[TEST_CRATE])?;
    write_test_crate(&scratch.join(TEST_CRATE), &generated.crate_name)?;

    let started = Instant::now();
    let output = cargo_in(
        root,
        &scratch,
        &["test", "--quiet", "-p", TEST_CRATE, "--test", "operations"],
        None,
    )?;
    let seconds = started.elapsed().as_secs_f64();
    print!("{}", String::from_utf8_lossy(&output.stdout));
    if !output.status.success() {
        return Err(format!(
            "the Compute Engine operations test failed ({} with features {}):\n{}",
            generated.crate_name,
            FEATURES.join(", "),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    println!(
        "{} (features: {}): operations test passed in {seconds:.1} s, build included",
        generated.crate_name,
        FEATURES.join(", ")
    );
    Ok(())
}

/// The manifest and the test of the crate that drives the generated `crate_name`.
fn write_test_crate(dir: &Path, crate_name: &str) -> Result<(), String> {
    let io = |e: std::io::Error| format!("cannot write {}: {e}", dir.display());
    let features: Vec<String> = FEATURES.iter().map(|f| format!("{f:?}")).collect();
    let manifest = format!(
        "[package]\nname = {TEST_CRATE:?}\nversion = \"0.0.0\"\nedition.workspace = true\npublish = false\n\n\
         [dev-dependencies]\n{crate_name} = {{ path = \"../{crate_name}\", default-features = false, features = [{}] }}\n\
         google-api-runtime.workspace = true\nserde_json.workspace = true\ntokio.workspace = true\n\
         futures.workspace = true\nwiremock.workspace = true\n",
        features.join(", ")
    );
    fs::create_dir_all(dir.join("tests")).map_err(io)?;
    fs::create_dir_all(dir.join("src")).map_err(io)?;
    fs::write(dir.join("Cargo.toml"), manifest).map_err(io)?;
    fs::write(
        dir.join("src").join("lib.rs"),
        "//! Empty: the test is all.\n",
    )
    .map_err(io)?;
    fs::write(dir.join("tests").join("operations.rs"), TEST_SOURCE).map_err(io)?;
    Ok(())
}
