use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GroupLicensesListResponse {
    /// A group license for a product approved for use in the enterprise.
    pub group_license: Option<Vec<crate::schemas::GroupLicense>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl GroupLicensesListResponse {
    /// Sets `groupLicense` (chainable).
    pub fn set_group_license(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::GroupLicense>>,
    ) -> Self {
        self.group_license = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("groupLicense");
        self
    }

    /// Sends `groupLicense` as JSON `null`, which clears it on the server (chainable);
    /// `set_group_license` takes it back.
    #[inline]
    pub fn clear_group_license(mut self) -> Self {
        self.group_license = None;
        self.unknown_fields.insert("groupLicense".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for GroupLicensesListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.group_license {
            map.serialize_entry("groupLicense", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupLicensesListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for GroupLicensesListResponse {
    const NAME: &'static str = "GroupLicensesListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "groupLicense" => self.group_license = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
