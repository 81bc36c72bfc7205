use crate::runtime::wire;

/// Response for the ListForwardingAddresses method.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListForwardingAddressesResponse {
    /// List of addresses that may be used for forwarding.
    #[serde(
        rename = "forwardingAddresses",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub forwarding_addresses: Option<Vec<crate::schemas::ForwardingAddress>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListForwardingAddressesResponse {
    /// Sets `forwardingAddresses` (chainable).
    pub fn set_forwarding_addresses(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ForwardingAddress>>,
    ) -> Self {
        self.forwarding_addresses = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("forwardingAddresses");
        self
    }

    /// Sends `forwardingAddresses` as JSON `null`, which clears it on the server (chainable);
    /// `set_forwarding_addresses` takes it back.
    #[inline]
    pub fn clear_forwarding_addresses(mut self) -> Self {
        self.forwarding_addresses = None;
        self.unknown_fields
            .insert("forwardingAddresses".to_owned(), serde_json::Value::Null);
        self
    }
}
