//! Broken documents get an error that names the file and the JSON path, never a panic.

use serde_json::{json, Value};

/// A small valid document, to be broken one way per test.
fn document() -> Value {
    json!({
        "name": "tiny",
        "version": "v1",
        "rootUrl": "https://tiny.example.test/",
        "servicePath": "",
        "schemas": {
            "Item": {"id": "Item", "type": "object", "properties": {"name": {"type": "string"}}}
        },
        "resources": {
            "items": {
                "methods": {
                    "get": {
                        "id": "tiny.items.get",
                        "path": "items/{itemId}",
                        "httpMethod": "GET",
                        "parameterOrder": ["itemId"],
                        "parameters": {"itemId": {"type": "string", "location": "path", "required": true}},
                        "response": {"$ref": "Item"}
                    }
                }
            }
        }
    })
}

fn error_for(doc: &Value) -> codegen::Error {
    codegen::generate("tiny.v1.json", &doc.to_string()).expect_err("the document is broken")
}

#[test]
fn the_unbroken_document_generates() {
    codegen::generate("tiny.v1.json", &document().to_string()).unwrap();
}

#[test]
fn a_dangling_ref_names_the_property() {
    let mut doc = document();
    doc["schemas"]["Item"]["properties"]["owner"] = json!({"$ref": "Person"});
    let e = error_for(&doc);
    assert_eq!(e.file, "tiny.v1.json");
    assert_eq!(e.json_path, "$.schemas.Item.properties.owner.$ref");
    assert!(e.message.contains("`Person`"), "{e}");
}

#[test]
fn an_unknown_type_is_refused() {
    let mut doc = document();
    doc["schemas"]["Item"]["properties"]["name"]["type"] = json!("text");
    let e = error_for(&doc);
    assert_eq!(e.json_path, "$.schemas.Item.properties.name.type");
    assert!(e.message.contains("unknown type `text`"), "{e}");
}

#[test]
fn an_unknown_format_is_refused() {
    let mut doc = document();
    doc["schemas"]["Item"]["properties"]["name"]["format"] = json!("int128");
    let e = error_for(&doc);
    assert_eq!(e.json_path, "$.schemas.Item.properties.name.format");
    assert!(e.message.contains("unknown format `int128`"), "{e}");
}

#[test]
fn a_value_of_the_wrong_json_type_names_its_path() {
    let mut doc = document();
    doc["schemas"]["Item"]["properties"] = json!(5);
    let e = error_for(&doc);
    assert_eq!(e.json_path, "$.schemas.Item.properties");
}

#[test]
fn truncated_json_is_an_error() {
    let text = document().to_string();
    let e = codegen::generate("tiny.v1.json", &text[..text.len() / 2]).unwrap_err();
    assert_eq!(e.file, "tiny.v1.json");
    assert!(e.json_path.starts_with('$'), "{e}");
}

#[test]
fn a_duplicate_method_id_is_refused() {
    let mut doc = document();
    let get = doc["resources"]["items"]["methods"]["get"].clone();
    doc["resources"]["items"]["methods"]["fetch"] = get;
    let e = error_for(&doc);
    assert!(e.message.contains("tiny.items.get"), "{e}");
    assert!(e.json_path.starts_with("$.resources.items.methods."), "{e}");
}

#[test]
fn parameter_order_must_name_parameters() {
    let mut doc = document();
    doc["resources"]["items"]["methods"]["get"]["parameterOrder"] = json!(["itemId", "ghost"]);
    let e = error_for(&doc);
    assert_eq!(
        e.json_path,
        "$.resources.items.methods.get.parameterOrder.1"
    );
    assert!(
        e.message.contains("tiny.items.get") && e.message.contains("ghost"),
        "{e}"
    );
}

#[test]
fn path_variables_must_be_path_parameters() {
    let mut doc = document();
    doc["resources"]["items"]["methods"]["get"]["path"] = json!("items/{itemId}/{other}");
    let e = error_for(&doc);
    assert_eq!(e.json_path, "$.resources.items.methods.get.path");
    assert!(e.message.contains("`other`"), "{e}");
}

#[test]
fn a_cycle_of_pure_references_is_refused() {
    let mut doc = document();
    doc["schemas"]["A"] = json!({"$ref": "B"});
    doc["schemas"]["B"] = json!({"$ref": "A"});
    let e = error_for(&doc);
    assert!(
        e.json_path == "$.schemas.A" || e.json_path == "$.schemas.B",
        "{e}"
    );
    assert!(e.message.contains("cycle"), "{e}");
}

#[test]
fn an_unsupported_http_method_is_refused() {
    let mut doc = document();
    doc["resources"]["items"]["methods"]["get"]["httpMethod"] = json!("BREW");
    let e = error_for(&doc);
    assert_eq!(e.json_path, "$.resources.items.methods.get.httpMethod");
}

#[test]
fn a_missing_name_is_refused() {
    let mut doc = document();
    doc.as_object_mut().unwrap().remove("name");
    let e = error_for(&doc);
    assert_eq!(e.json_path, "$.name");
}

#[test]
fn an_unknown_parameter_location_is_refused() {
    let mut doc = document();
    doc["resources"]["items"]["methods"]["get"]["parameters"]["itemId"]["location"] =
        json!("header");
    let e = error_for(&doc);
    assert_eq!(
        e.json_path,
        "$.resources.items.methods.get.parameters.itemId.location"
    );
}
