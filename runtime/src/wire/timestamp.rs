//! Instants written as RFC 3339 text (discovery formats `google-datetime` and `date-time`).

use std::fmt;
use std::str::FromStr;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::{quote, WireError};

/// `0001-01-01T00:00:00Z`, the earliest instant Google's APIs accept.
const MIN_UNIX_SECONDS: i64 = -62_135_596_800;
/// `9999-12-31T23:59:59Z`, the last whole second Google's APIs accept.
const MAX_UNIX_SECONDS: i64 = 253_402_300_799;
const NANOS_PER_SECOND: u32 = 1_000_000_000;

/// An instant in time with nanosecond precision, written as RFC 3339 text such as
/// `"2024-05-01T12:30:00.5Z"` (discovery formats `google-datetime` and `date-time`).
///
/// It covers the years 1 to 9999 in UTC, the range Google's APIs accept. Reading accepts any
/// UTC offset (`+05:30`, `-08:00`, `Z`) and converts to UTC; lowercase `t` and `z`, and a space
/// between date and time, are accepted too. Writing always uses UTC and `Z`, with 0, 3, 6 or 9
/// fraction digits, the fewest that keep every nanosecond.
///
/// ```
/// use google_api_runtime::Timestamp;
///
/// let at: Timestamp = "2024-05-01T18:00:00.250+05:30".parse()?;
/// assert_eq!(at.to_string(), "2024-05-01T12:30:00.250Z");
/// assert_eq!(at.subsec_nanos(), 250_000_000);
/// assert_eq!(Timestamp::from_unix(0, 0)?, Timestamp::default());
/// # Ok::<(), google_api_runtime::wire::WireError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp {
    // Invariants: `seconds` within MIN_UNIX_SECONDS..=MAX_UNIX_SECONDS, `nanos` below one second.
    // The field order makes the derived ordering that of the instants.
    seconds: i64,
    nanos: u32,
}

impl Timestamp {
    /// The Unix epoch, `1970-01-01T00:00:00Z`, which is also the default value.
    pub const UNIX_EPOCH: Timestamp = Timestamp {
        seconds: 0,
        nanos: 0,
    };

    /// The current time of the system clock.
    pub fn now() -> Self {
        Self::from(SystemTime::now())
    }

    /// Builds a timestamp from seconds since the Unix epoch (negative before 1970) and a
    /// nanosecond part that counts forward from those seconds.
    ///
    /// # Errors
    ///
    /// Fails when `nanos` is one second or more, or the instant lies outside the years 1 to 9999.
    pub fn from_unix(seconds: i64, nanos: u32) -> Result<Self, WireError> {
        if nanos >= NANOS_PER_SECOND {
            return Err(WireError::new(format!(
                "timestamp nanoseconds {nanos} must be below 1000000000"
            )));
        }
        if !(MIN_UNIX_SECONDS..=MAX_UNIX_SECONDS).contains(&seconds) {
            return Err(WireError::new(format!(
                "timestamp of {seconds} seconds since the Unix epoch is out of range (years 1 to 9999)"
            )));
        }
        Ok(Self::from_unix_in_range(seconds, nanos))
    }

    fn from_unix_in_range(seconds: i64, nanos: u32) -> Self {
        Self { seconds, nanos }
    }

