//! 64-bit integers written as JSON strings.

use std::fmt::{self, Display};
use std::marker::PhantomData;
use std::num::{IntErrorKind, ParseIntError};
use std::str::FromStr;

use super::{DeserializeAs, SerializeAs};
use serde::de::{self, Deserializer, Visitor};
use serde::Serializer;

use super::quote;

/// Serde adapter for an `i64` carried as a JSON string (discovery format `int64`).
///
/// Writes the decimal text, e.g. `"-42"`. Reads either a string or a JSON number; a number with a
/// fraction, a value outside the `i64` range and a string that is not a plain decimal integer are
/// errors. Use it through [`As`](super::As), e.g. `with = "As::<Option<I64>>"`.
pub struct I64;

/// Serde adapter for a `u64` carried as a JSON string (discovery format `uint64`).
///
/// Behaves like [`I64`], and also rejects negative values.
pub struct U64;

/// What the shared visitor needs to know about the integer type it produces.
trait WireInt: Sized + Copy + Display + FromStr<Err = ParseIntError> {
    /// Describes the type in error messages.
    const NAME: &'static str;
    fn from_i64(value: i64) -> Option<Self>;
    fn from_u64(value: u64) -> Option<Self>;
    /// Converts a float that has already been checked to have no fraction.
    fn from_whole_f64(value: f64) -> Option<Self>;
}

// 2^63 and 2^64 are exactly representable as `f64`; every whole float below them fits.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
const TWO_POW_64: f64 = 18_446_744_073_709_551_616.0;

impl WireInt for i64 {
    const NAME: &'static str = "a signed 64-bit integer";
    fn from_i64(value: i64) -> Option<Self> {
        Some(value)
    }
    fn from_u64(value: u64) -> Option<Self> {
        i64::try_from(value).ok()
    }
    fn from_whole_f64(value: f64) -> Option<Self> {
        // The cast is exact: `value` is whole and inside the range.
        (-TWO_POW_63..TWO_POW_63)
            .contains(&value)
            .then_some(value as i64)
    }
}

impl WireInt for u64 {
    const NAME: &'static str = "an unsigned 64-bit integer";
    fn from_i64(value: i64) -> Option<Self> {
        u64::try_from(value).ok()
    }
    fn from_u64(value: u64) -> Option<Self> {
        Some(value)
    }
    fn from_whole_f64(value: f64) -> Option<Self> {
        // The cast is exact: `value` is whole and inside the range (`-0.0` becomes 0).
        (0.0..TWO_POW_64).contains(&value).then_some(value as u64)
    }
}

fn out_of_range<T: WireInt, E: de::Error>(value: impl Display) -> E {
    E::custom(format_args!("{value} is out of range for {}", T::NAME))
}

fn parse_text<T: WireInt, E: de::Error>(text: &str) -> Result<T, E> {
    text.parse::<T>().map_err(|error| match error.kind() {
        IntErrorKind::Empty => {
            E::custom(format_args!("expected {}, found an empty string", T::NAME))
        }
        IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => out_of_range::<T, E>(quote(text)),
        _ if T::from_i64(-1).is_none()
            && text.starts_with('-')
            && text[1..].parse::<T>().is_ok() =>
        {
            E::custom(format_args!(
                "{} is negative, expected {}",
                quote(text),
                T::NAME
            ))
        }
        _ => E::custom(format_args!(
            "expected {} written in decimal digits, found {}",
            T::NAME,
            quote(text)
        )),
    })
}

struct IntVisitor<T>(PhantomData<T>);

impl<T: WireInt> Visitor<'_> for IntVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} as a decimal string or a JSON number", T::NAME)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        T::from_i64(value).ok_or_else(|| out_of_range::<T, E>(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        T::from_u64(value).ok_or_else(|| out_of_range::<T, E>(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
        if value.fract() != 0.0 {
            return Err(E::custom(format_args!(
                "expected {}, found the number {value} which has a fraction",
                T::NAME
            )));
        }
        T::from_whole_f64(value).ok_or_else(|| out_of_range::<T, E>(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        parse_text(value)
    }
}

fn serialize_int<T: WireInt, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

fn deserialize_int<'de, T: WireInt, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    // `deserialize_any` lets both strings and numbers through, and also works on the buffered
    // content serde builds for `#[serde(flatten)]` and untagged enums.
    deserializer.deserialize_any(IntVisitor(PhantomData))
}

