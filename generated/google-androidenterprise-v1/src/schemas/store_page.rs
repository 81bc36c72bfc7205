use crate::runtime::wire;

/// Definition of a managed Google Play store page, made of a localized name and links to other
/// pages. A page also contains clusters defined as a subcollection.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StorePage {
    /// Unique ID of this page. Assigned by the server. Immutable once assigned.
    pub id: Option<String>,
    /// Ordered list of pages a user should be able to reach from this page. The list can't include
    /// this page. It is recommended that the basic pages are created first, before adding the links
    /// between pages. The API doesn't verify that the pages exist or the pages are reachable.
    pub link: Option<Vec<String>>,
    /// Ordered list of localized strings giving the name of this page. The text displayed is the
    /// one that best matches the user locale, or the first entry if there is no good match. There
    /// needs to be at least one entry.
    pub name: Option<Vec<crate::schemas::LocalizedText>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl StorePage {
    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `link` (chainable).
    pub fn set_link(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.link = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("link");
        self
    }

    /// Sends `link` as JSON `null`, which clears it on the server (chainable); `set_link` takes it
    /// back.
    #[inline]
    pub fn clear_link(mut self) -> Self {
        self.link = None;
        self.unknown_fields.insert("link".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::LocalizedText>>,
    ) -> Self {
        self.name = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for StorePage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.link {
            map.serialize_entry("link", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StorePage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for StorePage {
    const NAME: &'static str = "StorePage";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "id" => self.id = map.next_value()?,
            "link" => self.link = map.next_value()?,
            "name" => self.name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
