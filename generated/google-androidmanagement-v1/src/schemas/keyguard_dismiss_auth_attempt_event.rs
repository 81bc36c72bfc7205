use crate::runtime::wire;

/// An attempt was made to unlock the device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct KeyguardDismissAuthAttemptEvent {
    /// Whether a strong form of authentication (password, PIN, or pattern) was used to unlock
    /// device.
    pub strong_auth_method_used: Option<bool>,
    /// Whether the unlock attempt was successful.
    pub success: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl KeyguardDismissAuthAttemptEvent {
    /// Sets `strongAuthMethodUsed` (chainable).
    pub fn set_strong_auth_method_used(mut self, value: impl Into<bool>) -> Self {
        self.strong_auth_method_used = Some(value.into());
        self.unknown_fields.remove("strongAuthMethodUsed");
        self
    }

    /// Sends `strongAuthMethodUsed` as JSON `null`, which clears it on the server (chainable);
    /// `set_strong_auth_method_used` takes it back.
    #[inline]
    pub fn clear_strong_auth_method_used(mut self) -> Self {
        self.strong_auth_method_used = None;
        self.unknown_fields
            .insert("strongAuthMethodUsed".to_owned(), serde_json::Value::Null);
        self
    }

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

impl serde::Serialize for KeyguardDismissAuthAttemptEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.strong_auth_method_used {
            map.serialize_entry("strongAuthMethodUsed", value)?;
        }
        if let Some(value) = &self.success {
            map.serialize_entry("success", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for KeyguardDismissAuthAttemptEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for KeyguardDismissAuthAttemptEvent {
    const NAME: &'static str = "KeyguardDismissAuthAttemptEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "strongAuthMethodUsed" => self.strong_auth_method_used = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
