use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserUndelete {
    /// OrgUnit of User
    pub org_unit_path: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserUndelete {
    /// Sets `orgUnitPath` (chainable).
    pub fn set_org_unit_path(mut self, value: impl Into<String>) -> Self {
        self.org_unit_path = Some(value.into());
        self.unknown_fields.remove("orgUnitPath");
        self
    }

    /// Sends `orgUnitPath` as JSON `null`, which clears it on the server (chainable);
    /// `set_org_unit_path` takes it back.
    #[inline]
    pub fn clear_org_unit_path(mut self) -> Self {
        self.org_unit_path = None;
        self.unknown_fields.insert("orgUnitPath".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UserUndelete {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.org_unit_path {
            map.serialize_entry("orgUnitPath", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserUndelete {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserUndelete {
    const NAME: &'static str = "UserUndelete";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "orgUnitPath" => self.org_unit_path = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
