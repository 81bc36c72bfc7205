//! The last check of a downloaded document: the whole generator runs on it, in memory, and the
//! crate it would write must be sound, so that `regen` after `fetch` cannot break the workspace.
//! The generated `Cargo.toml` is parsed with the `toml` crate (only this tool depends on it; users
//! never build it): a string must use TOML's escapes, not Rust's `{:?}` ones (`\u{1b}`), which the
//! emitter once wrote.

use std::panic::{self, AssertUnwindSafe};

/// Generates `text` (named `file`) in memory; `Err` says why the crate could not be written,
/// `Ok` holds the crate.
pub fn check_generates(file: &str, text: &str) -> Result<codegen::GeneratedCrate, String> {
    let generated = panic::catch_unwind(AssertUnwindSafe(|| codegen::generate(file, text)))
        .map_err(|_| format!("{file}: the generator panicked on it"))?
        .map_err(|e| format!("{file}: the generator refuses it: {e}"))?;
    let manifest = generated
        .files
        .get("Cargo.toml")
        .ok_or_else(|| format!("{file}: the generator wrote no Cargo.toml"))?;
    check_manifest(manifest)
        .map_err(|e| format!("{file}: its generated Cargo.toml is not valid TOML: {e}"))?;
    generated
        .public_api()
        .map_err(|e| format!("{file}: the generator wrote a file that is not Rust: {e}"))?;
    Ok(generated)
}

/// Parses a generated manifest as TOML, so that a document's text that reaches it (a description,
/// a name) cannot make a manifest cargo refuses.
pub fn check_manifest(manifest: &str) -> Result<(), String> {
    toml::from_str::<toml::Table>(manifest)
        .map(|_| ())
        .map_err(|e| e.to_string().trim_end().replace('\n', " "))
}

#[cfg(test)]
mod tests {
    use super::check_manifest;

    #[test]
    fn manifests_with_toml_escapes_pass() {
        let manifest = "# a comment with \"\\q\"\n[package]\nname = \"x\"\ndescription = \"a \\\"b\\\" \\\\ \\u001B\"\ndefault = [\"rustls\", \"adc\"]\n";
        assert_eq!(check_manifest(manifest), Ok(()));
    }

    #[test]
    fn rust_escapes_raw_control_characters_and_open_strings_are_refused() {
        let rust_escape = "[package]\ndescription = \"Hostile \\u{1b} API\"\n";
        let error = check_manifest(rust_escape).unwrap_err();
        assert!(error.contains("line 2"), "{error}");
        let raw = "description = \"a\u{1b}b\"\n";
        assert!(check_manifest(raw).unwrap_err().contains("line 1"));
        let open = "description = \"a\nb\"\n";
        let error = check_manifest(open).unwrap_err();
        // The string ends at the line break; what follows is not a key = value line.
        assert!(error.contains("line 2"), "{error}");
    }
}
