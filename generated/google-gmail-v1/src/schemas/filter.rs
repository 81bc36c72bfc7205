use crate::runtime::wire;

/// Resource definition for Gmail filters. Filters apply to specific messages instead of an
/// entire email thread.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Filter {
    /// Action that the filter performs.
    pub action: Option<crate::schemas::FilterAction>,
    /// Matching criteria for the filter.
    pub criteria: Option<crate::schemas::FilterCriteria>,
    /// The server assigned ID of the filter.
    pub id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Filter {
    /// Sets `action` (chainable).
    pub fn set_action(mut self, value: impl Into<crate::schemas::FilterAction>) -> Self {
        self.action = Some(value.into());
        self.unknown_fields.remove("action");
        self
    }

    /// Sends `action` as JSON `null`, which clears it on the server (chainable); `set_action` takes
    /// it back.
    #[inline]
    pub fn clear_action(mut self) -> Self {
        self.action = None;
        self.unknown_fields.insert("action".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `criteria` (chainable).
    pub fn set_criteria(
        mut self,
        value: impl Into<crate::schemas::FilterCriteria>,
    ) -> Self {
        self.criteria = Some(value.into());
        self.unknown_fields.remove("criteria");
        self
    }

    /// Sends `criteria` as JSON `null`, which clears it on the server (chainable); `set_criteria`
    /// takes it back.
    #[inline]
    pub fn clear_criteria(mut self) -> Self {
        self.criteria = None;
        self.unknown_fields.insert("criteria".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Filter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.action {
            map.serialize_entry("action", value)?;
        }
        if let Some(value) = &self.criteria {
            map.serialize_entry("criteria", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Filter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Filter {
    const NAME: &'static str = "Filter";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "action" => self.action = map.next_value()?,
            "criteria" => self.criteria = map.next_value()?,
            "id" => self.id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
