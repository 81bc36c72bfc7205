use crate::runtime::{impl_open_enum, wire};
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Level {
    /// Low.
    ///
    /// `LOW` on the wire.
    #[default]
    Low,
    /// High.
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
            Self::Low => "LOW",
            Self::High => "HIGH",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "LOW" => Self::Low,
            "HIGH" => Self::High,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Level);
