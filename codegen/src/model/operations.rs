//! Which methods answer with a long-running operation, how the crate polls it, and which methods
//! take a request id (AIP-4235).
//!
//! Two shapes of operation schema are recognised, from their properties alone, never from an
//! API's name:
//!
//! - `google.longrunning.Operation`: `name` (string), `done` (boolean), `error` (a schema with
//!   `code` and `message`, `google.rpc.Status`) and `response` or `metadata`; polled with the
//!   document's `*.operations.get` that answers it (the one whose path takes `{+name}` first),
//!   and its sibling `operations.wait` where there is one; its sibling `operations.cancel`,
//!   when its path takes the operation's `name` alone, gives the type a `cancel` method;
//! - Compute Engine's: `status` (an enum with `DONE`), `httpErrorStatusCode` and
//!   `error.errors[]`; polled with the top-level `zoneOperations`, `regionOperations` and
//!   `globalOperations` resources' `wait` and `get`.
//!
//! A schema of either shape for which the document has no method to read it is left alone: its
//! methods get no poller.

use std::collections::BTreeMap;

use heck::ToShoutySnakeCase;

use crate::discovery::{Document, Method, Resource, Schema};

use super::{
    MethodDef, OperationDef, OperationShape, PollDef, PollMethod, RequestIdDef, ResourceDef,
    TypeDef,
};

/// The name of the request id parameter or field (AIP-4235's `request_id`, in JSON `requestId`).
const REQUEST_ID: &str = "requestId";

/// Every operation schema of `doc` that the document lets the crate poll, sorted by type name.
pub fn operations(doc: &Document, types: &[TypeDef]) -> Vec<OperationDef> {
    let methods = all_methods(doc);
    let mut out = Vec::new();
    for (name, schema) in &doc.schemas {
        let shape = if is_long_running(doc, schema) {
            long_running_polling(name, &methods).map(OperationShape::LongRunning)
        } else if is_compute(schema) {
            compute_polling(name, doc)
        } else {
            None
        };
        let (Some(shape), Some(ty)) = (shape, types.iter().find(|t| t.origin == *name)) else {
            continue;
        };
        out.push(OperationDef {
            type_name: ty.name.clone(),
            static_name: format!("{}_SHAPE", ty.name.to_shouty_snake_case()),
            shape,
        });
    }
    out.sort_by(|a, b| a.type_name.cmp(&b.type_name));
    out
}

/// Marks each method of `root` that answers one of `operations`, and each that takes a request
/// id.
pub fn annotate(doc: &Document, operations: &[OperationDef], root: &mut ResourceDef) {
    let methods = all_methods(doc);
    let by_id: BTreeMap<&str, &Method> = methods.iter().map(|(_, m)| (m.id.as_str(), *m)).collect();
    walk_mut(root, &mut |m: &mut MethodDef| {
        if let Some(super::Ty::Named(name)) = &m.response {
            m.operation = operations
                .iter()
                .find(|op| &op.type_name == name)
                .map(|op| op.static_name.clone());
        }
        if let Some(method) = by_id.get(m.id.as_str()) {
            m.request_id = request_id(doc, method);
        }
    });
}

fn walk_mut(resource: &mut ResourceDef, f: &mut impl FnMut(&mut MethodDef)) {
    for m in &mut resource.methods {
        f(m);
    }
    for child in &mut resource.children {
        walk_mut(child, f);
    }
}

/// Where `method` takes a request id: its `requestId` string query parameter, else the
/// `requestId` string field of its request body's schema.
fn request_id(doc: &Document, method: &Method) -> Option<RequestIdDef> {
    if let Some(p) = method.parameters.get(REQUEST_ID) {
        if p.location.as_deref() == Some("query") && p.type_name.as_deref() == Some("string") {
            return Some(RequestIdDef::Query(REQUEST_ID.to_owned()));
        }
        return None;
    }
    let body = resolve(doc, method.request.as_ref()?)?;
    let field = body.properties.get(REQUEST_ID)?;
    (field.type_name.as_deref() == Some("string"))
        .then(|| RequestIdDef::Body(REQUEST_ID.to_owned()))
}

/// `schema`, or the document's schema it refers to.
fn resolve<'d>(doc: &'d Document, schema: &'d Schema) -> Option<&'d Schema> {
    match &schema.reference {
        Some(name) => doc.schemas.get(name),
        None => Some(schema),
    }
}

