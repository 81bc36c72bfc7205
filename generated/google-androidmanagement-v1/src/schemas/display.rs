/// Device display information.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Display {
    /// Display density expressed as dots-per-inch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub density: Option<i32>,
    /// Unique display id.
    #[serde(rename = "displayId", default, skip_serializing_if = "Option::is_none")]
    pub display_id: Option<i32>,
    /// Display height in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i32>,
    /// Name of the display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Refresh rate of the display in frames per second.
    #[serde(rename = "refreshRate", default, skip_serializing_if = "Option::is_none")]
    pub refresh_rate: Option<i32>,
    /// State of the display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<crate::schemas::DisplayState>,
    /// Display width in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Display {
    /// Sets `density` (chainable).
    pub fn set_density(mut self, value: impl Into<i32>) -> Self {
        self.density = Some(value.into());
        self
    }
    /// Sets `displayId` (chainable).
    pub fn set_display_id(mut self, value: impl Into<i32>) -> Self {
        self.display_id = Some(value.into());
        self
    }
    /// Sets `height` (chainable).
    pub fn set_height(mut self, value: impl Into<i32>) -> Self {
        self.height = Some(value.into());
        self
    }
    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `refreshRate` (chainable).
    pub fn set_refresh_rate(mut self, value: impl Into<i32>) -> Self {
        self.refresh_rate = Some(value.into());
        self
    }
    /// Sets `state` (chainable).
    pub fn set_state(mut self, value: impl Into<crate::schemas::DisplayState>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `width` (chainable).
    pub fn set_width(mut self, value: impl Into<i32>) -> Self {
        self.width = Some(value.into());
        self
    }
}
/// State of the display.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum DisplayState {
    /// This value is disallowed.
    ///
    /// `DISPLAY_STATE_UNSPECIFIED` on the wire.
    #[default]
    DisplayStateUnspecified,
    /// Display is off.
    ///
    /// `OFF` on the wire.
    Off,
    /// Display is on.
    ///
    /// `ON` on the wire.
    On,
    /// Display is dozing in a low power state
    ///
    /// `DOZE` on the wire.
    Doze,
    /// Display is dozing in a suspended low power state.
    ///
    /// `SUSPENDED` on the wire.
    Suspended,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}
impl crate::runtime::wire::OpenEnum for DisplayState {
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DisplayStateUnspecified => "DISPLAY_STATE_UNSPECIFIED",
            Self::Off => "OFF",
            Self::On => "ON",
            Self::Doze => "DOZE",
            Self::Suspended => "SUSPENDED",
            Self::UnknownValue(value) => value,
        }
    }
    fn from_wire_str(value: &str) -> Self {
        match value {
            "DISPLAY_STATE_UNSPECIFIED" => Self::DisplayStateUnspecified,
            "OFF" => Self::Off,
            "ON" => Self::On,
            "DOZE" => Self::Doze,
            "SUSPENDED" => Self::Suspended,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
crate::runtime::impl_open_enum!(DisplayState);
