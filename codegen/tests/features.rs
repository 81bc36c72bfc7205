//! Per-resource cargo features: which resource features each schema file is compiled for, and
//! what the features are called.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

fn object(properties: Value) -> Value {
    json!({"type": "object", "properties": properties})
}

fn get(id: &str, response: &str) -> Value {
    json!({"id": id, "path": id, "httpMethod": "GET", "response": {"$ref": response}})
}

/// Resource `a` reaches X, which holds Y (through an array) and Shared; resource `b` reaches Z
/// (itself, and through its nested resource `b.inner` also Shared); W and Payload are reached by
/// no method, and Payload holds P, which `a` also reaches through a map value of Y; the
/// top-level method reaches Top.
fn document() -> Value {
    json!({
        "name": "reach",
        "version": "v1",
        "rootUrl": "https://reach.example.test/",
        "servicePath": "",
        "schemas": {
            "X": object(json!({
                "ys": {"type": "array", "items": {"$ref": "Y"}},
                "shared": {"$ref": "Shared"}
            })),
            "Y": object(json!({"ps": {"type": "object", "additionalProperties": {"$ref": "P"}}})),
            "Z": object(json!({"name": {"type": "string"}})),
            "Shared": object(json!({"name": {"type": "string"}})),
            "W": object(json!({"name": {"type": "string"}})),
            "Payload": object(json!({"p": {"$ref": "P"}})),
            "P": object(json!({"name": {"type": "string"}})),
            "Top": object(json!({"name": {"type": "string"}}))
        },
        "methods": {"top": get("reach.top", "Top")},
        "resources": {
            "a": {"methods": {"get": get("reach.a.get", "X")}},
            "b": {
                "methods": {"get": get("reach.b.get", "Z")},
                "resources": {"inner": {"methods": {"get": get("reach.b.inner.get", "Shared")}}}
            }
        }
    })
}

fn features(doc: &Value) -> codegen::model::Features {
    codegen::model::build("reach.v1.json", &doc.to_string())
        .unwrap()
        .features
}

fn set(features: &[&str]) -> BTreeSet<String> {
    features.iter().map(|f| (*f).to_owned()).collect()
}

#[test]
fn schema_files_are_gated_on_the_resources_whose_methods_reach_them() {
    let features = features(&document());
    let expected: BTreeMap<String, BTreeSet<String>> = [
        ("x", set(&["a"])),
        ("y", set(&["a"])),
        ("z", set(&["b"])),
        ("shared", set(&["a", "b"])),
    ]
    .into_iter()
    .map(|(file, features)| (file.to_owned(), features))
    .collect();
    assert_eq!(features.schema_files, expected);
}

#[test]
fn schemas_no_resource_needs_alone_are_always_compiled() {
    let features = features(&document());
    // W and Payload: reached by no method. P: held by Payload, so compiled with it even though
    // only resource `a` reaches it through a method. Top: reached by a top-level method.
    for file in ["w", "payload", "p", "top"] {
        assert_eq!(features.of_schema_file(file), None, "{file}");
    }
}

#[test]
fn features_are_the_kebab_case_of_top_level_modules_and_avoid_the_reserved_names() {
    let mut doc = document();
    let resources = doc["resources"].as_object_mut().unwrap();
    resources.insert(
        "signupUrls".to_owned(),
        json!({"methods": {"create": get("reach.signupUrls.create", "Z")}}),
    );
    resources.insert(
        "default".to_owned(),
        json!({"methods": {"get": get("reach.default.get", "W")}}),
    );
    let features = features(&doc);
    let names: Vec<(&str, &str)> = features
        .resources
        .iter()
        .map(|(module, feature)| (module.as_str(), feature.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("a", "a"),
            ("b", "b"),
            ("default", "default-resource"),
            ("signup_urls", "signup-urls"),
        ]
    );
    assert_eq!(
        features.of_schema_file("z"),
        Some(&set(&["b", "signup-urls"]))
    );
    // W is now reached by a method, so it is compiled only for that resource.
    assert_eq!(
        features.of_schema_file("w"),
        Some(&set(&["default-resource"]))
    );
}

#[test]
fn the_generated_crate_declares_and_uses_the_features() {
    let krate = codegen::generate("reach.v1.json", &document().to_string()).unwrap();
    let manifest = &krate.files["Cargo.toml"];
    for line in [
        "google-api-runtime = { workspace = true, default-features = false }",
        "default = [\"rustls\", \"adc\", \"all-resources\"]",
        "rustls = [\"google-api-runtime/rustls\"]",
        "native-tls = [\"google-api-runtime/native-tls\"]",
        "adc = [\"google-api-runtime/adc\"]",
        "all-resources = [\"a\", \"b\"]",
        "a = []",
        "b = []",
    ] {
        assert!(manifest.lines().any(|l| l == line), "{line}\n{manifest}");
    }
    let schemas = &krate.files["src/schemas/mod.rs"];
    // Each gate also carries its docs.rs badge.
    assert!(
        schemas.contains("#[cfg(any(feature = \"a\", feature = \"b\"))]\n#[cfg_attr(docsrs, doc(cfg(any(feature = \"a\", feature = \"b\"))))]\nmod shared;"),
        "{schemas}"
    );
    assert!(schemas.contains("\nmod w;"), "{schemas}");
    let resources = &krate.files["src/resources.rs"];
    assert!(
        resources.contains(
            "#[cfg(feature = \"b\")]\n#[cfg_attr(docsrs, doc(cfg(feature = \"b\")))]\npub mod b;"
        ),
        "{resources}"
    );
    assert!(
        resources.contains(
            "#[cfg(feature = \"b\")]\n    #[cfg_attr(docsrs, doc(cfg(feature = \"b\")))]\n    pub fn b(&self)"
        ),
        "{resources}"
    );
}
