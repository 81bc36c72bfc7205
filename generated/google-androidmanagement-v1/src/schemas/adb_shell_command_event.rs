use crate::runtime::wire;

/// A shell command was issued over ADB via “adb shell command”.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AdbShellCommandEvent {
    /// Shell command that was issued over ADB via "adb shell command". Redacted to empty string on
    /// organization-owned managed profile devices.
    pub shell_cmd: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for AdbShellCommandEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.shell_cmd {
            map.serialize_entry("shellCmd", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdbShellCommandEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AdbShellCommandEvent {
    const NAME: &'static str = "AdbShellCommandEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "shellCmd" => self.shell_cmd = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
