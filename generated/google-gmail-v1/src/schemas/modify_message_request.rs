use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ModifyMessageRequest {
    /// A list of classification label values to add. If a Classification Label with the same label
    /// ID is already applied to the message, fields with existing field IDs will be updated and
    /// fields with new field IDs will be added. There's a limit of 20 Classification Label values
    /// per request. If the message is already classified and the final total number of
    /// Classification Label values exceeds the maximum allowed number of Classification Label
    /// values per message, the modification fails.
    pub add_classification_labels: Option<Vec<crate::schemas::ClassificationLabelValue>>,
    /// A list of IDs of labels to add to this message. You can add up to 100 labels with each
    /// update.
    pub add_label_ids: Option<Vec<String>>,
    /// A list of Classification Label values to remove from this message.
    pub remove_classification_label_ids: Option<Vec<String>>,
    /// A list IDs of labels to remove from this message. You can remove up to 100 labels with each
    /// update.
    pub remove_label_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ModifyMessageRequest {
    /// Sets `addClassificationLabels` (chainable).
    pub fn set_add_classification_labels(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ClassificationLabelValue>,
        >,
    ) -> Self {
        self.add_classification_labels = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("addClassificationLabels");
        self
    }

    /// Sends `addClassificationLabels` as JSON `null`, which clears it on the server (chainable);
    /// `set_add_classification_labels` takes it back.
    #[inline]
    pub fn clear_add_classification_labels(mut self) -> Self {
        self.add_classification_labels = None;
        self.unknown_fields
            .insert("addClassificationLabels".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `removeClassificationLabelIds` (chainable).
    pub fn set_remove_classification_label_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.remove_classification_label_ids = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("removeClassificationLabelIds");
        self
    }

    /// Sends `removeClassificationLabelIds` as JSON `null`, which clears it on the server
    /// (chainable); `set_remove_classification_label_ids` takes it back.
    #[inline]
    pub fn clear_remove_classification_label_ids(mut self) -> Self {
        self.remove_classification_label_ids = None;
        self.unknown_fields
            .insert("removeClassificationLabelIds".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for ModifyMessageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.add_classification_labels {
            map.serialize_entry("addClassificationLabels", value)?;
        }
        if let Some(value) = &self.add_label_ids {
            map.serialize_entry("addLabelIds", value)?;
        }
        if let Some(value) = &self.remove_classification_label_ids {
            map.serialize_entry("removeClassificationLabelIds", value)?;
        }
        if let Some(value) = &self.remove_label_ids {
            map.serialize_entry("removeLabelIds", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyMessageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ModifyMessageRequest {
    const NAME: &'static str = "ModifyMessageRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "addClassificationLabels" => {
                self.add_classification_labels = map.next_value()?;
            }
            "addLabelIds" => self.add_label_ids = map.next_value()?,
            "removeClassificationLabelIds" => {
                self.remove_classification_label_ids = map.next_value()?;
            }
            "removeLabelIds" => self.remove_label_ids = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
