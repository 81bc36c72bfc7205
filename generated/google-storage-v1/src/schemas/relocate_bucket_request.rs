use crate::runtime::wire;

/// A Relocate Bucket request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RelocateBucketRequest {
    /// The bucket's new custom placement configuration if relocating to a Custom Dual Region.
    #[serde(
        rename = "destinationCustomPlacementConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub destination_custom_placement_config: Option<
        crate::schemas::RelocateBucketRequestDestinationCustomPlacementConfig,
    >,
    /// Resource name of a Cloud KMS key, of the form
    /// projects/my-project/locations/global/keyRings/my-kr/cryptoKeys/my-key. If set, is used to
    /// encrypt all objects in the destination bucket.
    #[serde(
        rename = "destinationKmsKeyName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub destination_kms_key_name: Option<String>,
    /// The new location the bucket will be relocated to.
    #[serde(
        rename = "destinationLocation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub destination_location: Option<String>,
    /// If true, validate the operation, but do not actually relocate the bucket.
    #[serde(rename = "validateOnly", default, skip_serializing_if = "Option::is_none")]
    pub validate_only: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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

/// The bucket's new custom placement configuration if relocating to a Custom Dual Region.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RelocateBucketRequestDestinationCustomPlacementConfig {
    /// The list of regional locations in which data is placed.
    #[serde(rename = "dataLocations", default, skip_serializing_if = "Option::is_none")]
    pub data_locations: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
