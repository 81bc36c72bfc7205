use crate::runtime::wire;
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserName {
    /// The user's display name. Limit: 256 characters.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The user's last name. Required when creating a user account.
    ///
    /// Required by: `directory.users.insert`.
    #[serde(rename = "familyName", default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    /// The user's full name formed by concatenating the first and last name values.
    #[serde(rename = "fullName", default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// The user's first name. Required when creating a user account.
    ///
    /// Required by: `directory.users.insert`.
    #[serde(rename = "givenName", default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl UserName {
    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self.unknown_fields.remove("displayName");
        self
    }

    /// Sends `displayName` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_name` takes it back.
    #[inline]
    pub fn clear_display_name(mut self) -> Self {
        self.display_name = None;
        self.unknown_fields.insert("displayName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `familyName` (chainable).
    pub fn set_family_name(mut self, value: impl Into<String>) -> Self {
        self.family_name = Some(value.into());
        self.unknown_fields.remove("familyName");
        self
    }

    /// Sends `familyName` as JSON `null`, which clears it on the server (chainable);
    /// `set_family_name` takes it back.
    #[inline]
    pub fn clear_family_name(mut self) -> Self {
        self.family_name = None;
        self.unknown_fields.insert("familyName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fullName` (chainable).
    pub fn set_full_name(mut self, value: impl Into<String>) -> Self {
        self.full_name = Some(value.into());
        self.unknown_fields.remove("fullName");
        self
    }

    /// Sends `fullName` as JSON `null`, which clears it on the server (chainable); `set_full_name`
    /// takes it back.
    #[inline]
    pub fn clear_full_name(mut self) -> Self {
        self.full_name = None;
        self.unknown_fields.insert("fullName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `givenName` (chainable).
    pub fn set_given_name(mut self, value: impl Into<String>) -> Self {
        self.given_name = Some(value.into());
        self.unknown_fields.remove("givenName");
        self
    }

    /// Sends `givenName` as JSON `null`, which clears it on the server (chainable);
    /// `set_given_name` takes it back.
    #[inline]
    pub fn clear_given_name(mut self) -> Self {
        self.given_name = None;
        self.unknown_fields.insert("givenName".to_owned(), serde_json::Value::Null);
        self
    }
}