    /// Parses RFC 3339 text; the same as [`str::parse`].
    ///
    /// # Errors
    ///
    /// Fails when the text is not of the form `YYYY-MM-DDThh:mm:ss[.f](Z|±hh:mm)` with at most
    /// nine fraction digits, names a date or time that does not exist, or lies outside the years
    /// 1 to 9999 once converted to UTC.
    pub fn parse(text: &str) -> Result<Self, WireError> {
        let malformed = |why: &str| {
            WireError::new(format!(
                "invalid timestamp {}: {why} (expected RFC 3339 like \"2024-05-01T12:30:00Z\")",
                quote(text)
            ))
        };
        let bytes = text.as_bytes();
        let number = |start: usize, len: usize| -> Option<u32> {
            let digits = bytes.get(start..start + len)?;
            digits.iter().try_fold(0, |value, &digit| {
                digit
                    .is_ascii_digit()
                    .then(|| value * 10 + u32::from(digit - b'0'))
            })
        };
        let literal =
            |at: usize, allowed: &[u8]| bytes.get(at).is_some_and(|b| allowed.contains(b));

        let (Some(year), Some(month), Some(day)) = (number(0, 4), number(5, 2), number(8, 2))
        else {
            return Err(malformed("the date must be YYYY-MM-DD"));
        };
        if !literal(4, b"-") || !literal(7, b"-") {
            return Err(malformed("the date must be YYYY-MM-DD"));
        }
        if !literal(10, b"Tt ") {
            return Err(malformed("the date and time must be separated by \"T\""));
        }
        let (Some(hour), Some(minute), Some(mut second)) =
            (number(11, 2), number(14, 2), number(17, 2))
        else {
            return Err(malformed("the time must be hh:mm:ss"));
        };
        if !literal(13, b":") || !literal(16, b":") {
            return Err(malformed("the time must be hh:mm:ss"));
        }

        let mut at = 19;
        let mut nanos = 0;
        if literal(at, b".") {
            let digits = bytes[at + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if !(1..=9).contains(&digits) {
                return Err(malformed(
                    "the fraction of a second must have one to nine digits",
                ));
            }
            let value = number(at + 1, digits).unwrap_or_default();
            nanos = value * 10_u32.pow(9 - digits as u32);
            at += 1 + digits;
        }

        let offset_seconds: i32 = match bytes.get(at..) {
            Some(b"Z" | b"z") => 0,
            Some([sign @ (b'+' | b'-'), _, _, b':', _, _]) => {
                let (Some(hours), Some(minutes)) = (number(at + 1, 2), number(at + 4, 2)) else {
                    return Err(malformed("the offset must be Z or ±hh:mm"));
                };
                if hours > 23 || minutes > 59 {
                    return Err(malformed("the offset must be Z or ±hh:mm"));
                }
                let magnitude = (hours * 3600 + minutes * 60) as i32;
                if *sign == b'-' {
                    -magnitude
                } else {
                    magnitude
                }
            }
            _ => return Err(malformed("the offset must be Z or ±hh:mm")),
        };

        // A leap second is read as the last nanosecond before it.
        if second == 60 {
            second = 59;
            nanos = NANOS_PER_SECOND - 1;
        }
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(malformed("no such date"));
        }
        if hour > 23 || minute > 59 || second > 59 {
            return Err(malformed("no such time of day"));
        }
        let local_seconds = days_from_civil(i64::from(year), month, day) * 86_400
            + i64::from(hour * 3600 + minute * 60 + second);
        let utc_seconds = local_seconds - i64::from(offset_seconds);

        Self::from_unix(utc_seconds, nanos).map_err(|_| {
            WireError::new(format!(
                "timestamp {} is out of range (years 1 to 9999 in UTC)",
                quote(text)
            ))
        })
    }

    /// Seconds since the Unix epoch, rounded down: negative before 1970.
    pub fn unix_seconds(&self) -> i64 {
        self.seconds
    }

    /// Nanoseconds past [`Timestamp::unix_seconds`], below one billion.
    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    /// The same instant as a [`std::time::SystemTime`].
    ///
    /// # Panics
    ///
    /// Panics when the platform's clock type cannot hold the instant; Unix-like systems hold the
    /// whole range, while Windows starts at the year 1601.
    pub fn to_system_time(&self) -> SystemTime {
        let seconds = self.unix_seconds();
        let nanos = std::time::Duration::from_nanos(u64::from(self.subsec_nanos()));
        let whole = std::time::Duration::from_secs(seconds.unsigned_abs());
        let at_second = if seconds >= 0 {
            UNIX_EPOCH.checked_add(whole)
        } else {
            UNIX_EPOCH.checked_sub(whole)
        };
        at_second
            .and_then(|time| time.checked_add(nanos))
            .expect("instant is outside the range of SystemTime on this platform")
    }