fn has_type(schema: &Schema, property: &str, type_name: &str) -> bool {
    schema
        .properties
        .get(property)
        .is_some_and(|p| p.type_name.as_deref() == Some(type_name))
}

/// `name`, `done`, an `error` with `code` and `message`, and `response` or `metadata`.
fn is_long_running(doc: &Document, schema: &Schema) -> bool {
    let status = schema.properties.get("error").and_then(|e| resolve(doc, e));
    has_type(schema, "name", "string")
        && has_type(schema, "done", "boolean")
        && status.is_some_and(|s| {
            s.properties.contains_key("code") && s.properties.contains_key("message")
        })
        && (schema.properties.contains_key("response")
            || schema.properties.contains_key("metadata"))
}

/// `status` with a `DONE` value, `httpErrorStatusCode`, and an `error` with an `errors` list.
fn is_compute(schema: &Schema) -> bool {
    let status = schema.properties.get("status");
    let errors = schema
        .properties
        .get("error")
        .and_then(|e| e.properties.get("errors"));
    status.is_some_and(|s| s.enum_values.iter().any(|v| v == "DONE"))
        && schema.properties.contains_key("httpErrorStatusCode")
        && errors.is_some_and(|e| e.type_name.as_deref() == Some("array"))
}

/// The `operations.get` (and `operations.wait`) answering schema `name`.
fn long_running_polling(name: &str, methods: &[(String, &Method)]) -> Option<PollDef> {
    let answers =
        |m: &Method| m.response.as_ref().and_then(|r| r.reference.as_deref()) == Some(name);
    let mut gets: Vec<(&String, &Method)> = methods
        .iter()
        .filter(|(resource, m)| {
            resource.rsplit('.').next() == Some("operations")
                && m.id.ends_with(".get")
                && m.http_method.eq_ignore_ascii_case("GET")
                && answers(m)
        })
        .map(|(resource, m)| (resource, *m))
        .collect();
    gets.sort_by_key(|(_, m)| (!m.path.contains("{+name}"), m.id.len(), m.id.clone()));
    let (resource, get) = gets.into_iter().next()?;
    let wait = methods
        .iter()
        .find(|(r, m)| r == resource && m.id.ends_with(".wait") && answers(m))
        .map(|(_, m)| *m);
    let cancel = methods
        .iter()
        .find(|(r, m)| {
            r == resource
                && m.id.ends_with(".cancel")
                && m.http_method.eq_ignore_ascii_case("POST")
                && takes_only_the_name(&m.path)
        })
        .map(|(_, m)| *m);
    Some(PollDef {
        get: Some(poll_method(get)),
        wait_has_body: wait.is_some_and(|w| w.request.is_some()),
        wait: wait.map(poll_method),
        cancel_has_body: cancel.is_some_and(|c| c.request.is_some()),
        cancel: cancel.map(poll_method),
    })
}

/// Whether the path template's only variable is `name` (`v1/{+name}:cancel`): a cancel that
/// the operation alone can address. Cloud Storage's `b/{bucket}/operations/{operationId}/cancel`
/// needs the bucket, which only the starting call knows.
fn takes_only_the_name(path: &str) -> bool {
    let variables: Vec<&str> = path
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(v, _)| v.trim_start_matches('+')))
        .collect();
    variables == ["name"]
}

/// Compute's `zoneOperations`, `regionOperations` and `globalOperations`, for schema `name`.
fn compute_polling(name: &str, doc: &Document) -> Option<OperationShape> {
    let scope = |resource: &str| -> PollDef {
        let Some(resource) = doc.resources.get(resource) else {
            return PollDef::default();
        };
        let pick = |verb: &str| {
            resource
                .methods
                .get(verb)
                .filter(|m| m.response.as_ref().and_then(|r| r.reference.as_deref()) == Some(name))
                .map(poll_method)
        };
        PollDef {
            get: pick("get"),
            wait: pick("wait"),
            ..PollDef::default()
        }
    };
    let zonal = scope("zoneOperations");
    let regional = scope("regionOperations");
    let global = scope("globalOperations");
    let none = |p: &PollDef| p.get.is_none() && p.wait.is_none();
    if none(&zonal) && none(&regional) && none(&global) {
        return None;
    }
    Some(OperationShape::Compute {
        zonal,
        regional,
        global,
    })
}

fn poll_method(m: &Method) -> PollMethod {
    PollMethod {
        id: m.id.clone(),
        static_name: format!("{}_METHOD", m.id.replace('.', "_").to_shouty_snake_case()),
        http_method: m.http_method.to_ascii_uppercase(),
        path: m.path.clone(),
        scopes: m.scopes.clone(),
        api_version: m.api_version.clone().filter(|v| !v.is_empty()),
    }
}

