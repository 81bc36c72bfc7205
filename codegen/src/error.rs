//! The generator's one error type: what went wrong and exactly where.

use std::fmt;

/// A problem in a discovery document (or in writing its crate), located by file and JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The document's file name, e.g. `gmail.v1.json`.
    pub file: String,
    /// Where in the document, as a JSON path such as `$.schemas.Foo.properties.bar`.
    pub json_path: String,
    /// What was found and what was expected.
    pub message: String,
}

impl Error {
    pub(crate) fn new(
        file: &str,
        json_path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Error {
            file: file.to_owned(),
            json_path: json_path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.json_path, self.message)
    }
}

impl std::error::Error for Error {}

/// Something of the document the crate leaves out, located like an [`Error`], for the
/// maintainer to read: the crate is still generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    pub json_path: String,
    /// What was left out and why.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.json_path, self.message)
    }
}

/// Builds JSON paths while walking a document, so every error can say where it is.
#[derive(Debug, Clone)]
pub(crate) struct JsonPath(String);

impl JsonPath {
    pub(crate) fn root() -> Self {
        JsonPath("$".to_owned())
    }

    /// The path of member `key` below this one; keys that are not plain identifiers are quoted.
    pub(crate) fn key(&self, key: &str) -> Self {
        let plain = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '-');
        if plain {
            JsonPath(format!("{}.{}", self.0, key))
        } else {
            JsonPath(format!("{}[{:?}]", self.0, key))
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
