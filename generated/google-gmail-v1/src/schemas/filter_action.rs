use crate::runtime::wire;

/// A set of actions to perform on a message.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct FilterAction {
    /// List of labels to add to the message.
    pub add_label_ids: Option<Vec<String>>,
    /// Email address that the message should be forwarded to. This effectively redirects the
    /// message to the address specified in this field, maintaining the original sender in the
    /// "From" field.
    pub forward: Option<String>,
    /// List of labels to remove from the message.
    pub remove_label_ids: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl FilterAction {
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

    /// Sets `forward` (chainable).
    pub fn set_forward(mut self, value: impl Into<String>) -> Self {
        self.forward = Some(value.into());
        self.unknown_fields.remove("forward");
        self
    }

    /// Sends `forward` as JSON `null`, which clears it on the server (chainable); `set_forward`
    /// takes it back.
    #[inline]
    pub fn clear_forward(mut self) -> Self {
        self.forward = None;
        self.unknown_fields.insert("forward".to_owned(), serde_json::Value::Null);
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

impl serde::Serialize for FilterAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.add_label_ids {
            map.serialize_entry("addLabelIds", value)?;
        }
        if let Some(value) = &self.forward {
            map.serialize_entry("forward", value)?;
        }
        if let Some(value) = &self.remove_label_ids {
            map.serialize_entry("removeLabelIds", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for FilterAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for FilterAction {
    const NAME: &'static str = "FilterAction";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "addLabelIds" => self.add_label_ids = map.next_value()?,
            "forward" => self.forward = map.next_value()?,
            "removeLabelIds" => self.remove_label_ids = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
