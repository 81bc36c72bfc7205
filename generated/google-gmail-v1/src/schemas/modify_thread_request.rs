use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ModifyThreadRequest {
    /// A list of IDs of labels to add to this thread. You can add up to 100 labels with each
    /// update.
    pub add_label_ids: Option<Vec<String>>,
    /// A list of IDs of labels to remove from this thread. You can remove up to 100 labels with
    /// each update.
    pub remove_label_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ModifyThreadRequest {
    /// Sets `addLabelIds` (chainable).
    pub fn set_add_label_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_label_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("addLabelIds");
        self
    }

    /// Sends `addLabelIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_add_label_ids` takes it back.
    #[inline]
    pub fn clear_add_label_ids(mut self) -> Self {
        self.add_label_ids = None;
        self.unknown_fields.insert("addLabelIds".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `removeLabelIds` (chainable).
    pub fn set_remove_label_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.remove_label_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("removeLabelIds");
        self
    }

    /// Sends `removeLabelIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_remove_label_ids` takes it back.
    #[inline]
    pub fn clear_remove_label_ids(mut self) -> Self {
        self.remove_label_ids = None;
        self.unknown_fields.insert("removeLabelIds".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ModifyThreadRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.add_label_ids {
            map.serialize_entry("addLabelIds", value)?;
        }
        if let Some(value) = &self.remove_label_ids {
            map.serialize_entry("removeLabelIds", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyThreadRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ModifyThreadRequest {
    const NAME: &'static str = "ModifyThreadRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "addLabelIds" => self.add_label_ids = map.next_value()?,
            "removeLabelIds" => self.remove_label_ids = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
