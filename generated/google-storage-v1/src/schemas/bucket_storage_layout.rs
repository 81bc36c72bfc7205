use crate::runtime::wire;

/// The storage layout configuration of a bucket.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketStorageLayout {
    /// The name of the bucket.
    pub bucket: Option<String>,
    /// The bucket's custom placement configuration for Custom Dual Regions.
    pub custom_placement_config: Option<
        crate::schemas::BucketStorageLayoutCustomPlacementConfig,
    >,
    /// The bucket's hierarchical namespace configuration.
    pub hierarchical_namespace: Option<
        crate::schemas::BucketStorageLayoutHierarchicalNamespace,
    >,
    /// The kind of item this is. For storage layout, this is always storage#storageLayout.
    pub kind: Option<String>,
    /// The location of the bucket.
    pub location: Option<String>,
    /// The type of the bucket location.
    pub location_type: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketStorageLayout {
    /// Sets `bucket` (chainable).
    pub fn set_bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self.unknown_fields.remove("bucket");
        self
    }

    /// Sends `bucket` as JSON `null`, which clears it on the server (chainable); `set_bucket` takes
    /// it back.
    #[inline]
    pub fn clear_bucket(mut self) -> Self {
        self.bucket = None;
        self.unknown_fields.insert("bucket".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customPlacementConfig` (chainable).
    pub fn set_custom_placement_config(
        mut self,
        value: impl Into<crate::schemas::BucketStorageLayoutCustomPlacementConfig>,
    ) -> Self {
        self.custom_placement_config = Some(value.into());
        self.unknown_fields.remove("customPlacementConfig");
        self
    }

    /// Sends `customPlacementConfig` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_placement_config` takes it back.
    #[inline]
    pub fn clear_custom_placement_config(mut self) -> Self {
        self.custom_placement_config = None;
        self.unknown_fields
            .insert("customPlacementConfig".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `hierarchicalNamespace` (chainable).
    pub fn set_hierarchical_namespace(
        mut self,
        value: impl Into<crate::schemas::BucketStorageLayoutHierarchicalNamespace>,
    ) -> Self {
        self.hierarchical_namespace = Some(value.into());
        self.unknown_fields.remove("hierarchicalNamespace");
        self
    }

    /// Sends `hierarchicalNamespace` as JSON `null`, which clears it on the server (chainable);
    /// `set_hierarchical_namespace` takes it back.
    #[inline]
    pub fn clear_hierarchical_namespace(mut self) -> Self {
        self.hierarchical_namespace = None;
        self.unknown_fields
            .insert("hierarchicalNamespace".to_owned(), serde_json::Value::Null);
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

    /// Sets `location` (chainable).
    pub fn set_location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self.unknown_fields.remove("location");
        self
    }

    /// Sends `location` as JSON `null`, which clears it on the server (chainable); `set_location`
    /// takes it back.
    #[inline]
    pub fn clear_location(mut self) -> Self {
        self.location = None;
        self.unknown_fields.insert("location".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `locationType` (chainable).
    pub fn set_location_type(mut self, value: impl Into<String>) -> Self {
        self.location_type = Some(value.into());
        self.unknown_fields.remove("locationType");
        self
    }

    /// Sends `locationType` as JSON `null`, which clears it on the server (chainable);
    /// `set_location_type` takes it back.
    #[inline]
    pub fn clear_location_type(mut self) -> Self {
        self.location_type = None;
        self.unknown_fields.insert("locationType".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketStorageLayout {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.bucket {
            map.serialize_entry("bucket", value)?;
        }
        if let Some(value) = &self.custom_placement_config {
            map.serialize_entry("customPlacementConfig", value)?;
        }
        if let Some(value) = &self.hierarchical_namespace {
            map.serialize_entry("hierarchicalNamespace", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.location {
            map.serialize_entry("location", value)?;
        }
        if let Some(value) = &self.location_type {
            map.serialize_entry("locationType", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketStorageLayout {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketStorageLayout {
    const NAME: &'static str = "BucketStorageLayout";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "bucket" => self.bucket = map.next_value()?,
            "customPlacementConfig" => self.custom_placement_config = map.next_value()?,
            "hierarchicalNamespace" => self.hierarchical_namespace = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "location" => self.location = map.next_value()?,
            "locationType" => self.location_type = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's custom placement configuration for Custom Dual Regions.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketStorageLayoutCustomPlacementConfig {
    /// The list of regional locations in which data is placed.
    pub data_locations: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketStorageLayoutCustomPlacementConfig {
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

impl serde::Serialize for BucketStorageLayoutCustomPlacementConfig {
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

impl<'de> serde::Deserialize<'de> for BucketStorageLayoutCustomPlacementConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketStorageLayoutCustomPlacementConfig {
    const NAME: &'static str = "BucketStorageLayoutCustomPlacementConfig";
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

/// The bucket's hierarchical namespace configuration.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketStorageLayoutHierarchicalNamespace {
    /// When set to true, hierarchical namespace is enabled for this bucket.
    pub enabled: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketStorageLayoutHierarchicalNamespace {
    /// Sets `enabled` (chainable).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self.unknown_fields.remove("enabled");
        self
    }

    /// Sends `enabled` as JSON `null`, which clears it on the server (chainable); `set_enabled`
    /// takes it back.
    #[inline]
    pub fn clear_enabled(mut self) -> Self {
        self.enabled = None;
        self.unknown_fields.insert("enabled".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketStorageLayoutHierarchicalNamespace {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.enabled {
            map.serialize_entry("enabled", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketStorageLayoutHierarchicalNamespace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketStorageLayoutHierarchicalNamespace {
    const NAME: &'static str = "BucketStorageLayoutHierarchicalNamespace";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
