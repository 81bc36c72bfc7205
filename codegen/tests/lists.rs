//! Which field `.items()` streams: `items` when there is one (an array, or a map streamed as
//! `(key, value)` pairs), else the one array that is not a side list, else the array named after
//! the method's resource; nothing otherwise.

use codegen::model::{self, Api, ListField, MethodDef, ResourceDef, Ty};
use serde_json::{json, Value};

/// A document with one list method, `demo.things.list`, whose response has `properties`.
fn api(properties: Value) -> Api {
    let doc = json!({
        "name": "demo", "version": "v1", "rootUrl": "https://demo.test/", "servicePath": "",
        "schemas": {
            "Thing": {"id": "Thing", "type": "object", "properties": {"id": {"type": "string"}}},
            "ListResponse": {"id": "ListResponse", "type": "object", "properties": properties}
        },
        "resources": {"things": {"methods": {"list": {
            "id": "demo.things.list", "path": "things", "httpMethod": "GET",
            "parameters": {"pageToken": {"type": "string", "location": "query"}},
            "response": {"$ref": "ListResponse"}
        }}}}
    });
    model::build("demo.json", &doc.to_string()).expect("builds")
}

fn list_method(api: &Api) -> &MethodDef {
    fn find(def: &ResourceDef) -> Option<&MethodDef> {
        def.methods
            .iter()
            .find(|m| m.id == "demo.things.list")
            .or_else(|| def.children.iter().find_map(find))
    }
    find(&api.root).expect("the list method")
}

fn items(properties: Value) -> Option<ListField> {
    let mut with_token = properties;
    with_token["nextPageToken"] = json!({"type": "string"});
    let api = api(with_token);
    list_method(&api)
        .paging
        .as_ref()
        .expect("paged")
        .items
        .clone()
}

fn things() -> Value {
    json!({"type": "array", "items": {"$ref": "Thing"}})
}

fn strings() -> Value {
    json!({"type": "array", "items": {"type": "string"}})
}

#[test]
fn the_field_named_items_wins_over_side_lists() {
    // Cloud Storage's `objects.list`: `items` and `prefixes`.
    let list = items(json!({"items": things(), "prefixes": strings()})).expect("items");
    assert_eq!((list.field.as_str(), list.map), ("items", false));
    assert_eq!(list.item, Ty::Named("Thing".to_owned()));
}

#[test]
fn a_map_named_items_streams_its_entries() {
    // Compute's aggregated lists: `items` maps a scope to its list; `unreachables` is a side list.
    let list = items(json!({
        "items": {"type": "object", "additionalProperties": {"$ref": "Thing"}},
        "unreachables": strings()
    }))
    .expect("items");
    assert_eq!((list.field.as_str(), list.map), ("items", true));
    assert_eq!(list.item, Ty::Named("Thing".to_owned()));
}

#[test]
fn side_lists_are_never_streamed() {
    for side in ["unreachable", "unreachables", "prefixes", "warnings"] {
        let list = items(json!({"operations": things(), side: strings()})).expect("operations");
        assert_eq!(list.field, "operations", "{side}");
        assert_eq!(items(json!({side: strings()})), None, "{side} alone");
    }
}

#[test]
fn among_several_arrays_the_one_named_after_the_resource_wins() {
    let list = items(json!({"things": things(), "others": things()})).expect("things");
    assert_eq!(list.field, "things");
    assert_eq!(
        items(json!({"a": things(), "b": things()})),
        None,
        "no guess"
    );
}

#[test]
fn an_items_field_that_is_not_a_list_gives_no_stream() {
    assert_eq!(
        items(json!({"items": {"type": "string"}, "things": things()})),
        None
    );
}
