/// An application-specific password (ASP) is used with applications that do not accept a verification code when logging into the application on certain devices. The ASP access code is used instead of the login and password you commonly use when accessing an application through a browser. For more information about ASPs and how to create one, see the [help center](https://support.google.com/a/answer/2537800#asp).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Asp {
    /// The unique ID of the ASP.
    #[serde(rename = "codeId", default, skip_serializing_if = "Option::is_none")]
    pub code_id: Option<i32>,
    /// The time when the ASP was created. Expressed in [Unix time](https://en.wikipedia.org/wiki/Epoch_time) format.
    #[serde(
        rename = "creationTime",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::wire::As::<Option<crate::runtime::wire::I64>>"
    )]
    pub creation_time: Option<i64>,
    /// ETag of the ASP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The type of the API resource. This is always `admin#directory#asp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The time when the ASP was last used. Expressed in [Unix time](https://en.wikipedia.org/wiki/Epoch_time) format.
    #[serde(
        rename = "lastTimeUsed",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::wire::As::<Option<crate::runtime::wire::I64>>"
    )]
    pub last_time_used: Option<i64>,
    /// The name of the application that the user, represented by their `userId`, entered when the ASP was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The unique ID of the user who issued the ASP.
    #[serde(rename = "userKey", default, skip_serializing_if = "Option::is_none")]
    pub user_key: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Asp {
    /// Sets `codeId` (chainable).
    pub fn set_code_id(mut self, value: impl Into<i32>) -> Self {
        self.code_id = Some(value.into());
        self
    }
    /// Sets `creationTime` (chainable).
    pub fn set_creation_time(mut self, value: impl Into<i64>) -> Self {
        self.creation_time = Some(value.into());
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
    /// Sets `lastTimeUsed` (chainable).
    pub fn set_last_time_used(mut self, value: impl Into<i64>) -> Self {
        self.last_time_used = Some(value.into());
        self
    }
    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `userKey` (chainable).
    pub fn set_user_key(mut self, value: impl Into<String>) -> Self {
        self.user_key = Some(value.into());
        self
    }
}
