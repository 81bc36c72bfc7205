use crate::runtime::wire;

/// A variable set is a key-value pair of EMM-provided placeholders and its corresponding value,
/// which is attributed to a user. For example, $FIRSTNAME could be a placeholder, and its value
/// could be Alice. Placeholders should start with a '$' sign and should be alphanumeric only.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct VariableSet {
    /// The placeholder string; defined by EMM.
    pub placeholder: Option<String>,
    /// The value of the placeholder, specific to the user.
    pub user_value: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl VariableSet {
    /// Sets `placeholder` (chainable).
    pub fn set_placeholder(mut self, value: impl Into<String>) -> Self {
        self.placeholder = Some(value.into());
        self.unknown_fields.remove("placeholder");
        self
    }

    /// Sends `placeholder` as JSON `null`, which clears it on the server (chainable);
    /// `set_placeholder` takes it back.
    #[inline]
    pub fn clear_placeholder(mut self) -> Self {
        self.placeholder = None;
        self.unknown_fields.insert("placeholder".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `userValue` (chainable).
    pub fn set_user_value(mut self, value: impl Into<String>) -> Self {
        self.user_value = Some(value.into());
        self.unknown_fields.remove("userValue");
        self
    }

    /// Sends `userValue` as JSON `null`, which clears it on the server (chainable);
    /// `set_user_value` takes it back.
    #[inline]
    pub fn clear_user_value(mut self) -> Self {
        self.user_value = None;
        self.unknown_fields.insert("userValue".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for VariableSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.placeholder {
            map.serialize_entry("placeholder", value)?;
        }
        if let Some(value) = &self.user_value {
            map.serialize_entry("userValue", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for VariableSet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for VariableSet {
    const NAME: &'static str = "VariableSet";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "placeholder" => self.placeholder = map.next_value()?,
            "userValue" => self.user_value = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
