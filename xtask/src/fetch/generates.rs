//! The last check of a downloaded document: the whole generator runs on it, in memory, and the
//! crate it would write must be sound, so that `regen` after `fetch` cannot break the workspace.
//! The generated `Cargo.toml` is read by a small check of its strings (no TOML parser is in our
//! dependency tree): every one closed on its line, with TOML's escapes only and no control
//! character, which is what Rust's `{:?}` once got wrong (`\u{1b}`).

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

/// Checks the strings of a generated manifest (basic strings, one line each, as we write them).
pub fn check_manifest(manifest: &str) -> Result<(), String> {
    for (index, line) in manifest.lines().enumerate() {
        check_line(line).map_err(|what| format!("line {}: {what}: {line:?}", index + 1))?;
    }
    Ok(())
}

fn check_line(line: &str) -> Result<(), &'static str> {
    let mut chars = line.chars();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if c.is_control() && c != '\t' {
            return Err("a control character");
        }
        match (in_string, c) {
            (false, '#') => return Ok(()),
            (false, '"') | (true, '"') => in_string = !in_string,
            (true, '\\') => {
                let known = match chars.next() {
                    Some('b' | 't' | 'n' | 'f' | 'r' | '"' | '\\') => true,
                    Some('u') => {
                        (0..4).all(|_| chars.next().is_some_and(|h| h.is_ascii_hexdigit()))
                    }
                    Some('U') => {
                        (0..8).all(|_| chars.next().is_some_and(|h| h.is_ascii_hexdigit()))
                    }
                    _ => false,
                };
                if !known {
                    return Err("an escape TOML does not have");
                }
            }
            _ => {}
        }
    }
    if in_string {
        return Err("a string left open");
    }
    Ok(())
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
        assert!(check_manifest(rust_escape)
            .unwrap_err()
            .starts_with("line 2: an escape TOML does not have"));
        let raw = "description = \"a\u{1b}b\"\n";
        assert!(check_manifest(raw)
            .unwrap_err()
            .contains("control character"));
        let open = "description = \"a\nb\"\n";
        assert!(check_manifest(open).unwrap_err().contains("left open"));
    }
}
