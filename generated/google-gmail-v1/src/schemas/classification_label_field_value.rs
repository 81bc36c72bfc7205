use crate::runtime::wire;

/// Field values for a classification label.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ClassificationLabelFieldValue {
    /// Required. The field ID for the Classification Label Value. Maps to the ID field of the
    /// Google Drive `Label.Field` object.
    pub field_id: Option<String>,
    /// Selection choice ID for the selection option. Should only be set if the field type is
    /// `SELECTION` in the Google Drive `Label.Field` object. Maps to the id field of the Google
    /// Drive `Label.Field.SelectionOptions` resource.
    pub selection: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ClassificationLabelFieldValue {
    /// Sets `fieldId` (chainable).
    pub fn set_field_id(mut self, value: impl Into<String>) -> Self {
        self.field_id = Some(value.into());
        self.unknown_fields.remove("fieldId");
        self
    }

    /// Sends `fieldId` as JSON `null`, which clears it on the server (chainable); `set_field_id`
    /// takes it back.
    #[inline]
    pub fn clear_field_id(mut self) -> Self {
        self.field_id = None;
        self.unknown_fields.insert("fieldId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `selection` (chainable).
    pub fn set_selection(mut self, value: impl Into<String>) -> Self {
        self.selection = Some(value.into());
        self.unknown_fields.remove("selection");
        self
    }

    /// Sends `selection` as JSON `null`, which clears it on the server (chainable); `set_selection`
    /// takes it back.
    #[inline]
    pub fn clear_selection(mut self) -> Self {
        self.selection = None;
        self.unknown_fields.insert("selection".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ClassificationLabelFieldValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.field_id {
            map.serialize_entry("fieldId", value)?;
        }
        if let Some(value) = &self.selection {
            map.serialize_entry("selection", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ClassificationLabelFieldValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ClassificationLabelFieldValue {
    const NAME: &'static str = "ClassificationLabelFieldValue";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "fieldId" => self.field_id = map.next_value()?,
            "selection" => self.selection = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
