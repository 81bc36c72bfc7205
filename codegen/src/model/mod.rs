//! The checked model: what the generated crate will contain, with every Rust name decided, every
//! reference resolved and every type mapped. Emitting code from it cannot fail.
//!
//! Built from a [`crate::discovery::Document`] by [`build`]; all collections are in a fixed order
//! (discovery keys sorted), so the same document always gives the same model.

mod api;
pub mod features;
mod methods;
pub mod names;
pub mod operations;
mod recursion;
mod types;

use crate::discovery::Document;
use crate::error::Error;
pub use api::{
    Api, Features, FieldDef, LeftOutParam, ListField, Location, MediaUploadDef, MethodDef,
    OperationDef, OperationShape, Paging, ParamDef, ParamTy, PollDef, PollMethod, RequestIdDef,
    ResourceDef, Ty, TypeDef, TypeKind, VariantDef,
};

/// Reads, checks and names a whole document. `file` names it in errors.
pub fn build(file: &str, json: &str) -> Result<Api, Error> {
    let mut reader = serde_json::Deserializer::from_str(json);
    let doc: Document = serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." {
            "$".to_owned()
        } else {
            format!("$.{path}")
        };
        Error::new(file, path, e.into_inner().to_string())
    })?;
    reader
        .end()
        .map_err(|e| Error::new(file, "$", e.to_string()))?;
    check_header(file, &doc)?;

    let mut types = types::TypeBuilder::new(file, &doc)?;
    types.build_schemas()?;
    let mut root = methods::build_root(&mut types, &doc)?;
    let standard_params = methods::standard_params(&mut types, &doc)?;
    let warnings = types.take_warnings();
    let mut type_defs = types.finish()?;
    recursion::box_cycles(&mut type_defs);
    type_defs.sort_by(|a, b| a.name.cmp(&b.name));
    let operations = operations::operations(&doc, &type_defs);
    operations::annotate(&doc, &operations, &mut root);

    let crate_name = crate_name(&doc.name, &doc.version);
    let mut api = Api {
        file: file.to_owned(),
        lib_name: crate_name.replace('-', "_"),
        crate_name,
        name: doc.name.clone(),
        version: doc.version.clone(),
        title: if doc.title.is_empty() {
            doc.name.clone()
        } else {
            doc.title.clone()
        },
        description: doc.description.clone(),
        revision: doc.revision.clone(),
        documentation_link: doc.documentation_link.clone(),
        root_url: doc.root_url.clone(),
        mtls_root_url: doc.mtls_root_url.clone().filter(|u| !u.is_empty()),
        service_path: doc.service_path.clone(),
        batch_path: doc.batch_path.clone().filter(|p| !p.is_empty()),
        fully_encode_reserved: doc.fully_encode_reserved_expansion,
        data_wrapper: doc.features.iter().any(|f| f == "dataWrapper"),
        operations,
        types: type_defs,
        root,
        standard_params,
        scopes: doc
            .auth
            .oauth2
            .scopes
            .iter()
            .map(|(url, s)| (url.clone(), s.description.clone()))
            .collect(),
        features: Features::default(),
        warnings,
    };
    api.features = features::features(&api);
    Ok(api)
}

fn check_header(file: &str, doc: &Document) -> Result<(), Error> {
    for (key, value) in [
        ("name", &doc.name),
        ("version", &doc.version),
        ("rootUrl", &doc.root_url),
    ] {
        if value.is_empty() {
            return Err(Error::new(
                file,
                format!("$.{key}"),
                "missing or empty; every API needs one",
            ));
        }
    }
    if !(doc.root_url.starts_with("https://") || doc.root_url.starts_with("http://")) {
        return Err(Error::new(
            file,
            "$.rootUrl",
            format!("`{}` is not an http(s) URL", doc.root_url),
        ));
    }
    Ok(())
}

/// `google-{name}-{version}`, lowercase, with every run of characters other than `[a-z0-9]`
/// turned into one `-`.
pub fn crate_name(name: &str, version: &str) -> String {
    let raw = format!("google-{name}-{version}").to_ascii_lowercase();
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::crate_name;

    #[test]
    fn crate_names_follow_the_contract() {
        assert_eq!(crate_name("gmail", "v1"), "google-gmail-v1");
        assert_eq!(
            crate_name("admin", "directory_v1"),
            "google-admin-directory-v1"
        );
        assert_eq!(
            crate_name("androidenterprise", "v1"),
            "google-androidenterprise-v1"
        );
        assert_eq!(crate_name("sql", "v1.4"), "google-sql-v1-4");
        assert_eq!(crate_name("Foo_Bar", "v1beta1"), "google-foo-bar-v1beta1");
    }
}