    /// The same instant as a [`time::OffsetDateTime`] in UTC, for date arithmetic and formatting
    /// beyond what this type offers (feature `time`).
    #[cfg(feature = "time")]
    pub fn as_offset_date_time(&self) -> time::OffsetDateTime {
        let total =
            i128::from(self.seconds) * i128::from(NANOS_PER_SECOND) + i128::from(self.nanos);
        // The years 1 to 9999 are within `time`'s range.
        time::OffsetDateTime::from_unix_timestamp_nanos(total)
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
    }
}

impl Default for Timestamp {
    /// The Unix epoch.
    fn default() -> Self {
        Self::UNIX_EPOCH
    }
}

/// Converts a clock reading; one outside the years 1 to 9999 is clamped to the nearest end.
impl From<SystemTime> for Timestamp {
    fn from(value: SystemTime) -> Self {
        let (seconds, nanos) = match value.duration_since(UNIX_EPOCH) {
            Ok(after) => (
                i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
                after.subsec_nanos(),
            ),
            Err(before) => {
                let before = before.duration();
                let seconds = i64::try_from(before.as_secs()).map_or(i64::MIN, |s| -s);
                match before.subsec_nanos() {
                    0 => (seconds, 0),
                    nanos => (seconds.saturating_sub(1), NANOS_PER_SECOND - nanos),
                }
            }
        };
        if seconds < MIN_UNIX_SECONDS {
            Self::from_unix_in_range(MIN_UNIX_SECONDS, 0)
        } else if seconds > MAX_UNIX_SECONDS {
            Self::from_unix_in_range(MAX_UNIX_SECONDS, NANOS_PER_SECOND - 1)
        } else {
            Self::from_unix_in_range(seconds, nanos)
        }
    }
}

/// Converts with [`Timestamp::to_system_time`], which documents when it panics.
impl From<Timestamp> for SystemTime {
    fn from(value: Timestamp) -> Self {
        value.to_system_time()
    }
}

/// Writes RFC 3339 in UTC with a `Z`, such as `2024-05-01T12:30:00.250Z`.
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.seconds.div_euclid(86_400);
        let of_day = self.seconds.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        write!(
            f,
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}",
            of_day / 3600,
            of_day / 60 % 60,
            of_day % 60
        )?;
        match self.nanos {
            0 => {}
            nanos if nanos % 1_000_000 == 0 => write!(f, ".{:03}", nanos / 1_000_000)?,
            nanos if nanos % 1_000 == 0 => write!(f, ".{:06}", nanos / 1_000)?,
            nanos => write!(f, ".{nanos:09}")?,
        }
        f.write_str("Z")
    }
}

/// Days in a month of the proleptic Gregorian calendar.
fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (negative before), counted
/// in 400-year eras of 146,097 days, with years starting in March so that the leap day comes last.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let month_from_march = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date `days` after 1970-01-01: the inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp({self})")
    }
}

/// Parses with [`Timestamp::parse`].
impl FromStr for Timestamp {
    type Err = WireError;

