use crate::runtime::wire;

/// Directory users guest creation request message.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DirectoryUsersCreateGuestRequest {
    /// Optional. Immutable ID of the Google Workspace account. Only required when request is
    /// created by a service account. Defaults to the authenticated user's customer ID otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Required. External email of the guest user being created.
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

impl DirectoryUsersCreateGuestRequest {
    /// Sets `customer` (chainable).
    pub fn set_customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self.unknown_fields.remove("customer");
        self
    }

    /// Sends `customer` as JSON `null`, which clears it on the server (chainable); `set_customer`
    /// takes it back.
    #[inline]
    pub fn clear_customer(mut self) -> Self {
        self.customer = None;
        self.unknown_fields.insert("customer".to_owned(), serde_json::Value::Null);
        self
    }

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
