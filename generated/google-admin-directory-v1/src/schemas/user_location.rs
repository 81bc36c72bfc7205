use crate::runtime::wire;

/// JSON template for a location entry.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserLocation {
    /// Required. Textual location. This is most useful for display purposes to concisely describe
    /// the location. For example 'Mountain View, CA', 'Near Seattle', 'US-NYC-9TH 9A209A.''
    pub area: Option<String>,
    /// Building Identifier.
    pub building_id: Option<String>,
    /// Custom Type.
    pub custom_type: Option<String>,
    /// Most specific textual code of individual desk location.
    pub desk_code: Option<String>,
    /// Floor name/number.
    pub floor_name: Option<String>,
    /// Floor section. More specific location within the floor. For example if a floor is divided
    /// into sections 'A', 'B' and 'C' this field would identify one of those values.
    pub floor_section: Option<String>,
    /// Each entry can have a type which indicates standard types of that entry. For example
    /// location could be of types default and desk. In addition to standard type an entry can have
    /// a custom type and can give it any name. Such types should have 'custom' as type and also
    /// have a customType value.
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserLocation {
    /// Sets `area` (chainable).
    pub fn set_area(mut self, value: impl Into<String>) -> Self {
        self.area = Some(value.into());
        self.unknown_fields.remove("area");
        self
    }

    /// Sends `area` as JSON `null`, which clears it on the server (chainable); `set_area` takes it
    /// back.
    #[inline]
    pub fn clear_area(mut self) -> Self {
        self.area = None;
        self.unknown_fields.insert("area".to_owned(), serde_json::Value::Null);
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

    /// Sets `customType` (chainable).
    pub fn set_custom_type(mut self, value: impl Into<String>) -> Self {
        self.custom_type = Some(value.into());
        self.unknown_fields.remove("customType");
        self
    }

    /// Sends `customType` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_type` takes it back.
    #[inline]
    pub fn clear_custom_type(mut self) -> Self {
        self.custom_type = None;
        self.unknown_fields.insert("customType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deskCode` (chainable).
    pub fn set_desk_code(mut self, value: impl Into<String>) -> Self {
        self.desk_code = Some(value.into());
        self.unknown_fields.remove("deskCode");
        self
    }

    /// Sends `deskCode` as JSON `null`, which clears it on the server (chainable); `set_desk_code`
    /// takes it back.
    #[inline]
    pub fn clear_desk_code(mut self) -> Self {
        self.desk_code = None;
        self.unknown_fields.insert("deskCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `floorName` (chainable).
    pub fn set_floor_name(mut self, value: impl Into<String>) -> Self {
        self.floor_name = Some(value.into());
        self.unknown_fields.remove("floorName");
        self
    }

    /// Sends `floorName` as JSON `null`, which clears it on the server (chainable);
    /// `set_floor_name` takes it back.
    #[inline]
    pub fn clear_floor_name(mut self) -> Self {
        self.floor_name = None;
        self.unknown_fields.insert("floorName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `floorSection` (chainable).
    pub fn set_floor_section(mut self, value: impl Into<String>) -> Self {
        self.floor_section = Some(value.into());
        self.unknown_fields.remove("floorSection");
        self
    }

    /// Sends `floorSection` as JSON `null`, which clears it on the server (chainable);
    /// `set_floor_section` takes it back.
    #[inline]
    pub fn clear_floor_section(mut self) -> Self {
        self.floor_section = None;
        self.unknown_fields.insert("floorSection".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for UserLocation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.area {
            map.serialize_entry("area", value)?;
        }
        if let Some(value) = &self.building_id {
            map.serialize_entry("buildingId", value)?;
        }
        if let Some(value) = &self.custom_type {
            map.serialize_entry("customType", value)?;
        }
        if let Some(value) = &self.desk_code {
            map.serialize_entry("deskCode", value)?;
        }
        if let Some(value) = &self.floor_name {
            map.serialize_entry("floorName", value)?;
        }
        if let Some(value) = &self.floor_section {
            map.serialize_entry("floorSection", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserLocation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserLocation {
    const NAME: &'static str = "UserLocation";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "area" => self.area = map.next_value()?,
            "buildingId" => self.building_id = map.next_value()?,
            "customType" => self.custom_type = map.next_value()?,
            "deskCode" => self.desk_code = map.next_value()?,
            "floorName" => self.floor_name = map.next_value()?,
            "floorSection" => self.floor_section = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
