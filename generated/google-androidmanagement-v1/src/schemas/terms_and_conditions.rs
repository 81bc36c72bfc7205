use crate::runtime::wire;

/// A terms and conditions page to be accepted during provisioning.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TermsAndConditions {
    /// A well-formatted HTML string. It will be parsed on the client with
    /// android.text.Html#fromHtml.
    pub content: Option<crate::schemas::UserFacingMessage>,
    /// A short header which appears above the HTML content.
    pub header: Option<crate::schemas::UserFacingMessage>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl TermsAndConditions {
    /// Sets `content` (chainable).
    pub fn set_content(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.content = Some(value.into());
        self.unknown_fields.remove("content");
        self
    }

    /// Sends `content` as JSON `null`, which clears it on the server (chainable); `set_content`
    /// takes it back.
    #[inline]
    pub fn clear_content(mut self) -> Self {
        self.content = None;
        self.unknown_fields.insert("content".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `header` (chainable).
    pub fn set_header(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.header = Some(value.into());
        self.unknown_fields.remove("header");
        self
    }

    /// Sends `header` as JSON `null`, which clears it on the server (chainable); `set_header` takes
    /// it back.
    #[inline]
    pub fn clear_header(mut self) -> Self {
        self.header = None;
        self.unknown_fields.insert("header".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for TermsAndConditions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.content {
            map.serialize_entry("content", value)?;
        }
        if let Some(value) = &self.header {
            map.serialize_entry("header", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TermsAndConditions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for TermsAndConditions {
    const NAME: &'static str = "TermsAndConditions";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "content" => self.content = map.next_value()?,
            "header" => self.header = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
