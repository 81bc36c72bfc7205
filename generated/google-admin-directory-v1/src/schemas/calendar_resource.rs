/// Public API: Resources.calendars
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CalendarResource {
    /// Unique ID for the building a resource is located in.
    #[serde(rename = "buildingId", default, skip_serializing_if = "Option::is_none")]
    pub building_id: Option<String>,
    /// Capacity of a resource, number of seats in a room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<i32>,
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etags: Option<String>,
    /// Instances of features for the calendar resource.
    #[serde(
        rename = "featureInstances",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub feature_instances: Option<serde_json::Value>,
    /// Name of the floor a resource is located on.
    #[serde(rename = "floorName", default, skip_serializing_if = "Option::is_none")]
    pub floor_name: Option<String>,
    /// Name of the section within a floor a resource is located in.
    #[serde(rename = "floorSection", default, skip_serializing_if = "Option::is_none")]
    pub floor_section: Option<String>,
    /// The read-only auto-generated name of the calendar resource which includes metadata about the resource such as building name, floor, capacity, etc. For example, "NYC-2-Training Room 1A (16)".
    #[serde(
        rename = "generatedResourceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub generated_resource_name: Option<String>,
    /// The type of the resource. For calendar resources, the value is `admin#directory#resources#calendars#CalendarResource`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The category of the calendar resource. Either CONFERENCE_ROOM or OTHER. Legacy data is set to CATEGORY_UNKNOWN.
    #[serde(
        rename = "resourceCategory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_category: Option<String>,
    /// Description of the resource, visible only to admins.
    #[serde(
        rename = "resourceDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_description: Option<String>,
    /// The read-only email for the calendar resource. Generated as part of creating a new calendar resource.
    #[serde(rename = "resourceEmail", default, skip_serializing_if = "Option::is_none")]
    pub resource_email: Option<String>,
    /// The unique ID for the calendar resource.
    ///
    /// Required by: `directory.resources.calendars.insert`.
    #[serde(rename = "resourceId", default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// The name of the calendar resource. For example, "Training Room 1A".
    ///
    /// Required by: `directory.resources.calendars.insert`.
    #[serde(rename = "resourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<String>,
    /// The type of the calendar resource, intended for non-room resources.
    #[serde(rename = "resourceType", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// Description of the resource, visible to users and admins.
    #[serde(
        rename = "userVisibleDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub user_visible_description: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl CalendarResource {
    /// Sets `buildingId` (chainable).
    pub fn set_building_id(mut self, value: impl Into<String>) -> Self {
        self.building_id = Some(value.into());
        self
    }
    /// Sets `capacity` (chainable).
    pub fn set_capacity(mut self, value: impl Into<i32>) -> Self {
        self.capacity = Some(value.into());
        self
    }
    /// Sets `etags` (chainable).
    pub fn set_etags(mut self, value: impl Into<String>) -> Self {
        self.etags = Some(value.into());
        self
    }
    /// Sets `featureInstances` (chainable).
    pub fn set_feature_instances(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.feature_instances = Some(value.into());
        self
    }
    /// Sets `floorName` (chainable).
    pub fn set_floor_name(mut self, value: impl Into<String>) -> Self {
        self.floor_name = Some(value.into());
        self
    }
    /// Sets `floorSection` (chainable).
    pub fn set_floor_section(mut self, value: impl Into<String>) -> Self {
        self.floor_section = Some(value.into());
        self
    }
    /// Sets `generatedResourceName` (chainable).
    pub fn set_generated_resource_name(mut self, value: impl Into<String>) -> Self {
        self.generated_resource_name = Some(value.into());
        self
    }
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets `resourceCategory` (chainable).
    pub fn set_resource_category(mut self, value: impl Into<String>) -> Self {
        self.resource_category = Some(value.into());
        self
    }
    /// Sets `resourceDescription` (chainable).
    pub fn set_resource_description(mut self, value: impl Into<String>) -> Self {
        self.resource_description = Some(value.into());
        self
    }
    /// Sets `resourceEmail` (chainable).
    pub fn set_resource_email(mut self, value: impl Into<String>) -> Self {
        self.resource_email = Some(value.into());
        self
    }
    /// Sets `resourceId` (chainable).
    pub fn set_resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }
    /// Sets `resourceName` (chainable).
    pub fn set_resource_name(mut self, value: impl Into<String>) -> Self {
        self.resource_name = Some(value.into());
        self
    }
    /// Sets `resourceType` (chainable).
    pub fn set_resource_type(mut self, value: impl Into<String>) -> Self {
        self.resource_type = Some(value.into());
        self
    }
    /// Sets `userVisibleDescription` (chainable).
    pub fn set_user_visible_description(mut self, value: impl Into<String>) -> Self {
        self.user_visible_description = Some(value.into());
        self
    }
}
