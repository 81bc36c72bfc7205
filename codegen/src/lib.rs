//! Turns Google API discovery documents into Rust crates.
//!
//! The pipeline, one module a stage:
//! 1. [`discovery`]: the document as Google writes it (serde, no interpretation);
//! 2. [`model`]: the checked model, with every name, type and reference decided;
//! 3. `emit`: Rust source (quote + prettyplease), `Cargo.toml` and `README.md`.
//!
//! [`generate`] runs all three for one document.

pub mod discovery;
mod emit;
pub mod error;
pub mod model;

use std::collections::BTreeMap;

pub use emit::docs::doc_lines;
pub use error::{Error, Warning};
pub use model::Api;

/// The files of one generated crate.
#[derive(Debug, Clone)]
pub struct GeneratedCrate {
    /// The crate's name, which is also its folder under `generated/`.
    pub crate_name: String,
    pub revision: String,
    pub schema_count: usize,
    pub method_count: usize,
    /// File contents by path relative to the crate's folder (`Cargo.toml`, `src/lib.rs`, ...).
    pub files: BTreeMap<String, String>,
    /// What the crate leaves out of the document; see [`model::Api::warnings`].
    pub warnings: Vec<Warning>,
}

/// Generates the crate for the discovery document `json`, named `file` in errors.
pub fn generate(file: &str, json: &str) -> Result<GeneratedCrate, Error> {
    let api = model::build(file, json)?;
    let files = emit::crate_files(&api)?;
    Ok(GeneratedCrate {
        crate_name: api.crate_name.clone(),
        revision: api.revision.clone(),
        schema_count: api.types.len(),
        method_count: api.method_count(),
        files,
        warnings: api.warnings,
    })
}
