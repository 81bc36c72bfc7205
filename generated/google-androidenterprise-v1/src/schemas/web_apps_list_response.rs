use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WebAppsListResponse {
    /// The manifest describing a web app.
    pub web_app: Option<Vec<crate::schemas::WebApp>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl WebAppsListResponse {
    /// Sets `webApp` (chainable).
    pub fn set_web_app(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::WebApp>>,
    ) -> Self {
        self.web_app = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("webApp");
        self
    }

    /// Sends `webApp` as JSON `null`, which clears it on the server (chainable); `set_web_app`
    /// takes it back.
    #[inline]
    pub fn clear_web_app(mut self) -> Self {
        self.web_app = None;
        self.unknown_fields.insert("webApp".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for WebAppsListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.web_app {
            map.serialize_entry("webApp", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WebAppsListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for WebAppsListResponse {
    const NAME: &'static str = "WebAppsListResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "webApp" => self.web_app = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
