use crate::runtime::wire;

/// Validates whether Android’s built-in cryptographic library (BoringSSL) is valid. Should
/// always succeed on device boot, if it fails, the device should be considered untrusted.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CryptoSelfTestCompletedEvent {
    /// Whether the test succeeded.
    pub success: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CryptoSelfTestCompletedEvent {
    /// Sets `success` (chainable).
    pub fn set_success(mut self, value: impl Into<bool>) -> Self {
        self.success = Some(value.into());
        self.unknown_fields.remove("success");
        self
    }

    /// Sends `success` as JSON `null`, which clears it on the server (chainable); `set_success`
    /// takes it back.
    #[inline]
    pub fn clear_success(mut self) -> Self {
        self.success = None;
        self.unknown_fields.insert("success".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for CryptoSelfTestCompletedEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.success {
            map.serialize_entry("success", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CryptoSelfTestCompletedEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CryptoSelfTestCompletedEvent {
    const NAME: &'static str = "CryptoSelfTestCompletedEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "success" => self.success = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
