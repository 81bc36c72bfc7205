//! What the generated schemas' `Serialize` and `Deserialize` impls are written with.
//!
//! The generator writes both impls itself instead of deriving them: serde's derive, with the
//! `#[serde(flatten)]` that unknown members need, expands to several visitors per struct and
//! buffers every member before reading it, and that code was most of a generated crate's build
//! (docs/performance.md, "Each generated crate against google-apis-rs's"). Here the loop over an
//! object's members, the reading of keys and the handling of unknown members are written once;
//! each schema adds one `match` on the key ([`ReadMembers::read_member`]) and one sequence of
//! `serialize_entry` calls.
//!
//! What reaches the wire is what the derive gave: the declared fields that are set, in
//! declaration order, then the unknown members in the map's order (by name; as they arrived when
//! serde_json's `preserve_order` is on). On reading, a member
//! that appears twice keeps its last value, as `serde_json::Value` and Google's Go and Python
//! clients do.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::SerializeMap;

use super::UnknownFields;

/// A schema whose JSON object is read one member at a time.
pub trait ReadMembers<'de>: Default {
    /// The schema's name, for "expected struct ..." in errors.
    const NAME: &'static str;

    /// Reads the value of member `key` from `map` into the field it names, or into the unknown
    /// members when no field does.
    fn read_member<A: MapAccess<'de>>(
        &mut self,
        key: Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// Reads a `T` from a JSON object: the body of each generated `Deserialize`.
pub fn deserialize_object<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: ReadMembers<'de>,
    D: Deserializer<'de>,
{
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: ReadMembers<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut value = T::default();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            value.read_member(key, &mut map)?;
        }
        Ok(value)
    }
}

/// A member's name, borrowed from the input when the deserializer can lend it.
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The name.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Key<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(value)))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(value.to_owned())))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(value)))
    }
}

/// Reads the value of a member no field names into `unknown`: the last arm of each
/// [`ReadMembers::read_member`].
pub fn read_unknown<'de, A: MapAccess<'de>>(
    unknown: &mut UnknownFields,
    key: Key<'de>,
    map: &mut A,
) -> Result<(), A::Error> {
    let value = map.next_value::<serde_json::Value>()?;
    unknown.insert(key.0.into_owned(), value);
    Ok(())
}

