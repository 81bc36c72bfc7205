use crate::runtime::wire;

/// Response for listing printers.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPrintersResponse {
    /// A token, which can be sent as `page_token` to retrieve the next page. If this field is
    /// omitted, there are no subsequent pages.
    pub next_page_token: Option<String>,
    /// List of printers. If `org_unit_id` was given in the request, then only printers visible for
    /// this OU will be returned. If `org_unit_id` was not given in the request, then all printers
    /// will be returned.
    pub printers: Option<Vec<crate::schemas::Printer>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListPrintersResponse {
    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self.unknown_fields.remove("nextPageToken");
        self
    }

    /// Sends `nextPageToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_next_page_token` takes it back.
    #[inline]
    pub fn clear_next_page_token(mut self) -> Self {
        self.next_page_token = None;
        self.unknown_fields.insert("nextPageToken".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `printers` (chainable).
    pub fn set_printers(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Printer>>,
    ) -> Self {
        self.printers = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("printers");
        self
    }

    /// Sends `printers` as JSON `null`, which clears it on the server (chainable); `set_printers`
    /// takes it back.
    #[inline]
    pub fn clear_printers(mut self) -> Self {
        self.printers = None;
        self.unknown_fields.insert("printers".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListPrintersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        if let Some(value) = &self.printers {
            map.serialize_entry("printers", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListPrintersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListPrintersResponse {
    const NAME: &'static str = "ListPrintersResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "nextPageToken" => self.next_page_token = map.next_value()?,
            "printers" => self.printers = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