/// Every method of the document with the dotted path of its resource (empty at the top).
fn all_methods(doc: &Document) -> Vec<(String, &Method)> {
    fn walk<'d>(prefix: &str, resource: &'d Resource, out: &mut Vec<(String, &'d Method)>) {
        out.extend(resource.methods.values().map(|m| (prefix.to_owned(), m)));
        for (name, child) in &resource.resources {
            let path = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}.{name}")
            };
            walk(&path, child, out);
        }
    }
    let mut out: Vec<(String, &Method)> =
        doc.methods.values().map(|m| (String::new(), m)).collect();
    for (name, resource) in &doc.resources {
        walk(name, resource, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(json: serde_json::Value) -> Document {
        serde_json::from_value(json).expect("a document")
    }

    fn long_running_doc() -> serde_json::Value {
        serde_json::json!({
            "name": "x", "version": "v1", "rootUrl": "https://x.googleapis.com/",
            "schemas": {
                "Operation": {"id": "Operation", "type": "object", "properties": {
                    "name": {"type": "string"}, "done": {"type": "boolean"},
                    "error": {"$ref": "Status"}, "response": {"type": "object"}}},
                "Status": {"id": "Status", "type": "object", "properties": {
                    "code": {"type": "integer"}, "message": {"type": "string"}}},
                "Thing": {"id": "Thing", "type": "object", "properties": {
                    "requestId": {"type": "string"}}}
            },
            "resources": {
                "things": {"methods": {
                    "run": {"id": "x.things.run", "path": "v1/{+name}:run", "httpMethod": "POST",
                            "parameters": {"name": {"type": "string", "location": "path", "required": true}},
                            "request": {"$ref": "Thing"}, "response": {"$ref": "Operation"}},
                    "make": {"id": "x.things.make", "path": "v1/things", "httpMethod": "POST",
                             "parameters": {"requestId": {"type": "string", "location": "query"}},
                             "request": {"$ref": "Thing"}}
                }},
                "projects": {"resources": {
                    "operations": {"methods": {
                        "get": {"id": "x.projects.operations.get", "path": "v1/{+name}", "httpMethod": "GET",
                                "response": {"$ref": "Operation"}},
                        "wait": {"id": "x.projects.operations.wait", "path": "v1/{+name}:wait", "httpMethod": "POST",
                                 "request": {"$ref": "Thing"}, "response": {"$ref": "Operation"}},
                        "cancel": {"id": "x.projects.operations.cancel", "path": "v1/{+name}:cancel", "httpMethod": "POST",
                                   "request": {"$ref": "Thing"}}
                    }},
                    "locations": {"resources": {"operations": {"methods": {
                        "get": {"id": "x.projects.locations.operations.get", "path": "v1/ops/{opsId}",
                                "httpMethod": "GET", "response": {"$ref": "Operation"}}
                    }}}}
                }}
            }
        })
    }

    fn type_def(name: &str) -> TypeDef {
        TypeDef {
            name: name.to_owned(),
            origin: name.to_owned(),
            doc: None,
            kind: super::super::TypeKind::Struct(Vec::new()),
            file: name.to_lowercase(),
        }
    }

    #[test]
    fn a_long_running_operation_is_polled_with_the_get_taking_its_name() {
        let doc = doc(long_running_doc());
        let ops = operations(&doc, &[type_def("Operation"), type_def("Status")]);
        assert_eq!(ops.len(), 1);
        assert_eq!(ops[0].static_name, "OPERATION_SHAPE");
        let OperationShape::LongRunning(poll) = &ops[0].shape else {
            panic!("expected a long-running shape")
        };
        let get = poll.get.as_ref().expect("a get");
        assert_eq!(get.id, "x.projects.operations.get");
        assert_eq!(get.static_name, "X_PROJECTS_OPERATIONS_GET_METHOD");
        assert_eq!(
            poll.wait.as_ref().map(|w| w.id.as_str()),
            Some("x.projects.operations.wait")
        );
        assert!(poll.wait_has_body);
        let cancel = poll.cancel.as_ref().expect("a cancel");
        assert_eq!(cancel.id, "x.projects.operations.cancel");
        assert_eq!(cancel.http_method, "POST");
        assert!(poll.cancel_has_body);
    }

    #[test]
    fn a_cancel_is_offered_only_when_the_name_alone_addresses_it() {
        assert!(takes_only_the_name("v1/{+name}:cancel"));
        assert!(takes_only_the_name("operations/{name}:cancel"));
        assert!(!takes_only_the_name(
            "b/{bucket}/operations/{operationId}/cancel"
        ));
        assert!(!takes_only_the_name("v1/{+name}/x/{other}:cancel"));
        assert!(!takes_only_the_name("v1/operations:cancel"));

        // The poll methods of `long_running_doc` with its cancel changed by `edit`.
        let with_cancel = |edit: &dyn Fn(&mut serde_json::Value)| -> PollDef {
            let mut json = long_running_doc();
            edit(
                &mut json["resources"]["projects"]["resources"]["operations"]["methods"]["cancel"],
            );
            let ops = operations(&doc(json), &[type_def("Operation")]);
            match &ops[0].shape {
                OperationShape::LongRunning(poll) => poll.clone(),
                other => panic!("expected a long-running shape, got {other:?}"),
            }
        };
        let storage_like = with_cancel(&|c| {
            c["path"] = serde_json::json!("b/{bucket}/operations/{+name}/cancel");
        });
        assert_eq!(storage_like.cancel, None);
        // A GET is no cancel, and no request means no body.
        let get = with_cancel(&|c| c["httpMethod"] = serde_json::json!("GET"));
        assert_eq!(get.cancel, None);
        let poll = with_cancel(&|c| {
            c.as_object_mut().map(|c| c.remove("request"));
        });
        assert!(poll.cancel.is_some() && !poll.cancel_has_body);
    }

    #[test]
    fn request_ids_come_from_the_query_or_the_body() {
        let doc = doc(long_running_doc());
        let by_id: BTreeMap<String, &Method> = all_methods(&doc)
            .into_iter()
            .map(|(_, m)| (m.id.clone(), m))
            .collect();
        assert_eq!(
            request_id(&doc, by_id["x.things.make"]),
            Some(RequestIdDef::Query("requestId".to_owned()))
        );
        assert_eq!(
            request_id(&doc, by_id["x.things.run"]),
            Some(RequestIdDef::Body("requestId".to_owned()))
        );
        assert_eq!(request_id(&doc, by_id["x.projects.operations.get"]), None);
    }

    #[test]
    fn a_schema_without_a_method_to_read_it_gets_no_poller() {
        let mut json = long_running_doc();
        json["resources"]["projects"] = serde_json::json!({});
        let ops = operations(&doc(json), &[type_def("Operation")]);
        assert!(ops.is_empty());
    }

    #[test]
    fn the_compute_shape_is_polled_per_scope() {
        let doc = doc(serde_json::json!({
            "name": "compute", "version": "v1", "rootUrl": "https://compute.googleapis.com/",
            "schemas": {"Operation": {"id": "Operation", "type": "object", "properties": {
                "status": {"type": "string", "enum": ["DONE", "PENDING", "RUNNING"]},
                "httpErrorStatusCode": {"type": "integer"},
                "error": {"type": "object", "properties": {"errors": {"type": "array", "items": {"type": "object"}}}}}}},
            "resources": {
                "zoneOperations": {"methods": {
                    "get": {"id": "compute.zoneOperations.get", "path": "p/{project}/zones/{zone}/operations/{operation}",
                            "httpMethod": "GET", "response": {"$ref": "Operation"}},
                    "wait": {"id": "compute.zoneOperations.wait", "path": "p/{project}/zones/{zone}/operations/{operation}/wait",
                             "httpMethod": "POST", "response": {"$ref": "Operation"}},
                    "delete": {"id": "compute.zoneOperations.delete", "path": "x", "httpMethod": "DELETE"}}},
                "globalOperations": {"methods": {
                    "get": {"id": "compute.globalOperations.get", "path": "p/{project}/global/operations/{operation}",
                            "httpMethod": "GET", "response": {"$ref": "Operation"}}}}
            }
        }));
        let ops = operations(&doc, &[type_def("Operation")]);
        let OperationShape::Compute {
            zonal,
            regional,
            global,
        } = &ops[0].shape
        else {
            panic!("expected the compute shape")
        };
        assert_eq!(
            zonal.wait.as_ref().map(|m| m.http_method.as_str()),
            Some("POST")
        );
        assert!(zonal.get.is_some() && !zonal.wait_has_body);
        assert_eq!(regional, &PollDef::default());
        assert!(global.get.is_some() && global.wait.is_none());
    }
}
