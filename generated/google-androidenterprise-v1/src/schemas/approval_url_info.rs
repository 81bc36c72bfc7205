use crate::runtime::wire;

/// Information on an approval URL.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ApprovalUrlInfo {
    /// A URL that displays a product's permissions and that can also be used to approve the product
    /// with the Products.approve call.
    pub approval_url: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ApprovalUrlInfo {
    /// Sets `approvalUrl` (chainable).
    pub fn set_approval_url(mut self, value: impl Into<String>) -> Self {
        self.approval_url = Some(value.into());
        self.unknown_fields.remove("approvalUrl");
        self
    }

    /// Sends `approvalUrl` as JSON `null`, which clears it on the server (chainable);
    /// `set_approval_url` takes it back.
    #[inline]
    pub fn clear_approval_url(mut self) -> Self {
        self.approval_url = None;
        self.unknown_fields.insert("approvalUrl".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ApprovalUrlInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.approval_url {
            map.serialize_entry("approvalUrl", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApprovalUrlInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ApprovalUrlInfo {
    const NAME: &'static str = "ApprovalUrlInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "approvalUrl" => self.approval_url = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
