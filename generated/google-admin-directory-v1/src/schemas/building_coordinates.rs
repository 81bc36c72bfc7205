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
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl BuildingCoordinates {
    /// Sets `latitude` (chainable).
    pub fn set_latitude(mut self, value: impl Into<f64>) -> Self {
        self.latitude = Some(value.into());
        self
    }
    /// Sets `longitude` (chainable).
    pub fn set_longitude(mut self, value: impl Into<f64>) -> Self {
        self.longitude = Some(value.into());
        self
    }
}
