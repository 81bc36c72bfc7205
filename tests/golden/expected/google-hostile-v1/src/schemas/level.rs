use crate::runtime::{impl_open_enum, wire};

/// ~~~text
/// ```
/// ~~~
/// ```text
/// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Level {
    /// \[31m  `a` `` ``` ` \[x\] &lt;b&gt;
    ///
    /// ```` LOW ```rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ```` on the wire.
    #[default]
    LowRustStdFsWriteTmpHostileDoctestRanXUnwrap,
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// `HIGH` on the wire.
    High,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for Level {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::LowRustStdFsWriteTmpHostileDoctestRanXUnwrap => {
                "LOW\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```"
            }
            Self::High => "HIGH",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "LOW\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```" => {
                Self::LowRustStdFsWriteTmpHostileDoctestRanXUnwrap
            }
            "HIGH" => Self::High,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Level);
