//! Enumerations that keep values they do not know.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};

/// An enumeration whose set of values may grow in a later API revision.
///
/// Generated enums have one variant per documented value plus a catch-all variant holding any
/// other string, so that a response from a newer revision still decodes, and the unknown value is
/// written back exactly as it arrived. [`impl_open_enum!`](crate::impl_open_enum) builds the
/// string conversions and serde support on top of the two methods here.
pub trait OpenEnum: Sized {
    /// The value as it appears on the wire, e.g. `"ACTIVE"`.
    fn as_wire_str(&self) -> &str;

    /// The variant for a wire value; a value the enum does not list goes to the catch-all variant.
    fn from_wire_str(value: &str) -> Self;
}

/// Implements string conversions and serde support for a type implementing
/// [`OpenEnum`](crate::wire::OpenEnum).
///
/// For `$type` it adds an inherent `as_str`, [`Display`](std::fmt::Display),
/// [`FromStr`](std::str::FromStr) (never failing), `From<&str>`, `From<String>`, `AsRef<str>`,
/// and serde's `Serialize` and `Deserialize`, both using the wire string. Deserializing anything
/// but a string is an error.
///
/// ```
/// use google_api_runtime::wire::OpenEnum;
///
/// #[derive(Debug, Clone, PartialEq, Eq)]
/// pub enum Color {
///     Red,
///     UnknownValue(String),
/// }
///
/// impl OpenEnum for Color {
///     fn as_wire_str(&self) -> &str {
///         match self {
///             Self::Red => "RED",
///             Self::UnknownValue(value) => value,
///         }
///     }
///     fn from_wire_str(value: &str) -> Self {
///         match value {
///             "RED" => Self::Red,
///             _ => Self::UnknownValue(value.to_owned()),
///         }
///     }
/// }
///
/// google_api_runtime::impl_open_enum!(Color);
///
/// assert_eq!(serde_json::from_str::<Color>(r#""RED""#)?, Color::Red);
/// let teal: Color = serde_json::from_str(r#""TEAL""#)?;
/// assert_eq!(teal, Color::UnknownValue("TEAL".to_owned()));
/// assert_eq!(serde_json::to_string(&teal)?, r#""TEAL""#);
/// assert_eq!(Color::Red.as_str(), "RED");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[macro_export]
macro_rules! impl_open_enum {
    ($type:ty) => {
        impl $type {
            /// The value as it appears on the wire.
            #[inline]
            pub fn as_str(&self) -> &str {
                <Self as $crate::wire::OpenEnum>::as_wire_str(self)
            }
        }

        impl ::core::fmt::Display for $type {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(<Self as $crate::wire::OpenEnum>::as_wire_str(self))
            }
        }

        impl ::core::str::FromStr for $type {
            type Err = ::core::convert::Infallible;

            #[inline]

            fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                ::core::result::Result::Ok(<Self as $crate::wire::OpenEnum>::from_wire_str(value))
            }
        }

        impl ::core::convert::From<&str> for $type {
            #[inline]
            fn from(value: &str) -> Self {
                <Self as $crate::wire::OpenEnum>::from_wire_str(value)
            }
        }

        impl ::core::convert::From<::std::string::String> for $type {
            #[inline]
            fn from(value: ::std::string::String) -> Self {
                <Self as $crate::wire::OpenEnum>::from_wire_str(&value)
            }
        }

        impl ::core::convert::AsRef<str> for $type {
            #[inline]
            fn as_ref(&self) -> &str {
                <Self as $crate::wire::OpenEnum>::as_wire_str(self)
            }
        }

        impl $crate::serde::Serialize for $type {
            #[inline]
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::serde::Serializer,
            {
                serializer.serialize_str(<Self as $crate::wire::OpenEnum>::as_wire_str(self))
            }
        }

        impl<'de> $crate::serde::Deserialize<'de> for $type {
            #[inline]
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::serde::Deserializer<'de>,
            {
                $crate::wire::deserialize_open_enum(deserializer)
            }
        }
    };
}

