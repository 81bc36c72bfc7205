use crate::runtime::wire;

/// Information about the current page. List operations that supports paging return only one
/// "page" of results. This protocol buffer message describes the page that has been returned.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PageInfo {
    /// Maximum number of results returned in one page. ! The number of results included in the API
    /// response.
    #[serde(rename = "resultPerPage", default, skip_serializing_if = "Option::is_none")]
    pub result_per_page: Option<i32>,
    /// Index of the first result returned in the current page.
    #[serde(rename = "startIndex", default, skip_serializing_if = "Option::is_none")]
    pub start_index: Option<i32>,
    /// Total number of results available on the backend ! The total number of results in the result
    /// set.
    #[serde(rename = "totalResults", default, skip_serializing_if = "Option::is_none")]
    pub total_results: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl PageInfo {
    /// Sets `resultPerPage` (chainable).
    pub fn set_result_per_page(mut self, value: impl Into<i32>) -> Self {
        self.result_per_page = Some(value.into());
        self.unknown_fields.remove("resultPerPage");
        self
    }

    /// Sends `resultPerPage` as JSON `null`, which clears it on the server (chainable);
    /// `set_result_per_page` takes it back.
    #[inline]
    pub fn clear_result_per_page(mut self) -> Self {
        self.result_per_page = None;
        self.unknown_fields.insert("resultPerPage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `startIndex` (chainable).
    pub fn set_start_index(mut self, value: impl Into<i32>) -> Self {
        self.start_index = Some(value.into());
        self.unknown_fields.remove("startIndex");
        self
    }

    /// Sends `startIndex` as JSON `null`, which clears it on the server (chainable);
    /// `set_start_index` takes it back.
    #[inline]
    pub fn clear_start_index(mut self) -> Self {
        self.start_index = None;
        self.unknown_fields.insert("startIndex".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `totalResults` (chainable).
    pub fn set_total_results(mut self, value: impl Into<i32>) -> Self {
        self.total_results = Some(value.into());
        self.unknown_fields.remove("totalResults");
        self
    }

    /// Sends `totalResults` as JSON `null`, which clears it on the server (chainable);
    /// `set_total_results` takes it back.
    #[inline]
    pub fn clear_total_results(mut self) -> Self {
        self.total_results = None;
        self.unknown_fields.insert("totalResults".to_owned(), serde_json::Value::Null);
        self
    }
}
