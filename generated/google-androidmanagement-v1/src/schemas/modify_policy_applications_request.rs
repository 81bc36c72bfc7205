use crate::runtime::wire;

/// Request to update or create ApplicationPolicy objects in the given Policy.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ModifyPolicyApplicationsRequest {
    /// Required. The changes to be made to the ApplicationPolicy objects. There must be at least
    /// one ApplicationPolicyChange.
    pub changes: Option<Vec<crate::schemas::ApplicationPolicyChange>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ModifyPolicyApplicationsRequest {
    /// Sets `changes` (chainable).
    pub fn set_changes(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::ApplicationPolicyChange>,
        >,
    ) -> Self {
        self.changes = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("changes");
        self
    }

    /// Sends `changes` as JSON `null`, which clears it on the server (chainable); `set_changes`
    /// takes it back.
    #[inline]
    pub fn clear_changes(mut self) -> Self {
        self.changes = None;
        self.unknown_fields.insert("changes".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ModifyPolicyApplicationsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.changes {
            map.serialize_entry("changes", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyPolicyApplicationsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ModifyPolicyApplicationsRequest {
    const NAME: &'static str = "ModifyPolicyApplicationsRequest";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "changes" => self.changes = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
