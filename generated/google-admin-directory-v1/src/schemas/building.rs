use crate::runtime::wire;

/// Public API: Resources.buildings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Building {
    /// The postal address of the building. See
    /// \[`PostalAddress`\](/my-business/reference/rest/v4/PostalAddress) for details. Note that
    /// only a single address line and region code are required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::schemas::BuildingAddress>,
    /// Unique identifier for the building. The maximum length is 100 characters.
    #[serde(rename = "buildingId", default, skip_serializing_if = "Option::is_none")]
    pub building_id: Option<String>,
    /// The building name as seen by users in Calendar. Must be unique for the customer. For
    /// example, "NYC-CHEL". The maximum length is 100 characters.
    #[serde(rename = "buildingName", default, skip_serializing_if = "Option::is_none")]
    pub building_name: Option<String>,
    /// The geographic coordinates of the center of the building, expressed as latitude and
    /// longitude in decimal degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<crate::schemas::BuildingCoordinates>,
    /// A brief description of the building. For example, "Chelsea Market".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etags: Option<String>,
    /// The display names for all floors in this building. The floors are expected to be sorted in
    /// ascending order, from lowest floor to highest floor. For example, \["B2", "B1", "L", "1",
    /// "2", "2M", "3", "PH"\] Must contain at least one entry.
    #[serde(rename = "floorNames", default, skip_serializing_if = "Option::is_none")]
    pub floor_names: Option<Vec<String>>,
    /// Kind of resource this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Building {
    /// Sets `address` (chainable).
    pub fn set_address(
        mut self,
        value: impl Into<crate::schemas::BuildingAddress>,
    ) -> Self {
        self.address = Some(value.into());
        self.unknown_fields.remove("address");
        self
    }

    /// Sends `address` as JSON `null`, which clears it on the server (chainable); `set_address`
    /// takes it back.
    #[inline]
    pub fn clear_address(mut self) -> Self {
        self.address = None;
        self.unknown_fields.insert("address".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `buildingId` (chainable).
    pub fn set_building_id(mut self, value: impl Into<String>) -> Self {
        self.building_id = Some(value.into());
        self.unknown_fields.remove("buildingId");
        self
    }

    /// Sends `buildingId` as JSON `null`, which clears it on the server (chainable);
    /// `set_building_id` takes it back.
    #[inline]
    pub fn clear_building_id(mut self) -> Self {
        self.building_id = None;
        self.unknown_fields.insert("buildingId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `buildingName` (chainable).
    pub fn set_building_name(mut self, value: impl Into<String>) -> Self {
        self.building_name = Some(value.into());
        self.unknown_fields.remove("buildingName");
        self
    }

    /// Sends `buildingName` as JSON `null`, which clears it on the server (chainable);
    /// `set_building_name` takes it back.
    #[inline]
    pub fn clear_building_name(mut self) -> Self {
        self.building_name = None;
        self.unknown_fields.insert("buildingName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `coordinates` (chainable).
    pub fn set_coordinates(
        mut self,
        value: impl Into<crate::schemas::BuildingCoordinates>,
    ) -> Self {
        self.coordinates = Some(value.into());
        self.unknown_fields.remove("coordinates");
        self
    }

    /// Sends `coordinates` as JSON `null`, which clears it on the server (chainable);
    /// `set_coordinates` takes it back.
    #[inline]
    pub fn clear_coordinates(mut self) -> Self {
        self.coordinates = None;
        self.unknown_fields.insert("coordinates".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `description` (chainable).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self.unknown_fields.remove("description");
        self
    }

    /// Sends `description` as JSON `null`, which clears it on the server (chainable);
    /// `set_description` takes it back.
    #[inline]
    pub fn clear_description(mut self) -> Self {
        self.description = None;
        self.unknown_fields.insert("description".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `etags` (chainable).
    pub fn set_etags(mut self, value: impl Into<String>) -> Self {
        self.etags = Some(value.into());
        self.unknown_fields.remove("etags");
        self
    }

    /// Sends `etags` as JSON `null`, which clears it on the server (chainable); `set_etags` takes
    /// it back.
    #[inline]
    pub fn clear_etags(mut self) -> Self {
        self.etags = None;
        self.unknown_fields.insert("etags".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `floorNames` (chainable).
    pub fn set_floor_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.floor_names = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("floorNames");
        self
    }

    /// Sends `floorNames` as JSON `null`, which clears it on the server (chainable);
    /// `set_floor_names` takes it back.
    #[inline]
    pub fn clear_floor_names(mut self) -> Self {
        self.floor_names = None;
        self.unknown_fields.insert("floorNames".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }
}
