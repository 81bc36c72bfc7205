//! Records the version of the compiler that builds this crate, for the `x-goog-api-client` header
//! (`gl-rust/1.95.0`): Google tells client environments apart by it.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=RUSTC");
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let version = Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|text| parse(&text))
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=GOOGLE_API_RUNTIME_RUSTC_VERSION={version}");
}

/// `1.95.0` from `rustc 1.95.0 (59807616e 2026-04-14)`, and `1.97.0-nightly` from a nightly's
/// line; only the characters a header value may hold in a version.
fn parse(line: &str) -> Option<String> {
    let version = line.strip_prefix("rustc ")?.split_whitespace().next()?;
    let ok = !version.is_empty()
        && version
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'));
    ok.then(|| version.to_owned())
}
