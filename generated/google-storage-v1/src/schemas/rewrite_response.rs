use crate::runtime::wire;

/// A rewrite response.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RewriteResponse {
    /// true if the copy is finished; otherwise, false if the copy is in progress. This property is
    /// always present in the response.
    pub done: Option<bool>,
    /// The kind of item this is.
    pub kind: Option<String>,
    /// The total size of the object being copied in bytes. This property is always present in the
    /// response.
    pub object_size: Option<i64>,
    /// A resource containing the metadata for the copied-to object. This property is present in the
    /// response only when copying completes.
    pub resource: Option<crate::schemas::Object>,
    /// A token to use in subsequent requests to continue copying data. This token is present in the
    /// response only when there is more data to copy.
    pub rewrite_token: Option<String>,
    /// The total bytes written so far, which can be used to provide a waiting user with a progress
    /// indicator. This property is always present in the response.
    pub total_bytes_rewritten: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl RewriteResponse {
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

    /// Sets `objectSize` (chainable).
    pub fn set_object_size(mut self, value: impl Into<i64>) -> Self {
        self.object_size = Some(value.into());
        self.unknown_fields.remove("objectSize");
        self
    }

    /// Sends `objectSize` as JSON `null`, which clears it on the server (chainable);
    /// `set_object_size` takes it back.
    #[inline]
    pub fn clear_object_size(mut self) -> Self {
        self.object_size = None;
        self.unknown_fields.insert("objectSize".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `resource` (chainable).
    pub fn set_resource(mut self, value: impl Into<crate::schemas::Object>) -> Self {
        self.resource = Some(value.into());
        self.unknown_fields.remove("resource");
        self
    }

    /// Sends `resource` as JSON `null`, which clears it on the server (chainable); `set_resource`
    /// takes it back.
    #[inline]
    pub fn clear_resource(mut self) -> Self {
        self.resource = None;
        self.unknown_fields.insert("resource".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `rewriteToken` (chainable).
    pub fn set_rewrite_token(mut self, value: impl Into<String>) -> Self {
        self.rewrite_token = Some(value.into());
        self.unknown_fields.remove("rewriteToken");
        self
    }

    /// Sends `rewriteToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_rewrite_token` takes it back.
    #[inline]
    pub fn clear_rewrite_token(mut self) -> Self {
        self.rewrite_token = None;
        self.unknown_fields.insert("rewriteToken".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `totalBytesRewritten` (chainable).
    pub fn set_total_bytes_rewritten(mut self, value: impl Into<i64>) -> Self {
        self.total_bytes_rewritten = Some(value.into());
        self.unknown_fields.remove("totalBytesRewritten");
        self
    }

    /// Sends `totalBytesRewritten` as JSON `null`, which clears it on the server (chainable);
    /// `set_total_bytes_rewritten` takes it back.
    #[inline]
    pub fn clear_total_bytes_rewritten(mut self) -> Self {
        self.total_bytes_rewritten = None;
        self.unknown_fields
            .insert("totalBytesRewritten".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for RewriteResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.done {
            map.serialize_entry("done", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if self.object_size.is_some() {
            map.serialize_entry(
                "objectSize",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.object_size),
            )?;
        }
        if let Some(value) = &self.resource {
            map.serialize_entry("resource", value)?;
        }
        if let Some(value) = &self.rewrite_token {
            map.serialize_entry("rewriteToken", value)?;
        }
        if self.total_bytes_rewritten.is_some() {
            map.serialize_entry(
                "totalBytesRewritten",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.total_bytes_rewritten),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RewriteResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for RewriteResponse {
    const NAME: &'static str = "RewriteResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "done" => self.done = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "objectSize" => {
                self.object_size = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "resource" => self.resource = map.next_value()?,
            "rewriteToken" => self.rewrite_token = map.next_value()?,
            "totalBytesRewritten" => {
                self.total_bytes_rewritten = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
