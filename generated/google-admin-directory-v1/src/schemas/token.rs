/// JSON template for token resource in Directory API.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Token {
    /// Whether the application is registered with Google. The value is `true` if the application has an anonymous Client ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anonymous: Option<bool>,
    /// The Client ID of the application the token is issued to.
    #[serde(rename = "clientId", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The displayable name of the application the token is issued to.
    #[serde(rename = "displayText", default, skip_serializing_if = "Option::is_none")]
    pub display_text: Option<String>,
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The type of the API resource. This is always `admin#directory#token`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Whether the token is issued to an installed application. The value is `true` if the application is installed to a desktop or mobile device.
    #[serde(rename = "nativeApp", default, skip_serializing_if = "Option::is_none")]
    pub native_app: Option<bool>,
    /// A list of authorization scopes the application is granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// The unique ID of the user that issued the token.
    #[serde(rename = "userKey", default, skip_serializing_if = "Option::is_none")]
    pub user_key: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Token {
    /// Sets `anonymous` (chainable).
    pub fn set_anonymous(mut self, value: impl Into<bool>) -> Self {
        self.anonymous = Some(value.into());
        self
    }
    /// Sets `clientId` (chainable).
    pub fn set_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `displayText` (chainable).
    pub fn set_display_text(mut self, value: impl Into<String>) -> Self {
        self.display_text = Some(value.into());
        self
    }
    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets `nativeApp` (chainable).
    pub fn set_native_app(mut self, value: impl Into<bool>) -> Self {
        self.native_app = Some(value.into());
        self
    }
    /// Sets `scopes` (chainable).
    pub fn set_scopes(mut self, value: impl IntoIterator<Item = String>) -> Self {
        self.scopes = Some(value.into_iter().collect());
        self
    }
    /// Sets `userKey` (chainable).
    pub fn set_user_key(mut self, value: impl Into<String>) -> Self {
        self.user_key = Some(value.into());
        self
    }
}
