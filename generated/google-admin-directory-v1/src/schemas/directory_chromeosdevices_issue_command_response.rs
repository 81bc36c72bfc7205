use crate::runtime::wire;

/// A response for issuing a command.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DirectoryChromeosdevicesIssueCommandResponse {
    /// The unique ID of the issued command, used to retrieve the command status.
    pub command_id: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl DirectoryChromeosdevicesIssueCommandResponse {
    /// Sets `commandId` (chainable).
    pub fn set_command_id(mut self, value: impl Into<i64>) -> Self {
        self.command_id = Some(value.into());
        self.unknown_fields.remove("commandId");
        self
    }

    /// Sends `commandId` as JSON `null`, which clears it on the server (chainable);
    /// `set_command_id` takes it back.
    #[inline]
    pub fn clear_command_id(mut self) -> Self {
        self.command_id = None;
        self.unknown_fields.insert("commandId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for DirectoryChromeosdevicesIssueCommandResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.command_id.is_some() {
            map.serialize_entry(
                "commandId",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.command_id),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DirectoryChromeosdevicesIssueCommandResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for DirectoryChromeosdevicesIssueCommandResponse {
    const NAME: &'static str = "DirectoryChromeosdevicesIssueCommandResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "commandId" => {
                self.command_id = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
