use crate::runtime::wire;

/// Response for the ListForwardingAddresses method.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListForwardingAddressesResponse {
    /// List of addresses that may be used for forwarding.
    pub forwarding_addresses: Option<Vec<crate::schemas::ForwardingAddress>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for ListForwardingAddressesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.forwarding_addresses {
            map.serialize_entry("forwardingAddresses", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListForwardingAddressesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListForwardingAddressesResponse {
    const NAME: &'static str = "ListForwardingAddressesResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "forwardingAddresses" => self.forwarding_addresses = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
