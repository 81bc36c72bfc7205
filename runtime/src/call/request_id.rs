//! What a call adds to its request on its own: a request id (AIP-4235) where the method takes
//! one and the caller left it unset, and the `{"data": ...}` wrapper of documents that declare
//! the `dataWrapper` feature.
//!
//! Both are decided once per [`send`](crate::Call::send), while the call is prepared: every
//! attempt of that send carries the same bytes, so a server that deduplicates on the request id
//! sees one request however often the runtime repeats it.

use bytes::Bytes;
use serde_json::{Map, Value};

/// Where a method takes its request id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RequestIdAt {
    /// A query parameter of that name (Compute Engine and most Cloud APIs: `requestId`).
    Query(&'static str),
    /// A top-level field of the JSON request body (BigQuery's `jobs.query`: `requestId`).
    Body(&'static str),
}

/// A new request id: a random (version 4) UUID in its usual hyphenated form, as Google's Go and
/// Python libraries send them.
pub(crate) fn new_id() -> String {
    crate::client::random_uuid()
}

/// `body` with `field` set to `id` when it is a JSON object without that field; any other body
/// (the caller's own value, or something not an object) is returned unchanged.
pub(crate) fn fill_body_field(body: &Bytes, field: &str, id: impl FnOnce() -> String) -> Bytes {
    edit_object(body, |object| {
        if object.contains_key(field) {
            return false;
        }
        object.insert(field.to_owned(), Value::String(id()));
        true
    })
}

/// The request body as a `dataWrapper` document sends it: `{"data": body}`, unless `body` is not
/// a JSON object or already has a `data` member (the rule of Google's Python client).
pub(crate) fn wrap_data(body: &Bytes) -> Bytes {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(object)) if !object.contains_key("data") => {
            let mut wrapped = Vec::with_capacity(body.len() + 9);
            wrapped.extend_from_slice(b"{\"data\":");
            wrapped.extend_from_slice(body);
            wrapped.push(b'}');
            Bytes::from(wrapped)
        }
        _ => body.clone(),
    }
}

/// The answer of a `dataWrapper` document without its wrapper: the value of `data` when the
/// answer is an object that has one, else the answer unchanged.
pub(crate) fn unwrap_data(body: Bytes) -> Bytes {
    match serde_json::from_slice::<Map<String, Value>>(&body) {
        Ok(mut object) => match object.remove("data") {
            Some(data) => serde_json::to_vec(&data).map(Bytes::from).unwrap_or(body),
            None => body,
        },
        Err(_) => body,
    }
}

/// Applies `edit` to `body` read as a JSON object, and writes it back if `edit` changed it.
fn edit_object(body: &Bytes, edit: impl FnOnce(&mut Map<String, Value>) -> bool) -> Bytes {
    let Ok(mut object) = serde_json::from_slice::<Map<String, Value>>(body) else {
        return body.clone();
    };
    if !edit(&mut object) {
        return body.clone();
    }
    serde_json::to_vec(&object)
        .map(Bytes::from)
        .unwrap_or_else(|_| body.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_4_uuids_and_differ() {
        let a = new_id();
        let b = new_id();
        assert_ne!(a, b);
        let parsed = uuid::Uuid::parse_str(&a).expect("a UUID");
        assert_eq!(parsed.get_version_num(), 4);
        assert_eq!(a.len(), 36);
        assert_eq!(a, a.to_ascii_lowercase());
    }

    #[test]
    fn a_body_field_is_filled_only_when_absent() {
        let body = Bytes::from_static(br#"{"query":"SELECT 1"}"#);
        let filled = fill_body_field(&body, "requestId", || "id-1".to_owned());
        let value: Value = serde_json::from_slice(&filled).expect("json");
        assert_eq!(value["requestId"], "id-1");
        assert_eq!(value["query"], "SELECT 1");

        let own = Bytes::from_static(br#"{"requestId":"mine"}"#);
        let kept = fill_body_field(&own, "requestId", || panic!("no new id is made"));
        assert_eq!(kept, own);
        let not_object = Bytes::from_static(b"[1]");
        assert_eq!(
            fill_body_field(&not_object, "requestId", new_id),
            not_object
        );
    }

    #[test]
    fn data_wrapper_wraps_objects_and_unwraps_answers() {
        let body = Bytes::from_static(br#"{"q":["hello"],"target":"fr"}"#);
        let wrapped: Value = serde_json::from_slice(&wrap_data(&body)).expect("json");
        assert_eq!(
            wrapped,
            serde_json::json!({"data": {"q": ["hello"], "target": "fr"}})
        );
        let has_data = Bytes::from_static(br#"{"data":1}"#);
        assert_eq!(wrap_data(&has_data), has_data);
        let array = Bytes::from_static(b"[]");
        assert_eq!(wrap_data(&array), array);

        let answer =
            Bytes::from_static(br#"{"data":{"translations":[{"translatedText":"bonjour"}]}}"#);
        let inner: Value = serde_json::from_slice(&unwrap_data(answer)).expect("json");
        assert_eq!(
            inner,
            serde_json::json!({"translations": [{"translatedText": "bonjour"}]})
        );
        let bare = Bytes::from_static(br#"{"kind":"x"}"#);
        assert_eq!(unwrap_data(bare.clone()), bare);
        let empty = Bytes::new();
        assert_eq!(unwrap_data(empty.clone()), empty);
    }
}
