use crate::runtime::wire;

/// JSON template for Has Member response in Directory API.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MembersHasMember {
    /// Output only. Identifies whether the given user is a member of the group. Membership can be
    /// direct or nested.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub is_member: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl MembersHasMember {
    /// Sets `isMember` (chainable).
    pub fn set_is_member(mut self, value: impl Into<bool>) -> Self {
        self.is_member = Some(value.into());
        self.unknown_fields.remove("isMember");
        self
    }

    /// Sends `isMember` as JSON `null`, which clears it on the server (chainable); `set_is_member`
    /// takes it back.
    #[inline]
    pub fn clear_is_member(mut self) -> Self {
        self.is_member = None;
        self.unknown_fields.insert("isMember".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for MembersHasMember {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.is_member {
            map.serialize_entry("isMember", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MembersHasMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for MembersHasMember {
    const NAME: &'static str = "MembersHasMember";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "isMember" => self.is_member = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
