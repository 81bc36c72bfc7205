use crate::runtime::wire;

/// A TCP connect event was initiated through the standard network stack.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ConnectEvent {
    /// The destination IP address of the connect call.
    pub destination_ip_address: Option<String>,
    /// The destination port of the connect call.
    pub destination_port: Option<i32>,
    /// The package name of the UID that performed the connect call.
    pub package_name: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ConnectEvent {
    /// Sets `destinationIpAddress` (chainable).
    pub fn set_destination_ip_address(mut self, value: impl Into<String>) -> Self {
        self.destination_ip_address = Some(value.into());
        self.unknown_fields.remove("destinationIpAddress");
        self
    }

    /// Sends `destinationIpAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_destination_ip_address` takes it back.
    #[inline]
    pub fn clear_destination_ip_address(mut self) -> Self {
        self.destination_ip_address = None;
        self.unknown_fields
            .insert("destinationIpAddress".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `destinationPort` (chainable).
    pub fn set_destination_port(mut self, value: impl Into<i32>) -> Self {
        self.destination_port = Some(value.into());
        self.unknown_fields.remove("destinationPort");
        self
    }

    /// Sends `destinationPort` as JSON `null`, which clears it on the server (chainable);
    /// `set_destination_port` takes it back.
    #[inline]
    pub fn clear_destination_port(mut self) -> Self {
        self.destination_port = None;
        self.unknown_fields
            .insert("destinationPort".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `packageName` (chainable).
    pub fn set_package_name(mut self, value: impl Into<String>) -> Self {
        self.package_name = Some(value.into());
        self.unknown_fields.remove("packageName");
        self
    }

    /// Sends `packageName` as JSON `null`, which clears it on the server (chainable);
    /// `set_package_name` takes it back.
    #[inline]
    pub fn clear_package_name(mut self) -> Self {
        self.package_name = None;
        self.unknown_fields.insert("packageName".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ConnectEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.destination_ip_address {
            map.serialize_entry("destinationIpAddress", value)?;
        }
        if let Some(value) = &self.destination_port {
            map.serialize_entry("destinationPort", value)?;
        }
        if let Some(value) = &self.package_name {
            map.serialize_entry("packageName", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConnectEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ConnectEvent {
    const NAME: &'static str = "ConnectEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "destinationIpAddress" => self.destination_ip_address = map.next_value()?,
            "destinationPort" => self.destination_port = map.next_value()?,
            "packageName" => self.package_name = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
