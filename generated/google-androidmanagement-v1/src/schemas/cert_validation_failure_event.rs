use crate::runtime::wire;

/// An X.509v3 certificate failed to validate, currently this validation is performed on the
/// Wi-FI access point and failure may be due to a mismatch upon server certificate validation.
/// However it may in the future include other validation events of an X.509v3 certificate.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CertValidationFailureEvent {
    /// The reason why certification validation failed.
    pub failure_reason: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl CertValidationFailureEvent {
    /// Sets `failureReason` (chainable).
    pub fn set_failure_reason(mut self, value: impl Into<String>) -> Self {
        self.failure_reason = Some(value.into());
        self.unknown_fields.remove("failureReason");
        self
    }

    /// Sends `failureReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_failure_reason` takes it back.
    #[inline]
    pub fn clear_failure_reason(mut self) -> Self {
        self.failure_reason = None;
        self.unknown_fields.insert("failureReason".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for CertValidationFailureEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.failure_reason {
            map.serialize_entry("failureReason", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CertValidationFailureEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for CertValidationFailureEvent {
    const NAME: &'static str = "CertValidationFailureEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "failureReason" => self.failure_reason = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
