use crate::runtime::wire;

/// This resource represents a long-running operation that is the result of a network API call.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GoogleLongrunningOperation {
    /// If the value is "false", it means the operation is still in progress. If "true", the
    /// operation is completed, and either "error" or "response" is available.
    pub done: Option<bool>,
    /// The error result of the operation in case of failure or cancellation.
    pub error: Option<crate::schemas::GoogleRpcStatus>,
    /// The kind of item this is. For operations, this is always storage#operation.
    pub kind: Option<String>,
    /// Service-specific metadata associated with the operation. It typically contains progress
    /// information and common metadata such as create time. Some services might not provide such
    /// metadata. Any method that returns a long-running operation should document the metadata
    /// type, if any.
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The server-assigned name, which is only unique within the same service that originally
    /// returns it. If you use the default HTTP mapping, the "name" should be a resource name ending
    /// with "operations/{operationId}".
    pub name: Option<String>,
    /// The normal response of the operation in case of success. If the original method returns no
    /// data on success, such as "Delete", the response is google.protobuf.Empty. If the original
    /// method is standard Get/Create/Update, the response should be the resource. For other
    /// methods, the response should have the type "XxxResponse", where "Xxx" is the original method
    /// name. For example, if the original method name is "TakeSnapshot()", the inferred response
    /// type is "TakeSnapshotResponse".
    pub response: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The link to this long running operation.
    pub self_link: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl GoogleLongrunningOperation {
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
    pub fn set_error(
        mut self,
        value: impl Into<crate::schemas::GoogleRpcStatus>,
    ) -> Self {
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

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
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

    /// Sets `selfLink` (chainable).
    pub fn set_self_link(mut self, value: impl Into<String>) -> Self {
        self.self_link = Some(value.into());
        self.unknown_fields.remove("selfLink");
        self
    }

    /// Sends `selfLink` as JSON `null`, which clears it on the server (chainable); `set_self_link`
    /// takes it back.
    #[inline]
    pub fn clear_self_link(mut self) -> Self {
        self.self_link = None;
        self.unknown_fields.insert("selfLink".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for GoogleLongrunningOperation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.done {
            map.serialize_entry("done", value)?;
        }
        if let Some(value) = &self.error {
            map.serialize_entry("error", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
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
        if let Some(value) = &self.self_link {
            map.serialize_entry("selfLink", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for GoogleLongrunningOperation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for GoogleLongrunningOperation {
    const NAME: &'static str = "GoogleLongrunningOperation";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "done" => self.done = map.next_value()?,
            "error" => self.error = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "response" => self.response = map.next_value()?,
            "selfLink" => self.self_link = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
