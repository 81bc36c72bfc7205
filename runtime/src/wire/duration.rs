//! Signed durations written as `"<seconds>s"` (discovery format `google-duration`).

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::{quote, WireError};

const NANOS_PER_SECOND: i32 = 1_000_000_000;
/// Ten thousand years of 365.25 days, the range Google's APIs accept.
const MAX_SECONDS: i64 = 315_576_000_000;

/// A signed span of time as Google's APIs write it: a decimal number of seconds followed by `s`,
/// such as `"3.5s"`, `"-0.25s"` or `"100s"` (discovery format `google-duration`).
///
/// It holds whole seconds and a nanosecond part that never disagree in sign, and it stays within
/// ±315,576,000,000 seconds (about ten thousand years), the range the APIs accept. Unlike
/// [`std::time::Duration`] it can be negative; conversions in both directions are fallible.
///
/// ```
/// use google_api_runtime::Duration;
///
/// let ttl: Duration = "3.5s".parse()?;
/// assert_eq!((ttl.seconds(), ttl.nanos()), (3, 500_000_000));
/// assert_eq!(Duration::from_millis(-1_500)?.to_string(), "-1.5s");
/// # Ok::<(), google_api_runtime::wire::WireError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Duration {
    // Invariant: |seconds| <= MAX_SECONDS, |nanos| < NANOS_PER_SECOND, and the two never have
    // opposite signs. With it, the derived ordering compares (seconds, nanos) correctly.
    seconds: i64,
    nanos: i32,
}

impl Duration {
    /// The empty duration, `"0s"`.
    pub const ZERO: Duration = Duration {
        seconds: 0,
        nanos: 0,
    };
    /// The longest duration the APIs accept: 315,576,000,000 seconds and 999,999,999 nanoseconds.
    pub const MAX: Duration = Duration {
        seconds: MAX_SECONDS,
        nanos: NANOS_PER_SECOND - 1,
    };
    /// The most negative duration the APIs accept, the opposite of [`Duration::MAX`].
    pub const MIN: Duration = Duration {
        seconds: -MAX_SECONDS,
        nanos: -(NANOS_PER_SECOND - 1),
    };

    /// Builds a duration from seconds plus nanoseconds.
    ///
    /// The parts are added, so they may have any sign and `nanos` may exceed one second: it is
    /// carried into the seconds (`new(1, -1)` is 0.999999999 s).
    ///
    /// # Errors
    ///
    /// Fails when the sum lies outside [`Duration::MIN`]..=[`Duration::MAX`].
    pub fn new(seconds: i64, nanos: i32) -> Result<Self, WireError> {
        Self::from_total_nanos(
            i128::from(seconds) * i128::from(NANOS_PER_SECOND) + i128::from(nanos),
        )
    }

    /// Builds a duration of whole seconds.
    ///
    /// # Errors
    ///
    /// Fails when `seconds` lies outside ±315,576,000,000.
    pub fn from_secs(seconds: i64) -> Result<Self, WireError> {
        Self::new(seconds, 0)
    }

    /// Builds a duration from milliseconds.
    ///
    /// # Errors
    ///
    /// Fails when the result lies outside [`Duration::MIN`]..=[`Duration::MAX`].
    pub fn from_millis(millis: i64) -> Result<Self, WireError> {
        Self::from_total_nanos(i128::from(millis) * 1_000_000)
    }

    fn from_total_nanos(total: i128) -> Result<Self, WireError> {
        let per_second = i128::from(NANOS_PER_SECOND);
        // Division truncates toward zero, so the remainder has the sign of the quotient.
        let seconds = i64::try_from(total / per_second)
            .ok()
            .filter(|s| s.abs() <= MAX_SECONDS);
        match seconds {
            Some(seconds) => Ok(Self {
                seconds,
                nanos: (total % per_second) as i32,
            }),
            None => Err(WireError::new(format!(
                "duration of {total} nanoseconds is out of range (at most {MAX_SECONDS} seconds either way)"
            ))),
        }
    }

    /// Whole seconds, truncated toward zero: `-1.5s` gives -1.
    pub fn seconds(&self) -> i64 {
        self.seconds
    }

    /// The fraction of a second in nanoseconds, with the same sign as [`Duration::seconds`]:
    /// `-1.5s` gives -500,000,000.
    pub fn nanos(&self) -> i32 {
        self.nanos
    }

    /// Whether the duration is below zero.
    pub fn is_negative(&self) -> bool {
        self.seconds < 0 || self.nanos < 0
    }

    /// The duration in seconds as a float, which may round away the last nanoseconds.
    pub fn as_secs_f64(&self) -> f64 {
        self.seconds as f64 + f64::from(self.nanos) / f64::from(NANOS_PER_SECOND)
    }
}

/// Converts a non-negative duration.
impl TryFrom<Duration> for std::time::Duration {
    type Error = WireError;

