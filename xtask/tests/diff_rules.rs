//! The diff's walk on a small made-up API, changed in one place per rule: what each change is
//! called and how it is judged.

use serde_json::{json, Value};
use xtask::diff::{self, markdown, ApiDiff, Impact};

const ALL: &str = "https://www.googleapis.com/auth/demo";
const READ: &str = "https://www.googleapis.com/auth/demo.readonly";

fn path_param() -> Value {
    json!({"type": "string", "location": "path", "required": true})
}

/// The API before: items with get, list, upload and move.
fn before() -> Value {
    json!({
        "name": "demo", "version": "v1", "revision": "20240101",
        "rootUrl": "https://demo.googleapis.com/", "servicePath": "", "batchPath": "batch",
        "auth": {"oauth2": {"scopes": {ALL: {"description": "all"}, READ: {"description": "read"}}}},
        "schemas": {
            "Item": {"id": "Item", "type": "object", "properties": {
                "id": {"type": "string"},
                "size": {"type": "string", "format": "int64"},
                "state": {"type": "string", "enum": ["ACTIVE", "GONE"]},
                "note": {"type": "string"}
            }},
            "ListItemsResponse": {"id": "ListItemsResponse", "type": "object", "properties": {
                "items": {"type": "array", "items": {"$ref": "Item"}},
                "nextPageToken": {"type": "string"}
            }}
        },
        "resources": {"items": {"methods": {
            "get": {
                "id": "demo.items.get", "path": "items/{itemId}", "httpMethod": "GET",
                "parameters": {"itemId": path_param(), "view": {"type": "string", "location": "query"}},
                "parameterOrder": ["itemId"], "response": {"$ref": "Item"}, "scopes": [ALL, READ]
            },
            "list": {
                "id": "demo.items.list", "path": "items", "httpMethod": "GET",
                "parameters": {
                    "pageToken": {"type": "string", "location": "query"},
                    "filter": {"type": "string", "location": "query"}
                },
                "response": {"$ref": "ListItemsResponse"}, "scopes": [ALL]
            },
            "upload": {
                "id": "demo.items.upload", "path": "items/{itemId}/data", "httpMethod": "POST",
                "parameters": {"itemId": path_param()}, "parameterOrder": ["itemId"],
                "request": {"$ref": "Item"},
                "supportsMediaUpload": true,
                "mediaUpload": {"accept": ["image/jpeg", "image/png"], "maxSize": "10MB",
                    "protocols": {"simple": {"multipart": true, "path": "/upload/demo/v1/items/{itemId}/data"}}}
            },
            "move": {
                "id": "demo.items.move", "path": "items/{itemId}/to/{folderId}", "httpMethod": "POST",
                "parameters": {"itemId": path_param(), "folderId": path_param()},
                "parameterOrder": ["itemId", "folderId"]
            }
        }}}
    })
}

