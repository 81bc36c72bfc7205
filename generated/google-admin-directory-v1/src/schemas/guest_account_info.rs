use crate::runtime::wire;

/// Account info specific to Guest users.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GuestAccountInfo {
    /// Immutable. The guest's external email.
    #[serde(
        rename = "primaryGuestEmail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_guest_email: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl GuestAccountInfo {
    /// Sets `primaryGuestEmail` (chainable).
    pub fn set_primary_guest_email(mut self, value: impl Into<String>) -> Self {
        self.primary_guest_email = Some(value.into());
        self.unknown_fields.remove("primaryGuestEmail");
        self
    }

    /// Sends `primaryGuestEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_primary_guest_email` takes it back.
    #[inline]
    pub fn clear_primary_guest_email(mut self) -> Self {
        self.primary_guest_email = None;
        self.unknown_fields
            .insert("primaryGuestEmail".to_owned(), serde_json::Value::Null);
        self
    }
}
