//! `cargo xtask check-corpus`: one document that breaks the generator does not stop the others,
//! and a panic is reported as that document's error.

use std::fs;

use xtask::corpus;

const GOLDEN_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/golden");

#[test]
fn a_panic_is_the_documents_error_with_its_message() {
    let result = corpus::generate_guarded("broken.v1.json", "{}", |_, _| {
        panic!("\"2FA_METHOD\" is not a valid Ident")
    });
    let message = result.expect_err("a panic is an error");
    assert!(message.starts_with("broken.v1.json: "), "{message}");
    assert!(message.contains("panicked"), "{message}");
    assert!(
        message.contains("\"2FA_METHOD\" is not a valid Ident"),
        "{message}"
    );
}

#[test]
fn a_panic_with_a_formatted_message_keeps_it() {
    let result = corpus::generate_guarded("broken.v1.json", "{}", |file, _| {
        panic!("cannot generate {file}")
    });
    assert!(result
        .unwrap_err()
        .contains("cannot generate broken.v1.json"));
}

/// The golden documents include names that once panicked the generator (a method `2fa`): the
/// whole folder is checked, each document on its own.
#[test]
fn every_golden_document_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(GOLDEN_DIR).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    fs::write(dir.path().join("truncated.v1.json"), "{\"name\": ").unwrap();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let message = corpus::run(
        std::path::Path::new(root),
        &[dir.path().display().to_string()],
    )
    .expect_err("the truncated document fails");
    assert!(message.contains("1 documents failed"), "{message}");
    assert!(message.contains("truncated.v1.json"), "{message}");
}

/// `check-operations` without the stress corpus is skipped, not failed: the corpus is not part
/// of the repository. A misuse still fails.
#[test]
fn check_operations_is_skipped_without_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let absent = dir.path().join("stress").display().to_string();
    assert_eq!(xtask::operations::run(&root, &[absent]), Ok(()));
    let usage = xtask::operations::run(&root, &[]).expect_err("a folder is required");
    assert!(usage.contains("check-operations DIR"), "{usage}");
}
