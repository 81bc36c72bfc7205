//! Printing answers: JSON, YAML or an aligned table; JSON lines for `--page-all`; the API's
//! errors on standard error; the upload progress bar.

use std::fmt::Write as _;
use std::io::Write;

use google_api_runtime::error::ApiError;
use google_api_runtime::UploadProgress;
use serde_json::Value;

use crate::globals::Format;

/// `value` in `format`, ending with a newline.
pub fn render(value: &Value, format: Format) -> String {
    match format {
        Format::Json => {
            let mut out = json_safe(&serde_json::to_string_pretty(value).unwrap_or_default());
            out.push('\n');
            out
        }
        Format::Yaml => json_safe(&yaml(value)),
        Format::Table => table(value, b' '),
        Format::Csv => table(value, b','),
    }
}

/// YAML, written here rather than through a YAML library: output only, and every string is
/// written as a JSON string, which YAML reads as a double-quoted scalar, so no quoting rule of
/// YAML's plain scalars (`no`, `1e3`, `:`...) can change a value's type.
pub fn yaml(value: &Value) -> String {
    let mut out = String::new();
    yaml_value(value, 0, &mut out);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn yaml_scalar(value: &Value) -> String {
    match value {
        Value::Object(m) if m.is_empty() => "{}".to_owned(),
        Value::Array(a) if a.is_empty() => "[]".to_owned(),
        other => other.to_string(),
    }
}

fn is_block(value: &Value) -> bool {
    match value {
        Value::Object(m) => !m.is_empty(),
        Value::Array(a) => !a.is_empty(),
        _ => false,
    }
}

fn yaml_value(value: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (i, (key, v)) in map.iter().enumerate() {
                if i > 0 || !out.ends_with("- ") {
                    out.push_str(&pad);
                }
                let key = Value::String(key.clone()).to_string();
                if is_block(v) {
                    let _ = writeln!(out, "{key}:");
                    let child = if v.is_array() { indent } else { indent + 2 };
                    yaml_value(v, child, out);
                } else {
                    let _ = writeln!(out, "{key}: {}", yaml_scalar(v));
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for item in items {
                out.push_str(&pad);
                out.push_str("- ");
                if is_block(item) {
                    if item.is_array() {
                        out.push('\n');
                        yaml_value(item, indent + 2, out);
                    } else {
                        yaml_value(item, indent + 2, out);
                    }
                } else {
                    out.push_str(&yaml_scalar(item));
                    out.push('\n');
                }
            }
        }
        other => {
            out.push_str(&pad);
            out.push_str(&yaml_scalar(other));
            out.push('\n');
        }
    }
}

/// The rows a table shows: the elements of the answer's list (its one array of objects, or
/// `items`), else the answer itself as one row.
fn rows(value: &Value) -> Vec<&serde_json::Map<String, Value>> {
    match value {
        Value::Array(items) => items.iter().filter_map(Value::as_object).collect(),
        Value::Object(map) => {
            let lists: Vec<&Vec<Value>> = map
                .iter()
                .filter(|(_, v)| v.as_array().is_some_and(|a| a.iter().all(Value::is_object)))
                .filter_map(|(_, v)| v.as_array())
                .collect();
            let list = map
                .get("items")
                .and_then(Value::as_array)
                .or(match lists.as_slice() {
                    [one] => Some(*one),
                    _ => None,
                });
            match list {
                Some(items) => items.iter().filter_map(Value::as_object).collect(),
                None => vec![map],
            }
        }
        _ => Vec::new(),
    }
}

/// JSON text (or YAML made of JSON strings) with the control characters serde_json leaves as
/// they are (DEL and the C1 range, which terminals obey) written as `\u` escapes: still the same
/// JSON, and harmless on a terminal.
pub fn json_safe(text: &str) -> String {
    if !text.chars().any(|c| ('\u{7f}'..='\u{9f}').contains(&c)) {
        return text.to_owned();
    }
    text.chars()
        .map(|c| {
            if ('\u{7f}'..='\u{9f}').contains(&c) {
                format!("\\u{:04x}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// The fields of a row with nested objects flattened into dotted names (`name.givenName`);
/// arrays stay whole.
fn flatten<'a>(
    prefix: &str,
    row: &'a serde_json::Map<String, Value>,
    out: &mut Vec<(String, &'a Value)>,
) {
    for (key, value) in row {
        let name = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            Value::Object(inner) if !inner.is_empty() => flatten(&name, inner, out),
            other => out.push((name, other)),
        }
    }
}

/// An aligned table (`separator` b' ') or CSV (b','): one column per field seen (in order of
/// first appearance, nested objects flattened into dotted names), arrays as compact JSON.
pub fn table(value: &Value, separator: u8) -> String {
    let rows = rows(value);
    if rows.is_empty() {
        return match value {
            Value::Object(_) | Value::Array(_) => String::new(),
            other => format!("{}\n", cell(other)),
        };
    }
    let rows: Vec<Vec<(String, &Value)>> = rows
        .iter()
        .map(|row| {
            let mut fields = Vec::new();
            flatten("", row, &mut fields);
            fields
        })
        .collect();
    let mut columns: Vec<&str> = Vec::new();
    for row in &rows {
        for (key, _) in row {
            if !columns.contains(&key.as_str()) {
                columns.push(key);
            }
        }
    }
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            columns
                .iter()
                .map(|c| {
                    row.iter()
                        .find(|(k, _)| k == c)
                        .map(|(_, v)| cell(v))
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    let columns: Vec<String> = columns.iter().map(|c| escape_controls(c)).collect();
    if separator == b',' {
        let csv_line = |values: &[String]| {
            let fields: Vec<String> = values.iter().map(|v| csv_field(v)).collect();
            fields.join(",") + "\r\n"
        };
        let mut out = csv_line(&columns);
        for row in &cells {
            out.push_str(&csv_line(row));
        }
        return out;
    }
    let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
    let widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            cells
                .iter()
                .map(|r| r[i].chars().count())
                .chain([c.chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |values: Vec<&str>| -> String {
        let mut s = String::new();
        for (i, v) in values.iter().enumerate() {
            if i + 1 == values.len() {
                s.push_str(v);
            } else {
                let _ = write!(s, "{v:<w$}  ", w = widths[i]);
            }
        }
        s.trim_end().to_owned() + "\n"
    };
    let mut out = line(columns.clone());
    for row in &cells {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

fn cell(value: &Value) -> String {
    let text = match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    escape_controls(&text.replace(['\n', '\t'], " "))
}

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) || text.starts_with(' ') || text.ends_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Writes `text` to standard output; a closed pipe (`| head`) is no error.
pub fn print(text: &str) -> Result<(), crate::failure::Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            Err(crate::failure::Failure::Closed)
        }
        Err(e) => Err(crate::failure::Failure::Local(format!(
            "writing the answer: {e}"
        ))),
        Ok(()) => Ok(()),
    }
}

/// An API error for standard error: JSON when the output is JSON, else one line.
pub fn api_error(error: &ApiError, format: Format) -> String {
    let reason = error.reason().map(str::to_owned).or_else(|| {
        error
            .detail("google.rpc.ErrorInfo")
            .and_then(|d| d.get("reason"))
            .and_then(Value::as_str)
            .map(str::to_owned)
    });
    if format == Format::Json {
        let json = serde_json::json!({
            "error": {
                "method": error.method_id,
                "code": error.status.as_u16(),
                "status": error.status_text,
                "reason": reason,
                "message": error.message,
            }
        });
        return json.to_string();
    }
    let mut line = format!("gapi: {error}");
    if let Some(reason) = reason {
        line.push_str(&format!(" [reason: {reason}]"));
    }
    line
}

/// Draws the upload's progress on standard error (called only when it is a terminal).
pub fn progress_bar(progress: UploadProgress) {
    const WIDTH: u64 = 30;
    let mut err = std::io::stderr().lock();
    let sent = progress.bytes_sent;
    let line = match progress.total.filter(|t| *t > 0) {
        Some(total) => {
            let done = (sent.min(total) * WIDTH / total) as usize;
            format!(
                "\r[{}{}] {:>3}% {} / {} bytes",
                "#".repeat(done),
                " ".repeat(WIDTH as usize - done),
                sent.min(total) * 100 / total,
                sent,
                total
            )
        }
        None => format!("\r{sent} bytes"),
    };
    let _ = err.write_all(line.as_bytes());
    if progress.total.is_some_and(|t| sent >= t) {
        let _ = err.write_all(b"\n");
    }
    let _ = err.flush();
}

/// `text` with every control character (terminal escape sequences, carriage returns, newlines)
/// written as a visible escape (`\u{1b}`), so that text from a server cannot drive the terminal.
pub fn escape_controls(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_owned();
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_quotes_every_string_and_nests_blocks() {
        let value = json!({
            "name": "no",
            "count": 3,
            "tags": ["a", {"b": true, "c": []}],
            "empty": {},
            "nested": {"x": null}
        });
        assert_eq!(
            yaml(&value),
            "\"count\": 3\n\"empty\": {}\n\"name\": \"no\"\n\"nested\":\n  \"x\": null\n\"tags\":\n- \"a\"\n- \"b\": true\n  \"c\": []\n"
        );
    }

    #[test]
    fn table_shows_the_list_items_in_aligned_columns() {
        let value = json!({"kind": "list", "aliases": [
            {"alias": "a@example.com", "primaryEmail": "u@example.com"},
            {"alias": "longer@example.com", "etag": "\"x\""}
        ]});
        assert_eq!(
            table(&value, b' '),
            "alias               primaryEmail   etag\n\
             a@example.com       u@example.com\n\
             longer@example.com                 \"x\"\n"
        );
    }
}

/// One line about an operation's state for `--wait`: its name, and its `status` (Compute),
/// `progress`, or whether it is `done` (`google.longrunning`).
pub fn operation_progress(state: &Value) -> String {
    let name = state["name"].as_str().unwrap_or("operation");
    let mut line = format!("{name}: ");
    match (state["status"].as_str(), state["done"].as_bool()) {
        (Some(status), _) => line.push_str(status),
        (None, Some(true)) => line.push_str("done"),
        (None, _) => line.push_str("running"),
    }
    if let Some(progress) = state["progress"].as_u64() {
        line.push_str(&format!(" ({progress}%)"));
    }
    line
}

#[cfg(test)]
mod operation_tests {
    use super::operation_progress;
    use serde_json::json;

    #[test]
    fn progress_lines_name_the_operation_and_its_state() {
        assert_eq!(
            operation_progress(
                &json!({"name": "operation-1", "status": "RUNNING", "progress": 40})
            ),
            "operation-1: RUNNING (40%)"
        );
        assert_eq!(
            operation_progress(&json!({"name": "ops/1", "done": true})),
            "ops/1: done"
        );
        assert_eq!(operation_progress(&json!({})), "operation: running");
    }
}
