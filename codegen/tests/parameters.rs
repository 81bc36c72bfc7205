//! Parameters of a type a URL cannot carry as a plain value (an object in the query, as Discovery
//! Engine's `dataConnector.mcp` has): the parameter is left out, the method's docs say so and the
//! model carries a warning; the rest of the document still generates.

use serde_json::{json, Value};

/// A small document with one method whose optional query parameter `extensions` is a repeated
/// object with `additionalProperties`, in the shape Discovery Engine v1 and v1alpha publish.
fn document() -> Value {
    json!({
        "name": "engine",
        "version": "v1",
        "rootUrl": "https://engine.example.test/",
        "servicePath": "",
        "resources": {
            "dataConnector": {
                "methods": {
                    "mcp": {
                        "id": "engine.dataConnector.mcp",
                        "path": "v1/{+parent}/dataConnector:mcp",
                        "httpMethod": "GET",
                        "parameterOrder": ["parent"],
                        "parameters": {
                            "parent": {"type": "string", "location": "path", "required": true},
                            "extensions": {
                                "type": "object",
                                "location": "query",
                                "repeated": true,
                                "additionalProperties": {"type": "any"},
                                "description": "Extensions of the call."
                            },
                            "pageSize": {"type": "integer", "format": "int32", "location": "query"}
                        }
                    }
                }
            }
        }
    })
}

/// The doc comments of `source` as one text, their lines joined as Markdown joins the lines of a
/// paragraph (the generator wraps them).
fn doc_text(source: &str) -> String {
    source
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("///"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}

fn resource_file(krate: &codegen::GeneratedCrate) -> &str {
    &krate.files["src/resources/data_connector.rs"]
}

#[test]
fn an_object_in_the_query_is_left_out_with_a_note_and_a_warning() {
    let mut doc = document();
    // An API-wide parameter of the same name is not offered in its place.
    doc["parameters"] = json!({"extensions": {"type": "string", "location": "query"}});
    let krate = codegen::generate("engine.v1.json", &doc.to_string()).unwrap();
    let source = resource_file(&krate);
    assert!(
        !source.contains("fn extensions"),
        "no setter for the object"
    );
    assert!(source.contains("fn page_size"), "the other parameters stay");
    assert!(
        doc_text(source).contains(
            "- the query parameter `extensions`: it has type `object` (repeated), which a URL \
             query cannot carry as a plain value."
        ),
        "the method's docs name the parameter left out:\n{source}"
    );
    let [warning] = krate.warnings.as_slice() else {
        panic!("one warning expected: {:?}", krate.warnings)
    };
    assert_eq!(warning.file, "engine.v1.json");
    assert_eq!(
        warning.json_path,
        "$.resources.dataConnector.methods.mcp.parameters.extensions"
    );
    assert!(
        warning.message.contains("engine.dataConnector.mcp"),
        "{warning}"
    );
    assert!(warning.message.contains("`extensions`"), "{warning}");
}

#[test]
fn a_required_parameter_the_url_cannot_carry_leaves_its_method_out() {
    let mut doc = document();
    let method = &mut doc["resources"]["dataConnector"]["methods"]["mcp"];
    method["parameters"]["extensions"]["required"] = json!(true);
    method["parameterOrder"] = json!(["parent", "extensions"]);
    doc["resources"]["dataConnector"]["methods"]["get"] = json!({
        "id": "engine.dataConnector.get",
        "path": "v1/{+name}",
        "httpMethod": "GET",
        "parameterOrder": ["name"],
        "parameters": {"name": {"type": "string", "location": "path", "required": true}}
    });
    let krate = codegen::generate("engine.v1.json", &doc.to_string()).unwrap();
    let source = resource_file(&krate);
    assert!(
        !source.contains("fn mcp"),
        "the method cannot be called, so it is left out"
    );
    assert!(source.contains("fn get"), "the other methods stay");
    assert_eq!(krate.warnings.len(), 1, "{:?}", krate.warnings);
    assert!(
        krate.warnings[0].message.contains("left out"),
        "{}",
        krate.warnings[0]
    );
}

#[test]
fn an_api_wide_parameter_of_type_object_is_left_out_with_a_warning() {
    let mut doc = document();
    doc["parameters"] = json!({
        "fields": {"type": "string", "location": "query"},
        "userIp": {"type": "string", "location": "query"},
        "context": {"type": "object", "location": "query"}
    });
    let krate = codegen::generate("engine.v1.json", &doc.to_string()).unwrap();
    let paths: Vec<&str> = krate
        .warnings
        .iter()
        .map(|w| w.json_path.as_str())
        .collect();
    assert!(paths.contains(&"$.parameters.context"), "{paths:?}");
    let source = resource_file(&krate);
    assert!(
        source.contains("fn user_ip"),
        "the plain API-wide parameter is offered"
    );
    // Google's system parameters come from the runtime's trait, not a setter per builder.
    assert!(!source.contains("fn fields"));
    assert!(
        source.contains("impl CallOptions for "),
        "through the file's one use of the runtime"
    );
    assert!(!source.contains("fn context"));
}
