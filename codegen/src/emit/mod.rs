//! The checked model to the files of a crate: Rust through `quote` and prettyplease, plus the
//! crate's `Cargo.toml` and `README.md`.

mod batch;
mod crate_root;
pub mod docs;
mod example;
mod features;
mod imports;
mod media;
mod operations;
mod paging;
mod poller;
mod resources;
mod schemas;
mod tokens;

use std::collections::BTreeMap;

use crate::error::Error;
use crate::model::Api;
use crate::release::Release;

/// Every file of the crate, by path relative to the crate's folder.
pub fn crate_files(api: &Api, release: &Release) -> Result<BTreeMap<String, String>, Error> {
    let bug = |message: String| Error::new(&api.file, "$", message);
    let mut files = BTreeMap::new();
    files.insert(
        "Cargo.toml".to_owned(),
        crate_root::cargo_toml(api, release),
    );
    files.insert("README.md".to_owned(), crate_root::readme(api, release));
    files.insert(
        "src/lib.rs".to_owned(),
        tokens::format_file("src/lib.rs", crate_root::lib_rs(api, release)).map_err(bug)?,
    );

    let (schemas_mod, schema_files) = schemas::schema_modules(api);
    files.insert(
        "src/schemas/mod.rs".to_owned(),
        tokens::format_file("src/schemas/mod.rs", schemas_mod).map_err(bug)?,
    );
    for (stem, tokens) in schema_files {
        let path = format!("src/schemas/{stem}.rs");
        let text = tokens::format_file(&path, imports::runtime_use(tokens)).map_err(bug)?;
        files.insert(path, text);
    }
    if let Some(tokens) = operations::module(api) {
        // The runtime's paths stay written out here: `cancel` is compiled only with the features
        // of its operation's schema, and a `use` of what only it names would be unused without
        // them (the rest of the file is always compiled).
        let path = "src/operations.rs";
        let text = tokens::format_file(path, tokens).map_err(bug)?;
        files.insert(path.to_owned(), text);
    }
    for file in resources::resource_files(api) {
        let path = format!("src/{}", file.path);
        let text = tokens::format_file(&path, imports::runtime_use(file.tokens)).map_err(bug)?;
        files.insert(path, text);
    }
    Ok(files)
}
