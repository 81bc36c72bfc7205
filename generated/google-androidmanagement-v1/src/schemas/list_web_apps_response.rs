use crate::runtime::wire;

/// Response to a request to list web apps for a given enterprise.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListWebAppsResponse {
    /// If there are more results, a token to retrieve next page of results.
    pub next_page_token: Option<String>,
    /// The list of web apps.
    pub web_apps: Option<Vec<crate::schemas::WebApp>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListWebAppsResponse {
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

    /// Sets `webApps` (chainable).
    pub fn set_web_apps(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::WebApp>>,
    ) -> Self {
        self.web_apps = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("webApps");
        self
    }

    /// Sends `webApps` as JSON `null`, which clears it on the server (chainable); `set_web_apps`
    /// takes it back.
    #[inline]
    pub fn clear_web_apps(mut self) -> Self {
        self.web_apps = None;
        self.unknown_fields.insert("webApps".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListWebAppsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        if let Some(value) = &self.web_apps {
            map.serialize_entry("webApps", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListWebAppsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListWebAppsResponse {
    const NAME: &'static str = "ListWebAppsResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "nextPageToken" => self.next_page_token = map.next_value()?,
            "webApps" => self.web_apps = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
