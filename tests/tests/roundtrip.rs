//! Serde round trips over every struct of the four pinned APIs: a sample JSON object with every
//! field set (in its wire form: int64 as strings, base64, durations, timestamps, enums) plus a
//! member the crate does not know is decoded into the generated type and encoded again, and must
//! come back identical.

use codegen::model::{Api, Ty, TypeKind};
use serde_json::{json, Map, Value};

include!(concat!(env!("OUT_DIR"), "/roundtrip_dispatch.rs"));

fn roundtrip<T: serde::de::DeserializeOwned + serde::Serialize>(
    value: Value,
) -> Result<Value, String> {
    let typed: T = serde_json::from_value(value).map_err(|e| e.to_string())?;
    serde_json::to_value(&typed).map_err(|e| e.to_string())
}

/// How deep nested structs are filled; deeper ones are empty objects (recursive types end).
const MAX_DEPTH: usize = 3;

fn sample(api: &Api, ty: &Ty, depth: usize) -> Value {
    match ty {
        Ty::String => json!("text"),
        Ty::Bool => json!(true),
        Ty::I32 => json!(-7),
        Ty::U32 => json!(7),
        // Beyond f64's exact integers: only a string keeps it.
        Ty::I64 { as_string: true } => json!("-9007199254740993"),
        Ty::I64 { as_string: false } => json!(-42),
        Ty::U64 { as_string: true } => json!("18446744073709551615"),
        Ty::U64 { as_string: false } => json!(42),
        Ty::F32 => json!(1.5),
        Ty::F64 => json!(2.25),
        // 0xfb 0xff 0x01: URL-safe base64 uses '-' and '_' here.
        Ty::Bytes => json!("-_8B"),
        Ty::Duration => json!("3.5s"),
        Ty::Timestamp => json!("2024-02-29T12:34:56.789Z"),
        Ty::Any => json!({"free": [1, "two", null]}),
        Ty::Vec(item) => json!([sample(api, item, depth)]),
        Ty::Map(item) => json!({"some key": sample(api, item, depth)}),
        Ty::Named(name) => {
            let def = api
                .type_def(name)
                .unwrap_or_else(|| panic!("no type {name}"));
            match &def.kind {
                TypeKind::Alias(target) => sample(api, target, depth),
                TypeKind::Enum(variants) => json!(variants[variants.len() - 1].value),
                TypeKind::Struct(fields) => {
                    let mut object = Map::new();
                    if depth < MAX_DEPTH {
                        for f in fields {
                            object.insert(f.json_name.clone(), sample(api, &f.ty, depth + 1));
                        }
                    }
                    object.insert("zzNotInTheSchema".to_owned(), json!({"kept": [true]}));
                    Value::Object(object)
                }
            }
        }
    }
}

fn roundtrip_api(file: &str) -> usize {
    let path = format!("{}/../discovery-json/{file}", env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(&path).unwrap();
    let api = codegen::model::build(file, &json).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for t in api
        .types
        .iter()
        .filter(|t| matches!(t.kind, TypeKind::Struct(_)))
    {
        let value = sample(&api, &Ty::Named(t.name.clone()), 0);
        match roundtrip_as(&api.lib_name, &t.name, value.clone()) {
            None => failures.push(format!("{}: no dispatch entry", t.name)),
            Some(Err(e)) => failures.push(format!("{}: does not decode: {e}", t.name)),
            Some(Ok(back)) if back != value => failures.push(format!(
                "{}: changed on round trip:\n  sent {value}\n  got  {back}",
                t.name
            )),
            Some(Ok(_)) => checked += 1,
        }
    }
    assert!(
        failures.is_empty(),
        "{file}: {} of {} types failed:\n{}",
        failures.len(),
        checked + failures.len(),
        failures.join("\n")
    );
    checked
}

#[test]
fn every_gmail_type_round_trips() {
    assert!(roundtrip_api("gmail.v1.json") > 40);
}

#[test]
fn every_directory_type_round_trips() {
    assert!(roundtrip_api("admin.directory_v1.json") > 80);
}

#[test]
fn every_play_emm_type_round_trips() {
    assert!(roundtrip_api("androidenterprise.v1.json") > 60);
}

#[test]
fn every_android_management_type_round_trips() {
    assert!(roundtrip_api("androidmanagement.v1.json") > 150);
}

#[test]
fn unknown_enum_values_survive_a_round_trip() {
    use google_gmail_v1::schemas::CseKeyPair;
    let sent = json!({"enablementState": "aStateFromTheFuture", "keyPairId": "kp-1"});
    let pair: CseKeyPair = serde_json::from_value(sent.clone()).unwrap();
    assert_eq!(
        pair.enablement_state,
        Some(
            google_gmail_v1::schemas::CseKeyPairEnablementState::UnknownValue(
                "aStateFromTheFuture".into()
            )
        )
    );
    assert_eq!(serde_json::to_value(&pair).unwrap(), sent);
}

#[test]
fn absent_fields_are_none_and_not_sent() {
    use google_gmail_v1::schemas::CseKeyPair;
    let pair: CseKeyPair = serde_json::from_value(json!({})).unwrap();
    assert_eq!(pair, CseKeyPair::default());
    assert_eq!(serde_json::to_value(&pair).unwrap(), json!({}));
    let built = CseKeyPair::default().set_pkcs7("-----BEGIN PKCS7-----");
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"pkcs7": "-----BEGIN PKCS7-----"})
    );
}

#[test]
fn int64_fields_accept_numbers_and_write_strings() {
    use google_gmail_v1::schemas::Message;
    let message: Message =
        serde_json::from_value(json!({"historyId": 12345, "sizeEstimate": 10})).unwrap();
    assert_eq!(message.history_id, Some(12345));
    assert_eq!(
        serde_json::to_value(&message).unwrap()["historyId"],
        json!("12345")
    );
}
