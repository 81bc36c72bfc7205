use crate::runtime::{impl_open_enum, wire};

/// Device display information.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Display {
    /// Display density expressed as dots-per-inch.
    pub density: Option<i32>,
    /// Unique display id.
    pub display_id: Option<i32>,
    /// Display height in pixels.
    pub height: Option<i32>,
    /// Name of the display.
    pub name: Option<String>,
    /// Refresh rate of the display in frames per second.
    pub refresh_rate: Option<i32>,
    /// State of the display.
    pub state: Option<crate::schemas::DisplayState>,
    /// Display width in pixels.
    pub width: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Display {
    /// Sets `density` (chainable).
    pub fn set_density(mut self, value: impl Into<i32>) -> Self {
        self.density = Some(value.into());
        self.unknown_fields.remove("density");
        self
    }

    /// Sends `density` as JSON `null`, which clears it on the server (chainable); `set_density`
    /// takes it back.
    #[inline]
    pub fn clear_density(mut self) -> Self {
        self.density = None;
        self.unknown_fields.insert("density".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `displayId` (chainable).
    pub fn set_display_id(mut self, value: impl Into<i32>) -> Self {
        self.display_id = Some(value.into());
        self.unknown_fields.remove("displayId");
        self
    }

    /// Sends `displayId` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_id` takes it back.
    #[inline]
    pub fn clear_display_id(mut self) -> Self {
        self.display_id = None;
        self.unknown_fields.insert("displayId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `height` (chainable).
    pub fn set_height(mut self, value: impl Into<i32>) -> Self {
        self.height = Some(value.into());
        self.unknown_fields.remove("height");
        self
    }

    /// Sends `height` as JSON `null`, which clears it on the server (chainable); `set_height` takes
    /// it back.
    #[inline]
    pub fn clear_height(mut self) -> Self {
        self.height = None;
        self.unknown_fields.insert("height".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `refreshRate` (chainable).
    pub fn set_refresh_rate(mut self, value: impl Into<i32>) -> Self {
        self.refresh_rate = Some(value.into());
        self.unknown_fields.remove("refreshRate");
        self
    }

    /// Sends `refreshRate` as JSON `null`, which clears it on the server (chainable);
    /// `set_refresh_rate` takes it back.
    #[inline]
    pub fn clear_refresh_rate(mut self) -> Self {
        self.refresh_rate = None;
        self.unknown_fields.insert("refreshRate".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `state` (chainable).
    pub fn set_state(mut self, value: impl Into<crate::schemas::DisplayState>) -> Self {
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

    /// Sets `width` (chainable).
    pub fn set_width(mut self, value: impl Into<i32>) -> Self {
        self.width = Some(value.into());
        self.unknown_fields.remove("width");
        self
    }

    /// Sends `width` as JSON `null`, which clears it on the server (chainable); `set_width` takes
    /// it back.
    #[inline]
    pub fn clear_width(mut self) -> Self {
        self.width = None;
        self.unknown_fields.insert("width".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Display {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.density {
            map.serialize_entry("density", value)?;
        }
        if let Some(value) = &self.display_id {
            map.serialize_entry("displayId", value)?;
        }
        if let Some(value) = &self.height {
            map.serialize_entry("height", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.refresh_rate {
            map.serialize_entry("refreshRate", value)?;
        }
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        if let Some(value) = &self.width {
            map.serialize_entry("width", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Display {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Display {
    const NAME: &'static str = "Display";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "density" => self.density = map.next_value()?,
            "displayId" => self.display_id = map.next_value()?,
            "height" => self.height = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "refreshRate" => self.refresh_rate = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "width" => self.width = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
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

impl wire::OpenEnum for DisplayState {
    #[inline]
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

    #[inline]
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
impl_open_enum!(DisplayState);
