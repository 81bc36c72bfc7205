//! The request body, checked against the method's schema before anything is sent: every field
//! name known (an unknown one named with the closest known one), every value of its type, int64
//! values exact, enum values among the schema's; `null` is allowed anywhere (it clears a field).

use codegen::model::{Api, Ty, TypeKind};
use serde_json::Value;

use crate::suggest::did_you_mean;

/// Checks `value` against `ty`; the error names the JSON path (`$.aliases[0].alias`) and says
/// what was expected.
pub fn check(api: &Api, ty: &Ty, value: &Value) -> Result<(), String> {
    check_at(api, ty, value, "$")
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn check_at(api: &Api, ty: &Ty, value: &Value, path: &str) -> Result<(), String> {
    if value.is_null() {
        return Ok(());
    }
    let expected = |what: &str| -> Result<(), String> {
        Err(format!("{path}: expected {what}, got {}", kind(value)))
    };
    match ty {
        Ty::Any => Ok(()),
        Ty::String | Ty::Bytes => match value {
            Value::String(_) => Ok(()),
            _ => expected("a string"),
        },
        Ty::Duration => match value {
            Value::String(s) if is_duration(s) => Ok(()),
            Value::String(s) => Err(format!(
                "{path}: `{s}` is not a duration (seconds with an `s`, such as `3600s` or `1.5s`)"
            )),
            _ => expected("a duration string such as `3600s`"),
        },
        Ty::Timestamp => match value {
            Value::String(s) if google_api_runtime::Timestamp::parse(s).is_ok() => Ok(()),
            Value::String(s) => Err(format!(
                "{path}: `{s}` is not an RFC 3339 timestamp (such as `2026-01-31T12:00:00Z`)"
            )),
            _ => expected("an RFC 3339 timestamp string"),
        },
        Ty::Bool => match value {
            Value::Bool(_) => Ok(()),
            _ => expected("true or false"),
        },
        Ty::I32 => integer(value, path, "an int32", |t| t.parse::<i32>().is_ok()),
        Ty::U32 => integer(value, path, "a uint32", |t| t.parse::<u32>().is_ok()),
        Ty::I64 { .. } => integer(value, path, "an int64", |t| t.parse::<i64>().is_ok()),
        Ty::U64 { .. } => integer(value, path, "a uint64", |t| t.parse::<u64>().is_ok()),
        Ty::F32 | Ty::F64 => match value {
            Value::Number(_) => Ok(()),
            // Proto3 JSON's names of the special values.
            Value::String(s) if ["NaN", "Infinity", "-Infinity"].contains(&s.as_str()) => Ok(()),
            _ => expected("a number"),
        },
        Ty::Vec(item) => match value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .try_for_each(|(i, v)| check_at(api, item, v, &format!("{path}[{i}]"))),
            _ => expected("an array"),
        },
        Ty::Map(item) => match value {
            Value::Object(map) => map
                .iter()
                .try_for_each(|(k, v)| check_at(api, item, v, &child_path(path, k))),
            _ => expected("an object"),
        },
        Ty::Named(name) => {
            let Some(def) = api.type_def(name) else {
                return Ok(());
            };
            match &def.kind {
                TypeKind::Alias(inner) => check_at(api, inner, value, path),
                TypeKind::Enum(variants) => {
                    let Value::String(s) = value else {
                        return expected("a string");
                    };
                    if variants.iter().any(|v| &v.value == s) {
                        return Ok(());
                    }
                    let values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
                    Err(format!(
                        "{path}: `{s}` is not an allowed value{} (one of: {})",
                        did_you_mean(s, values.iter().copied()),
                        values.join(", ")
                    ))
                }
                TypeKind::Struct(fields) => {
                    let Value::Object(map) = value else {
                        return expected(&format!("an object ({})", def.origin));
                    };
                    for (key, v) in map {
                        let Some(field) = fields.iter().find(|f| &f.json_name == key) else {
                            let names: Vec<&str> =
                                fields.iter().map(|f| f.json_name.as_str()).collect();
                            return Err(format!(
                                "{}: unknown field `{key}` of {}{}",
                                child_path(path, key),
                                def.origin,
                                did_you_mean(key, names.iter().copied())
                            ));
                        };
                        check_at(api, &field.ty, v, &child_path(path, key))?;
                    }
                    Ok(())
                }
            }
        }
    }
}

/// An integer, as a JSON number or (as Google writes int64) a string of digits, never read
/// through a float.
fn integer(
    value: &Value,
    path: &str,
    what: &str,
    fits: impl Fn(&str) -> bool,
) -> Result<(), String> {
    let text = match value {
        Value::Number(n) if n.is_i64() || n.is_u64() => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Number(n) => return Err(format!("{path}: expected {what}, got `{n}`")),
        other => return Err(format!("{path}: expected {what}, got {}", kind(other))),
    };
    if fits(&text) {
        Ok(())
    } else {
        Err(format!("{path}: expected {what}, got `{text}`"))
    }
}

/// `$.a` for a plain key, `$["a b"]` otherwise.
fn child_path(path: &str, key: &str) -> String {
    if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        format!("{path}.{key}")
    } else {
        format!("{path}[{}]", Value::String(key.to_owned()))
    }
}

/// `3600s`, `1.5s`, `-2s`.
fn is_duration(s: &str) -> bool {
    let Some(number) = s.strip_suffix('s') else {
        return false;
    };
    let number = number.strip_prefix('-').unwrap_or(number);
    let (int, frac) = number.split_once('.').unwrap_or((number, "0"));
    !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && !frac.is_empty()
        && frac.len() <= 9
        && frac.bytes().all(|b| b.is_ascii_digit())
}
