use crate::runtime::wire;

/// Push notification watch response.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WatchResponse {
    /// When Gmail will stop sending notifications for mailbox updates (epoch millis). Call `watch`
    /// again before this time to renew the watch.
    pub expiration: Option<i64>,
    /// The ID of the mailbox's current history record.
    pub history_id: Option<u64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl WatchResponse {
    /// Sets `expiration` (chainable).
    pub fn set_expiration(mut self, value: impl Into<i64>) -> Self {
        self.expiration = Some(value.into());
        self.unknown_fields.remove("expiration");
        self
    }

    /// Sends `expiration` as JSON `null`, which clears it on the server (chainable);
    /// `set_expiration` takes it back.
    #[inline]
    pub fn clear_expiration(mut self) -> Self {
        self.expiration = None;
        self.unknown_fields.insert("expiration".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `historyId` (chainable).
    pub fn set_history_id(mut self, value: impl Into<u64>) -> Self {
        self.history_id = Some(value.into());
        self.unknown_fields.remove("historyId");
        self
    }

    /// Sends `historyId` as JSON `null`, which clears it on the server (chainable);
    /// `set_history_id` takes it back.
    #[inline]
    pub fn clear_history_id(mut self) -> Self {
        self.history_id = None;
        self.unknown_fields.insert("historyId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for WatchResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.expiration.is_some() {
            map.serialize_entry(
                "expiration",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.expiration),
            )?;
        }
        if self.history_id.is_some() {
            map.serialize_entry(
                "historyId",
                &wire::Out::<Option<u64>, Option<wire::U64>>::new(&self.history_id),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WatchResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for WatchResponse {
    const NAME: &'static str = "WatchResponse";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "expiration" => {
                self.expiration = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "historyId" => {
                self.history_id = map
                    .next_value::<wire::In<Option<u64>, Option<wire::U64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
