//! Credential files (service account keys, authorized-user files): reading them, and errors that
//! name the file and the field at fault but never show a value.

use std::path::Path;

use serde_json::{Map, Value};

use super::AuthError;

/// A parsed credential file. Deliberately without `Debug`: it holds secrets.
pub(crate) struct KeyFile {
    origin: String,
    fields: Map<String, Value>,
}

impl KeyFile {
    /// Reads and parses the file at `path`; `what` names its kind in errors, for example
    /// "service account key file".
    pub(crate) fn read(path: &Path, what: &str) -> Result<Self, AuthError> {
        let origin = format!("the {what} `{}`", path.display());
        let bytes = std::fs::read(path)
            .map_err(|e| AuthError::with_source(format!("could not read {origin}"), e))?;
        Self::parse(&bytes, origin)
    }

    /// Parses a credential file's contents; `origin` names it in errors ("the service account key
    /// file `key.json`").
    pub(crate) fn parse(json: &[u8], origin: String) -> Result<Self, AuthError> {
        match serde_json::from_slice::<Value>(json) {
            Ok(Value::Object(fields)) => Ok(KeyFile { origin, fields }),
            Ok(_) => Err(AuthError::new(format!("{origin} is not a JSON object"))),
            // The JSON error's own message is not used: it could quote part of the file.
            Err(e) => Err(AuthError::new(format!(
                "{origin} is not valid JSON ({} at line {}, column {})",
                match e.classify() {
                    serde_json::error::Category::Eof => "unexpected end of file",
                    _ => "syntax error",
                },
                e.line(),
                e.column()
            ))),
        }
    }

    /// How errors name this file.
    #[cfg_attr(not(feature = "service-account"), allow(dead_code))]
    pub(crate) fn origin(&self) -> &str {
        &self.origin
    }

    /// The `type` field, if it is a string.
    #[cfg_attr(not(feature = "adc"), allow(dead_code))]
    pub(crate) fn kind(&self) -> Option<&str> {
        self.fields.get("type").and_then(Value::as_str)
    }

    /// Checks that the `type` field, when present, is `expected`.
    pub(crate) fn expect_kind(&self, expected: &str) -> Result<(), AuthError> {
        match self.fields.get("type") {
            None => Ok(()),
            Some(Value::String(kind)) if kind == expected => Ok(()),
            Some(Value::String(kind)) => Err(AuthError::new(format!(
                "{} holds credentials of type `{kind}`, not `{expected}`",
                self.origin
            ))),
            Some(_) => Err(self.not_a_string("type")),
        }
    }

    #[cfg_attr(
        not(any(
            feature = "service-account",
            feature = "authorized-user",
            feature = "external-account-authorized-user"
        )),
        allow(dead_code)
    )]
    /// The non-empty string field `name`.
    pub(crate) fn required(&self, name: &str) -> Result<&str, AuthError> {
        self.root().required(name)
    }

    #[cfg_attr(
        not(any(
            feature = "service-account",
            feature = "authorized-user",
            feature = "external-account-authorized-user"
        )),
        allow(dead_code)
    )]
    /// The string field `name`, if present and not empty.
    pub(crate) fn optional(&self, name: &str) -> Result<Option<&str>, AuthError> {
        self.root().optional(name)
    }

    /// The object field `name` as a credential file of its own (the `source_credentials` of an
    /// impersonated service account file), named in errors as a part of this one.
    #[cfg_attr(not(feature = "impersonation"), allow(dead_code))]
    pub(crate) fn nested(&self, name: &str) -> Result<KeyFile, AuthError> {
        match self.fields.get(name) {
            Some(Value::Object(fields)) => Ok(KeyFile {
                origin: format!("the `{name}` of {}", self.origin),
                fields: fields.clone(),
            }),
            None | Some(Value::Null) => Err(AuthError::new(format!(
                "{} has no `{name}` field",
                self.origin
            ))),
            Some(_) => Err(AuthError::new(format!(
                "the `{name}` field of {} is not a JSON object",
                self.origin
            ))),
        }
    }

    /// The field `name` as a list of strings (absent or `null`: empty).
    #[cfg_attr(not(feature = "impersonation"), allow(dead_code))]
    pub(crate) fn strings(&self, name: &str) -> Result<Vec<String>, AuthError> {
        let not_strings = || {
            AuthError::new(format!(
                "the `{name}` field of {} is not a list of strings",
                self.origin
            ))
        };
        match self.fields.get(name) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| item.as_str().map(str::to_owned).ok_or_else(not_strings))
                .collect(),
            Some(_) => Err(not_strings()),
        }
    }

    /// The `universe_domain` field, or the default universe when the file has none.
    #[cfg(any(feature = "service-account", feature = "authorized-user"))]
    pub(crate) fn universe_domain(&self) -> Result<String, AuthError> {
        Ok(self
            .optional("universe_domain")?
            .unwrap_or(super::DEFAULT_UNIVERSE_DOMAIN)
            .to_owned())
    }

    fn not_a_string(&self, name: &str) -> AuthError {
        self.root().wrong_type(name, "a string")
    }

    /// The top-level fields, for the credential types whose files nest objects.
    #[cfg_attr(not(feature = "external-account"), allow(dead_code))]
    pub(crate) fn root(&self) -> Fields<'_> {
        Fields {
            origin: &self.origin,
            path: String::new(),
            fields: &self.fields,
        }
    }
}

/// The fields of one object of a credential file, with the JSON path errors name it by
/// (`credential_source.format`).
#[cfg_attr(not(feature = "external-account"), allow(dead_code))]
pub(crate) struct Fields<'a> {
    origin: &'a str,
    path: String,
    fields: &'a Map<String, Value>,
}

