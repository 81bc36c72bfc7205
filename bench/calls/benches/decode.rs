//! Decode throughput of a large list response: the generated schema types against plain serde
//! structs with the same fields.
//!
//! The input is a synthetic `gmail.users.messages.list`-shaped answer (`ListMessagesResponse`)
//! holding [`MESSAGES`] messages in the `metadata`/`full` shape: ids, labels, snippet, the int64
//! `historyId`/`internalDate` strings, and a two-level `payload` with headers and a base64 body.
//! It is decoded four ways:
//!
//! - `plain`: hand-written `#[derive(Deserialize)]` structs with the same fields and the same wire
//!   adapters (`As<Option<U64>>`, `Base64`, ...) but no catch-all, so unknown members are dropped:
//!   what a user writing serde structs by hand would get.
//! - `generated`: `google_gmail_v1::schemas::ListMessagesResponse`, which keeps unknown members in
//!   `unknown_fields`, with the `Serialize` and `Deserialize` the generator writes (over the
//!   runtime's `wire::deserialize_object`; until issue 26 they were serde's derive with
//!   `#[serde(flatten)] unknown_fields`).
//! - `visitor`: the same structs as `generated` (same fields, same `unknown_fields` map), with a
//!   `Deserialize` written by hand here as a visitor that matches the known keys and puts any other
//!   member in `unknown_fields`: the prototype of what the generator now writes, kept as a
//!   yardstick (see `docs/performance.md`).
//! - `value`: `serde_json::Value`, for scale.
//!
//! Two inputs: members the types know only, and the same with two unknown members added to every
//! message (which `generated` and `visitor` must keep, and `plain` drops). Before measuring, the
//! bench checks that `generated` and `visitor` decode to the same JSON. Then the ways alternate,
//! round after round, and the report gives the median time per decode, MB/s and the ratio to
//! `plain`. Encoding (serializing the decoded value back) is timed the same way.
//!
//! Run it in release: `cargo bench -p bench-calls --bench decode`. Without `--bench` (as
//! under `cargo test --benches`) it decodes a small input once per way, as a smoke test.

use std::hint::black_box;
use std::marker::PhantomData;
use std::time::{Duration, Instant};

