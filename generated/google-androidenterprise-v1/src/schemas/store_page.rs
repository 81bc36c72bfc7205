use crate::runtime::wire;

/// Definition of a managed Google Play store page, made of a localized name and links to other
/// pages. A page also contains clusters defined as a subcollection.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct StorePage {
    /// Unique ID of this page. Assigned by the server. Immutable once assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ordered list of pages a user should be able to reach from this page. The list can't include
    /// this page. It is recommended that the basic pages are created first, before adding the links
    /// between pages. The API doesn't verify that the pages exist or the pages are reachable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Vec<String>>,
    /// Ordered list of localized strings giving the name of this page. The text displayed is the
    /// one that best matches the user locale, or the first entry if there is no good match. There
    /// needs to be at least one entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Vec<crate::schemas::LocalizedText>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl StorePage {
    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `link` (chainable).
    pub fn set_link(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.link = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("link");
        self
    }

    /// Sends `link` as JSON `null`, which clears it on the server (chainable); `set_link` takes it
    /// back.
    #[inline]
    pub fn clear_link(mut self) -> Self {
        self.link = None;
        self.unknown_fields.insert("link".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::LocalizedText>>,
    ) -> Self {
        self.name = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }
}