    /// # Errors
    ///
    /// Fails when the duration is negative.
    fn try_from(value: Duration) -> Result<Self, WireError> {
        if value.is_negative() {
            return Err(WireError::new(format!(
                "negative duration {value} has no std::time::Duration equivalent"
            )));
        }
        Ok(std::time::Duration::new(
            value.seconds.unsigned_abs(),
            value.nanos.unsigned_abs(),
        ))
    }
}

/// Converts a standard duration, which cannot be negative but can exceed the wire range.
///
/// This is a fallible conversion rather than a saturating one, so that an out-of-range value is
/// reported instead of silently changed.
impl TryFrom<std::time::Duration> for Duration {
    type Error = WireError;

    /// # Errors
    ///
    /// Fails when the duration is longer than [`Duration::MAX`].
    fn try_from(value: std::time::Duration) -> Result<Self, WireError> {
        Self::from_total_nanos(i128::try_from(value.as_nanos()).unwrap_or(i128::MAX))
    }
}

/// Writes the wire form: seconds, then a fraction with trailing zeros removed, then `s`
/// (`"3.5s"`, `"-0.000000001s"`, `"100s"`).
impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.is_negative() { "-" } else { "" };
        write!(f, "{sign}{}", self.seconds.unsigned_abs())?;
        if self.nanos != 0 {
            let fraction = format!("{:09}", self.nanos.unsigned_abs());
            write!(f, ".{}", fraction.trim_end_matches('0'))?;
        }
        f.write_str("s")
    }
}

/// Parses the wire form: an optional `-`, decimal digits, optionally `.` and one to nine more
/// digits, then `s`.
impl FromStr for Duration {
    type Err = WireError;

    fn from_str(text: &str) -> Result<Self, WireError> {
        let malformed = |why: &str| {
            WireError::new(format!(
                "invalid duration {}: {why} (expected seconds followed by \"s\", like \"3.5s\")",
                quote(text)
            ))
        };
        let body = text
            .strip_suffix('s')
            .ok_or_else(|| malformed("missing the \"s\" suffix"))?;
        let (negative, body) = match body.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, body),
        };
        let (whole, fraction) = match body.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (body, None),
        };
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return Err(malformed("the seconds must be decimal digits"));
        }
        let mut nanos = 0;
        if let Some(fraction) = fraction {
            if fraction.is_empty()
                || fraction.len() > 9
                || !fraction.bytes().all(|b| b.is_ascii_digit())
            {
                return Err(malformed("the fraction must be one to nine decimal digits"));
            }
            // Read the digits as nanoseconds, as if padded with zeros to nine places.
            nanos = fraction
                .bytes()
                .chain(std::iter::repeat(b'0'))
                .take(9)
                .fold(0, |nanos, digit| nanos * 10 + i32::from(digit - b'0'));
        }
        let seconds = whole
            .parse::<i64>()
            .ok()
            .filter(|s| *s <= MAX_SECONDS)
            .ok_or_else(|| {
                WireError::new(format!(
                    "duration {} is out of range (at most {MAX_SECONDS} seconds either way)",
                    quote(text)
                ))
            })?;
        Ok(if negative {
            Self {
                seconds: -seconds,
                nanos: -nanos,
            }
        } else {
            Self { seconds, nanos }
        })
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

struct DurationVisitor;