use google_api_runtime::wire::{As, Base64, DeserializeAs, UnknownFields, I64, U64};
use google_gmail_v1::schemas::ListMessagesResponse;
use serde::de::{DeserializeSeed, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{json, Value};

/// Messages in the large response.
const MESSAGES: usize = 10_000;
/// Rounds of each way (the ways alternate, the first one of a round rotating).
const ROUNDS: usize = 15;

// ---------------------------------------------------------------------------------------------
// The input

fn message_json(i: usize, unknown: bool) -> Value {
    let mut message = json!({
        "id": format!("18c{i:013x}"),
        "threadId": format!("18c{:013x}", i / 3),
        "labelIds": ["INBOX", "UNREAD", "CATEGORY_UPDATES"],
        "snippet": format!("Your order #{i} has shipped. Track your package and see the delivery \
                            estimate in the app; reply to this message with questions."),
        "historyId": format!("{}", 9_000_000 + i),
        "internalDate": format!("{}", 1_700_000_000_000_u64 + i as u64 * 1000),
        "sizeEstimate": 4_000 + i % 500,
        "payload": {
            "partId": "",
            "mimeType": "multipart/alternative",
            "filename": "",
            "headers": [
                {"name": "From", "value": "Shop <orders@shop.example.com>"},
                {"name": "To", "value": format!("customer{i}@example.com")},
                {"name": "Subject", "value": format!("Order #{i} shipped")},
                {"name": "Date", "value": "Tue, 14 Nov 2023 22:13:20 +0000"},
                {"name": "Message-ID", "value": format!("<{i}.order@shop.example.com>")}
            ],
            "body": {"size": 0},
            "parts": [{
                "partId": "0",
                "mimeType": "text/plain",
                "filename": "",
                "headers": [{"name": "Content-Type", "value": "text/plain; charset=UTF-8"}],
                "body": {"size": 48, "data": "WW91ciBvcmRlciBoYXMgc2hpcHBlZC4gVHJhY2sgaXQgaW4gdGhlIGFwcC4K"}
            }]
        }
    });
    if unknown {
        let object = message.as_object_mut().expect("an object");
        object.insert("newField".into(), json!("added by a later revision"));
        object.insert(
            "newObject".into(),
            json!({"score": 0.5, "tags": ["a", "b"]}),
        );
    }
    message
}

fn list_json(messages: usize, unknown: bool) -> Vec<u8> {
    let list = json!({
        "messages": (0..messages).map(|i| message_json(i, unknown)).collect::<Vec<_>>(),
        "nextPageToken": "09876543210987654321",
        "resultSizeEstimate": messages * 2,
    });
    serde_json::to_vec(&list).expect("serializable")
}

// ---------------------------------------------------------------------------------------------
// `plain`: what a user would write by hand, no catch-all.

mod plain {
    use super::*;

    #[derive(Debug, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct ListMessagesResponse {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub messages: Option<Vec<Message>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub next_page_token: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub result_size_estimate: Option<u32>,
    }

    #[derive(Debug, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct Message {
        // `Value` stands for `ClassificationLabelValue`: the input has none.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub classification_label_values: Option<Vec<Value>>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "As::<Option<U64>>"
        )]
        pub history_id: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "As::<Option<I64>>"
        )]
        pub internal_date: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub label_ids: Option<Vec<String>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub payload: Option<MessagePart>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "As::<Option<Base64>>"
        )]
        pub raw: Option<Vec<u8>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub size_estimate: Option<i32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub snippet: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub thread_id: Option<String>,
    }

    #[derive(Debug, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct MessagePart {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub body: Option<MessagePartBody>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub filename: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub headers: Option<Vec<MessagePartHeader>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub mime_type: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub part_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub parts: Option<Vec<MessagePart>>,
    }

    #[derive(Debug, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    pub struct MessagePartBody {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub attachment_id: Option<String>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "As::<Option<Base64>>"
        )]
        pub data: Option<Vec<u8>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub size: Option<i32>,
    }

    #[derive(Debug, Serialize, Deserialize)]
    pub struct MessagePartHeader {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
    }
}

// ---------------------------------------------------------------------------------------------
// `visitor`: the generated structs with a hand-written `Deserialize` that keeps unknown members
// without `#[serde(flatten)]`: the prototype of what the generator writes now (there over
// `wire::ReadMembers`); `Key` and `AsSeed` stand for the runtime's `wire::Key` and `wire::In`.

/// A member name, borrowed from the input when it has no escapes (the common case), so that
/// matching known names allocates nothing.
struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a member name")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(v.into()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(v.to_owned().into()))
            }
            fn visit_string<E>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(v.into()))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Reads a `T` through the wire adapter `U`, as `#[serde(with = "As::<U>")]` does.
struct AsSeed<U, T>(PhantomData<fn() -> (U, T)>);

impl<U, T> AsSeed<U, T> {
    fn new() -> Self {
        AsSeed(PhantomData)
    }
}

impl<'de, U: DeserializeAs<'de, T>, T> DeserializeSeed<'de> for AsSeed<U, T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        U::deserialize_as(deserializer)
    }
}

mod visitor {
    use super::*;

    #[derive(Debug, Default, Serialize)]
    pub struct ListMessagesResponse {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub messages: Option<Vec<Message>>,
        #[serde(rename = "nextPageToken", skip_serializing_if = "Option::is_none")]
        pub next_page_token: Option<String>,
        #[serde(rename = "resultSizeEstimate", skip_serializing_if = "Option::is_none")]
        pub result_size_estimate: Option<u32>,
        #[serde(flatten)]
        pub unknown_fields: UnknownFields,
    }

