use crate::runtime::wire;

/// Public API: Resources.buildings
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Building {
    /// The postal address of the building. See
    /// \[`PostalAddress`\](/my-business/reference/rest/v4/PostalAddress) for details. Note that
    /// only a single address line and region code are required.
    pub address: Option<crate::schemas::BuildingAddress>,
    /// Unique identifier for the building. The maximum length is 100 characters.
    pub building_id: Option<String>,
    /// The building name as seen by users in Calendar. Must be unique for the customer. For
    /// example, "NYC-CHEL". The maximum length is 100 characters.
    pub building_name: Option<String>,
    /// The geographic coordinates of the center of the building, expressed as latitude and
    /// longitude in decimal degrees.
    pub coordinates: Option<crate::schemas::BuildingCoordinates>,
    /// A brief description of the building. For example, "Chelsea Market".
    pub description: Option<String>,
    /// ETag of the resource.
    pub etags: Option<String>,
    /// The display names for all floors in this building. The floors are expected to be sorted in
    /// ascending order, from lowest floor to highest floor. For example, \["B2", "B1", "L", "1",
    /// "2", "2M", "3", "PH"\] Must contain at least one entry.
    pub floor_names: Option<Vec<String>>,
    /// Kind of resource this is.
    pub kind: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for Building {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.address {
            map.serialize_entry("address", value)?;
        }
        if let Some(value) = &self.building_id {
            map.serialize_entry("buildingId", value)?;
        }
        if let Some(value) = &self.building_name {
            map.serialize_entry("buildingName", value)?;
        }
        if let Some(value) = &self.coordinates {
            map.serialize_entry("coordinates", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if let Some(value) = &self.etags {
            map.serialize_entry("etags", value)?;
        }
        if let Some(value) = &self.floor_names {
            map.serialize_entry("floorNames", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Building {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Building {
    const NAME: &'static str = "Building";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "address" => self.address = map.next_value()?,
            "buildingId" => self.building_id = map.next_value()?,
            "buildingName" => self.building_name = map.next_value()?,
            "coordinates" => self.coordinates = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "etags" => self.etags = map.next_value()?,
            "floorNames" => self.floor_names = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