#[cfg_attr(not(feature = "external-account"), allow(dead_code))]
impl<'a> Fields<'a> {
    /// How errors name the file.
    pub(crate) fn origin(&self) -> &'a str {
        self.origin
    }

    /// The JSON path of this object.
    pub(crate) fn path(&self) -> &str {
        &self.path
    }

    /// The JSON path of field `name` of this object.
    pub(crate) fn path_of(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    /// The non-empty string field `name`.
    pub(crate) fn required(&self, name: &str) -> Result<&'a str, AuthError> {
        self.optional(name)?.ok_or_else(|| self.missing(name))
    }

    /// The string field `name`, if present and not empty.
    pub(crate) fn optional(&self, name: &str) -> Result<Option<&'a str>, AuthError> {
        match self.fields.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(value)) if value.trim().is_empty() => Ok(None),
            Some(Value::String(value)) => Ok(Some(value)),
            Some(_) => Err(self.wrong_type(name, "a string")),
        }
    }

    /// The object field `name`, if present.
    pub(crate) fn object(&self, name: &str) -> Result<Option<Fields<'a>>, AuthError> {
        match self.fields.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(fields)) => Ok(Some(Fields {
                origin: self.origin,
                path: self.path_of(name),
                fields,
            })),
            Some(_) => Err(self.wrong_type(name, "an object")),
        }
    }

    /// The whole-number field `name`, if present (a number, or a string of digits as some
    /// tools write it).
    pub(crate) fn integer(&self, name: &str) -> Result<Option<u64>, AuthError> {
        match self.fields.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => n
                .as_u64()
                .map(Some)
                .ok_or_else(|| self.wrong_type(name, "a whole number")),
            Some(Value::String(s)) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| self.wrong_type(name, "a whole number")),
            Some(_) => Err(self.wrong_type(name, "a whole number")),
        }
    }

    /// Every field of this object whose value is a string, in the file's order.
    pub(crate) fn strings(&self) -> Result<Vec<(&'a str, &'a str)>, AuthError> {
        self.fields
            .iter()
            .map(|(name, value)| match value {
                Value::String(value) => Ok((name.as_str(), value.as_str())),
                _ => Err(self.wrong_type(name, "a string")),
            })
            .collect()
    }

    /// "The file has no `a.b` field".
    pub(crate) fn missing(&self, name: &str) -> AuthError {
        AuthError::new(format!(
            "{} has no `{}` field",
            self.origin,
            self.path_of(name)
        ))
    }

    /// "The `a.b` field of the file is not `expected`" (never its value).
    pub(crate) fn wrong_type(&self, name: &str, expected: &str) -> AuthError {
        AuthError::new(format!(
            "the `{}` field of {} is not {expected}",
            self.path_of(name),
            self.origin
        ))
    }

    /// "The `a.b` field of the file `problem`".
    pub(crate) fn invalid(&self, name: &str, problem: &str) -> AuthError {
        AuthError::new(format!(
            "the `{}` field of {} {problem}",
            self.path_of(name),
            self.origin
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<KeyFile, AuthError> {
        KeyFile::parse(json.as_bytes(), "the key file `k.json`".to_owned())
    }

    fn message<T>(result: Result<T, AuthError>) -> String {
        match result {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn errors_name_the_file_and_field_but_no_value() {
        assert_eq!(
            message(parse("{\"private_key\": \"secret-value")),
            "the key file `k.json` is not valid JSON (unexpected end of file at line 1, column 29)"
        );
        assert_eq!(
            message(parse("[\"secret-value\"]")),
            "the key file `k.json` is not a JSON object"
        );
        let file = parse(r#"{"a": "x", "b": 5, "c": " ", "type": "authorized_user"}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(file.required("a").ok(), Some("x"));
        assert_eq!(
            message(file.required("b")),
            "the `b` field of the key file `k.json` is not a string"
        );
        assert_eq!(
            message(file.required("c")),
            "the key file `k.json` has no `c` field"
        );
        assert_eq!(file.optional("d").ok(), Some(None));
        assert_eq!(file.kind(), Some("authorized_user"));
        assert_eq!(
            message(file.expect_kind("service_account")),
            "the key file `k.json` holds credentials of type `authorized_user`, not `service_account`"
        );
    }

    #[test]
    fn nested_objects_and_lists_of_strings() {
        let file = parse(
            r#"{"source_credentials": {"type": "authorized_user", "x": 1}, "s": "x",
                "delegates": ["a@p", "b@p"], "bad": ["a", 2], "none": null}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let nested = file
            .nested("source_credentials")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(nested.kind(), Some("authorized_user"));
        assert_eq!(
            message(nested.required("x")),
            "the `x` field of the `source_credentials` of the key file `k.json` is not a string"
        );
        assert_eq!(
            message(file.nested("s")),
            "the `s` field of the key file `k.json` is not a JSON object"
        );
        assert_eq!(
            message(file.nested("missing")),
            "the key file `k.json` has no `missing` field"
        );
        assert_eq!(
            file.strings("delegates").ok(),
            Some(vec!["a@p".to_owned(), "b@p".to_owned()])
        );
        assert_eq!(file.strings("none").ok(), Some(Vec::new()));
        assert_eq!(file.strings("absent").ok(), Some(Vec::new()));
        for bad in ["bad", "s"] {
            assert_eq!(
                message(file.strings(bad)),
                format!("the `{bad}` field of the key file `k.json` is not a list of strings")
            );
        }
    }

    #[test]
    fn unreadable_files_are_named() {
        let missing = Path::new("/nonexistent/dir/key.json");
        let error = message(KeyFile::read(missing, "service account key file"));
        assert_eq!(
            error,
            "could not read the service account key file `/nonexistent/dir/key.json`"
        );
    }
}
