use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EntitlementsListResponse {
    /// An entitlement of a user to a product (e.g. an app). For example, a free app that they have
    /// installed, or a paid app that they have been allocated a license to.
    pub entitlement: Option<Vec<crate::schemas::Entitlement>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl EntitlementsListResponse {
    /// Sets `entitlement` (chainable).
    pub fn set_entitlement(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Entitlement>>,
    ) -> Self {
        self.entitlement = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("entitlement");
        self
    }

    /// Sends `entitlement` as JSON `null`, which clears it on the server (chainable);
    /// `set_entitlement` takes it back.
    #[inline]
    pub fn clear_entitlement(mut self) -> Self {
        self.entitlement = None;
        self.unknown_fields.insert("entitlement".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for EntitlementsListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.entitlement {
            map.serialize_entry("entitlement", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for EntitlementsListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for EntitlementsListResponse {
    const NAME: &'static str = "EntitlementsListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "entitlement" => self.entitlement = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
