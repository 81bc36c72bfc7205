use crate::runtime::wire;

/// An icon for a web app. Supported formats are: png, jpg and webp.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WebAppIcon {
    /// The actual bytes of the image in a base64url encoded string (c.f. RFC4648, section 5 "Base
    /// 64 Encoding with URL and Filename Safe Alphabet"). - The image type can be png or jpg. - The
    /// image should ideally be square. - The image should ideally have a size of 512x512.
    pub image_data: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl WebAppIcon {
    /// Sets `imageData` (chainable).
    pub fn set_image_data(mut self, value: impl Into<String>) -> Self {
        self.image_data = Some(value.into());
        self.unknown_fields.remove("imageData");
        self
    }

    /// Sends `imageData` as JSON `null`, which clears it on the server (chainable);
    /// `set_image_data` takes it back.
    #[inline]
    pub fn clear_image_data(mut self) -> Self {
        self.image_data = None;
        self.unknown_fields.insert("imageData".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for WebAppIcon {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.image_data {
            map.serialize_entry("imageData", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WebAppIcon {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for WebAppIcon {
    const NAME: &'static str = "WebAppIcon";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "imageData" => self.image_data = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
