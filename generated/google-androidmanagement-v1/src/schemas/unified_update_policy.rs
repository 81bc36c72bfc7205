use crate::runtime::wire;

/// The Unified Update Control policy, for controlling updates of software components on the
/// device (see Target). Supported only on company-owned devices.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UnifiedUpdatePolicy {
    /// Optional. When the policy is evaluated for a given target, all rules which refer to that
    /// target are evaluated in sequence. The first rule for which the predicate evaluates to true
    /// is considered, and its outcome is used. If no rule matches, the default update behavior
    /// applies. In other words, this behaves like a chained if-else statement.However, if an update
    /// has been available for more than a certain amount of time, any outcome of BLOCK is
    /// automatically changed to the default update behavior. At most 100 rules are allowed.
    pub rules: Option<Vec<crate::schemas::Rule>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UnifiedUpdatePolicy {
    /// Sets `rules` (chainable).
    pub fn set_rules(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Rule>>,
    ) -> Self {
        self.rules = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("rules");
        self
    }

    /// Sends `rules` as JSON `null`, which clears it on the server (chainable); `set_rules` takes
    /// it back.
    #[inline]
    pub fn clear_rules(mut self) -> Self {
        self.rules = None;
        self.unknown_fields.insert("rules".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UnifiedUpdatePolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.rules {
            map.serialize_entry("rules", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UnifiedUpdatePolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UnifiedUpdatePolicy {
    const NAME: &'static str = "UnifiedUpdatePolicy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "rules" => self.rules = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
