use crate::runtime::wire;

/// A response for issuing a command.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DirectoryChromeosdevicesIssueCommandResponse {
    /// The unique ID of the issued command, used to retrieve the command status.
    #[serde(
        rename = "commandId",
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub command_id: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
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
