use crate::runtime::wire;

/// A bundle of managed properties.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManagedPropertyBundle {
    /// The list of managed properties.
    #[serde(
        rename = "managedProperty",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_property: Option<Vec<crate::schemas::ManagedProperty>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ManagedPropertyBundle {
    /// Sets `managedProperty` (chainable).
    pub fn set_managed_property(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ManagedProperty>>,
    ) -> Self {
        self.managed_property = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("managedProperty");
        self
    }

    /// Sends `managedProperty` as JSON `null`, which clears it on the server (chainable);
    /// `set_managed_property` takes it back.
    #[inline]
    pub fn clear_managed_property(mut self) -> Self {
        self.managed_property = None;
        self.unknown_fields
            .insert("managedProperty".to_owned(), serde_json::Value::Null);
        self
    }
}
