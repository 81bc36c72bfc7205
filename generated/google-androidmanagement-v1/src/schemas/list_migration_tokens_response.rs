use crate::runtime::wire;

/// Response to a request to list migration tokens for a given enterprise.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMigrationTokensResponse {
    /// The migration tokens from the specified enterprise.
    pub migration_tokens: Option<Vec<crate::schemas::MigrationToken>>,
    /// A token, which can be sent as page_token to retrieve the next page. If this field is
    /// omitted, there are no subsequent pages.
    pub next_page_token: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ListMigrationTokensResponse {
    /// Sets `migrationTokens` (chainable).
    pub fn set_migration_tokens(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::MigrationToken>>,
    ) -> Self {
        self.migration_tokens = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("migrationTokens");
        self
    }

    /// Sends `migrationTokens` as JSON `null`, which clears it on the server (chainable);
    /// `set_migration_tokens` takes it back.
    #[inline]
    pub fn clear_migration_tokens(mut self) -> Self {
        self.migration_tokens = None;
        self.unknown_fields
            .insert("migrationTokens".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `nextPageToken` (chainable).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self.unknown_fields.remove("nextPageToken");
        self
    }

    /// Sends `nextPageToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_next_page_token` takes it back.
    #[inline]
    pub fn clear_next_page_token(mut self) -> Self {
        self.next_page_token = None;
        self.unknown_fields.insert("nextPageToken".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ListMigrationTokensResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.migration_tokens {
            map.serialize_entry("migrationTokens", value)?;
        }
        if let Some(value) = &self.next_page_token {
            map.serialize_entry("nextPageToken", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListMigrationTokensResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ListMigrationTokensResponse {
    const NAME: &'static str = "ListMigrationTokensResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "migrationTokens" => self.migration_tokens = map.next_value()?,
            "nextPageToken" => self.next_page_token = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