impl SerializeAs<i64> for I64 {
    fn serialize_as<S: Serializer>(source: &i64, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_int(source, serializer)
    }
}

impl<'de> DeserializeAs<'de, i64> for I64 {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
        deserialize_int(deserializer)
    }
}

impl SerializeAs<u64> for U64 {
    fn serialize_as<S: Serializer>(source: &u64, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_int(source, serializer)
    }
}

impl<'de> DeserializeAs<'de, u64> for U64 {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
        deserialize_int(deserializer)
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};
    use serde_json::json;

    use crate::wire::{As, I64, U64};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Signed(#[serde(with = "As::<I64>")] i64);

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Unsigned(#[serde(with = "As::<U64>")] u64);

    fn signed(json: &str) -> Result<i64, String> {
        serde_json::from_str::<Signed>(json)
            .map(|value| value.0)
            .map_err(|error| error.to_string())
    }

    fn unsigned(json: &str) -> Result<u64, String> {
        serde_json::from_str::<Unsigned>(json)
            .map(|value| value.0)
            .map_err(|error| error.to_string())
    }

    #[test]
    fn writes_strings() {
        assert_eq!(serde_json::to_value(Signed(-42)).unwrap(), json!("-42"));
        assert_eq!(
            serde_json::to_value(Signed(i64::MIN)).unwrap(),
            json!("-9223372036854775808")
        );
        assert_eq!(
            serde_json::to_value(Unsigned(u64::MAX)).unwrap(),
            json!("18446744073709551615")
        );
    }

    #[test]
    fn reads_strings_and_numbers() {
        assert_eq!(signed(r#""-42""#), Ok(-42));
        assert_eq!(signed("-42"), Ok(-42));
        assert_eq!(signed("42"), Ok(42));
        assert_eq!(signed("1e3"), Ok(1000));
        assert_eq!(signed("5.0"), Ok(5));
        assert_eq!(signed(r#""9223372036854775807""#), Ok(i64::MAX));
        assert_eq!(signed(r#""-9223372036854775808""#), Ok(i64::MIN));
        assert_eq!(unsigned(r#""18446744073709551615""#), Ok(u64::MAX));
        assert_eq!(unsigned("18446744073709551615"), Ok(u64::MAX));
        assert_eq!(unsigned("0"), Ok(0));
    }

    #[test]
    fn round_trips_through_values() {
        for value in [0, 1, -1, i64::MIN, i64::MAX] {
            let json = serde_json::to_value(Signed(value)).unwrap();
            assert_eq!(serde_json::from_value::<Signed>(json).unwrap().0, value);
        }
        for value in [0, 1, u64::MAX] {
            let json = serde_json::to_value(Unsigned(value)).unwrap();
            assert_eq!(serde_json::from_value::<Unsigned>(json).unwrap().0, value);
        }
    }

    #[test]
    fn rejects_fractions() {
        let error = signed("1.5").unwrap_err();
        assert!(error.contains("fraction"), "{error}");
        let error = unsigned("0.25").unwrap_err();
        assert!(error.contains("fraction"), "{error}");
        assert!(signed(r#""1.5""#).is_err());
    }

    #[test]
    fn rejects_overflow() {
        let error = signed(r#""9223372036854775808""#).unwrap_err();
        assert!(error.contains("out of range"), "{error}");
        let error = signed("9223372036854775808").unwrap_err();
        assert!(error.contains("out of range"), "{error}");
        let error = signed("1e19").unwrap_err();
        assert!(error.contains("out of range"), "{error}");
        let error = unsigned(r#""18446744073709551616""#).unwrap_err();
        assert!(error.contains("out of range"), "{error}");
    }

    #[test]
    fn rejects_negative_unsigned() {
        let error = unsigned(r#""-1""#).unwrap_err();
        assert!(error.contains("negative"), "{error}");
        let error = unsigned("-1").unwrap_err();
        assert!(error.contains("out of range"), "{error}");
    }

    #[test]
    fn rejects_garbage() {
        let error = signed(r#""""#).unwrap_err();
        assert!(error.contains("empty string"), "{error}");
        for text in [r#""abc""#, r#"" 1""#, r#""1_000""#, r#""0x10""#] {
            let error = signed(text).unwrap_err();
            assert!(error.contains("decimal digits"), "{text}: {error}");
        }
        let error = signed("true").unwrap_err();
        assert!(error.contains("decimal string or a JSON number"), "{error}");
        assert!(signed("null").is_err());
        assert!(unsigned("[1]").is_err());
    }
}
