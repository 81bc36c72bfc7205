use crate::runtime::wire;

/// JSON template for Has Member response in Directory API.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MembersHasMember {
    /// Output only. Identifies whether the given user is a member of the group. Membership can be
    /// direct or nested.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "isMember", default, skip_serializing_if = "Option::is_none")]
    pub is_member: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl MembersHasMember {
    /// Sets `isMember` (chainable).
    pub fn set_is_member(mut self, value: impl Into<bool>) -> Self {
        self.is_member = Some(value.into());
        self.unknown_fields.remove("isMember");
        self
    }

    /// Sends `isMember` as JSON `null`, which clears it on the server (chainable); `set_is_member`
    /// takes it back.
    #[inline]
    pub fn clear_is_member(mut self) -> Self {
        self.is_member = None;
        self.unknown_fields.insert("isMember".to_owned(), serde_json::Value::Null);
        self
    }
}
