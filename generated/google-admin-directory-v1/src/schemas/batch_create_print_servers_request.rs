use crate::runtime::wire;

/// Request to add multiple new print servers in a batch.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchCreatePrintServersRequest {
    /// Required. A list of `PrintServer` resources to be created (max `50` per batch).
    pub requests: Option<Vec<crate::schemas::CreatePrintServerRequest>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BatchCreatePrintServersRequest {
    /// Sets `requests` (chainable).
    pub fn set_requests(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::CreatePrintServerRequest>,
        >,
    ) -> Self {
        self.requests = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("requests");
        self
    }

    /// Sends `requests` as JSON `null`, which clears it on the server (chainable); `set_requests`
    /// takes it back.
    #[inline]
    pub fn clear_requests(mut self) -> Self {
        self.requests = None;
        self.unknown_fields.insert("requests".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BatchCreatePrintServersRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.requests {
            map.serialize_entry("requests", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchCreatePrintServersRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BatchCreatePrintServersRequest {
    const NAME: &'static str = "BatchCreatePrintServersRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "requests" => self.requests = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