    impl<'de> Deserialize<'de> for ListMessagesResponse {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = ListMessagesResponse;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a ListMessagesResponse object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                    let mut out = ListMessagesResponse::default();
                    while let Some(Key(key)) = map.next_key()? {
                        match &*key {
                            "messages" => out.messages = map.next_value()?,
                            "nextPageToken" => out.next_page_token = map.next_value()?,
                            "resultSizeEstimate" => out.result_size_estimate = map.next_value()?,
                            _ => {
                                let value = map.next_value()?;
                                out.unknown_fields.insert(key.into_owned(), value);
                            }
                        }
                    }
                    Ok(out)
                }
            }
            deserializer.deserialize_map(V)
        }
    }

    #[derive(Debug, Default, Serialize)]
    pub struct Message {
        #[serde(
            rename = "classificationLabelValues",
            skip_serializing_if = "Option::is_none"
        )]
        pub classification_label_values: Option<Vec<Value>>,
        #[serde(
            rename = "historyId",
            skip_serializing_if = "Option::is_none",
            with = "As::<Option<U64>>"
        )]
        pub history_id: Option<u64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        #[serde(
            rename = "internalDate",
            skip_serializing_if = "Option::is_none",
            with = "As::<Option<I64>>"
        )]
        pub internal_date: Option<i64>,
        #[serde(rename = "labelIds", skip_serializing_if = "Option::is_none")]
        pub label_ids: Option<Vec<String>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub payload: Option<MessagePart>,
        #[serde(skip_serializing_if = "Option::is_none", with = "As::<Option<Base64>>")]
        pub raw: Option<Vec<u8>>,
        #[serde(rename = "sizeEstimate", skip_serializing_if = "Option::is_none")]
        pub size_estimate: Option<i32>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub snippet: Option<String>,
        #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
        pub thread_id: Option<String>,
        #[serde(flatten)]
        pub unknown_fields: UnknownFields,
    }

    impl<'de> Deserialize<'de> for Message {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Message;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a Message object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                    let mut out = Message::default();
                    while let Some(Key(key)) = map.next_key()? {
                        match &*key {
                            "classificationLabelValues" => {
                                out.classification_label_values = map.next_value()?
                            }
                            "historyId" => {
                                out.history_id =
                                    map.next_value_seed(AsSeed::<Option<U64>, _>::new())?
                            }
                            "id" => out.id = map.next_value()?,
                            "internalDate" => {
                                out.internal_date =
                                    map.next_value_seed(AsSeed::<Option<I64>, _>::new())?
                            }
                            "labelIds" => out.label_ids = map.next_value()?,
                            "payload" => out.payload = map.next_value()?,
                            "raw" => {
                                out.raw = map.next_value_seed(AsSeed::<Option<Base64>, _>::new())?
                            }
                            "sizeEstimate" => out.size_estimate = map.next_value()?,
                            "snippet" => out.snippet = map.next_value()?,
                            "threadId" => out.thread_id = map.next_value()?,
                            _ => {
                                let value = map.next_value()?;
                                out.unknown_fields.insert(key.into_owned(), value);
                            }
                        }
                    }
                    Ok(out)
                }
            }
            deserializer.deserialize_map(V)
        }
    }

    #[derive(Debug, Default, Serialize)]
    pub struct MessagePart {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub body: Option<MessagePartBody>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub filename: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub headers: Option<Vec<MessagePartHeader>>,
        #[serde(rename = "mimeType", skip_serializing_if = "Option::is_none")]
        pub mime_type: Option<String>,
        #[serde(rename = "partId", skip_serializing_if = "Option::is_none")]
        pub part_id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub parts: Option<Vec<MessagePart>>,
        #[serde(flatten)]
        pub unknown_fields: UnknownFields,
    }

    impl<'de> Deserialize<'de> for MessagePart {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = MessagePart;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a MessagePart object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                    let mut out = MessagePart::default();
                    while let Some(Key(key)) = map.next_key()? {
                        match &*key {
                            "body" => out.body = map.next_value()?,
                            "filename" => out.filename = map.next_value()?,
                            "headers" => out.headers = map.next_value()?,
                            "mimeType" => out.mime_type = map.next_value()?,
                            "partId" => out.part_id = map.next_value()?,
                            "parts" => out.parts = map.next_value()?,
                            _ => {
                                let value = map.next_value()?;
                                out.unknown_fields.insert(key.into_owned(), value);
                            }
                        }
                    }
                    Ok(out)
                }
            }
            deserializer.deserialize_map(V)
        }
    }

    #[derive(Debug, Default, Serialize)]
    pub struct MessagePartBody {
        #[serde(rename = "attachmentId", skip_serializing_if = "Option::is_none")]
        pub attachment_id: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none", with = "As::<Option<Base64>>")]
        pub data: Option<Vec<u8>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub size: Option<i32>,
        #[serde(flatten)]
        pub unknown_fields: UnknownFields,
    }

    impl<'de> Deserialize<'de> for MessagePartBody {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = MessagePartBody;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a MessagePartBody object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                    let mut out = MessagePartBody::default();
                    while let Some(Key(key)) = map.next_key()? {
                        match &*key {
                            "attachmentId" => out.attachment_id = map.next_value()?,
                            "data" => {
                                out.data = map.next_value_seed(AsSeed::<Option<Base64>, _>::new())?
                            }
                            "size" => out.size = map.next_value()?,
                            _ => {
                                let value = map.next_value()?;
                                out.unknown_fields.insert(key.into_owned(), value);
                            }
                        }
                    }
                    Ok(out)
                }
            }
            deserializer.deserialize_map(V)
        }
    }

    #[derive(Debug, Default, Serialize)]
    pub struct MessagePartHeader {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
        #[serde(flatten)]
        pub unknown_fields: UnknownFields,
    }

    impl<'de> Deserialize<'de> for MessagePartHeader {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = MessagePartHeader;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a MessagePartHeader object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                    let mut out = MessagePartHeader::default();
                    while let Some(Key(key)) = map.next_key()? {
                        match &*key {
                            "name" => out.name = map.next_value()?,
                            "value" => out.value = map.next_value()?,
                            _ => {
                                let value = map.next_value()?;
                                out.unknown_fields.insert(key.into_owned(), value);
                            }
                        }
                    }
                    Ok(out)
                }
            }
            deserializer.deserialize_map(V)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Measuring

