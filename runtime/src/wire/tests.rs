//! Tests of the adapters together, the way generated structs combine them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::{As, Base64, Duration, OpenEnum, Same, Timestamp, UnknownFields, WireError, I64, U64};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum State {
    #[default]
    Unspecified,
    Active,
    /// A value this crate does not know yet.
    UnknownValue(String),
}

impl OpenEnum for State {
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Unspecified => "STATE_UNSPECIFIED",
            Self::Active => "ACTIVE",
            Self::UnknownValue(value) => value,
        }
    }

    fn from_wire_str(value: &str) -> Self {
        match value {
            "STATE_UNSPECIFIED" => Self::Unspecified,
            "ACTIVE" => Self::Active,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}

crate::impl_open_enum!(State);

/// Shaped like a generated schema struct.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Resource {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "As::<Option<I64>>"
    )]
    size: Option<i64>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "As::<Option<Vec<I64>>>"
    )]
    offsets: Option<Vec<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "As::<Option<BTreeMap<Same, U64>>>"
    )]
    counters: Option<BTreeMap<String, u64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "As::<Option<Base64>>"
    )]
    payload: Option<Vec<u8>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "As::<Option<BTreeMap<Same, Base64>>>"
    )]
    blobs: Option<BTreeMap<String, Vec<u8>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ttl: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    update_time: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    state: Option<State>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    states: Option<Vec<State>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    child: Option<Box<Resource>>,
    #[serde(flatten)]
    unknown_fields: UnknownFields,
}

fn sample_json() -> Value {
    json!({
        "size": "-42",
        "offsets": ["1", 2, "-3"],
        "counters": {"b": "18446744073709551615", "a": 7},
        "payload": "-__-",
        "blobs": {"x": "aGk=", "y": "+//+"},
        "ttl": "3.5s",
        "updateTime": "2024-05-01T18:00:00.5+05:30",
        "state": "SUSPENDED",
        "states": ["ACTIVE", "NEW_STATE"],
        "child": {"size": 5, "extra": [1, {"deep": true}]},
        "futureField": {"nested": ["kept", null]},
        "anotherOne": 12.5
    })
}

fn expected() -> Resource {
    Resource {
        size: Some(-42),
        offsets: Some(vec![1, 2, -3]),
        counters: Some(BTreeMap::from([
            ("a".to_owned(), 7),
            ("b".to_owned(), u64::MAX),
        ])),
        payload: Some(vec![0xfb, 0xff, 0xfe]),
        blobs: Some(BTreeMap::from([
            ("x".to_owned(), b"hi".to_vec()),
            ("y".to_owned(), vec![0xfb, 0xff, 0xfe]),
        ])),
        ttl: Some(Duration::new(3, 500_000_000).unwrap()),
        update_time: Some(Timestamp::parse("2024-05-01T12:30:00.5Z").unwrap()),
        state: Some(State::UnknownValue("SUSPENDED".to_owned())),
        states: Some(vec![
            State::Active,
            State::UnknownValue("NEW_STATE".to_owned()),
        ]),
        child: Some(Box::new(Resource {
            size: Some(5),
            unknown_fields: json!({"extra": [1, {"deep": true}]})
                .as_object()
                .unwrap()
                .clone(),
            ..Resource::default()
        })),
        unknown_fields: json!({"futureField": {"nested": ["kept", null]}, "anotherOne": 12.5})
            .as_object()
            .unwrap()
            .clone(),
    }
}

#[test]
fn reads_every_kind_of_field() {
    let from_value: Resource = serde_json::from_value(sample_json()).unwrap();
    assert_eq!(from_value, expected());
    assert_eq!(
        from_value.state.as_ref().map(State::as_str),
        Some("SUSPENDED")
    );
    let from_str: Resource = serde_json::from_str(&sample_json().to_string()).unwrap();
    assert_eq!(from_str, expected());
}

#[test]
fn writes_wire_forms_and_unknown_members_back() {
    let written = serde_json::to_value(expected()).unwrap();
    assert_eq!(
        written,
        json!({
            "size": "-42",
            "offsets": ["1", "2", "-3"],
            "counters": {"a": "7", "b": "18446744073709551615"},
            "payload": "-__-",
            "blobs": {"x": "aGk=", "y": "-__-"},
            "ttl": "3.5s",
            "updateTime": "2024-05-01T12:30:00.500Z",
            "state": "SUSPENDED",
            "states": ["ACTIVE", "NEW_STATE"],
            "child": {"size": "5", "extra": [1, {"deep": true}]},
            "futureField": {"nested": ["kept", null]},
            "anotherOne": 12.5
        })
    );
    let again: Resource = serde_json::from_value(written).unwrap();
    assert_eq!(again, expected());
}

#[test]
fn absent_and_null_fields_are_none() {
    let empty: Resource = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, Resource::default());
    assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
    let nulls: Resource = serde_json::from_value(json!({
        "size": null, "offsets": null, "counters": null, "payload": null, "blobs": null,
        "ttl": null, "updateTime": null, "state": null
    }))
    .unwrap();
    assert_eq!(nulls, Resource::default());
}

#[test]
fn errors_name_the_problem() {
    let cases = [
        (json!({"size": "4.5"}), "decimal digits"),
        (json!({"size": 4.5}), "fraction"),
        (json!({"offsets": ["1", "x"]}), "decimal digits"),
        (json!({"counters": {"a": "-1"}}), "negative"),
        (json!({"payload": "%%"}), "invalid base64"),
        (json!({"ttl": "3.5"}), "invalid duration"),
        (json!({"updateTime": "2024-05-01"}), "invalid timestamp"),
        (json!({"state": 3}), "a string holding a State value"),
        (json!({"child": {"size": "big"}}), "decimal digits"),
    ];
    for (value, needle) in cases {
        let error = serde_json::from_value::<Resource>(value.clone())
            .unwrap_err()
            .to_string();
        assert!(error.contains(needle), "{value}: {error}");
    }
}

/// The typed fields of [`Resource`] read through a second level of `flatten`, where serde hands
/// them over as buffered content rather than straight from the JSON parser.
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
struct Outer {
    #[serde(flatten)]
    inner: Resource,
}

#[test]
fn works_on_buffered_content() {
    let outer: Outer = serde_json::from_str(&sample_json().to_string()).unwrap();
    assert_eq!(outer.inner, expected());
    let outer: Outer = serde_json::from_value(sample_json()).unwrap();
    assert_eq!(outer.inner, expected());
    assert_eq!(
        serde_json::to_value(&outer).unwrap(),
        serde_json::to_value(expected()).unwrap()
    );
}

#[derive(Debug, PartialEq, Deserialize)]
#[serde(untagged)]
enum Either {
    Resource(Box<Resource>),
    Other(Value),
}

#[test]
fn works_inside_untagged_enums() {
    let either: Either = serde_json::from_value(sample_json()).unwrap();
    assert_eq!(either, Either::Resource(Box::new(expected())));
}

#[test]
fn wire_error_is_an_error() {
    let error: WireError = Duration::from_secs(i64::MAX).unwrap_err();
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(error.clone());
    assert_eq!(boxed.to_string(), error.to_string());
    assert!(format!("{error:?}").contains("WireError"));
}

#[test]
fn long_input_is_shortened_in_messages() {
    let long = "x".repeat(1000);
    let error = Timestamp::parse(&long).unwrap_err().to_string();
    assert!(error.len() < 300, "{error}");
    assert!(error.contains("..."), "{error}");
}