/// The API after: one change per rule under test.
fn after() -> Value {
    let mut doc = before();
    let methods = &mut doc["resources"]["items"]["methods"];
    // get: `view` is now required, the path moved, the read-only scope no longer works.
    methods["get"]["parameters"]["view"]["required"] = json!(true);
    methods["get"]["parameterOrder"] = json!(["itemId", "view"]);
    methods["get"]["path"] = json!("v2/items/{itemId}");
    methods["get"]["scopes"] = json!([ALL]);
    // list: `filter` takes several values; a new optional `pageSize`.
    methods["list"]["parameters"]["filter"]["repeated"] = json!(true);
    methods["list"]["parameters"]["pageSize"] =
        json!({"type": "integer", "format": "int32", "location": "query"});
    // upload: a lower limit, one media type fewer, a new required query parameter.
    methods["upload"]["mediaUpload"]["maxSize"] = json!("5MB");
    methods["upload"]["mediaUpload"]["accept"] = json!(["image/png"]);
    methods["upload"]["parameters"]["mode"] =
        json!({"type": "string", "location": "query", "required": true});
    methods["upload"]["parameterOrder"] = json!(["itemId", "mode"]);
    // move: the same two arguments, in the other order, and now a response.
    methods["move"]["parameterOrder"] = json!(["folderId", "itemId"]);
    methods["move"]["response"] = json!({"$ref": "Item"});
    // a new method.
    methods["delete"] = json!({
        "id": "demo.items.delete", "path": "items/{itemId}", "httpMethod": "DELETE",
        "parameters": {"itemId": path_param()}, "parameterOrder": ["itemId"]
    });
    // a new resource.
    doc["resources"]["folders"] = json!({"methods": {"list": {
        "id": "demo.folders.list", "path": "folders", "httpMethod": "GET"
    }}});
    // Item: `id` becomes a number, `size` travels as a number, `note` becomes read-only,
    // `state` loses GONE and gains ARCHIVED.
    let item = &mut doc["schemas"]["Item"]["properties"];
    item["id"] = json!({"type": "integer", "format": "int32"});
    item["size"] = json!({"type": "integer", "format": "int64"});
    item["note"]["readOnly"] = json!(true);
    item["state"]["enum"] = json!(["ACTIVE", "ARCHIVED"]);
    // The API: no more batches, one scope fewer.
    doc.as_object_mut().unwrap().remove("batchPath");
    doc["auth"]["oauth2"]["scopes"]
        .as_object_mut()
        .unwrap()
        .remove(READ);
    doc["revision"] = json!("20250101");
    doc
}

fn compare(old: &Value, new: &Value) -> ApiDiff {
    let old = codegen::model::build("old.json", &old.to_string()).expect("old builds");
    let new = codegen::model::build("new.json", &new.to_string()).expect("new builds");
    diff::compare(&old, &new)
}

/// Each change as "impact: item action name [of owner] (detail)".
fn summary(diff: &ApiDiff) -> Vec<String> {
    diff.changes
        .iter()
        .map(|c| {
            let owner = c
                .owner
                .as_deref()
                .map(|o| format!(" of {o}"))
                .unwrap_or_default();
            let detail = if c.detail.is_empty() {
                String::new()
            } else {
                format!(" ({})", c.detail)
            };
            format!(
                "{}: {} {} {}{owner}{detail}",
                c.impact.label(),
                c.item.noun(),
                c.action.verb(),
                c.name
            )
        })
        .collect()
}

#[test]
fn every_kind_of_change_is_found_and_judged() {
    let diff = compare(&before(), &after());
    assert_eq!(
        summary(&diff),
        [
            "breaking: API changed batchPath (`batch` -> none)",
            "breaking: method changed client.items().move_() ((item_id, folder_id) -> (folder_id, item_id))",
            "breaking: parameter changed view of client.items().get() (optional -> required)",
            "breaking: parameter changed filter of client.items().list() (now repeated)",
            "breaking: parameter added mode of client.items().upload() (required `String`)",
            "breaking: response of changed client.items().move_() (none -> `Item`)",
            "breaking: media upload of changed client.items().upload() (max size 10 MiB -> 5 MiB)",
            "breaking: accepted media type removed image/jpeg of client.items().upload()",
            "breaking: field changed id of schemas::Item (`String` -> `i32`)",
            "breaking: enum value removed Gone of schemas::ItemState",
            "behaviour: method changed client.items().get() (path `items/{itemId}` -> `v2/items/{itemId}`)",
            "behaviour: scope removed https://www.googleapis.com/auth/demo.readonly",
            "behaviour: scope removed https://www.googleapis.com/auth/demo.readonly of client.items().get()",
            "behaviour: field changed note of schemas::Item (became read-only)",
            "behaviour: field changed size of schemas::Item (`i64` sent as JSON string -> JSON number)",
            "compatible: resource added client.folders() (methods `list()`)",
            "compatible: method added client.items().delete()",
            "compatible: parameter added page_size of client.items().list() (optional `i32`)",
            "compatible: enum value added Archived of schemas::ItemState",
            "compatible: cargo feature added folders",
        ]
    );
    assert_eq!(diff.summary.breaking, 10);
    assert_eq!(diff.summary.behaviour, 5);
    assert_eq!(diff.summary.compatible, 5);
}

