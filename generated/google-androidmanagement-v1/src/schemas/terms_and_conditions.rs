use crate::runtime::wire;

/// A terms and conditions page to be accepted during provisioning.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TermsAndConditions {
    /// A well-formatted HTML string. It will be parsed on the client with
    /// android.text.Html#fromHtml.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<crate::schemas::UserFacingMessage>,
    /// A short header which appears above the HTML content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<crate::schemas::UserFacingMessage>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl TermsAndConditions {
    /// Sets `content` (chainable).
    pub fn set_content(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.content = Some(value.into());
        self.unknown_fields.remove("content");
        self
    }

    /// Sends `content` as JSON `null`, which clears it on the server (chainable); `set_content`
    /// takes it back.
    #[inline]
    pub fn clear_content(mut self) -> Self {
        self.content = None;
        self.unknown_fields.insert("content".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `header` (chainable).
    pub fn set_header(
        mut self,
        value: impl Into<crate::schemas::UserFacingMessage>,
    ) -> Self {
        self.header = Some(value.into());
        self.unknown_fields.remove("header");
        self
    }

    /// Sends `header` as JSON `null`, which clears it on the server (chainable); `set_header` takes
    /// it back.
    #[inline]
    pub fn clear_header(mut self) -> Self {
        self.header = None;
        self.unknown_fields.insert("header".to_owned(), serde_json::Value::Null);
        self
    }
}
