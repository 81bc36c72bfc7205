//! Writes `roundtrip_dispatch.rs`: a function that decodes and re-encodes a JSON value as the
//! schema type named at run time, for every struct of the four pinned APIs. The round-trip test
//! uses it to reach every type without listing them by hand.

use std::fmt::Write as _;
use std::path::Path;

/// The APIs whose crates this test crate depends on.
const DOCUMENTS: &[&str] = &[
    "gmail.v1.json",
    "admin.directory_v1.json",
    "androidenterprise.v1.json",
    "androidmanagement.v1.json",
];

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let discovery = Path::new(&manifest_dir).join("../discovery-json");
    let mut arms = String::new();
    for file in DOCUMENTS {
        let path = discovery.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let json =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let api = codegen::model::build(file, &json).unwrap_or_else(|e| panic!("{e}"));
        for t in &api.types {
            if matches!(t.kind, codegen::model::TypeKind::Struct(_)) {
                let _ = writeln!(
                    arms,
                    "        ({:?}, {:?}) => Some(roundtrip::<{}::schemas::{}>(value)),",
                    api.lib_name, t.name, api.lib_name, t.name
                );
            }
        }
    }
    let code = format!(
        "/// Decodes `value` as schema `type_name` of crate `lib` and encodes it again; `None` when\n/// there is no such type.\npub fn roundtrip_as(lib: &str, type_name: &str, value: serde_json::Value) -> Option<Result<serde_json::Value, String>> {{\n    match (lib, type_name) {{\n{arms}        _ => None,\n    }}\n}}\n"
    );
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("roundtrip_dispatch.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
