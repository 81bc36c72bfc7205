use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UsersListResponse {
    /// A user of an enterprise.
    pub user: Option<Vec<crate::schemas::User>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UsersListResponse {
    /// Sets `user` (chainable).
    pub fn set_user(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::User>>,
    ) -> Self {
        self.user = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("user");
        self
    }

    /// Sends `user` as JSON `null`, which clears it on the server (chainable); `set_user` takes it
    /// back.
    #[inline]
    pub fn clear_user(mut self) -> Self {
        self.user = None;
        self.unknown_fields.insert("user".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UsersListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.user {
            map.serialize_entry("user", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UsersListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UsersListResponse {
    const NAME: &'static str = "UsersListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "user" => self.user = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
