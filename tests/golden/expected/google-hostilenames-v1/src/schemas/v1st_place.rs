use crate::runtime::{impl_open_enum, wire};
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct V1stPlace {
    /// Starts with a digit.
    pub v1st: Option<String>,
    pub v2nd: Option<crate::schemas::V1stPlaceV2nd>,
    pub foo_bar: Option<String>,
    pub foo_bar_2: Option<String>,
    pub foo_bar_3: Option<String>,
    pub foo_bar_4: Option<String>,
    pub mode: Option<crate::schemas::V1stPlaceMode>,
    /// Unicode letters are word breaks.
    pub and: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl V1stPlace {
    /// Sets `1st` (chainable).
    pub fn set_v1st(mut self, value: impl Into<String>) -> Self {
        self.v1st = Some(value.into());
        self.unknown_fields.remove("1st");
        self
    }

    /// Sends `1st` as JSON `null`, which clears it on the server (chainable); `set_v1st` takes it
    /// back.
    #[inline]
    pub fn clear_v1st(mut self) -> Self {
        self.v1st = None;
        self.unknown_fields.insert("1st".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `2nd` (chainable).
    pub fn set_v2nd(mut self, value: impl Into<crate::schemas::V1stPlaceV2nd>) -> Self {
        self.v2nd = Some(value.into());
        self.unknown_fields.remove("2nd");
        self
    }

    /// Sends `2nd` as JSON `null`, which clears it on the server (chainable); `set_v2nd` takes it
    /// back.
    #[inline]
    pub fn clear_v2nd(mut self) -> Self {
        self.v2nd = None;
        self.unknown_fields.insert("2nd".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `FOO_BAR` (chainable).
    pub fn set_foo_bar(mut self, value: impl Into<String>) -> Self {
        self.foo_bar = Some(value.into());
        self.unknown_fields.remove("FOO_BAR");
        self
    }

    /// Sends `FOO_BAR` as JSON `null`, which clears it on the server (chainable); `set_foo_bar`
    /// takes it back.
    #[inline]
    pub fn clear_foo_bar(mut self) -> Self {
        self.foo_bar = None;
        self.unknown_fields.insert("FOO_BAR".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `foo-bar` (chainable).
    pub fn set_foo_bar_2(mut self, value: impl Into<String>) -> Self {
        self.foo_bar_2 = Some(value.into());
        self.unknown_fields.remove("foo-bar");
        self
    }

    /// Sends `foo-bar` as JSON `null`, which clears it on the server (chainable); `set_foo_bar_2`
    /// takes it back.
    #[inline]
    pub fn clear_foo_bar_2(mut self) -> Self {
        self.foo_bar_2 = None;
        self.unknown_fields.insert("foo-bar".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fooBar` (chainable).
    pub fn set_foo_bar_3(mut self, value: impl Into<String>) -> Self {
        self.foo_bar_3 = Some(value.into());
        self.unknown_fields.remove("fooBar");
        self
    }

    /// Sends `fooBar` as JSON `null`, which clears it on the server (chainable); `set_foo_bar_3`
    /// takes it back.
    #[inline]
    pub fn clear_foo_bar_3(mut self) -> Self {
        self.foo_bar_3 = None;
        self.unknown_fields.insert("fooBar".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `foo_bar` (chainable).
    pub fn set_foo_bar_4(mut self, value: impl Into<String>) -> Self {
        self.foo_bar_4 = Some(value.into());
        self.unknown_fields.remove("foo_bar");
        self
    }

    /// Sends `foo_bar` as JSON `null`, which clears it on the server (chainable); `set_foo_bar_4`
    /// takes it back.
    #[inline]
    pub fn clear_foo_bar_4(mut self) -> Self {
        self.foo_bar_4 = None;
        self.unknown_fields.insert("foo_bar".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mode` (chainable).
    pub fn set_mode(mut self, value: impl Into<crate::schemas::V1stPlaceMode>) -> Self {
        self.mode = Some(value.into());
        self.unknown_fields.remove("mode");
        self
    }

    /// Sends `mode` as JSON `null`, which clears it on the server (chainable); `set_mode` takes it
    /// back.
    #[inline]
    pub fn clear_mode(mut self) -> Self {
        self.mode = None;
        self.unknown_fields.insert("mode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `ñandú` (chainable).
    pub fn set_and(mut self, value: impl Into<String>) -> Self {
        self.and = Some(value.into());
        self.unknown_fields.remove("ñandú");
        self
    }

    /// Sends `ñandú` as JSON `null`, which clears it on the server (chainable); `set_and` takes it
    /// back.
    #[inline]
    pub fn clear_and(mut self) -> Self {
        self.and = None;
        self.unknown_fields.insert("ñandú".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for V1stPlace {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.v1st {
            map.serialize_entry("1st", value)?;
        }
        if let Some(value) = &self.v2nd {
            map.serialize_entry("2nd", value)?;
        }
        if let Some(value) = &self.foo_bar {
            map.serialize_entry("FOO_BAR", value)?;
        }
        if let Some(value) = &self.foo_bar_2 {
            map.serialize_entry("foo-bar", value)?;
        }
        if let Some(value) = &self.foo_bar_3 {
            map.serialize_entry("fooBar", value)?;
        }
        if let Some(value) = &self.foo_bar_4 {
            map.serialize_entry("foo_bar", value)?;
        }
        if let Some(value) = &self.mode {
            map.serialize_entry("mode", value)?;
        }
        if let Some(value) = &self.and {
            map.serialize_entry("ñandú", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for V1stPlace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for V1stPlace {
    const NAME: &'static str = "V1stPlace";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "1st" => self.v1st = map.next_value()?,
            "2nd" => self.v2nd = map.next_value()?,
            "FOO_BAR" => self.foo_bar = map.next_value()?,
            "foo-bar" => self.foo_bar_2 = map.next_value()?,
            "fooBar" => self.foo_bar_3 = map.next_value()?,
            "foo_bar" => self.foo_bar_4 = map.next_value()?,
            "mode" => self.mode = map.next_value()?,
            "ñandú" => self.and = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum V1stPlaceMode {
    /// `4k` on the wire.
    #[default]
    V4k,
    /// `1080p` on the wire.
    V1080p,
    /// `MODE_UNSPECIFIED` on the wire.
    ModeUnspecified,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for V1stPlaceMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::V4k => "4k",
            Self::V1080p => "1080p",
            Self::ModeUnspecified => "MODE_UNSPECIFIED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "4k" => Self::V4k,
            "1080p" => Self::V1080p,
            "MODE_UNSPECIFIED" => Self::ModeUnspecified,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(V1stPlaceMode);
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct V1stPlaceV2nd {
    pub v3rd: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl V1stPlaceV2nd {
    /// Sets `3rd` (chainable).
    pub fn set_v3rd(mut self, value: impl Into<i32>) -> Self {
        self.v3rd = Some(value.into());
        self.unknown_fields.remove("3rd");
        self
    }

    /// Sends `3rd` as JSON `null`, which clears it on the server (chainable); `set_v3rd` takes it
    /// back.
    #[inline]
    pub fn clear_v3rd(mut self) -> Self {
        self.v3rd = None;
        self.unknown_fields.insert("3rd".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for V1stPlaceV2nd {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.v3rd {
            map.serialize_entry("3rd", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for V1stPlaceV2nd {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for V1stPlaceV2nd {
    const NAME: &'static str = "V1stPlaceV2nd";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "3rd" => self.v3rd = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
