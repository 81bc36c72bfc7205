use crate::runtime::wire;

/// A Relocate Bucket request.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RelocateBucketRequest {
    /// The bucket's new custom placement configuration if relocating to a Custom Dual Region.
    pub destination_custom_placement_config: Option<
        crate::schemas::RelocateBucketRequestDestinationCustomPlacementConfig,
    >,
    /// Resource name of a Cloud KMS key, of the form
    /// projects/my-project/locations/global/keyRings/my-kr/cryptoKeys/my-key. If set, is used to
    /// encrypt all objects in the destination bucket.
    pub destination_kms_key_name: Option<String>,
    /// The new location the bucket will be relocated to.
    pub destination_location: Option<String>,
    /// If true, validate the operation, but do not actually relocate the bucket.
    pub validate_only: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl RelocateBucketRequest {
    /// Sets `destinationCustomPlacementConfig` (chainable).
    pub fn set_destination_custom_placement_config(
        mut self,
        value: impl Into<
            crate::schemas::RelocateBucketRequestDestinationCustomPlacementConfig,
        >,
    ) -> Self {
        self.destination_custom_placement_config = Some(value.into());
        self.unknown_fields.remove("destinationCustomPlacementConfig");
        self
    }

    /// Sends `destinationCustomPlacementConfig` as JSON `null`, which clears it on the server
    /// (chainable); `set_destination_custom_placement_config` takes it back.
    #[inline]
    pub fn clear_destination_custom_placement_config(mut self) -> Self {
        self.destination_custom_placement_config = None;
        self.unknown_fields
            .insert(
                "destinationCustomPlacementConfig".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `destinationKmsKeyName` (chainable).
    pub fn set_destination_kms_key_name(mut self, value: impl Into<String>) -> Self {
        self.destination_kms_key_name = Some(value.into());
        self.unknown_fields.remove("destinationKmsKeyName");
        self
    }

    /// Sends `destinationKmsKeyName` as JSON `null`, which clears it on the server (chainable);
    /// `set_destination_kms_key_name` takes it back.
    #[inline]
    pub fn clear_destination_kms_key_name(mut self) -> Self {
        self.destination_kms_key_name = None;
        self.unknown_fields
            .insert("destinationKmsKeyName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `destinationLocation` (chainable).
    pub fn set_destination_location(mut self, value: impl Into<String>) -> Self {
        self.destination_location = Some(value.into());
        self.unknown_fields.remove("destinationLocation");
        self
    }

    /// Sends `destinationLocation` as JSON `null`, which clears it on the server (chainable);
    /// `set_destination_location` takes it back.
    #[inline]
    pub fn clear_destination_location(mut self) -> Self {
        self.destination_location = None;
        self.unknown_fields
            .insert("destinationLocation".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `validateOnly` (chainable).
    pub fn set_validate_only(mut self, value: impl Into<bool>) -> Self {
        self.validate_only = Some(value.into());
        self.unknown_fields.remove("validateOnly");
        self
    }

    /// Sends `validateOnly` as JSON `null`, which clears it on the server (chainable);
    /// `set_validate_only` takes it back.
    #[inline]
    pub fn clear_validate_only(mut self) -> Self {
        self.validate_only = None;
        self.unknown_fields.insert("validateOnly".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for RelocateBucketRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.destination_custom_placement_config {
            map.serialize_entry("destinationCustomPlacementConfig", value)?;
        }
        if let Some(value) = &self.destination_kms_key_name {
            map.serialize_entry("destinationKmsKeyName", value)?;
        }
        if let Some(value) = &self.destination_location {
            map.serialize_entry("destinationLocation", value)?;
        }
        if let Some(value) = &self.validate_only {
            map.serialize_entry("validateOnly", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RelocateBucketRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for RelocateBucketRequest {
    const NAME: &'static str = "RelocateBucketRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "destinationCustomPlacementConfig" => {
                self.destination_custom_placement_config = map.next_value()?;
            }
            "destinationKmsKeyName" => self.destination_kms_key_name = map.next_value()?,
            "destinationLocation" => self.destination_location = map.next_value()?,
            "validateOnly" => self.validate_only = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's new custom placement configuration if relocating to a Custom Dual Region.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RelocateBucketRequestDestinationCustomPlacementConfig {
    /// The list of regional locations in which data is placed.
    pub data_locations: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl RelocateBucketRequestDestinationCustomPlacementConfig {
    /// Sets `dataLocations` (chainable).
    pub fn set_data_locations(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.data_locations = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("dataLocations");
        self
    }

    /// Sends `dataLocations` as JSON `null`, which clears it on the server (chainable);
    /// `set_data_locations` takes it back.
    #[inline]
    pub fn clear_data_locations(mut self) -> Self {
        self.data_locations = None;
        self.unknown_fields.insert("dataLocations".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for RelocateBucketRequestDestinationCustomPlacementConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.data_locations {
            map.serialize_entry("dataLocations", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de>
for RelocateBucketRequestDestinationCustomPlacementConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de>
for RelocateBucketRequestDestinationCustomPlacementConfig {
    const NAME: &'static str = "RelocateBucketRequestDestinationCustomPlacementConfig";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "dataLocations" => self.data_locations = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
