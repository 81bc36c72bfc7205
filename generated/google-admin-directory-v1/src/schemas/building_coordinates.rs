use crate::runtime::wire;

/// Public API: Resources.buildings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BuildingCoordinates {
    /// Latitude in decimal degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    /// Longitude in decimal degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl BuildingCoordinates {
    /// Sets `latitude` (chainable).
    pub fn set_latitude(mut self, value: impl Into<f64>) -> Self {
        self.latitude = Some(value.into());
        self.unknown_fields.remove("latitude");
        self
    }

    /// Sends `latitude` as JSON `null`, which clears it on the server (chainable); `set_latitude`
    /// takes it back.
    #[inline]
    pub fn clear_latitude(mut self) -> Self {
        self.latitude = None;
        self.unknown_fields.insert("latitude".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `longitude` (chainable).
    pub fn set_longitude(mut self, value: impl Into<f64>) -> Self {
        self.longitude = Some(value.into());
        self.unknown_fields.remove("longitude");
        self
    }

    /// Sends `longitude` as JSON `null`, which clears it on the server (chainable); `set_longitude`
    /// takes it back.
    #[inline]
    pub fn clear_longitude(mut self) -> Self {
        self.longitude = None;
        self.unknown_fields.insert("longitude".to_owned(), serde_json::Value::Null);
        self
    }
}
