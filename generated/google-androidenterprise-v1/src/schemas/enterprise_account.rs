use crate::runtime::wire;

/// A service account that can be used to authenticate as the enterprise to API calls that
/// require such authentication.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EnterpriseAccount {
    /// The email address of the service account.
    pub account_email: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl EnterpriseAccount {
    /// Sets `accountEmail` (chainable).
    pub fn set_account_email(mut self, value: impl Into<String>) -> Self {
        self.account_email = Some(value.into());
        self.unknown_fields.remove("accountEmail");
        self
    }

    /// Sends `accountEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_account_email` takes it back.
    #[inline]
    pub fn clear_account_email(mut self) -> Self {
        self.account_email = None;
        self.unknown_fields.insert("accountEmail".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for EnterpriseAccount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.account_email {
            map.serialize_entry("accountEmail", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for EnterpriseAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for EnterpriseAccount {
    const NAME: &'static str = "EnterpriseAccount";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "accountEmail" => self.account_email = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
