use crate::runtime::{impl_open_enum, wire};

/// ```text
/// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ```
///
/// ~~~text
/// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ~~~
///
/// ```text
/// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ```
///
/// ```text
/// > std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ```
///
/// text
/// ```text
/// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ```
///
/// ```text
/// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// panic!();
/// ```
///
/// ```text
///     std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ```
///
/// ~~~text
/// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ~~~
///
/// a
/// ```text
/// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ```
///
/// ```text
/// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ```
///
/// ```text
/// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ```
///
/// ~~~text
/// ```
/// ~~~
/// ```text
/// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// ```
///
/// \[31m  `a` `` ``` ` \[x\] &lt;b&gt;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Thing {
    /// text
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// Required by: `hostile.things.insert`.
    pub name_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap: Option<String>,
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// panic!();
    /// ```
    pub state: Option<crate::schemas::ThingState>,
    /// ~~~text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ~~~
    pub tag_should_panic_std_fs_write_tmp_hostile_doctest_ran_x_unwrap: Option<String>,
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    pub tags: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Thing {
    /// Sets ```` name ```rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ```` (chainable).
    pub fn set_name_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.name_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap = Some(
            value.into(),
        );
        self.unknown_fields
            .remove(
                "name\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```",
            );
        self
    }

    /// Sends ```` name ```rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ````
    /// as JSON `null`, which clears it on the server (chainable);
    /// `set_name_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap` takes it back.
    #[inline]
    pub fn clear_name_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap(
        mut self,
    ) -> Self {
        self.name_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap = None;
        self.unknown_fields
            .insert(
                "name\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```"
                    .to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `state` (chainable).
    pub fn set_state(mut self, value: impl Into<crate::schemas::ThingState>) -> Self {
        self.state = Some(value.into());
        self.unknown_fields.remove("state");
        self
    }

    /// Sends `state` as JSON `null`, which clears it on the server (chainable); `set_state` takes
    /// it back.
    #[inline]
    pub fn clear_state(mut self) -> Self {
        self.state = None;
        self.unknown_fields.insert("state".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets ```` tag ```should_panic std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ```` (chainable).
    pub fn set_tag_should_panic_std_fs_write_tmp_hostile_doctest_ran_x_unwrap(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.tag_should_panic_std_fs_write_tmp_hostile_doctest_ran_x_unwrap = Some(
            value.into(),
        );
        self.unknown_fields
            .remove(
                "tag\r```should_panic\rstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\r```",
            );
        self
    }

    /// Sends ```` tag ```should_panic std::fs::write("/tmp/hostile-doctest-ran",
    /// "x").unwrap(); ``` ```` as JSON `null`, which clears it on the server (chainable);
    /// `set_tag_should_panic_std_fs_write_tmp_hostile_doctest_ran_x_unwrap` takes it back.
    #[inline]
    pub fn clear_tag_should_panic_std_fs_write_tmp_hostile_doctest_ran_x_unwrap(
        mut self,
    ) -> Self {
        self.tag_should_panic_std_fs_write_tmp_hostile_doctest_ran_x_unwrap = None;
        self.unknown_fields
            .insert(
                "tag\r```should_panic\rstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\r```"
                    .to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `tags` (chainable).
    pub fn set_tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("tags");
        self
    }

    /// Sends `tags` as JSON `null`, which clears it on the server (chainable); `set_tags` takes it
    /// back.
    #[inline]
    pub fn clear_tags(mut self) -> Self {
        self.tags = None;
        self.unknown_fields.insert("tags".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Thing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self
            .name_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap
        {
            map.serialize_entry(
                "name\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```",
                value,
            )?;
        }
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        if let Some(value) = &self
            .tag_should_panic_std_fs_write_tmp_hostile_doctest_ran_x_unwrap
        {
            map.serialize_entry(
                "tag\r```should_panic\rstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\r```",
                value,
            )?;
        }
        if let Some(value) = &self.tags {
            map.serialize_entry("tags", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Thing {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Thing {
    const NAME: &'static str = "Thing";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "name\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```" => {
                self.name_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap = map
                    .next_value()?;
            }
            "state" => self.state = map.next_value()?,
            "tag\r```should_panic\rstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\r```" => {
                self.tag_should_panic_std_fs_write_tmp_hostile_doctest_ran_x_unwrap = map
                    .next_value()?;
            }
            "tags" => self.tags = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// ```text
/// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
/// panic!();
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ThingState {
    /// ```text
    ///     std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// ```` A ```rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ```` on the wire.
    #[default]
    ARustStdFsWriteTmpHostileDoctestRanXUnwrap,
    /// Deprecated. 1. ~~~edition2021
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ~~~text
    ///
    /// ```` ``` B ```` on the wire.
    /// ~~~
    B,
    /// a
    /// ```text
    /// std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap();
    /// ```
    ///
    /// `~~~ C` on the wire.
    C,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ThingState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ARustStdFsWriteTmpHostileDoctestRanXUnwrap => {
                "A\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```"
            }
            Self::B => "``` B",
            Self::C => "~~~ C",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "A\n```rust\nstd::fs::write(\"/tmp/hostile-doctest-ran\", \"x\").unwrap();\n```" => {
                Self::ARustStdFsWriteTmpHostileDoctestRanXUnwrap
            }
            "``` B" => Self::B,
            "~~~ C" => Self::C,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ThingState);
