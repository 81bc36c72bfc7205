/// Public API: Resources.buildings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Building {
    /// The postal address of the building. See \[`PostalAddress`\](/my-business/reference/rest/v4/PostalAddress) for details. Note that only a single address line and region code are required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::schemas::BuildingAddress>,
    /// Unique identifier for the building. The maximum length is 100 characters.
    #[serde(rename = "buildingId", default, skip_serializing_if = "Option::is_none")]
    pub building_id: Option<String>,
    /// The building name as seen by users in Calendar. Must be unique for the customer. For example, "NYC-CHEL". The maximum length is 100 characters.
    #[serde(rename = "buildingName", default, skip_serializing_if = "Option::is_none")]
    pub building_name: Option<String>,
    /// The geographic coordinates of the center of the building, expressed as latitude and longitude in decimal degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<crate::schemas::BuildingCoordinates>,
    /// A brief description of the building. For example, "Chelsea Market".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etags: Option<String>,
    /// The display names for all floors in this building. The floors are expected to be sorted in ascending order, from lowest floor to highest floor. For example, \["B2", "B1", "L", "1", "2", "2M", "3", "PH"\] Must contain at least one entry.
    #[serde(rename = "floorNames", default, skip_serializing_if = "Option::is_none")]
    pub floor_names: Option<Vec<String>>,
    /// Kind of resource this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Building {
    /// Sets `address` (chainable).
    pub fn set_address(
        mut self,
        value: impl Into<crate::schemas::BuildingAddress>,
    ) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `buildingId` (chainable).
    pub fn set_building_id(mut self, value: impl Into<String>) -> Self {
        self.building_id = Some(value.into());
        self
    }
    /// Sets `buildingName` (chainable).
    pub fn set_building_name(mut self, value: impl Into<String>) -> Self {
        self.building_name = Some(value.into());
        self
    }
    /// Sets `coordinates` (chainable).
    pub fn set_coordinates(
        mut self,
        value: impl Into<crate::schemas::BuildingCoordinates>,
    ) -> Self {
        self.coordinates = Some(value.into());
        self
    }
    /// Sets `description` (chainable).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `etags` (chainable).
    pub fn set_etags(mut self, value: impl Into<String>) -> Self {
        self.etags = Some(value.into());
        self
    }
    /// Sets `floorNames` (chainable).
    pub fn set_floor_names(mut self, value: impl IntoIterator<Item = String>) -> Self {
        self.floor_names = Some(value.into_iter().collect());
        self
    }
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
}
