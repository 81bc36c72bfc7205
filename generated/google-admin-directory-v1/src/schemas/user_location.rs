use crate::runtime::wire;

/// JSON template for a location entry.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserLocation {
    /// Required. Textual location. This is most useful for display purposes to concisely describe
    /// the location. For example 'Mountain View, CA', 'Near Seattle', 'US-NYC-9TH 9A209A.''
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// Building Identifier.
    #[serde(rename = "buildingId", default, skip_serializing_if = "Option::is_none")]
    pub building_id: Option<String>,
    /// Custom Type.
    #[serde(rename = "customType", default, skip_serializing_if = "Option::is_none")]
    pub custom_type: Option<String>,
    /// Most specific textual code of individual desk location.
    #[serde(rename = "deskCode", default, skip_serializing_if = "Option::is_none")]
    pub desk_code: Option<String>,
    /// Floor name/number.
    #[serde(rename = "floorName", default, skip_serializing_if = "Option::is_none")]
    pub floor_name: Option<String>,
    /// Floor section. More specific location within the floor. For example if a floor is divided
    /// into sections 'A', 'B' and 'C' this field would identify one of those values.
    #[serde(rename = "floorSection", default, skip_serializing_if = "Option::is_none")]
    pub floor_section: Option<String>,
    /// Each entry can have a type which indicates standard types of that entry. For example
    /// location could be of types default and desk. In addition to standard type an entry can have
    /// a custom type and can give it any name. Such types should have 'custom' as type and also
    /// have a customType value.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
