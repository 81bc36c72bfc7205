//! Golden tests of the generator: every document `tests/golden/*.json` must generate exactly the
//! crate kept in `tests/golden/expected/<crate>/`. Those crates are workspace members, so the
//! expected output is also compiled, linted and documented by the usual commands.
//!
//! After an intended change to the generator, refresh them with
//! `UPDATE_GOLDEN=1 cargo test -p integration-tests --test golden` and review the diff.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("golden")
}

fn read_tree(base: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_tree(base, &path, out);
        } else {
            let relative = path
                .strip_prefix(base)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(relative, fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn generated_crates_match_the_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut documents: Vec<PathBuf> = fs::read_dir(golden_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    documents.sort();
    assert!(!documents.is_empty(), "no golden documents found");
    let mut mismatches = Vec::new();
    for document in documents {
        let file = document.file_name().unwrap().to_string_lossy().into_owned();
        let json = fs::read_to_string(&document).unwrap();
        let generated = codegen::generate(&file, &json).unwrap_or_else(|e| panic!("{e}"));
        let expected_dir = golden_dir().join("expected").join(&generated.crate_name);
        if update {
            let _ = fs::remove_dir_all(&expected_dir);
            for (relative, text) in &generated.files {
                let path = expected_dir.join(relative);
                fs::create_dir_all(path.parent().unwrap()).unwrap();
                fs::write(path, text).unwrap();
            }
            continue;
        }
        let mut expected = BTreeMap::new();
        if expected_dir.exists() {
            read_tree(&expected_dir, &expected_dir, &mut expected);
        }
        for (path, text) in &generated.files {
            match expected.get(path) {
                None => mismatches.push(format!(
                    "{file}: {path} is generated but not in the golden files"
                )),
                Some(golden) if golden != text => {
                    mismatches.push(format!("{file}: {path} differs from the golden file"))
                }
                Some(_) => {}
            }
        }
        for path in expected
            .keys()
            .filter(|p| !generated.files.contains_key(*p))
        {
            mismatches.push(format!("{file}: golden file {path} is no longer generated"));
        }
    }
    assert!(
        mismatches.is_empty(),
        "generator output differs from tests/golden (refresh with UPDATE_GOLDEN=1 if intended):\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn generation_is_deterministic() {
    let json = fs::read_to_string(golden_dir().join("kitchensink.v1.json")).unwrap();
    let first = codegen::generate("kitchensink.v1.json", &json).unwrap();
    let second = codegen::generate("kitchensink.v1.json", &json).unwrap();
    assert_eq!(first.files, second.files);
}
