use crate::runtime::wire;

/// This resource represents a long-running operation that is the result of a network API call.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Operation {
    /// If the value is false, it means the operation is still in progress. If true, the operation
    /// is completed, and either error or response is available.
    pub done: Option<bool>,
    /// The error result of the operation in case of failure or cancellation.
    pub error: Option<crate::schemas::Status>,
    /// Service-specific metadata associated with the operation. It typically contains progress
    /// information and common metadata such as create time. Some services might not provide such
    /// metadata. Any method that returns a long-running operation should document the metadata
    /// type, if any.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The server-assigned name, which is only unique within the same service that originally
    /// returns it. If you use the default HTTP mapping, the name should be a resource name ending
    /// with operations/{unique_id}.
    pub name: Option<String>,
    /// The normal, successful response of the operation. If the original method returns no data on
    /// success, such as Delete, the response is google.protobuf.Empty. If the original method is
    /// standard Get/Create/Update, the response should be the resource. For other methods, the
    /// response should have the type XxxResponse, where Xxx is the original method name. For
    /// example, if the original method name is TakeSnapshot(), the inferred response type is
    /// TakeSnapshotResponse.
    pub response: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Operation {
    /// Sets `done` (chainable).
    pub fn set_done(mut self, value: impl Into<bool>) -> Self {
        self.done = Some(value.into());
        self.unknown_fields.remove("done");
        self
    }

    /// Sends `done` as JSON `null`, which clears it on the server (chainable); `set_done` takes it
    /// back.
    #[inline]
    pub fn clear_done(mut self) -> Self {
        self.done = None;
        self.unknown_fields.insert("done".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `error` (chainable).
    pub fn set_error(mut self, value: impl Into<crate::schemas::Status>) -> Self {
        self.error = Some(value.into());
        self.unknown_fields.remove("error");
        self
    }

    /// Sends `error` as JSON `null`, which clears it on the server (chainable); `set_error` takes
    /// it back.
    #[inline]
    pub fn clear_error(mut self) -> Self {
        self.error = None;
        self.unknown_fields.insert("error".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `metadata` (chainable).
    pub fn set_metadata(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, impl Into<serde_json::Value>),
        >,
    ) -> Self {
        self.metadata = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("metadata");
        self
    }

    /// Sends `metadata` as JSON `null`, which clears it on the server (chainable); `set_metadata`
    /// takes it back.
    #[inline]
    pub fn clear_metadata(mut self) -> Self {
        self.metadata = None;
        self.unknown_fields.insert("metadata".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `response` (chainable).
    pub fn set_response(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, impl Into<serde_json::Value>),
        >,
    ) -> Self {
        self.response = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("response");
        self
    }

    /// Sends `response` as JSON `null`, which clears it on the server (chainable); `set_response`
    /// takes it back.
    #[inline]
    pub fn clear_response(mut self) -> Self {
        self.response = None;
        self.unknown_fields.insert("response".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Operation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.done {
            map.serialize_entry("done", value)?;
        }
        if let Some(value) = &self.error {
            map.serialize_entry("error", value)?;
        }
        if let Some(value) = &self.metadata {
            map.serialize_entry("metadata", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.response {
            map.serialize_entry("response", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Operation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Operation {
    const NAME: &'static str = "Operation";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "done" => self.done = map.next_value()?,
            "error" => self.error = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "response" => self.response = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
