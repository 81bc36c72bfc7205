use crate::runtime::wire;

/// Classification Labels applied to the email message. Classification Labels are different from
/// Gmail inbox labels. Only used for Google Workspace accounts. [Learn more about
/// classification labels](https://support.google.com/a/answer/9292382).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ClassificationLabelValue {
    /// Field values for the given classification label ID.
    pub fields: Option<Vec<crate::schemas::ClassificationLabelFieldValue>>,
    /// Required. The canonical or raw alphanumeric classification label ID. Maps to the ID field of
    /// the Google Drive Label resource.
    pub label_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ClassificationLabelValue {
    /// Sets `fields` (chainable).
    pub fn set_fields(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ClassificationLabelFieldValue>,
        >,
    ) -> Self {
        self.fields = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("fields");
        self
    }

    /// Sends `fields` as JSON `null`, which clears it on the server (chainable); `set_fields` takes
    /// it back.
    #[inline]
    pub fn clear_fields(mut self) -> Self {
        self.fields = None;
        self.unknown_fields.insert("fields".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `labelId` (chainable).
    pub fn set_label_id(mut self, value: impl Into<String>) -> Self {
        self.label_id = Some(value.into());
        self.unknown_fields.remove("labelId");
        self
    }

    /// Sends `labelId` as JSON `null`, which clears it on the server (chainable); `set_label_id`
    /// takes it back.
    #[inline]
    pub fn clear_label_id(mut self) -> Self {
        self.label_id = None;
        self.unknown_fields.insert("labelId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ClassificationLabelValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.fields {
            map.serialize_entry("fields", value)?;
        }
        if let Some(value) = &self.label_id {
            map.serialize_entry("labelId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ClassificationLabelValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ClassificationLabelValue {
    const NAME: &'static str = "ClassificationLabelValue";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "fields" => self.fields = map.next_value()?,
            "labelId" => self.label_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