impl Visitor<'_> for DurationVisitor {
    type Value = Duration;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a duration string such as \"3.5s\"")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Duration, E> {
        value.parse().map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(DurationVisitor)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{Duration, MAX_SECONDS};

    fn d(seconds: i64, nanos: i32) -> Duration {
        Duration::new(seconds, nanos).unwrap()
    }

    #[test]
    fn new_normalizes() {
        assert_eq!((d(1, -1).seconds(), d(1, -1).nanos()), (0, 999_999_999));
        assert_eq!((d(-1, 1).seconds(), d(-1, 1).nanos()), (0, -999_999_999));
        assert_eq!(
            (d(0, 1_500_000_000).seconds(), d(0, 1_500_000_000).nanos()),
            (1, 500_000_000)
        );
        assert_eq!(
            (d(-2, 500_000_000).seconds(), d(-2, 500_000_000).nanos()),
            (-1, -500_000_000)
        );
        assert_eq!(d(0, 0), Duration::ZERO);
        assert_eq!(Duration::default(), Duration::ZERO);
        assert_eq!(d(MAX_SECONDS, 999_999_999), Duration::MAX);
        assert_eq!(d(-MAX_SECONDS, -999_999_999), Duration::MIN);
    }

    #[test]
    fn range_is_checked() {
        assert!(Duration::new(MAX_SECONDS + 1, 0).is_err());
        assert!(Duration::new(MAX_SECONDS, 1_000_000_000).is_err());
        assert!(Duration::new(-MAX_SECONDS - 1, 0).is_err());
        assert!(Duration::new(i64::MIN, i32::MIN).is_err());
        assert!(Duration::from_secs(i64::MAX).is_err());
        assert!(Duration::from_millis(i64::MAX).is_err());
        let error = Duration::from_secs(MAX_SECONDS + 1)
            .unwrap_err()
            .to_string();
        assert!(error.contains("out of range"), "{error}");
    }

    #[test]
    fn constructors() {
        assert_eq!(Duration::from_secs(-7).unwrap(), d(-7, 0));
        assert_eq!(Duration::from_millis(1_500).unwrap(), d(1, 500_000_000));
        assert_eq!(Duration::from_millis(-1).unwrap(), d(0, -1_000_000));
        assert!(d(0, -1).is_negative());
        assert!(!d(0, 0).is_negative());
        assert_eq!(d(-1, -500_000_000).as_secs_f64(), -1.5);
    }

    #[test]
    fn ordering_follows_time() {
        let mut values = vec![
            d(1, 0),
            d(-1, -500_000_000),
            d(0, -1),
            d(-1, 0),
            d(0, 1),
            Duration::ZERO,
        ];
        values.sort();
        assert_eq!(
            values,
            vec![
                d(-1, -500_000_000),
                d(-1, 0),
                d(0, -1),
                Duration::ZERO,
                d(0, 1),
                d(1, 0)
            ]
        );
    }

    #[test]
    fn std_conversions() {
        let std = std::time::Duration::try_from(d(3, 5)).unwrap();
        assert_eq!(std, std::time::Duration::new(3, 5));
        assert!(std::time::Duration::try_from(d(0, -1)).is_err());
        assert_eq!(
            Duration::try_from(std::time::Duration::from_millis(2_500)).unwrap(),
            d(2, 500_000_000)
        );
        assert!(Duration::try_from(std::time::Duration::from_secs(u64::MAX)).is_err());
        assert!(Duration::try_from(std::time::Duration::MAX).is_err());
    }

    #[test]
    fn displays_shortest_form() {
        for (duration, text) in [
            (d(3, 500_000_000), "3.5s"),
            (d(1, 0), "1s"),
            (d(0, 0), "0s"),
            (d(100, 0), "100s"),
            (d(0, 1), "0.000000001s"),
            (d(-1, -1), "-1.000000001s"),
            (d(0, -250_000_000), "-0.25s"),
            (d(1, 120_000), "1.00012s"),
            (Duration::MAX, "315576000000.999999999s"),
            (Duration::MIN, "-315576000000.999999999s"),
        ] {
            assert_eq!(duration.to_string(), text);
            assert_eq!(text.parse::<Duration>().unwrap(), duration, "{text}");
        }
    }

    #[test]
    fn parses_variants() {
        assert_eq!("3.50s".parse::<Duration>().unwrap(), d(3, 500_000_000));
        assert_eq!("-0s".parse::<Duration>().unwrap(), Duration::ZERO);
        assert_eq!("007s".parse::<Duration>().unwrap(), d(7, 0));
        assert_eq!(
            "0.123456789s".parse::<Duration>().unwrap(),
            d(0, 123_456_789)
        );
    }

    #[test]
    fn rejects_malformed() {
        for text in [
            "3.5",
            "s",
            "",
            "1.2.3s",
            "1e3s",
            "0.1234567890s",
            "1.s",
            ".5s",
            "+1s",
            "--1s",
            " 1s",
            "1s ",
            "1 s",
            "-s",
            "1.-5s",
            "1,5s",
            "١s",
            "0x1s",
            "1ms",
        ] {
            let error = text.parse::<Duration>().unwrap_err().to_string();
            assert!(error.starts_with("invalid duration"), "{text:?}: {error}");
        }
        for text in ["315576000001s", "-315576000001s", "99999999999999999999s"] {
            let error = text.parse::<Duration>().unwrap_err().to_string();
            assert!(error.contains("out of range"), "{text:?}: {error}");
        }
    }

    #[test]
    fn serde_round_trip() {
        let value = d(-3, -250_000_000);
        assert_eq!(serde_json::to_value(value).unwrap(), json!("-3.25s"));
        assert_eq!(
            serde_json::from_value::<Duration>(json!("-3.25s")).unwrap(),
            value
        );
        assert_eq!(
            serde_json::from_str::<Duration>(r#""100s""#).unwrap(),
            d(100, 0)
        );
        let error = serde_json::from_value::<Duration>(json!(3.5))
            .unwrap_err()
            .to_string();
        assert!(error.contains("a duration string"), "{error}");
        let error = serde_json::from_str::<Duration>(r#""3.5""#)
            .unwrap_err()
            .to_string();
        assert!(error.contains("invalid duration"), "{error}");
    }
}