    fn from_str(text: &str) -> Result<Self, WireError> {
        Self::parse(text)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an RFC 3339 timestamp string such as \"2024-05-01T12:30:00Z\"")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Timestamp, E> {
        Timestamp::parse(value).map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TimestampVisitor)
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, SystemTime, UNIX_EPOCH};

    use serde_json::json;

    use super::{Timestamp, MAX_UNIX_SECONDS, MIN_UNIX_SECONDS};

    fn ts(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn range_bounds_are_the_years_1_to_9999() {
        assert_eq!(
            Timestamp::from_unix(MIN_UNIX_SECONDS, 0)
                .unwrap()
                .to_string(),
            "0001-01-01T00:00:00Z"
        );
        assert_eq!(
            Timestamp::from_unix(MAX_UNIX_SECONDS, 999_999_999)
                .unwrap()
                .to_string(),
            "9999-12-31T23:59:59.999999999Z"
        );
        assert!(Timestamp::from_unix(MIN_UNIX_SECONDS - 1, 999_999_999).is_err());
        assert!(Timestamp::from_unix(MAX_UNIX_SECONDS + 1, 0).is_err());
        assert!(Timestamp::from_unix(i64::MIN, 0).is_err());
        let error = Timestamp::from_unix(0, 1_000_000_000)
            .unwrap_err()
            .to_string();
        assert!(error.contains("nanoseconds"), "{error}");
    }

    #[test]
    fn unix_accessors() {
        let at = Timestamp::from_unix(-1, 250_000_000).unwrap();
        assert_eq!((at.unix_seconds(), at.subsec_nanos()), (-1, 250_000_000));
        assert_eq!(at.to_string(), "1969-12-31T23:59:59.250Z");
        assert_eq!(Timestamp::default(), Timestamp::from_unix(0, 0).unwrap());
        assert_eq!(Timestamp::default().to_string(), "1970-01-01T00:00:00Z");
        #[cfg(feature = "time")]
        assert_eq!(at.as_offset_date_time().unix_timestamp(), -1);
        assert_eq!(format!("{at:?}"), "Timestamp(1969-12-31T23:59:59.250Z)");
    }

    /// The calendar arithmetic agrees with the `time` crate's across the whole range, both ways.
    #[test]
    fn calendar_agrees_with_an_independent_implementation() {
        let mut rng = fastrand::Rng::with_seed(7);
        let edges = [
            MIN_UNIX_SECONDS,
            -1,
            0,
            951_782_400,
            4_107_542_400,
            MAX_UNIX_SECONDS,
        ];
        let samples = edges
            .into_iter()
            .chain((0..20_000).map(|_| rng.i64(MIN_UNIX_SECONDS..=MAX_UNIX_SECONDS)));
        for seconds in samples {
            let ours = Timestamp::from_unix(seconds, 0).unwrap();
            let theirs = time::OffsetDateTime::from_unix_timestamp(seconds).unwrap();
            let expected = format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
                theirs.year(),
                u8::from(theirs.month()),
                theirs.day(),
                theirs.hour(),
                theirs.minute(),
                theirs.second()
            );
            assert_eq!(ours.to_string(), expected, "{seconds}");
            assert_eq!(ts(&expected), ours, "{expected}");
        }
    }

    #[test]
    fn displays_fewest_fraction_digits() {
        for (nanos, text) in [
            (0, "2009-02-13T23:31:30Z"),
            (100_000_000, "2009-02-13T23:31:30.100Z"),
            (123_000_000, "2009-02-13T23:31:30.123Z"),
            (123_400_000, "2009-02-13T23:31:30.123400Z"),
            (123_456_000, "2009-02-13T23:31:30.123456Z"),
            (123_456_700, "2009-02-13T23:31:30.123456700Z"),
            (1, "2009-02-13T23:31:30.000000001Z"),
        ] {
            let at = Timestamp::from_unix(1_234_567_890, nanos).unwrap();
            assert_eq!(at.to_string(), text);
            assert_eq!(ts(text), at);
        }
    }

    #[test]
    fn parses_offsets_and_lowercase() {
        let expected = ts("2024-05-01T12:30:00Z");
        for text in [
            "2024-05-01T18:00:00+05:30",
            "2024-05-01T04:30:00-08:00",
            "2024-05-01t12:30:00z",
            "2024-05-01 12:30:00Z",
            "2024-05-01T12:30:00+00:00",
            "2024-05-01T12:30:00-00:00",
            "2024-05-02T00:29:00+11:59",
        ] {
            assert_eq!(ts(text), expected, "{text}");
        }
        assert_eq!(ts("2024-05-01T12:30:00.5Z").subsec_nanos(), 500_000_000);
        assert_eq!(
            ts("2024-05-01T12:30:00.000000007+01:00").to_string(),
            "2024-05-01T11:30:00.000000007Z"
        );
        assert_eq!(
            ts("2000-01-01T00:30:00+01:00").to_string(),
            "1999-12-31T23:30:00Z"
        );
        assert_eq!(
            ts("2016-12-31T23:59:60Z").to_string(),
            "2016-12-31T23:59:59.999999999Z"
        );
        assert_eq!(ts("2024-02-29T00:00:00Z").unix_seconds(), 1_709_164_800);
    }

    #[test]
    fn rejects_malformed() {
        for text in [
            "",
            "2024-05-01",
            "2024-05-01T12:30:00",
            "2024-05-01T12:30Z",
            "2024-05-01X12:30:00Z",
            "2024/05/01T12:30:00Z",
            "24-05-01T12:30:00Z",
            "2024-5-01T12:30:00Z",
            "2024-05-01T12:30:00.Z",
            "2024-05-01T12:30:00.1234567891Z",
            "2024-05-01T12:30:00ZZ",
            "2024-05-01T12:30:00+0530",
            "2024-05-01T12:30:00+05",
            "2024-05-01T12:30:00+24:00",
            "2024-05-01T12:30:00+05:60",
            "2024-05-01T12:30:00 Z",
            " 2024-05-01T12:30:00Z",
            "2024-05-01T12:30:00Z ",
            "+2024-05-01T12:30:00Z",
            "2024-05-01T12:30:00.5.5Z",
            "2024-05-01T12:30:00\u{e9}",
            "1714566600",
        ] {
            let error = Timestamp::parse(text).unwrap_err().to_string();
            assert!(error.starts_with("invalid timestamp"), "{text:?}: {error}");
        }
        for text in [
            "2023-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-00-01T00:00:00Z",
            "2024-04-31T00:00:00Z",
            "2024-05-01T24:00:00Z",
            "2024-05-01T12:60:00Z",
            "2024-05-01T12:30:61Z",
        ] {
            let error = Timestamp::parse(text).unwrap_err().to_string();
            assert!(error.contains("no such"), "{text:?}: {error}");
        }
        for text in [
            "0000-12-31T23:59:59Z",
            "0001-01-01T00:00:00+00:01",
            "9999-12-31T23:59:59-00:01",
        ] {
            let error = Timestamp::parse(text).unwrap_err().to_string();
            assert!(error.contains("out of range"), "{text:?}: {error}");
        }
        assert_eq!(
            ts("0001-01-01T00:00:00-00:01").to_string(),
            "0001-01-01T00:01:00Z"
        );
    }

    #[test]
    fn system_time_conversions() {
        let before = UNIX_EPOCH - Duration::new(1, 250_000_000);
        let at = Timestamp::from(before);
        assert_eq!((at.unix_seconds(), at.subsec_nanos()), (-2, 750_000_000));
        assert_eq!(at.to_system_time(), before);
        let after = UNIX_EPOCH + Duration::new(1_700_000_000, 42);
        assert_eq!(SystemTime::from(Timestamp::from(after)), after);
        assert_eq!(Timestamp::from(UNIX_EPOCH), Timestamp::UNIX_EPOCH);
        let far = UNIX_EPOCH + Duration::from_secs(1 << 40);
        assert_eq!(
            Timestamp::from(far).to_string(),
            "9999-12-31T23:59:59.999999999Z"
        );
        let now = Timestamp::now();
        assert!(now > ts("2020-01-01T00:00:00Z"));
    }

    #[test]
    fn ordering_and_equality_follow_the_instant() {
        assert!(ts("2024-05-01T12:30:00Z") < ts("2024-05-01T12:30:00.000000001Z"));
        assert!(ts("1969-12-31T23:59:59Z") < Timestamp::UNIX_EPOCH);
        assert_eq!(ts("2024-05-01T12:30:00+01:00"), ts("2024-05-01T11:30:00Z"));
    }

    #[test]
    fn serde_round_trip() {
        let at = ts("2024-05-01T12:30:00.123456Z");
        assert_eq!(
            serde_json::to_value(at).unwrap(),
            json!("2024-05-01T12:30:00.123456Z")
        );
        assert_eq!(
            serde_json::from_value::<Timestamp>(json!("2024-05-01T14:30:00.123456+02:00")).unwrap(),
            at
        );
        assert_eq!(
            serde_json::from_str::<Timestamp>(&serde_json::to_string(&at).unwrap()).unwrap(),
            at
        );
        let error = serde_json::from_value::<Timestamp>(json!(1_714_566_600))
            .unwrap_err()
            .to_string();
        assert!(error.contains("an RFC 3339 timestamp string"), "{error}");
        let error = serde_json::from_str::<Timestamp>(r#""yesterday""#)
            .unwrap_err()
            .to_string();
        assert!(error.contains("invalid timestamp"), "{error}");
    }
}
