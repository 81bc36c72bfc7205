use crate::runtime::wire;

/// Response for the ListDelegates method.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDelegatesResponse {
    /// List of the user's delegates (with any verification status). If an account doesn't have
    /// delegates, this field doesn't appear.
    pub delegates: Option<Vec<crate::schemas::Delegate>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListDelegatesResponse {
    /// Sets `delegates` (chainable).
    pub fn set_delegates(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Delegate>>,
    ) -> Self {
        self.delegates = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("delegates");
        self
    }

    /// Sends `delegates` as JSON `null`, which clears it on the server (chainable); `set_delegates`
    /// takes it back.
    #[inline]
    pub fn clear_delegates(mut self) -> Self {
        self.delegates = None;
        self.unknown_fields.insert("delegates".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListDelegatesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.delegates {
            map.serialize_entry("delegates", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListDelegatesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListDelegatesResponse {
    const NAME: &'static str = "ListDelegatesResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "delegates" => self.delegates = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
