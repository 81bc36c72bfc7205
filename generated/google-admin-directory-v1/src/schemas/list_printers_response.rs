use crate::runtime::wire;

/// Response for listing printers.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPrintersResponse {
    /// A token, which can be sent as `page_token` to retrieve the next page. If this field is
    /// omitted, there are no subsequent pages.
    #[serde(rename = "nextPageToken", default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// List of printers. If `org_unit_id` was given in the request, then only printers visible for
    /// this OU will be returned. If `org_unit_id` was not given in the request, then all printers
    /// will be returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printers: Option<Vec<crate::schemas::Printer>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ListPrintersResponse {
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

    /// Sets `printers` (chainable).
    pub fn set_printers(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::Printer>>,
    ) -> Self {
        self.printers = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("printers");
        self
    }

    /// Sends `printers` as JSON `null`, which clears it on the server (chainable); `set_printers`
    /// takes it back.
    #[inline]
    pub fn clear_printers(mut self) -> Self {
        self.printers = None;
        self.unknown_fields.insert("printers".to_owned(), serde_json::Value::Null);
        self
    }
}
