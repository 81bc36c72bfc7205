use crate::runtime::wire;

/// An action to reset a company owned device or delete a work profile. Note: blockAction must
/// also be specified.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WipeAction {
    /// Whether the factory-reset protection data is preserved on the device. This setting applies
    /// to fully managed devices and work profiles on company-owned devices.
    pub preserve_frp: Option<bool>,
    /// Number of days the policy is non-compliant before the device or work profile is wiped.
    /// wipeAfterDays must be greater than blockAfterDays.
    pub wipe_after_days: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl WipeAction {
    /// Sets `preserveFrp` (chainable).
    pub fn set_preserve_frp(mut self, value: impl Into<bool>) -> Self {
        self.preserve_frp = Some(value.into());
        self.unknown_fields.remove("preserveFrp");
        self
    }

    /// Sends `preserveFrp` as JSON `null`, which clears it on the server (chainable);
    /// `set_preserve_frp` takes it back.
    #[inline]
    pub fn clear_preserve_frp(mut self) -> Self {
        self.preserve_frp = None;
        self.unknown_fields.insert("preserveFrp".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wipeAfterDays` (chainable).
    pub fn set_wipe_after_days(mut self, value: impl Into<i32>) -> Self {
        self.wipe_after_days = Some(value.into());
        self.unknown_fields.remove("wipeAfterDays");
        self
    }

    /// Sends `wipeAfterDays` as JSON `null`, which clears it on the server (chainable);
    /// `set_wipe_after_days` takes it back.
    #[inline]
    pub fn clear_wipe_after_days(mut self) -> Self {
        self.wipe_after_days = None;
        self.unknown_fields.insert("wipeAfterDays".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for WipeAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.preserve_frp {
            map.serialize_entry("preserveFrp", value)?;
        }
        if let Some(value) = &self.wipe_after_days {
            map.serialize_entry("wipeAfterDays", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WipeAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for WipeAction {
    const NAME: &'static str = "WipeAction";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "preserveFrp" => self.preserve_frp = map.next_value()?,
            "wipeAfterDays" => self.wipe_after_days = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
