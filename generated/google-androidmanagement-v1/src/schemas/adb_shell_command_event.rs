use crate::runtime::wire;

/// A shell command was issued over ADB via “adb shell command”.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AdbShellCommandEvent {
    /// Shell command that was issued over ADB via "adb shell command". Redacted to empty string on
    /// organization-owned managed profile devices.
    #[serde(rename = "shellCmd", default, skip_serializing_if = "Option::is_none")]
    pub shell_cmd: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl AdbShellCommandEvent {
    /// Sets `shellCmd` (chainable).
    pub fn set_shell_cmd(mut self, value: impl Into<String>) -> Self {
        self.shell_cmd = Some(value.into());
        self.unknown_fields.remove("shellCmd");
        self
    }

    /// Sends `shellCmd` as JSON `null`, which clears it on the server (chainable); `set_shell_cmd`
    /// takes it back.
    #[inline]
    pub fn clear_shell_cmd(mut self) -> Self {
        self.shell_cmd = None;
        self.unknown_fields.insert("shellCmd".to_owned(), serde_json::Value::Null);
        self
    }
}
