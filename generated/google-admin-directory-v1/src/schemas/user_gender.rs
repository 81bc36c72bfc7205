use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserGender {
    /// AddressMeAs. A human-readable string containing the proper way to refer to the profile owner
    /// by humans for example he/him/his or they/them/their.
    #[serde(rename = "addressMeAs", default, skip_serializing_if = "Option::is_none")]
    pub address_me_as: Option<String>,
    /// Custom gender.
    #[serde(rename = "customGender", default, skip_serializing_if = "Option::is_none")]
    pub custom_gender: Option<String>,
    /// Gender.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl UserGender {
    /// Sets `addressMeAs` (chainable).
    pub fn set_address_me_as(mut self, value: impl Into<String>) -> Self {
        self.address_me_as = Some(value.into());
        self.unknown_fields.remove("addressMeAs");
        self
    }

    /// Sends `addressMeAs` as JSON `null`, which clears it on the server (chainable);
    /// `set_address_me_as` takes it back.
    #[inline]
    pub fn clear_address_me_as(mut self) -> Self {
        self.address_me_as = None;
        self.unknown_fields.insert("addressMeAs".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customGender` (chainable).
    pub fn set_custom_gender(mut self, value: impl Into<String>) -> Self {
        self.custom_gender = Some(value.into());
        self.unknown_fields.remove("customGender");
        self
    }

    /// Sends `customGender` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_gender` takes it back.
    #[inline]
    pub fn clear_custom_gender(mut self) -> Self {
        self.custom_gender = None;
        self.unknown_fields.insert("customGender".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self.unknown_fields.remove("type");
        self
    }

    /// Sends `type` as JSON `null`, which clears it on the server (chainable); `set_type` takes it
    /// back.
    #[inline]
    pub fn clear_type(mut self) -> Self {
        self.type_ = None;
        self.unknown_fields.insert("type".to_owned(), serde_json::Value::Null);
        self
    }
}