#[test]
fn the_reverse_change_is_judged_on_its_own_terms() {
    let diff = compare(&after(), &before());
    let verdict = |needle: &str| {
        diff.changes
            .iter()
            .find(|c| markdown::line(c).contains(needle))
            .map(|c| c.impact)
            .unwrap_or_else(|| panic!("no change mentions {needle}"))
    };
    // Loosened: a higher limit, one more media type, a setter instead of an argument is still a
    // signature change, a writable field.
    assert_eq!(verdict("max size 5 MiB -> 10 MiB"), Impact::Compatible);
    assert_eq!(verdict("`image/jpeg`"), Impact::Compatible);
    assert_eq!(verdict("required -> optional"), Impact::Breaking);
    assert_eq!(verdict("no longer read-only"), Impact::Compatible);
    assert_eq!(verdict("`client.folders()`"), Impact::Breaking);
    assert_eq!(verdict("`client.items().delete()`"), Impact::Breaking);
}

#[test]
fn each_line_gives_its_reason() {
    let diff = compare(&before(), &after());
    let lines: Vec<String> = diff.changes.iter().map(markdown::line).collect();
    assert!(lines.contains(
        &"- Accepted media type `image/jpeg` of `client.items().upload()` removed: uploads of this media type are now refused before sending.".to_owned()
    ));
    assert!(lines.contains(
        &"- Parameter `mode` of `client.items().upload()` added (required `String`): a new required argument: every call needs one more positional value.".to_owned()
    ));
    assert!(lines.iter().all(|l| l.ends_with('.') && !l.contains('\n')));
}

#[test]
fn a_new_api_version_or_path_encoding_is_a_behaviour_change() {
    let mut old = before();
    old["resources"]["items"]["methods"]["get"]["apiVersion"] = json!("v1_20240101");
    let mut new = old.clone();
    new["resources"]["items"]["methods"]["get"]["apiVersion"] = json!("v1_20250101");
    new["resources"]["items"]["methods"]["list"]["apiVersion"] = json!("v1_20250101");
    new["fullyEncodeReservedExpansion"] = json!(true);
    assert_eq!(
        summary(&compare(&old, &new)),
        [
            "behaviour: API changed fullyEncodeReservedExpansion (false -> true)",
            "behaviour: method changed client.items().get() (apiVersion `v1_20240101` -> `v1_20250101`)",
            "behaviour: method changed client.items().list() (apiVersion none -> `v1_20250101`)",
        ]
    );
}

#[test]
fn cargo_features_removed_added_or_gating_a_schema_differently_are_judged() {
    let mut old = before();
    old["resources"]["folders"] = json!({"methods": {"list": {
        "id": "demo.folders.list", "path": "folders", "httpMethod": "GET"
    }}});
    let mut new = before();
    // `folders` is gone; `archive` is new and returns an `Item`, which `items` alone reached.
    new["resources"]["archive"] = json!({"methods": {"get": {
        "id": "demo.archive.get", "path": "archive", "httpMethod": "GET",
        "response": {"$ref": "Item"}
    }}});
    let diff = compare(&old, &new);
    let features: Vec<String> = summary(&diff)
        .into_iter()
        .filter(|l| l.contains("cargo feature") || l.contains("compiled"))
        .collect();
    assert_eq!(
        features,
        [
            "breaking: cargo feature removed folders",
            "behaviour: type changed schemas::Item (compiled with `archive` or `items` (was with `items`))",
            "behaviour: type changed schemas::ItemState (compiled with `archive` or `items` (was with `items`))",
            "compatible: cargo feature added archive",
        ]
    );
    let removed = diff
        .changes
        .iter()
        .find(|c| c.name == "folders")
        .expect("the feature's removal");
    assert!(
        removed.reason.contains("without default features"),
        "{}",
        removed.reason
    );
}
