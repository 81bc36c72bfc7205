//! Compresses the built-in discovery documents (`discovery-json/*.json` of the workspace) into
//! `OUT_DIR`, raw deflate at the best level; `src/apis.rs` includes them and inflates the one a
//! command uses. The documents are 1.2 MB as text and about a sixth of that compressed.

use std::io::Write;
use std::path::Path;

/// The documents built in, as `src/apis.rs` lists them.
const DOCUMENTS: &[&str] = &[
    "admin.directory_v1.json",
    "androidenterprise.v1.json",
    "androidmanagement.v1.json",
    "gmail.v1.json",
    "storage.v1.json",
];

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let source = Path::new(&manifest).join("../discovery-json");
    for file in DOCUMENTS {
        let path = source.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text =
            std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let mut encoder =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        encoder
            .write_all(&text)
            .and_then(|()| encoder.try_finish())
            .unwrap_or_else(|e| panic!("cannot compress {file}: {e}"));
        let compressed = encoder.finish().expect("compressed");
        let target = Path::new(&out).join(format!("{file}.deflate"));
        std::fs::write(&target, compressed)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
    }
}
