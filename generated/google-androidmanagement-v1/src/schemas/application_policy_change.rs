use crate::runtime::wire;

/// A change to be made to a single ApplicationPolicy object.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ApplicationPolicyChange {
    /// If ApplicationPolicy.packageName matches an existing ApplicationPolicy object within the
    /// Policy being modified, then that object will be updated. Otherwise, it will be added to the
    /// end of the Policy.applications.
    pub application: Option<crate::schemas::ApplicationPolicy>,
    /// The field mask indicating the fields to update. If omitted, all modifiable fields are
    /// updated.
    pub update_mask: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ApplicationPolicyChange {
    /// Sets `application` (chainable).
    pub fn set_application(
        mut self,
        value: impl Into<crate::schemas::ApplicationPolicy>,
    ) -> Self {
        self.application = Some(value.into());
        self.unknown_fields.remove("application");
        self
    }

    /// Sends `application` as JSON `null`, which clears it on the server (chainable);
    /// `set_application` takes it back.
    #[inline]
    pub fn clear_application(mut self) -> Self {
        self.application = None;
        self.unknown_fields.insert("application".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `updateMask` (chainable).
    pub fn set_update_mask(mut self, value: impl Into<String>) -> Self {
        self.update_mask = Some(value.into());
        self.unknown_fields.remove("updateMask");
        self
    }

    /// Sends `updateMask` as JSON `null`, which clears it on the server (chainable);
    /// `set_update_mask` takes it back.
    #[inline]
    pub fn clear_update_mask(mut self) -> Self {
        self.update_mask = None;
        self.unknown_fields.insert("updateMask".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ApplicationPolicyChange {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.application {
            map.serialize_entry("application", value)?;
        }
        if let Some(value) = &self.update_mask {
            map.serialize_entry("updateMask", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApplicationPolicyChange {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ApplicationPolicyChange {
    const NAME: &'static str = "ApplicationPolicyChange";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "application" => self.application = map.next_value()?,
            "updateMask" => self.update_mask = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
