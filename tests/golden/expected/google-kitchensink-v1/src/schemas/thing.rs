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
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Thing {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anything: Option<serde_json::Value>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::wire::As::<Option<crate::runtime::wire::Base64>>"
    )]
    pub blob: Option<Vec<u8>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<crate::schemas::HttpHealthCheck2>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check2: Option<crate::schemas::HttpHealthCheck>,
    /// Recursion through a plain field: boxed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child: Option<Box<crate::schemas::Thing>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<crate::schemas::Thing>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::wire::As::<Option<std::collections::BTreeMap<crate::runtime::wire::Same,crate::runtime::wire::I64>>>"
    )]
    pub counts: Option<std::collections::BTreeMap<String, i64>>,
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::runtime::Timestamp>,
    /// Required by: `kitchensink.things.insert`.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Collides with displayName after conversion.
    #[serde(rename = "display_name", default, skip_serializing_if = "Option::is_none")]
    pub display_name_2: Option<String>,
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flag: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix: Option<
        std::collections::BTreeMap<String, std::collections::BTreeMap<String, i32>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modes: Option<Vec<crate::schemas::ThingModes>>,
    #[serde(rename = "move", default, skip_serializing_if = "Option::is_none")]
    pub move_: Option<i32>,
    /// Inline object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nested: Option<Box<crate::schemas::ThingNested>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<crate::schemas::Result_>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<Vec<crate::schemas::ThingRows>>,
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::wire::As::<Option<crate::runtime::wire::I64>>"
    )]
    pub size: Option<i64>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::wire::As::<Option<Vec<crate::runtime::wire::U64>>>"
    )]
    pub sizes: Option<Vec<u64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub small: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<crate::schemas::ThingState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<crate::runtime::Duration>,
    /// A keyword as a name.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Thing {
    /// Sets `anything` (chainable).
    pub fn set_anything(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.anything = Some(value.into());
        self
    }
    /// Sets `blob` (chainable).
    pub fn set_blob(mut self, value: impl Into<Vec<u8>>) -> Self {
        self.blob = Some(value.into());
        self
    }
    /// Sets `check` (chainable).
    pub fn set_check(
        mut self,
        value: impl Into<crate::schemas::HttpHealthCheck2>,
    ) -> Self {
        self.check = Some(value.into());
        self
    }
    /// Sets `check2` (chainable).
    pub fn set_check2(
        mut self,
        value: impl Into<crate::schemas::HttpHealthCheck>,
    ) -> Self {
        self.check2 = Some(value.into());
        self
    }
    /// Sets `child` (chainable).
    pub fn set_child(mut self, value: impl Into<crate::schemas::Thing>) -> Self {
        self.child = Some(Box::new(value.into()));
        self
    }
    /// Sets `children` (chainable).
    pub fn set_children(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::Thing>,
    ) -> Self {
        self.children = Some(value.into_iter().collect());
        self
    }
    /// Sets `counts` (chainable).
    pub fn set_counts(mut self, value: impl IntoIterator<Item = (String, i64)>) -> Self {
        self.counts = Some(value.into_iter().collect());
        self
    }
    /// Sets `created` (chainable).
    pub fn set_created(mut self, value: impl Into<crate::runtime::Timestamp>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `display_name` (chainable).
    pub fn set_display_name_2(mut self, value: impl Into<String>) -> Self {
        self.display_name_2 = Some(value.into());
        self
    }
    /// Sets `flag` (chainable).
    pub fn set_flag(mut self, value: impl Into<bool>) -> Self {
        self.flag = Some(value.into());
        self
    }
    /// Sets `labels` (chainable).
    pub fn set_labels(
        mut self,
        value: impl IntoIterator<Item = (String, String)>,
    ) -> Self {
        self.labels = Some(value.into_iter().collect());
        self
    }
    /// Sets `matrix` (chainable).
    pub fn set_matrix(
        mut self,
        value: impl IntoIterator<
            Item = (String, std::collections::BTreeMap<String, i32>),
        >,
    ) -> Self {
        self.matrix = Some(value.into_iter().collect());
        self
    }
    /// Sets `modes` (chainable).
    pub fn set_modes(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::ThingModes>,
    ) -> Self {
        self.modes = Some(value.into_iter().collect());
        self
    }
    /// Sets `move` (chainable).
    pub fn set_move(mut self, value: impl Into<i32>) -> Self {
        self.move_ = Some(value.into());
        self
    }
    /// Sets `nested` (chainable).
    pub fn set_nested(mut self, value: impl Into<crate::schemas::ThingNested>) -> Self {
        self.nested = Some(Box::new(value.into()));
        self
    }
    /// Sets `ratio` (chainable).
    pub fn set_ratio(mut self, value: impl Into<f64>) -> Self {
        self.ratio = Some(value.into());
        self
    }
    /// Sets `result` (chainable).
    pub fn set_result(mut self, value: impl Into<crate::schemas::Result_>) -> Self {
        self.result = Some(value.into());
        self
    }
    /// Sets `rows` (chainable).
    pub fn set_rows(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::ThingRows>,
    ) -> Self {
        self.rows = Some(value.into_iter().collect());
        self
    }
    /// Sets `self` (chainable).
    pub fn set_self(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self
    }
    /// Sets `size` (chainable).
    pub fn set_size(mut self, value: impl Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `sizes` (chainable).
    pub fn set_sizes(mut self, value: impl IntoIterator<Item = u64>) -> Self {
        self.sizes = Some(value.into_iter().collect());
        self
    }
    /// Sets `small` (chainable).
    pub fn set_small(mut self, value: impl Into<f32>) -> Self {
        self.small = Some(value.into());
        self
    }
    /// Sets `state` (chainable).
    pub fn set_state(mut self, value: impl Into<crate::schemas::ThingState>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `ttl` (chainable).
    pub fn set_ttl(mut self, value: impl Into<crate::runtime::Duration>) -> Self {
        self.ttl = Some(value.into());
        self
    }
    /// Sets `type` (chainable).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
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
impl crate::runtime::wire::OpenEnum for ThingModes {
    fn as_wire_str(&self) -> &str {
        match self {
            Self::A => "A",
            Self::B => "B",
            Self::UnknownValue(value) => value,
        }
    }
    fn from_wire_str(value: &str) -> Self {
        match value {
            "A" => Self::A,
            "B" => Self::B,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
crate::runtime::impl_open_enum!(ThingModes);
/// Inline object.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ThingNested {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inner: Option<crate::schemas::ThingNestedInner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<crate::schemas::Thing>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ThingNested {
    /// Sets `inner` (chainable).
    pub fn set_inner(
        mut self,
        value: impl Into<crate::schemas::ThingNestedInner>,
    ) -> Self {
        self.inner = Some(value.into());
        self
    }
    /// Sets `parent` (chainable).
    pub fn set_parent(mut self, value: impl Into<crate::schemas::Thing>) -> Self {
        self.parent = Some(Box::new(value.into()));
        self
    }
}
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ThingNestedInner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deepest: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ThingNestedInner {
    /// Sets `deepest` (chainable).
    pub fn set_deepest(mut self, value: impl Into<String>) -> Self {
        self.deepest = Some(value.into());
        self
    }
}
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ThingRows {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cells: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl ThingRows {
    /// Sets `cells` (chainable).
    pub fn set_cells(mut self, value: impl IntoIterator<Item = String>) -> Self {
        self.cells = Some(value.into_iter().collect());
        self
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
impl crate::runtime::wire::OpenEnum for ThingState {
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
crate::runtime::impl_open_enum!(ThingState);
