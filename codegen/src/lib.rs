//! Turns Google API discovery documents into Rust crates.
//!
//! The pipeline, one module a stage:
//! 1. [`discovery`]: the document as Google writes it (serde, no interpretation);
//! 2. [`model`]: the checked model, with every name, type and reference decided;
//! 3. `emit`: Rust source (quote + prettyplease), `Cargo.toml` and `README.md`.
//!
//! [`generate`] runs all three for one document.

//! The `emit` feature (on by default) adds the third stage, and with it quote, syn and
//! prettyplease; without it the crate is the checked model alone, which the `gapi` command line
//! reads at run time.

pub mod discovery;
#[cfg(feature = "emit")]
mod emit;
pub mod error;
pub mod model;
mod release;
#[cfg(feature = "emit")]
pub mod surface;

#[cfg(feature = "emit")]
use std::collections::BTreeMap;

#[cfg(feature = "emit")]
pub use emit::docs::doc_lines;
pub use error::{Error, Warning};
pub use model::Api;
pub use release::Release;

/// The files of one generated crate.
#[cfg(feature = "emit")]
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

#[cfg(feature = "emit")]
impl GeneratedCrate {
    /// The crate's public API, one line per item (see [`surface`]).
    pub fn public_api(&self) -> Result<Vec<String>, String> {
        surface::of_crate(&self.files)
    }
}

/// Generates the crate for the discovery document `json`, named `file` in errors, with the
/// default [`Release`].
#[cfg(feature = "emit")]
pub fn generate(file: &str, json: &str) -> Result<GeneratedCrate, Error> {
    generate_release(file, json, &Release::default())
}

/// Generates the crate for the discovery document `json` with the version and publishing choice
/// of `release`.
#[cfg(feature = "emit")]
pub fn generate_release(
    file: &str,
    json: &str,
    release: &Release,
) -> Result<GeneratedCrate, Error> {
    let api = model::build(file, json)?;
    let files = emit::crate_files(&api, release)?;
    Ok(GeneratedCrate {
        crate_name: api.crate_name.clone(),
        revision: api.revision.clone(),
        schema_count: api.types.len(),
        method_count: api.method_count(),
        files,
        warnings: api.warnings,
    })
}
