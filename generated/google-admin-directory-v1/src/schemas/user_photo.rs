use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserPhoto {
    /// ETag of the resource.
    pub etag: Option<String>,
    /// Height of the photo in pixels.
    pub height: Option<i32>,
    /// The ID the API uses to uniquely identify the user.
    pub id: Option<String>,
    /// The type of the API resource. For Photo resources, this is `admin#directory#user#photo`.
    pub kind: Option<String>,
    /// The MIME type of the photo. Allowed values are `JPEG`, `PNG`, `GIF`, `BMP`, `TIFF`, and
    /// web-safe base64 encoding.
    pub mime_type: Option<String>,
    /// The user photo's upload data in [web-safe
    /// Base64](https://en.wikipedia.org/wiki/Base64#URL_applications) format in bytes. This
    /// means: * The slash (/) character is replaced with the underscore (_) character. * The plus
    /// sign (+) character is replaced with the hyphen (-) character. * The equals sign (=)
    /// character is replaced with the asterisk (*). * For padding, the period (.) character is used
    /// instead of the RFC-4648 baseURL definition which uses the equals sign (=) for padding. This
    /// is done to simplify URL-parsing. * Whatever the size of the photo being uploaded, the API
    /// downsizes it to 96x96 pixels.
    ///
    /// Required by: `directory.users.photos.update`.
    pub photo_data: Option<Vec<u8>>,
    /// The user's primary email address.
    pub primary_email: Option<String>,
    /// Width of the photo in pixels.
    pub width: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserPhoto {
    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self.unknown_fields.remove("etag");
        self
    }

    /// Sends `etag` as JSON `null`, which clears it on the server (chainable); `set_etag` takes it
    /// back.
    #[inline]
    pub fn clear_etag(mut self) -> Self {
        self.etag = None;
        self.unknown_fields.insert("etag".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `height` (chainable).
    pub fn set_height(mut self, value: impl Into<i32>) -> Self {
        self.height = Some(value.into());
        self.unknown_fields.remove("height");
        self
    }

    /// Sends `height` as JSON `null`, which clears it on the server (chainable); `set_height` takes
    /// it back.
    #[inline]
    pub fn clear_height(mut self) -> Self {
        self.height = None;
        self.unknown_fields.insert("height".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mimeType` (chainable).
    pub fn set_mime_type(mut self, value: impl Into<String>) -> Self {
        self.mime_type = Some(value.into());
        self.unknown_fields.remove("mimeType");
        self
    }

    /// Sends `mimeType` as JSON `null`, which clears it on the server (chainable); `set_mime_type`
    /// takes it back.
    #[inline]
    pub fn clear_mime_type(mut self) -> Self {
        self.mime_type = None;
        self.unknown_fields.insert("mimeType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `photoData` (chainable).
    pub fn set_photo_data(mut self, value: impl Into<Vec<u8>>) -> Self {
        self.photo_data = Some(value.into());
        self.unknown_fields.remove("photoData");
        self
    }

    /// Sends `photoData` as JSON `null`, which clears it on the server (chainable);
    /// `set_photo_data` takes it back.
    #[inline]
    pub fn clear_photo_data(mut self) -> Self {
        self.photo_data = None;
        self.unknown_fields.insert("photoData".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `primaryEmail` (chainable).
    pub fn set_primary_email(mut self, value: impl Into<String>) -> Self {
        self.primary_email = Some(value.into());
        self.unknown_fields.remove("primaryEmail");
        self
    }

    /// Sends `primaryEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_primary_email` takes it back.
    #[inline]
    pub fn clear_primary_email(mut self) -> Self {
        self.primary_email = None;
        self.unknown_fields.insert("primaryEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `width` (chainable).
    pub fn set_width(mut self, value: impl Into<i32>) -> Self {
        self.width = Some(value.into());
        self.unknown_fields.remove("width");
        self
    }

    /// Sends `width` as JSON `null`, which clears it on the server (chainable); `set_width` takes
    /// it back.
    #[inline]
    pub fn clear_width(mut self) -> Self {
        self.width = None;
        self.unknown_fields.insert("width".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UserPhoto {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.height {
            map.serialize_entry("height", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.mime_type {
            map.serialize_entry("mimeType", value)?;
        }
        if self.photo_data.is_some() {
            map.serialize_entry(
                "photoData",
                &wire::Out::<
                    Option<Vec<u8>>,
                    Option<wire::Base64>,
                >::new(&self.photo_data),
            )?;
        }
        if let Some(value) = &self.primary_email {
            map.serialize_entry("primaryEmail", value)?;
        }
        if let Some(value) = &self.width {
            map.serialize_entry("width", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserPhoto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserPhoto {
    const NAME: &'static str = "UserPhoto";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "etag" => self.etag = map.next_value()?,
            "height" => self.height = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "mimeType" => self.mime_type = map.next_value()?,
            "photoData" => {
                self.photo_data = map
                    .next_value::<wire::In<Option<Vec<u8>>, Option<wire::Base64>>>()?
                    .0;
            }
            "primaryEmail" => self.primary_email = map.next_value()?,
            "width" => self.width = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
