//! How a crate is released (its version, whether it may be published), which `regen` decides from
//! the committed history, and the version requirement users write for it.

/// How a crate is released: what `regen` decides from the committed history, not from the
/// document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// The crate's version (`0.3.1`).
    pub version: String,
    /// Whether the crate may be published (`regen`'s crates); golden and corpus crates are not.
    pub publish: bool,
}

impl Default for Release {
    /// Version 0.1.0, not publishable: a crate made outside `regen` (tests, the corpus check).
    fn default() -> Self {
        Release {
            version: "0.1.0".to_owned(),
            publish: false,
        }
    }
}

/// The version requirement a user writes for `version`: `0.3` for `0.3.1`, `2` for `2.4.0`, so
/// that the examples stay right for every compatible release.
#[cfg(feature = "emit")]
pub fn requirement(version: &str) -> String {
    let mut parts = version.split('.');
    match (parts.next(), parts.next()) {
        (Some("0"), Some(minor)) => format!("0.{minor}"),
        (Some(major), _) => major.to_owned(),
        _ => version.to_owned(),
    }
}
