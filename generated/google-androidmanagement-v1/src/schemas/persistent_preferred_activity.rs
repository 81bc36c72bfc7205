use crate::runtime::wire;

/// A default activity for handling intents that match a particular intent filter. Note: To set
/// up a kiosk, use InstallType to KIOSK rather than use persistent preferred activities.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PersistentPreferredActivity {
    /// The intent actions to match in the filter. If any actions are included in the filter, then
    /// an intent's action must be one of those values for it to match. If no actions are included,
    /// the intent action is ignored.
    pub actions: Option<Vec<String>>,
    /// The intent categories to match in the filter. An intent includes the categories that it
    /// requires, all of which must be included in the filter in order to match. In other words,
    /// adding a category to the filter has no impact on matching unless that category is specified
    /// in the intent.
    pub categories: Option<Vec<String>>,
    /// The activity that should be the default intent handler. This should be an Android component
    /// name, e.g. com.android.enterprise.app/.MainActivity. Alternatively, the value may be the
    /// package name of an app, which causes Android Device Policy to choose an appropriate activity
    /// from the app to handle the intent.
    pub receiver_activity: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PersistentPreferredActivity {
    /// Sets `actions` (chainable).
    pub fn set_actions(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.actions = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("actions");
        self
    }

    /// Sends `actions` as JSON `null`, which clears it on the server (chainable); `set_actions`
    /// takes it back.
    #[inline]
    pub fn clear_actions(mut self) -> Self {
        self.actions = None;
        self.unknown_fields.insert("actions".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `categories` (chainable).
    pub fn set_categories(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.categories = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("categories");
        self
    }

    /// Sends `categories` as JSON `null`, which clears it on the server (chainable);
    /// `set_categories` takes it back.
    #[inline]
    pub fn clear_categories(mut self) -> Self {
        self.categories = None;
        self.unknown_fields.insert("categories".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `receiverActivity` (chainable).
    pub fn set_receiver_activity(mut self, value: impl Into<String>) -> Self {
        self.receiver_activity = Some(value.into());
        self.unknown_fields.remove("receiverActivity");
        self
    }

    /// Sends `receiverActivity` as JSON `null`, which clears it on the server (chainable);
    /// `set_receiver_activity` takes it back.
    #[inline]
    pub fn clear_receiver_activity(mut self) -> Self {
        self.receiver_activity = None;
        self.unknown_fields
            .insert("receiverActivity".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PersistentPreferredActivity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.actions {
            map.serialize_entry("actions", value)?;
        }
        if let Some(value) = &self.categories {
            map.serialize_entry("categories", value)?;
        }
        if let Some(value) = &self.receiver_activity {
            map.serialize_entry("receiverActivity", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PersistentPreferredActivity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PersistentPreferredActivity {
    const NAME: &'static str = "PersistentPreferredActivity";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "actions" => self.actions = map.next_value()?,
            "categories" => self.categories = map.next_value()?,
            "receiverActivity" => self.receiver_activity = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