/// Reads an [`OpenEnum`] from a string; used by [`impl_open_enum!`](crate::impl_open_enum).
#[doc(hidden)]
pub fn deserialize_open_enum<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: OpenEnum,
    D: Deserializer<'de>,
{
    deserializer.deserialize_str(OpenEnumVisitor(PhantomData))
}

struct OpenEnumVisitor<T>(PhantomData<fn() -> T>);

impl<T: OpenEnum> Visitor<'_> for OpenEnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = std::any::type_name::<T>();
        let name = name.rsplit("::").next().unwrap_or(name);
        write!(f, "a string holding a {name} value")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        Ok(T::from_wire_str(value))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::json;

    use crate::wire::OpenEnum;

    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    #[non_exhaustive]
    enum ChainValidation {
        #[default]
        All,
        None,
        /// A value this crate does not know yet.
        UnknownValue(String),
    }

    impl OpenEnum for ChainValidation {
        fn as_wire_str(&self) -> &str {
            match self {
                Self::All => "all",
                Self::None => "none",
                Self::UnknownValue(value) => value,
            }
        }

        fn from_wire_str(value: &str) -> Self {
            match value {
                "all" => Self::All,
                "none" => Self::None,
                _ => Self::UnknownValue(value.to_owned()),
            }
        }
    }

    crate::impl_open_enum!(ChainValidation);

    #[test]
    fn string_conversions() {
        assert_eq!(ChainValidation::None.as_str(), "none");
        assert_eq!(ChainValidation::All.to_string(), "all");
        assert_eq!(ChainValidation::default().as_ref(), "all");
        assert_eq!("none".parse::<ChainValidation>(), Ok(ChainValidation::None));
        assert_eq!(ChainValidation::from("all"), ChainValidation::All);
        assert_eq!(
            ChainValidation::from(String::from("some")),
            ChainValidation::UnknownValue("some".into())
        );
        // Values are case-sensitive, as on the wire.
        assert_eq!(
            ChainValidation::from("ALL"),
            ChainValidation::UnknownValue("ALL".into())
        );
    }

    #[test]
    fn serde_round_trip() {
        assert_eq!(
            serde_json::to_value(ChainValidation::None).unwrap(),
            json!("none")
        );
        assert_eq!(
            serde_json::from_value::<ChainValidation>(json!("all")).unwrap(),
            ChainValidation::All
        );
        assert_eq!(
            serde_json::from_str::<ChainValidation>(r#""none""#).unwrap(),
            ChainValidation::None
        );
        for text in ["newValue", "", "with \"quotes\" and \u{e9}"] {
            let value = serde_json::from_value::<ChainValidation>(json!(text)).unwrap();
            assert_eq!(value, ChainValidation::UnknownValue(text.to_owned()));
            assert_eq!(serde_json::to_value(&value).unwrap(), json!(text));
        }
        // Escaped text is owned by the deserializer rather than borrowed; both work.
        assert_eq!(
            serde_json::from_str::<ChainValidation>(r#""n\u006fne""#).unwrap(),
            ChainValidation::None
        );
    }

    #[test]
    fn non_strings_are_rejected() {
        for value in [
            json!(1),
            json!(null),
            json!(true),
            json!(["all"]),
            json!({"all": 1}),
        ] {
            let error = serde_json::from_value::<ChainValidation>(value.clone()).unwrap_err();
            let error = error.to_string();
            assert!(
                error.contains("a string holding a ChainValidation value"),
                "{value}: {error}"
            );
        }
        let error = serde_json::from_str::<ChainValidation>("3")
            .unwrap_err()
            .to_string();
        assert!(error.contains("ChainValidation"), "{error}");
    }

    #[test]
    fn derives_still_work() {
        let set: BTreeSet<ChainValidation> = ["none", "all", "x"]
            .into_iter()
            .map(ChainValidation::from)
            .collect();
        assert_eq!(set.len(), 3);
    }
}