/// One way of decoding: its name, a decoder (returns the number of messages, so that nothing is
/// optimised away) and an encoder of what it decoded (returns the encoded length).
struct Way {
    name: &'static str,
    decode: fn(&[u8]) -> usize,
    encode: fn(&[u8]) -> Box<dyn Fn() -> usize>,
}

fn count<T>(messages: &Option<Vec<T>>) -> usize {
    messages.as_ref().map_or(0, Vec::len)
}

fn encoder<T: Serialize + 'static>(value: T) -> Box<dyn Fn() -> usize> {
    Box::new(move || serde_json::to_vec(&value).expect("serializable").len())
}

const WAYS: [Way; 4] = [
    Way {
        name: "plain",
        decode: |input| {
            let list: plain::ListMessagesResponse = serde_json::from_slice(input).expect("plain");
            count(&list.messages)
        },
        encode: |input| {
            encoder(serde_json::from_slice::<plain::ListMessagesResponse>(input).expect("plain"))
        },
    },
    Way {
        name: "generated",
        decode: |input| {
            let list: ListMessagesResponse = serde_json::from_slice(input).expect("generated");
            count(&list.messages)
        },
        encode: |input| {
            encoder(serde_json::from_slice::<ListMessagesResponse>(input).expect("generated"))
        },
    },
    Way {
        name: "visitor",
        decode: |input| {
            let list: visitor::ListMessagesResponse =
                serde_json::from_slice(input).expect("visitor");
            count(&list.messages)
        },
        encode: |input| {
            encoder(
                serde_json::from_slice::<visitor::ListMessagesResponse>(input).expect("visitor"),
            )
        },
    },
    Way {
        name: "value",
        decode: |input| {
            let list: Value = serde_json::from_slice(input).expect("value");
            list["messages"].as_array().map_or(0, Vec::len)
        },
        encode: |input| encoder(serde_json::from_slice::<Value>(input).expect("value")),
    },
];

