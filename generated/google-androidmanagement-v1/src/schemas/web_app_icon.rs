use crate::runtime::wire;

/// An icon for a web app. Supported formats are: png, jpg and webp.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WebAppIcon {
    /// The actual bytes of the image in a base64url encoded string (c.f. RFC4648, section 5 "Base
    /// 64 Encoding with URL and Filename Safe Alphabet"). - The image type can be png or jpg. - The
    /// image should ideally be square. - The image should ideally have a size of 512x512.
    #[serde(rename = "imageData", default, skip_serializing_if = "Option::is_none")]
    pub image_data: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
