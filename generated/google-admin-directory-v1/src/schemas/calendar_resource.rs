use crate::runtime::wire;

/// Public API: Resources.calendars
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CalendarResource {
    /// Unique ID for the building a resource is located in.
    pub building_id: Option<String>,
    /// Capacity of a resource, number of seats in a room.
    pub capacity: Option<i32>,
    /// ETag of the resource.
    pub etags: Option<String>,
    /// Instances of features for the calendar resource.
    pub feature_instances: Option<serde_json::Value>,
    /// Name of the floor a resource is located on.
    pub floor_name: Option<String>,
    /// Name of the section within a floor a resource is located in.
    pub floor_section: Option<String>,
    /// The read-only auto-generated name of the calendar resource which includes metadata about the
    /// resource such as building name, floor, capacity, etc. For example, "NYC-2-Training Room 1A
    /// (16)".
    pub generated_resource_name: Option<String>,
    /// The type of the resource. For calendar resources, the value is
    /// `admin#directory#resources#calendars#CalendarResource`.
    pub kind: Option<String>,
    /// The category of the calendar resource. Either CONFERENCE_ROOM or OTHER. Legacy data is set
    /// to CATEGORY_UNKNOWN.
    pub resource_category: Option<String>,
    /// Description of the resource, visible only to admins.
    pub resource_description: Option<String>,
    /// The read-only email for the calendar resource. Generated as part of creating a new calendar
    /// resource.
    pub resource_email: Option<String>,
    /// The unique ID for the calendar resource.
    ///
    /// Required by: `directory.resources.calendars.insert`.
    pub resource_id: Option<String>,
    /// The name of the calendar resource. For example, "Training Room 1A".
    ///
    /// Required by: `directory.resources.calendars.insert`.
    pub resource_name: Option<String>,
    /// The type of the calendar resource, intended for non-room resources.
    pub resource_type: Option<String>,
    /// Description of the resource, visible to users and admins.
    pub user_visible_description: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CalendarResource {
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

    /// Sets `capacity` (chainable).
    pub fn set_capacity(mut self, value: impl Into<i32>) -> Self {
        self.capacity = Some(value.into());
        self.unknown_fields.remove("capacity");
        self
    }

    /// Sends `capacity` as JSON `null`, which clears it on the server (chainable); `set_capacity`
    /// takes it back.
    #[inline]
    pub fn clear_capacity(mut self) -> Self {
        self.capacity = None;
        self.unknown_fields.insert("capacity".to_owned(), serde_json::Value::Null);
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

    /// Sets `featureInstances` (chainable).
    pub fn set_feature_instances(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.feature_instances = Some(value.into());
        self.unknown_fields.remove("featureInstances");
        self
    }

    /// Sends `featureInstances` as JSON `null`, which clears it on the server (chainable);
    /// `set_feature_instances` takes it back.
    #[inline]
    pub fn clear_feature_instances(mut self) -> Self {
        self.feature_instances = None;
        self.unknown_fields
            .insert("featureInstances".to_owned(), serde_json::Value::Null);
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

    /// Sets `generatedResourceName` (chainable).
    pub fn set_generated_resource_name(mut self, value: impl Into<String>) -> Self {
        self.generated_resource_name = Some(value.into());
        self.unknown_fields.remove("generatedResourceName");
        self
    }

    /// Sends `generatedResourceName` as JSON `null`, which clears it on the server (chainable);
    /// `set_generated_resource_name` takes it back.
    #[inline]
    pub fn clear_generated_resource_name(mut self) -> Self {
        self.generated_resource_name = None;
        self.unknown_fields
            .insert("generatedResourceName".to_owned(), serde_json::Value::Null);
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

    /// Sets `resourceCategory` (chainable).
    pub fn set_resource_category(mut self, value: impl Into<String>) -> Self {
        self.resource_category = Some(value.into());
        self.unknown_fields.remove("resourceCategory");
        self
    }

    /// Sends `resourceCategory` as JSON `null`, which clears it on the server (chainable);
    /// `set_resource_category` takes it back.
    #[inline]
    pub fn clear_resource_category(mut self) -> Self {
        self.resource_category = None;
        self.unknown_fields
            .insert("resourceCategory".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `resourceDescription` (chainable).
    pub fn set_resource_description(mut self, value: impl Into<String>) -> Self {
        self.resource_description = Some(value.into());
        self.unknown_fields.remove("resourceDescription");
        self
    }

    /// Sends `resourceDescription` as JSON `null`, which clears it on the server (chainable);
    /// `set_resource_description` takes it back.
    #[inline]
    pub fn clear_resource_description(mut self) -> Self {
        self.resource_description = None;
        self.unknown_fields
            .insert("resourceDescription".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `resourceEmail` (chainable).
    pub fn set_resource_email(mut self, value: impl Into<String>) -> Self {
        self.resource_email = Some(value.into());
        self.unknown_fields.remove("resourceEmail");
        self
    }

    /// Sends `resourceEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_resource_email` takes it back.
    #[inline]
    pub fn clear_resource_email(mut self) -> Self {
        self.resource_email = None;
        self.unknown_fields.insert("resourceEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `resourceId` (chainable).
    pub fn set_resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self.unknown_fields.remove("resourceId");
        self
    }

    /// Sends `resourceId` as JSON `null`, which clears it on the server (chainable);
    /// `set_resource_id` takes it back.
    #[inline]
    pub fn clear_resource_id(mut self) -> Self {
        self.resource_id = None;
        self.unknown_fields.insert("resourceId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `resourceName` (chainable).
    pub fn set_resource_name(mut self, value: impl Into<String>) -> Self {
        self.resource_name = Some(value.into());
        self.unknown_fields.remove("resourceName");
        self
    }

    /// Sends `resourceName` as JSON `null`, which clears it on the server (chainable);
    /// `set_resource_name` takes it back.
    #[inline]
    pub fn clear_resource_name(mut self) -> Self {
        self.resource_name = None;
        self.unknown_fields.insert("resourceName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `resourceType` (chainable).
    pub fn set_resource_type(mut self, value: impl Into<String>) -> Self {
        self.resource_type = Some(value.into());
        self.unknown_fields.remove("resourceType");
        self
    }

    /// Sends `resourceType` as JSON `null`, which clears it on the server (chainable);
    /// `set_resource_type` takes it back.
    #[inline]
    pub fn clear_resource_type(mut self) -> Self {
        self.resource_type = None;
        self.unknown_fields.insert("resourceType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `userVisibleDescription` (chainable).
    pub fn set_user_visible_description(mut self, value: impl Into<String>) -> Self {
        self.user_visible_description = Some(value.into());
        self.unknown_fields.remove("userVisibleDescription");
        self
    }

    /// Sends `userVisibleDescription` as JSON `null`, which clears it on the server (chainable);
    /// `set_user_visible_description` takes it back.
    #[inline]
    pub fn clear_user_visible_description(mut self) -> Self {
        self.user_visible_description = None;
        self.unknown_fields
            .insert("userVisibleDescription".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for CalendarResource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.building_id {
            map.serialize_entry("buildingId", value)?;
        }
        if let Some(value) = &self.capacity {
            map.serialize_entry("capacity", value)?;
        }
        if let Some(value) = &self.etags {
            map.serialize_entry("etags", value)?;
        }
        if let Some(value) = &self.feature_instances {
            map.serialize_entry("featureInstances", value)?;
        }
        if let Some(value) = &self.floor_name {
            map.serialize_entry("floorName", value)?;
        }
        if let Some(value) = &self.floor_section {
            map.serialize_entry("floorSection", value)?;
        }
        if let Some(value) = &self.generated_resource_name {
            map.serialize_entry("generatedResourceName", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.resource_category {
            map.serialize_entry("resourceCategory", value)?;
        }
        if let Some(value) = &self.resource_description {
            map.serialize_entry("resourceDescription", value)?;
        }
        if let Some(value) = &self.resource_email {
            map.serialize_entry("resourceEmail", value)?;
        }
        if let Some(value) = &self.resource_id {
            map.serialize_entry("resourceId", value)?;
        }
        if let Some(value) = &self.resource_name {
            map.serialize_entry("resourceName", value)?;
        }
        if let Some(value) = &self.resource_type {
            map.serialize_entry("resourceType", value)?;
        }
        if let Some(value) = &self.user_visible_description {
            map.serialize_entry("userVisibleDescription", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CalendarResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CalendarResource {
    const NAME: &'static str = "CalendarResource";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "buildingId" => self.building_id = map.next_value()?,
            "capacity" => self.capacity = map.next_value()?,
            "etags" => self.etags = map.next_value()?,
            "featureInstances" => self.feature_instances = map.next_value()?,
            "floorName" => self.floor_name = map.next_value()?,
            "floorSection" => self.floor_section = map.next_value()?,
            "generatedResourceName" => self.generated_resource_name = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "resourceCategory" => self.resource_category = map.next_value()?,
            "resourceDescription" => self.resource_description = map.next_value()?,
            "resourceEmail" => self.resource_email = map.next_value()?,
            "resourceId" => self.resource_id = map.next_value()?,
            "resourceName" => self.resource_name = map.next_value()?,
            "resourceType" => self.resource_type = map.next_value()?,
            "userVisibleDescription" => self.user_visible_description = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
