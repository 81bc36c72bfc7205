use crate::runtime::wire;

/// An notification channel used to watch for resource changes.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Channel {
    /// The address where notifications are delivered for this channel.
    pub address: Option<String>,
    /// Date and time of notification channel expiration, expressed as a Unix timestamp, in
    /// milliseconds. Optional.
    pub expiration: Option<i64>,
    /// A UUID or similar unique string that identifies this channel.
    pub id: Option<String>,
    /// Identifies this as a notification channel used to watch for changes to a resource, which is
    /// `api#channel`.
    pub kind: Option<String>,
    /// Additional parameters controlling delivery channel behavior. Optional. For example,
    /// `params.ttl` specifies the time-to-live in seconds for the notification channel, where the
    /// default is 2 hours and the maximum TTL is 2 days.
    pub params: Option<std::collections::BTreeMap<String, String>>,
    /// A Boolean value to indicate whether payload is wanted. Optional.
    pub payload: Option<bool>,
    /// An opaque ID that identifies the resource being watched on this channel. Stable across
    /// different API versions.
    pub resource_id: Option<String>,
    /// A version-specific identifier for the watched resource.
    pub resource_uri: Option<String>,
    /// An arbitrary string delivered to the target address with each notification delivered over
    /// this channel. Optional.
    pub token: Option<String>,
    /// The type of delivery mechanism used for this channel.
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Channel {
    /// Sets `address` (chainable).
    pub fn set_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self.unknown_fields.remove("address");
        self
    }

    /// Sends `address` as JSON `null`, which clears it on the server (chainable); `set_address`
    /// takes it back.
    #[inline]
    pub fn clear_address(mut self) -> Self {
        self.address = None;
        self.unknown_fields.insert("address".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `expiration` (chainable).
    pub fn set_expiration(mut self, value: impl Into<i64>) -> Self {
        self.expiration = Some(value.into());
        self.unknown_fields.remove("expiration");
        self
    }

    /// Sends `expiration` as JSON `null`, which clears it on the server (chainable);
    /// `set_expiration` takes it back.
    #[inline]
    pub fn clear_expiration(mut self) -> Self {
        self.expiration = None;
        self.unknown_fields.insert("expiration".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
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

    /// Sets `params` (chainable).
    pub fn set_params(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.params = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("params");
        self
    }

    /// Sends `params` as JSON `null`, which clears it on the server (chainable); `set_params` takes
    /// it back.
    #[inline]
    pub fn clear_params(mut self) -> Self {
        self.params = None;
        self.unknown_fields.insert("params".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `payload` (chainable).
    pub fn set_payload(mut self, value: impl Into<bool>) -> Self {
        self.payload = Some(value.into());
        self.unknown_fields.remove("payload");
        self
    }

    /// Sends `payload` as JSON `null`, which clears it on the server (chainable); `set_payload`
    /// takes it back.
    #[inline]
    pub fn clear_payload(mut self) -> Self {
        self.payload = None;
        self.unknown_fields.insert("payload".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `resourceId` (chainable).
    pub fn set_resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self.unknown_fields.remove("resourceId");
        self
    }

    /// Sends `resourceId` as JSON `null`, which clears it on the server (chainable);
    /// `set_resource_id` takes it back.
    #[inline]
    pub fn clear_resource_id(mut self) -> Self {
        self.resource_id = None;
        self.unknown_fields.insert("resourceId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `resourceUri` (chainable).
    pub fn set_resource_uri(mut self, value: impl Into<String>) -> Self {
        self.resource_uri = Some(value.into());
        self.unknown_fields.remove("resourceUri");
        self
    }

    /// Sends `resourceUri` as JSON `null`, which clears it on the server (chainable);
    /// `set_resource_uri` takes it back.
    #[inline]
    pub fn clear_resource_uri(mut self) -> Self {
        self.resource_uri = None;
        self.unknown_fields.insert("resourceUri".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `token` (chainable).
    pub fn set_token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self.unknown_fields.remove("token");
        self
    }

    /// Sends `token` as JSON `null`, which clears it on the server (chainable); `set_token` takes
    /// it back.
    #[inline]
    pub fn clear_token(mut self) -> Self {
        self.token = None;
        self.unknown_fields.insert("token".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self.unknown_fields.remove("type");
        self
    }

    /// Sends `type` as JSON `null`, which clears it on the server (chainable); `set_type` takes it
    /// back.
    #[inline]
    pub fn clear_type(mut self) -> Self {
        self.type_ = None;
        self.unknown_fields.insert("type".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Channel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.address {
            map.serialize_entry("address", value)?;
        }
        if self.expiration.is_some() {
            map.serialize_entry(
                "expiration",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.expiration),
            )?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.params {
            map.serialize_entry("params", value)?;
        }
        if let Some(value) = &self.payload {
            map.serialize_entry("payload", value)?;
        }
        if let Some(value) = &self.resource_id {
            map.serialize_entry("resourceId", value)?;
        }
        if let Some(value) = &self.resource_uri {
            map.serialize_entry("resourceUri", value)?;
        }
        if let Some(value) = &self.token {
            map.serialize_entry("token", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Channel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Channel {
    const NAME: &'static str = "Channel";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "address" => self.address = map.next_value()?,
            "expiration" => {
                self.expiration = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "id" => self.id = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "params" => self.params = map.next_value()?,
            "payload" => self.payload = map.next_value()?,
            "resourceId" => self.resource_id = map.next_value()?,
            "resourceUri" => self.resource_uri = map.next_value()?,
            "token" => self.token = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
