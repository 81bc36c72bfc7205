use crate::runtime::wire;

/// Response for the ListSendAs method.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSendAsResponse {
    /// List of send-as aliases.
    pub send_as: Option<Vec<crate::schemas::SendAs>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListSendAsResponse {
    /// Sets `sendAs` (chainable).
    pub fn set_send_as(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::SendAs>>,
    ) -> Self {
        self.send_as = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("sendAs");
        self
    }

    /// Sends `sendAs` as JSON `null`, which clears it on the server (chainable); `set_send_as`
    /// takes it back.
    #[inline]
    pub fn clear_send_as(mut self) -> Self {
        self.send_as = None;
        self.unknown_fields.insert("sendAs".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListSendAsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.send_as {
            map.serialize_entry("sendAs", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListSendAsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListSendAsResponse {
    const NAME: &'static str = "ListSendAsResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "sendAs" => self.send_as = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
