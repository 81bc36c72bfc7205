//! Robustness on bad input: real documents mutated at random (truncated, values of the wrong
//! type, keys removed, huge strings, deep nesting, `$ref`s that dangle or form cycles) must give
//! either a crate or an error naming the file and a JSON path — never a panic.
//!
//! Deterministic: case `n` uses seed `n`, so a failure names the seed that reproduces it. The
//! number of cases per document is `MUTATION_CASES` (default 300; the hostile-name cases are a
//! twelfth of it, since each generates and parses whole crates).

use std::panic::{catch_unwind, AssertUnwindSafe};

use serde_json::{json, Value};

const FILE: &str = "mutated.v1.json";

fn documents() -> Vec<(String, Value)> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    [
        "tests/golden/kitchensink.v1.json",
        "discovery-json/gmail.v1.json",
    ]
    .iter()
    .map(|p| {
        let text = std::fs::read_to_string(format!("{root}/{p}")).unwrap();
        (p.to_string(), serde_json::from_str(&text).unwrap())
    })
    .collect()
}

/// Every path (as keys and indexes) to a node of `value`.
fn node_paths(value: &Value, prefix: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(prefix.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                prefix.push(json!(k));
                node_paths(v, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                prefix.push(json!(i));
                node_paths(v, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn node_mut<'v>(root: &'v mut Value, path: &[Value]) -> &'v mut Value {
    path.iter().fold(root, |node, step| match step {
        Value::String(k) => &mut node[k.as_str()],
        Value::Number(i) => &mut node[i.as_u64().unwrap() as usize],
        _ => unreachable!(),
    })
}

/// One random mutation of `doc`, returned as the text to generate from.
fn mutate(doc: &Value, rng: &mut fastrand::Rng) -> String {
    let mut doc = doc.clone();
    let mut paths = Vec::new();
    node_paths(&doc, &mut Vec::new(), &mut paths);
    let path = paths[rng.usize(..paths.len())].clone();
    let schema_names: Vec<String> = doc["schemas"]
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    match rng.u8(..9) {
        0 => {
            // Truncate the text anywhere.
            let text = doc.to_string();
            let mut cut = rng.usize(..text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            return text[..cut].to_owned();
        }
        1 => {
            // A value of another JSON type.
            let replacement = [
                json!(null),
                json!(7),
                json!("x"),
                json!(true),
                json!([1, {}]),
                json!({"a": 1}),
            ][rng.usize(..6)]
            .clone();
            *node_mut(&mut doc, &path) = replacement;
        }
        2 => {
            // A key removed.
            if let Some((last, parent)) = path.split_last() {
                if let (Value::String(k), Some(map)) =
                    (last, node_mut(&mut doc, parent).as_object_mut())
                {
                    map.remove(k);
                }
            }
        }
        3 => *node_mut(&mut doc, &path) = json!("ß".repeat(50_000) + "[<`*/]"),
        4 => {
            // Deep nesting of inline objects.
            let mut nested = json!({"type": "string"});
            for _ in 0..rng.usize(10..200) {
                nested = json!({"type": "object", "properties": {"deeper": nested}});
            }
            *node_mut(&mut doc, &path) = nested;
        }
        5 if schema_names.len() >= 2 => {
            // A cycle of references.
            let a = &schema_names[rng.usize(..schema_names.len())];
            let b = &schema_names[rng.usize(..schema_names.len())];
            doc["schemas"][a.as_str()] = json!({"$ref": b});
            doc["schemas"][b.as_str()] = json!({"$ref": a});
        }
        6 => *node_mut(&mut doc, &path) = json!({"$ref": "NoSuchSchema"}),
        7 => {
            // A name that is hard to turn into Rust.
            let names = [
                "type", "self", "Self", "", "_", "9lives", "a.b-c", "$.x", "crate", "ÄÖ", "Result",
                "r#x",
            ];
            let name = names[rng.usize(..names.len())];
            if let Some(map) = node_mut(&mut doc, &path).as_object_mut() {
                if let Some(key) = map.keys().next().cloned() {
                    let value = map.remove(&key).unwrap();
                    map.insert(name.to_owned(), value);
                }
            }
        }
        _ => {
            *node_mut(&mut doc, &path) =
                json!({"type": "string", "enum": ["", "a", "A", "1", "SELF", "UNKNOWN_VALUE"]})
        }
    }
    doc.to_string()
}

#[test]
fn mutated_documents_never_panic_and_errors_say_where() {
    let cases: u64 = std::env::var("MUTATION_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300);
    let mut generated = 0;
    let mut refused = 0;
    for (name, doc) in documents() {
        for seed in 0..cases {
            let mut rng = fastrand::Rng::with_seed(seed);
            let text = mutate(&doc, &mut rng);
            let outcome = catch_unwind(AssertUnwindSafe(|| codegen::generate(FILE, &text)));
            match outcome {
                Err(_) => panic!("{name}, seed {seed}: the generator panicked"),
                Ok(Ok(_)) => generated += 1,
                Ok(Err(e)) => {
                    assert_eq!(e.file, FILE, "{name}, seed {seed}: {e}");
                    assert!(
                        e.json_path.starts_with('$'),
                        "{name}, seed {seed}: no JSON path in {e}"
                    );
                    assert!(!e.message.is_empty(), "{name}, seed {seed}: empty message");
                    assert!(
                        !e.message.contains("generator bug"),
                        "{name}, seed {seed}: {e}"
                    );
                    refused += 1;
                }
            }
        }
    }
    println!(
        "mutation cases: {} (generated {generated}, refused with an error {refused}, panics 0)",
        generated + refused
    );
}

/// Names that are hard to turn into Rust: leading digits, unicode letters, names that differ
/// only in case or punctuation.
const HOSTILE_NAMES: &[&str] = &[
    "2fa",
    "1st",
    "0",
    "9lives",
    "30fps",
    "ñandú",
    "日本語",
    "Ärger",
    "ǅemal",
    "fooBar",
    "FooBar",
    "foo_bar",
    "foo-bar",
    "foo.bar",
    "FOO_BAR",
    "v2fa",
    "V2FA",
    "set_1st",
    "_1st",
    "__",
    "type",
    "Self",
];

/// A name made of `stem` and punctuation that encodes `i`: all of them read as `stem` in Rust,
/// so `count` of them collide `count` times.
fn colliding_name(stem: &str, i: usize) -> String {
    let mut name = stem.to_owned();
    let mut n = i;
    loop {
        name.push(['.', '-', '$'][n % 3]);
        n /= 3;
        if n == 0 {
            return name;
        }
    }
}

/// The maps of `doc` whose keys become Rust names: schemas, properties, resources, methods,
/// parameters; and the enum value lists.
fn named_maps(value: &Value, prefix: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    if let Value::Object(map) = value {
        for (k, v) in map {
            prefix.push(json!(k));
            if matches!(
                k.as_str(),
                "schemas" | "properties" | "resources" | "methods" | "parameters" | "enum"
            ) {
                out.push(prefix.clone());
            }
            named_maps(v, prefix, out);
            prefix.pop();
        }
    }
}

/// Hostile names in one map of `doc` (or one enum list): its keys renamed to hostile names, or,
/// where other parts of the document refer to the keys (schemas, parameters), hostile copies
/// added beside them; or the map flooded with thousands of names that collide with its first.
fn hostile_mutation(doc: &Value, rng: &mut fastrand::Rng) -> String {
    let mut doc = doc.clone();
    let mut maps = Vec::new();
    named_maps(&doc, &mut Vec::new(), &mut maps);
    let path = maps[rng.usize(..maps.len())].clone();
    let referred_to = matches!(
        path.last().and_then(Value::as_str),
        Some("schemas" | "parameters")
    );
    let flood = rng.u8(..4) == 0;
    // A copy of a method needs an id of its own.
    let copy = |value: &Value, i: usize| {
        let mut value = value.clone();
        if let Some(id) = value.get("id").and_then(Value::as_str) {
            value["id"] = json!(format!("{id}{i}"));
        }
        value
    };
    match node_mut(&mut doc, &path) {
        Value::Object(map) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            if flood {
                let (first, template) = map
                    .iter()
                    .next()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .unwrap();
                for i in 0..rng.usize(1_000..3_000) {
                    map.insert(colliding_name(&first, i), copy(&template, i));
                }
            } else {
                for (i, key) in keys.into_iter().enumerate() {
                    if rng.bool() {
                        let value = if referred_to {
                            copy(&map[&key], i)
                        } else {
                            map.remove(&key).unwrap()
                        };
                        let name = HOSTILE_NAMES[rng.usize(..HOSTILE_NAMES.len())];
                        map.insert(name.to_owned(), value);
                    }
                }
            }
        }
        Value::Array(values) => {
            if flood {
                let first = values
                    .first()
                    .and_then(Value::as_str)
                    .unwrap_or("a")
                    .to_owned();
                values
                    .extend((0..rng.usize(1_000..3_000)).map(|i| json!(colliding_name(&first, i))));
            } else {
                for value in values.iter_mut() {
                    if rng.bool() {
                        *value = json!(HOSTILE_NAMES[rng.usize(..HOSTILE_NAMES.len())]);
                    }
                }
            }
        }
        _ => {}
    }
    doc.to_string()
}

#[test]
fn hostile_names_never_panic_and_generate_rust_that_parses() {
    let cases: u64 = std::env::var("MUTATION_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .map_or(25, |n: u64| n / 12);
    let mut generated = 0;
    let mut refused = 0;
    for (name, doc) in documents() {
        for seed in 0..cases {
            let mut rng = fastrand::Rng::with_seed(seed);
            let text = hostile_mutation(&doc, &mut rng);
            let outcome = catch_unwind(AssertUnwindSafe(|| codegen::generate(FILE, &text)));
            match outcome {
                Err(_) => panic!("{name}, hostile seed {seed}: the generator panicked"),
                Ok(Ok(krate)) => {
                    for (path, source) in krate.files.iter().filter(|(p, _)| p.ends_with(".rs")) {
                        if let Err(e) = syn::parse_file(source) {
                            panic!("{name}, hostile seed {seed}: {path} does not parse: {e}");
                        }
                    }
                    generated += 1;
                }
                Ok(Err(e)) => {
                    assert_eq!(e.file, FILE, "{name}, hostile seed {seed}: {e}");
                    assert!(
                        !e.message.contains("generator bug"),
                        "{name}, hostile seed {seed}: {e}"
                    );
                    refused += 1;
                }
            }
        }
    }
    println!(
        "hostile-name cases: generated {generated}, refused with an error {refused}, panics 0"
    );
}