/// `generated` and `visitor` must read the same thing, unknown members included.
fn check_same(input: &[u8], unknown: bool) {
    let generated: ListMessagesResponse = serde_json::from_slice(input).expect("generated");
    let visitor: visitor::ListMessagesResponse = serde_json::from_slice(input).expect("visitor");
    let generated = serde_json::to_value(&generated).expect("serializable");
    let visitor = serde_json::to_value(&visitor).expect("serializable");
    assert_eq!(
        generated, visitor,
        "generated and visitor decode differently"
    );
    let original: Value = serde_json::from_slice(input).expect("json");
    assert_eq!(
        generated, original,
        "the generated types lose or change members"
    );
    let kept = generated["messages"][0]
        .as_object()
        .is_some_and(|m| m.contains_key("newField"));
    assert_eq!(kept, unknown, "unknown members are kept");
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time_ways(rounds: usize, mut run: impl FnMut(usize) -> usize) -> Vec<Duration> {
    let mut times: Vec<Vec<Duration>> = WAYS.iter().map(|_| Vec::new()).collect();
    for round in 0..rounds {
        for offset in 0..WAYS.len() {
            let index = (round + offset) % WAYS.len();
            let start = Instant::now();
            black_box(run(index));
            times[index].push(start.elapsed());
        }
    }
    times.iter_mut().map(|t| median(t)).collect()
}

fn report(title: &str, bytes: usize, medians: &[Duration]) {
    let mb = bytes as f64 / 1e6;
    println!("\n{title} ({mb:.1} MB, {MESSAGES} messages; median of {ROUNDS} rounds)");
    println!(
        "  {:<10} {:>10} {:>10} {:>16}",
        "way", "ms", "MB/s", "time vs plain"
    );
    let plain = medians[0].as_secs_f64();
    for (way, time) in WAYS.iter().zip(medians) {
        let secs = time.as_secs_f64();
        println!(
            "  {:<10} {:>10.1} {:>10.0} {:>16.2}",
            way.name,
            secs * 1e3,
            mb / secs,
            secs / plain
        );
    }
}

fn main() {
    let full = std::env::args().any(|arg| arg == "--bench");
    if !full {
        println!(
            "smoke run: small inputs, checks only. Measure with `cargo bench -p bench-calls \
             --bench decode`."
        );
    }
    let messages = if full { MESSAGES } else { 20 };
    for unknown in [false, true] {
        let input = list_json(messages, unknown);
        check_same(&input, unknown);
        for way in &WAYS {
            assert_eq!((way.decode)(&input), messages, "{}", way.name);
            assert!((way.encode)(&input)() > 0, "{}", way.name);
        }
        if !full {
            continue;
        }
        let label = if unknown {
            "with 2 unknown members per message"
        } else {
            "known members only"
        };
        let decode = time_ways(ROUNDS, |i| (WAYS[i].decode)(&input));
        report(&format!("decode, {label}"), input.len(), &decode);
        let encoders: Vec<_> = WAYS.iter().map(|w| (w.encode)(&input)).collect();
        let encode = time_ways(ROUNDS, |i| encoders[i]());
        report(&format!("encode, {label}"), input.len(), &encode);
        let ratio = decode[1].as_secs_f64() / decode[0].as_secs_f64();
        let proposal = decode[2].as_secs_f64() / decode[0].as_secs_f64();
        println!(
            "  => decode time vs plain: generated {ratio:.2}x, visitor {proposal:.2}x ({label})"
        );
    }
}
