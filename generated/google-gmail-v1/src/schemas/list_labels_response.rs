use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListLabelsResponse {
    /// List of labels. Note that each label resource only contains an `id`, `name`,
    /// `messageListVisibility`, `labelListVisibility`, and `type`. The
    /// \[`labels.get`\](<https://developers.google.com/workspace/gmail/api/v1/reference/users/labels/get>)
    /// method can fetch additional label details.
    pub labels: Option<Vec<crate::schemas::Label>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListLabelsResponse {
    /// Sets `labels` (chainable).
    pub fn set_labels(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Label>>,
    ) -> Self {
        self.labels = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("labels");
        self
    }

    /// Sends `labels` as JSON `null`, which clears it on the server (chainable); `set_labels` takes
    /// it back.
    #[inline]
    pub fn clear_labels(mut self) -> Self {
        self.labels = None;
        self.unknown_fields.insert("labels".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListLabelsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.labels {
            map.serialize_entry("labels", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListLabelsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListLabelsResponse {
    const NAME: &'static str = "ListLabelsResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "labels" => self.labels = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