/// Writes the unknown members after the fields: the end of each generated `Serialize`.
pub fn write_unknown<M: SerializeMap>(
    map: &mut M,
    unknown: &UnknownFields,
) -> Result<(), M::Error> {
    for (key, value) in unknown {
        map.serialize_entry(key, value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde::de::MapAccess;
    use serde::{Deserialize, Serialize};
    use serde_json::json;

    use super::{deserialize_object, read_unknown, write_unknown, Key, ReadMembers};
    use crate::wire::{In, Out, UnknownFields, I64};

    /// A schema as the generator writes one: a plain field, one through an adapter.
    #[derive(Debug, Default, PartialEq)]
    struct Disk {
        name: Option<String>,
        size: Option<i64>,
        unknown_fields: UnknownFields,
    }

    impl Serialize for Disk {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            if let Some(value) = &self.name {
                map.serialize_entry("name", value)?;
            }
            if self.size.is_some() {
                map.serialize_entry("sizeGb", &Out::<Option<i64>, Option<I64>>::new(&self.size))?;
            }
            write_unknown(&mut map, &self.unknown_fields)?;
            map.end()
        }
    }

    impl<'de> Deserialize<'de> for Disk {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_object(deserializer)
        }
    }

    impl<'de> ReadMembers<'de> for Disk {
        const NAME: &'static str = "Disk";

        fn read_member<A: MapAccess<'de>>(
            &mut self,
            key: Key<'de>,
            map: &mut A,
        ) -> Result<(), A::Error> {
            match key.as_str() {
                "name" => self.name = map.next_value()?,
                "sizeGb" => self.size = map.next_value::<In<Option<i64>, Option<I64>>>()?.0,
                _ => read_unknown(&mut self.unknown_fields, key, map)?,
            }
            Ok(())
        }
    }

    #[test]
    fn declared_members_land_in_their_fields_and_the_rest_in_unknown_fields() {
        let disk: Disk =
            serde_json::from_str(r#"{"zeta":1,"name":"boot","sizeGb":"10","alpha":[true]}"#)
                .unwrap();
        assert_eq!(disk.name.as_deref(), Some("boot"));
        assert_eq!(disk.size, Some(10));
        let unknown: Vec<&str> = disk.unknown_fields.keys().map(String::as_str).collect();
        assert_eq!(unknown.len(), 2);
        assert!(
            unknown.contains(&"zeta") && unknown.contains(&"alpha"),
            "{unknown:?}"
        );
        assert_eq!(disk.unknown_fields["alpha"], json!([true]));
    }

    #[test]
    fn written_back_fields_first_then_unknown_members() {
        let text = r#"{"zeta":1,"sizeGb":"10","name":"boot"}"#;
        let disk: Disk = serde_json::from_str(text).unwrap();
        assert_eq!(
            serde_json::to_string(&disk).unwrap(),
            r#"{"name":"boot","sizeGb":"10","zeta":1}"#
        );
        let text = r#"{"alpha":null,"name":"boot","omega":[]}"#;
        let disk: Disk = serde_json::from_str(text).unwrap();
        assert_eq!(
            serde_json::to_string(&disk).unwrap(),
            r#"{"name":"boot","alpha":null,"omega":[]}"#
        );
        assert_eq!(serde_json::to_string(&Disk::default()).unwrap(), "{}");
    }

    #[test]
    fn null_reads_as_absent_and_the_adapter_accepts_numbers() {
        let disk: Disk = serde_json::from_str(r#"{"name":null,"sizeGb":7}"#).unwrap();
        assert_eq!(
            disk,
            Disk {
                size: Some(7),
                ..Disk::default()
            }
        );
    }

    #[test]
    fn a_repeated_member_keeps_its_last_value() {
        let disk: Disk = serde_json::from_str(r#"{"name":"a","name":"b","x":1,"x":2}"#).unwrap();
        assert_eq!(disk.name.as_deref(), Some("b"));
        assert_eq!(disk.unknown_fields["x"], json!(2));
        assert_eq!(disk.unknown_fields.len(), 1);
    }

    #[test]
    fn escaped_keys_are_matched_unescaped() {
        // serde_json cannot lend an escaped key: it arrives owned (visit_str).
        let disk: Disk = serde_json::from_str(r#"{"n\u0061me":"boot","\u00e9":1}"#).unwrap();
        assert_eq!(disk.name.as_deref(), Some("boot"));
        assert_eq!(disk.unknown_fields["é"], json!(1));
        // From a Value the keys are owned Strings (visit_string).
        let disk: Disk = serde_json::from_value(json!({"name": "v", "other": 2})).unwrap();
        assert_eq!(disk.name.as_deref(), Some("v"));
        assert_eq!(disk.unknown_fields["other"], json!(2));
    }

    #[test]
    fn anything_but_an_object_is_refused_naming_the_schema() {
        let error = serde_json::from_str::<Disk>("[1]").unwrap_err().to_string();
        assert!(error.contains("expected struct Disk"), "{error}");
        let error = serde_json::from_str::<Disk>(r#"{"sizeGb":"ten"}"#)
            .unwrap_err()
            .to_string();
        assert!(error.contains("line 1 column"), "{error}");
        let error = serde_json::from_str::<Disk>(r#"{"name":5}"#)
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("invalid type: integer `5`, expected a string"),
            "{error}"
        );
        // The same from a `Value`, whose members are read through its own map access.
        let error = serde_json::from_value::<Disk>(json!({"name": {"a": 1}}))
            .unwrap_err()
            .to_string();
        assert!(error.contains("expected a string"), "{error}");
    }

    #[test]
    fn keys_show_as_strings_in_debug_output() {
        let key: Key<'_> = serde_json::from_str(r#""k""#).unwrap();
        assert_eq!(format!("{key:?}"), r#""k""#);
        let error = serde_json::from_str::<Key<'_>>("1")
            .unwrap_err()
            .to_string();
        assert!(error.contains("expected a member name"), "{error}");
    }

    /// What `Disk` should hold for `value`, read the way `serde_json::Value` reads JSON (a repeated
    /// member keeps its last value): `None` when `Disk` should refuse it.
    fn expected(value: &serde_json::Value) -> Option<Disk> {
        let mut disk = Disk::default();
        for (key, member) in value.as_object()? {
            match (key.as_str(), member) {
                ("name", serde_json::Value::Null) => disk.name = None,
                ("name", serde_json::Value::String(name)) => disk.name = Some(name.clone()),
                ("sizeGb", serde_json::Value::Null) => disk.size = None,
                ("sizeGb", serde_json::Value::String(text)) => disk.size = Some(text.parse().ok()?),
                ("sizeGb", serde_json::Value::Number(n)) => disk.size = Some(n.as_i64()?),
                ("name" | "sizeGb", _) => return None,
                (other, member) => {
                    disk.unknown_fields.insert(other.to_owned(), member.clone());
                }
            }
        }
        Some(disk)
    }

    /// Seeded hostile objects (the members `Disk` declares, repeated, escaped, of the wrong type,
    /// among unknown ones, then cut and flipped): reading never panics, and agrees with reading
    /// the same text as a `serde_json::Value` first.
    #[test]
    fn hostile_objects_read_as_serde_json_reads_them() {
        const FRAGMENTS: &[&[u8]] = &[
            b"{",
            b"}",
            b"[",
            b"]",
            b",",
            b":",
            b"\"name\"",
            b"\"sizeGb\"",
            b"\"n\\u0061me\"",
            b"\"other\"",
            b"\"\"",
            b"\"boot\"",
            b"\"10\"",
            b"\"-9223372036854775808\"",
            b"\"1e3\"",
            b"42",
            b"-1",
            b"1.5",
            b"null",
            b"true",
            b"{}",
            b"[]",
            b" ",
        ];
        let mut hostile = crate::hostile_input::HostileInput::new(26);
        let (mut read, mut refused) = (0, 0);
        for _ in 0..20_000 {
            let mut input = b"{".to_vec();
            input.extend(hostile.soup(FRAGMENTS, 12));
            if hostile.rng().bool() {
                input.push(b'}');
            }
            let ours = serde_json::from_slice::<Disk>(&input);
            let theirs = serde_json::from_slice::<serde_json::Value>(&input)
                .ok()
                .and_then(|value| expected(&value));
            match (ours, theirs) {
                (Ok(ours), Some(theirs)) => {
                    assert_eq!(ours, theirs, "{}", String::from_utf8_lossy(&input));
                    read += 1;
                }
                (Err(_), None) => refused += 1,
                (ours, theirs) => panic!(
                    "{}: read {ours:?}, expected {theirs:?}",
                    String::from_utf8_lossy(&input)
                ),
            }
        }
        assert!(
            read > 500 && refused > 500,
            "read {read}, refused {refused}"
        );
        hostile.report("wire::deserialize_object");
    }
}
