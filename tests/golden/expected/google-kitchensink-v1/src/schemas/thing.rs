use crate::runtime::{impl_open_enum, wire, Duration, Timestamp};

/// A thing.
///
/// Example:
///
/// let x = 1;
///
/// ```text
/// fn main() {}
/// ```
/// See <https://example.test/docs>. Also [link](https://example.test/x) and \[notalink\].
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Thing {
    pub anything: Option<serde_json::Value>,
    pub blob: Option<Vec<u8>>,
    pub check: Option<crate::schemas::HttpHealthCheck2>,
    pub check2: Option<crate::schemas::HttpHealthCheck>,
    /// Recursion through a plain field: boxed.
    pub child: Option<Box<crate::schemas::Thing>>,
    pub children: Option<Vec<crate::schemas::Thing>>,
    pub counts: Option<std::collections::BTreeMap<String, i64>>,
    /// Read-only: set by the server, ignored in requests.
    pub created: Option<Timestamp>,
    /// Required by: `kitchensink.things.insert`.
    pub display_name: Option<String>,
    /// Collides with displayName after conversion.
    pub display_name_2: Option<String>,
    /// Deprecated.
    pub flag: Option<bool>,
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    pub matrix: Option<
        std::collections::BTreeMap<String, std::collections::BTreeMap<String, i32>>,
    >,
    pub modes: Option<Vec<crate::schemas::ThingModes>>,
    pub move_: Option<i32>,
    /// Inline object.
    pub nested: Option<Box<crate::schemas::ThingNested>>,
    pub ratio: Option<f64>,
    pub result: Option<crate::schemas::Result_>,
    pub rows: Option<Vec<crate::schemas::ThingRows>>,
    pub self_: Option<String>,
    pub size: Option<i64>,
    pub sizes: Option<Vec<u64>>,
    pub small: Option<f32>,
    pub state: Option<crate::schemas::ThingState>,
    pub ttl: Option<Duration>,
    /// A keyword as a name.
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Thing {
    /// Sets `anything` (chainable).
    pub fn set_anything(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.anything = Some(value.into());
        self.unknown_fields.remove("anything");
        self
    }

    /// Sends `anything` as JSON `null`, which clears it on the server (chainable); `set_anything`
    /// takes it back.
    #[inline]
    pub fn clear_anything(mut self) -> Self {
        self.anything = None;
        self.unknown_fields.insert("anything".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `blob` (chainable).
    pub fn set_blob(mut self, value: impl Into<Vec<u8>>) -> Self {
        self.blob = Some(value.into());
        self.unknown_fields.remove("blob");
        self
    }

    /// Sends `blob` as JSON `null`, which clears it on the server (chainable); `set_blob` takes it
    /// back.
    #[inline]
    pub fn clear_blob(mut self) -> Self {
        self.blob = None;
        self.unknown_fields.insert("blob".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `check` (chainable).
    pub fn set_check(
        mut self,
        value: impl Into<crate::schemas::HttpHealthCheck2>,
    ) -> Self {
        self.check = Some(value.into());
        self.unknown_fields.remove("check");
        self
    }

    /// Sends `check` as JSON `null`, which clears it on the server (chainable); `set_check` takes
    /// it back.
    #[inline]
    pub fn clear_check(mut self) -> Self {
        self.check = None;
        self.unknown_fields.insert("check".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `check2` (chainable).
    pub fn set_check2(
        mut self,
        value: impl Into<crate::schemas::HttpHealthCheck>,
    ) -> Self {
        self.check2 = Some(value.into());
        self.unknown_fields.remove("check2");
        self
    }

    /// Sends `check2` as JSON `null`, which clears it on the server (chainable); `set_check2` takes
    /// it back.
    #[inline]
    pub fn clear_check2(mut self) -> Self {
        self.check2 = None;
        self.unknown_fields.insert("check2".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `child` (chainable).
    pub fn set_child(mut self, value: impl Into<crate::schemas::Thing>) -> Self {
        self.child = Some(Box::new(value.into()));
        self.unknown_fields.remove("child");
        self
    }

    /// Sends `child` as JSON `null`, which clears it on the server (chainable); `set_child` takes
    /// it back.
    #[inline]
    pub fn clear_child(mut self) -> Self {
        self.child = None;
        self.unknown_fields.insert("child".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `children` (chainable).
    pub fn set_children(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Thing>>,
    ) -> Self {
        self.children = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("children");
        self
    }

    /// Sends `children` as JSON `null`, which clears it on the server (chainable); `set_children`
    /// takes it back.
    #[inline]
    pub fn clear_children(mut self) -> Self {
        self.children = None;
        self.unknown_fields.insert("children".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `counts` (chainable).
    pub fn set_counts(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<i64>)>,
    ) -> Self {
        self.counts = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("counts");
        self
    }

    /// Sends `counts` as JSON `null`, which clears it on the server (chainable); `set_counts` takes
    /// it back.
    #[inline]
    pub fn clear_counts(mut self) -> Self {
        self.counts = None;
        self.unknown_fields.insert("counts".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `created` (chainable).
    pub fn set_created(mut self, value: impl Into<Timestamp>) -> Self {
        self.created = Some(value.into());
        self.unknown_fields.remove("created");
        self
    }

    /// Sends `created` as JSON `null`, which clears it on the server (chainable); `set_created`
    /// takes it back.
    #[inline]
    pub fn clear_created(mut self) -> Self {
        self.created = None;
        self.unknown_fields.insert("created".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self.unknown_fields.remove("displayName");
        self
    }

    /// Sends `displayName` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_name` takes it back.
    #[inline]
    pub fn clear_display_name(mut self) -> Self {
        self.display_name = None;
        self.unknown_fields.insert("displayName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `display_name` (chainable).
    pub fn set_display_name_2(mut self, value: impl Into<String>) -> Self {
        self.display_name_2 = Some(value.into());
        self.unknown_fields.remove("display_name");
        self
    }

    /// Sends `display_name` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_name_2` takes it back.
    #[inline]
    pub fn clear_display_name_2(mut self) -> Self {
        self.display_name_2 = None;
        self.unknown_fields.insert("display_name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `flag` (chainable).
    pub fn set_flag(mut self, value: impl Into<bool>) -> Self {
        self.flag = Some(value.into());
        self.unknown_fields.remove("flag");
        self
    }

    /// Sends `flag` as JSON `null`, which clears it on the server (chainable); `set_flag` takes it
    /// back.
    #[inline]
    pub fn clear_flag(mut self) -> Self {
        self.flag = None;
        self.unknown_fields.insert("flag".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `labels` (chainable).
    pub fn set_labels(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.labels = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("labels");
        self
    }

    /// Sends `labels` as JSON `null`, which clears it on the server (chainable); `set_labels` takes
    /// it back.
    #[inline]
    pub fn clear_labels(mut self) -> Self {
        self.labels = None;
        self.unknown_fields.insert("labels".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `matrix` (chainable).
    pub fn set_matrix(
        mut self,
        value: impl IntoIterator<
            Item = (
                impl Into<String>,
                impl Into<std::collections::BTreeMap<String, i32>>,
            ),
        >,
    ) -> Self {
        self.matrix = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("matrix");
        self
    }

    /// Sends `matrix` as JSON `null`, which clears it on the server (chainable); `set_matrix` takes
    /// it back.
    #[inline]
    pub fn clear_matrix(mut self) -> Self {
        self.matrix = None;
        self.unknown_fields.insert("matrix".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `modes` (chainable).
    pub fn set_modes(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ThingModes>>,
    ) -> Self {
        self.modes = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("modes");
        self
    }

    /// Sends `modes` as JSON `null`, which clears it on the server (chainable); `set_modes` takes
    /// it back.
    #[inline]
    pub fn clear_modes(mut self) -> Self {
        self.modes = None;
        self.unknown_fields.insert("modes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `move` (chainable).
    pub fn set_move(mut self, value: impl Into<i32>) -> Self {
        self.move_ = Some(value.into());
        self.unknown_fields.remove("move");
        self
    }

    /// Sends `move` as JSON `null`, which clears it on the server (chainable); `set_move` takes it
    /// back.
    #[inline]
    pub fn clear_move(mut self) -> Self {
        self.move_ = None;
        self.unknown_fields.insert("move".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `nested` (chainable).
    pub fn set_nested(mut self, value: impl Into<crate::schemas::ThingNested>) -> Self {
        self.nested = Some(Box::new(value.into()));
        self.unknown_fields.remove("nested");
        self
    }

    /// Sends `nested` as JSON `null`, which clears it on the server (chainable); `set_nested` takes
    /// it back.
    #[inline]
    pub fn clear_nested(mut self) -> Self {
        self.nested = None;
        self.unknown_fields.insert("nested".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `ratio` (chainable).
    pub fn set_ratio(mut self, value: impl Into<f64>) -> Self {
        self.ratio = Some(value.into());
        self.unknown_fields.remove("ratio");
        self
    }

    /// Sends `ratio` as JSON `null`, which clears it on the server (chainable); `set_ratio` takes
    /// it back.
    #[inline]
    pub fn clear_ratio(mut self) -> Self {
        self.ratio = None;
        self.unknown_fields.insert("ratio".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `result` (chainable).
    pub fn set_result(mut self, value: impl Into<crate::schemas::Result_>) -> Self {
        self.result = Some(value.into());
        self.unknown_fields.remove("result");
        self
    }

    /// Sends `result` as JSON `null`, which clears it on the server (chainable); `set_result` takes
    /// it back.
    #[inline]
    pub fn clear_result(mut self) -> Self {
        self.result = None;
        self.unknown_fields.insert("result".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `rows` (chainable).
    pub fn set_rows(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ThingRows>>,
    ) -> Self {
        self.rows = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("rows");
        self
    }

    /// Sends `rows` as JSON `null`, which clears it on the server (chainable); `set_rows` takes it
    /// back.
    #[inline]
    pub fn clear_rows(mut self) -> Self {
        self.rows = None;
        self.unknown_fields.insert("rows".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `self` (chainable).
    pub fn set_self(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self.unknown_fields.remove("self");
        self
    }

    /// Sends `self` as JSON `null`, which clears it on the server (chainable); `set_self` takes it
    /// back.
    #[inline]
    pub fn clear_self(mut self) -> Self {
        self.self_ = None;
        self.unknown_fields.insert("self".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `size` (chainable).
    pub fn set_size(mut self, value: impl Into<i64>) -> Self {
        self.size = Some(value.into());
        self.unknown_fields.remove("size");
        self
    }

    /// Sends `size` as JSON `null`, which clears it on the server (chainable); `set_size` takes it
    /// back.
    #[inline]
    pub fn clear_size(mut self) -> Self {
        self.size = None;
        self.unknown_fields.insert("size".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `sizes` (chainable).
    pub fn set_sizes(mut self, value: impl IntoIterator<Item = impl Into<u64>>) -> Self {
        self.sizes = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("sizes");
        self
    }

    /// Sends `sizes` as JSON `null`, which clears it on the server (chainable); `set_sizes` takes
    /// it back.
    #[inline]
    pub fn clear_sizes(mut self) -> Self {
        self.sizes = None;
        self.unknown_fields.insert("sizes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `small` (chainable).
    pub fn set_small(mut self, value: impl Into<f32>) -> Self {
        self.small = Some(value.into());
        self.unknown_fields.remove("small");
        self
    }

    /// Sends `small` as JSON `null`, which clears it on the server (chainable); `set_small` takes
    /// it back.
    #[inline]
    pub fn clear_small(mut self) -> Self {
        self.small = None;
        self.unknown_fields.insert("small".to_owned(), serde_json::Value::Null);
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

    /// Sets `ttl` (chainable).
    pub fn set_ttl(mut self, value: impl Into<Duration>) -> Self {
        self.ttl = Some(value.into());
        self.unknown_fields.remove("ttl");
        self
    }

    /// Sends `ttl` as JSON `null`, which clears it on the server (chainable); `set_ttl` takes it
    /// back.
    #[inline]
    pub fn clear_ttl(mut self) -> Self {
        self.ttl = None;
        self.unknown_fields.insert("ttl".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self.unknown_fields.remove("type");
        self
    }

    /// Sends `type` as JSON `null`, which clears it on the server (chainable); `set_type` takes it
    /// back.
    #[inline]
    pub fn clear_type(mut self) -> Self {
        self.type_ = None;
        self.unknown_fields.insert("type".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Thing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.anything {
            map.serialize_entry("anything", value)?;
        }
        if self.blob.is_some() {
            map.serialize_entry(
                "blob",
                &wire::Out::<Option<Vec<u8>>, Option<wire::Base64>>::new(&self.blob),
            )?;
        }
        if let Some(value) = &self.check {
            map.serialize_entry("check", value)?;
        }
        if let Some(value) = &self.check2 {
            map.serialize_entry("check2", value)?;
        }
        if let Some(value) = &self.child {
            map.serialize_entry("child", value)?;
        }
        if let Some(value) = &self.children {
            map.serialize_entry("children", value)?;
        }
        if self.counts.is_some() {
            map.serialize_entry(
                "counts",
                &wire::Out::<
                    Option<std::collections::BTreeMap<String, i64>>,
                    Option<std::collections::BTreeMap<wire::Same, wire::I64>>,
                >::new(&self.counts),
            )?;
        }
        if let Some(value) = &self.created {
            map.serialize_entry("created", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.display_name_2 {
            map.serialize_entry("display_name", value)?;
        }
        if let Some(value) = &self.flag {
            map.serialize_entry("flag", value)?;
        }
        if let Some(value) = &self.labels {
            map.serialize_entry("labels", value)?;
        }
        if let Some(value) = &self.matrix {
            map.serialize_entry("matrix", value)?;
        }
        if let Some(value) = &self.modes {
            map.serialize_entry("modes", value)?;
        }
        if let Some(value) = &self.move_ {
            map.serialize_entry("move", value)?;
        }
        if let Some(value) = &self.nested {
            map.serialize_entry("nested", value)?;
        }
        if let Some(value) = &self.ratio {
            map.serialize_entry("ratio", value)?;
        }
        if let Some(value) = &self.result {
            map.serialize_entry("result", value)?;
        }
        if let Some(value) = &self.rows {
            map.serialize_entry("rows", value)?;
        }
        if let Some(value) = &self.self_ {
            map.serialize_entry("self", value)?;
        }
        if self.size.is_some() {
            map.serialize_entry(
                "size",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.size),
            )?;
        }
        if self.sizes.is_some() {
            map.serialize_entry(
                "sizes",
                &wire::Out::<Option<Vec<u64>>, Option<Vec<wire::U64>>>::new(&self.sizes),
            )?;
        }
        if let Some(value) = &self.small {
            map.serialize_entry("small", value)?;
        }
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        if let Some(value) = &self.ttl {
            map.serialize_entry("ttl", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
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
            "anything" => self.anything = map.next_value()?,
            "blob" => {
                self.blob = map
                    .next_value::<wire::In<Option<Vec<u8>>, Option<wire::Base64>>>()?
                    .0;
            }
            "check" => self.check = map.next_value()?,
            "check2" => self.check2 = map.next_value()?,
            "child" => self.child = map.next_value()?,
            "children" => self.children = map.next_value()?,
            "counts" => {
                self.counts = map
                    .next_value::<
                        wire::In<
                            Option<std::collections::BTreeMap<String, i64>>,
                            Option<std::collections::BTreeMap<wire::Same, wire::I64>>,
                        >,
                    >()?
                    .0;
            }
            "created" => self.created = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "display_name" => self.display_name_2 = map.next_value()?,
            "flag" => self.flag = map.next_value()?,
            "labels" => self.labels = map.next_value()?,
            "matrix" => self.matrix = map.next_value()?,
            "modes" => self.modes = map.next_value()?,
            "move" => self.move_ = map.next_value()?,
            "nested" => self.nested = map.next_value()?,
            "ratio" => self.ratio = map.next_value()?,
            "result" => self.result = map.next_value()?,
            "rows" => self.rows = map.next_value()?,
            "self" => self.self_ = map.next_value()?,
            "size" => {
                self.size = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "sizes" => {
                self.sizes = map
                    .next_value::<wire::In<Option<Vec<u64>>, Option<Vec<wire::U64>>>>()?
                    .0;
            }
            "small" => self.small = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "ttl" => self.ttl = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ThingModes {
    /// `A` on the wire.
    #[default]
    A,
    /// `B` on the wire.
    B,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ThingModes {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::A => "A",
            Self::B => "B",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "A" => Self::A,
            "B" => Self::B,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ThingModes);

/// Inline object.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ThingNested {
    pub inner: Option<crate::schemas::ThingNestedInner>,
    pub parent: Option<Box<crate::schemas::Thing>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ThingNested {
    /// Sets `inner` (chainable).
    pub fn set_inner(
        mut self,
        value: impl Into<crate::schemas::ThingNestedInner>,
    ) -> Self {
        self.inner = Some(value.into());
        self.unknown_fields.remove("inner");
        self
    }

    /// Sends `inner` as JSON `null`, which clears it on the server (chainable); `set_inner` takes
    /// it back.
    #[inline]
    pub fn clear_inner(mut self) -> Self {
        self.inner = None;
        self.unknown_fields.insert("inner".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `parent` (chainable).
    pub fn set_parent(mut self, value: impl Into<crate::schemas::Thing>) -> Self {
        self.parent = Some(Box::new(value.into()));
        self.unknown_fields.remove("parent");
        self
    }

    /// Sends `parent` as JSON `null`, which clears it on the server (chainable); `set_parent` takes
    /// it back.
    #[inline]
    pub fn clear_parent(mut self) -> Self {
        self.parent = None;
        self.unknown_fields.insert("parent".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ThingNested {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.inner {
            map.serialize_entry("inner", value)?;
        }
        if let Some(value) = &self.parent {
            map.serialize_entry("parent", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ThingNested {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ThingNested {
    const NAME: &'static str = "ThingNested";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "inner" => self.inner = map.next_value()?,
            "parent" => self.parent = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ThingNestedInner {
    pub deepest: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ThingNestedInner {
    /// Sets `deepest` (chainable).
    pub fn set_deepest(mut self, value: impl Into<String>) -> Self {
        self.deepest = Some(value.into());
        self.unknown_fields.remove("deepest");
        self
    }

    /// Sends `deepest` as JSON `null`, which clears it on the server (chainable); `set_deepest`
    /// takes it back.
    #[inline]
    pub fn clear_deepest(mut self) -> Self {
        self.deepest = None;
        self.unknown_fields.insert("deepest".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ThingNestedInner {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.deepest {
            map.serialize_entry("deepest", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ThingNestedInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ThingNestedInner {
    const NAME: &'static str = "ThingNestedInner";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "deepest" => self.deepest = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ThingRows {
    pub cells: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ThingRows {
    /// Sets `cells` (chainable).
    pub fn set_cells(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.cells = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cells");
        self
    }

    /// Sends `cells` as JSON `null`, which clears it on the server (chainable); `set_cells` takes
    /// it back.
    #[inline]
    pub fn clear_cells(mut self) -> Self {
        self.cells = None;
        self.unknown_fields.insert("cells".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ThingRows {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.cells {
            map.serialize_entry("cells", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ThingRows {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ThingRows {
    const NAME: &'static str = "ThingRows";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "cells" => self.cells = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ThingState {
    /// Unset.
    ///
    /// `STATE_UNSPECIFIED` on the wire.
    #[default]
    StateUnspecified,
    /// Active.
    ///
    /// `ACTIVE` on the wire.
    Active,
    /// Deprecated. Lowercase active.
    ///
    /// `active` on the wire.
    Active2,
    /// Starts with a digit.
    ///
    /// `30fps` on the wire.
    V30fps,
    /// A keyword.
    ///
    /// `SELF` on the wire.
    Self_,
    /// Clashes with the catch-all.
    ///
    /// `UNKNOWN_VALUE` on the wire.
    UnknownValue2,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ThingState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::StateUnspecified => "STATE_UNSPECIFIED",
            Self::Active => "ACTIVE",
            Self::Active2 => "active",
            Self::V30fps => "30fps",
            Self::Self_ => "SELF",
            Self::UnknownValue2 => "UNKNOWN_VALUE",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "STATE_UNSPECIFIED" => Self::StateUnspecified,
            "ACTIVE" => Self::Active,
            "active" => Self::Active2,
            "30fps" => Self::V30fps,
            "SELF" => Self::Self_,
            "UNKNOWN_VALUE" => Self::UnknownValue2,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ThingState);
