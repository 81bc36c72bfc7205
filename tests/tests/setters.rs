//! How code that builds requests reads: list and map setters take what turns into their items,
//! and the standard parameters come into scope with a crate's prelude.

use google_gmail_v1::prelude::*;
use google_gmail_v1::runtime::auth::StaticToken;
use google_gmail_v1::schemas::BatchModifyMessagesRequest;
use google_storage_v1::schemas::Object;

#[test]
fn list_setters_take_str_items() {
    let request = BatchModifyMessagesRequest::default()
        .set_add_label_ids(["INBOX", "UNREAD"])
        .set_ids(vec![String::from("m1")]);
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        serde_json::json!({"addLabelIds": ["INBOX", "UNREAD"], "ids": ["m1"]})
    );
}

#[test]
fn map_setters_take_str_pairs() {
    let object = Object::default().set_metadata([("k", "v"), ("a", "b")]);
    assert_eq!(
        serde_json::to_value(&object).unwrap(),
        serde_json::json!({"metadata": {"a": "b", "k": "v"}})
    );
}

#[test]
fn the_prelude_brings_the_standard_parameters_into_scope() {
    let client = Client::builder()
        .root_url("http://127.0.0.1:9/")
        .auth(StaticToken::new("t"))
        .build();
    // Compiles only with `CallOptions` in scope; the builder's own setters need nothing.
    let _call = client
        .users()
        .labels()
        .list("me")
        .fields("labels(id,name)")
        .quota_user("alice")
        .pretty_print(true)
        .scopes(["https://www.googleapis.com/auth/gmail.labels"])
        .header("X-Goog-Request-Reason", "audit");
}
