//! The `things.parts` resource.
/// The `things.parts` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct PartsResource {
    pub(crate) client: crate::runtime::Client,
}
impl PartsResource {
    /// `GET sink/v1/things/{thing-id}/parts/{part.id}` (method id `kitchensink.things.parts.type`)
    ///
    /// Arguments, in order:
    /// - `thing_id`: the `thing-id` parameter
    /// - `part_id`: the `part.id` parameter
    pub fn type_(
        &self,
        thing_id: impl Into<String>,
        part_id: impl Into<String>,
    ) -> TypeCall {
        let mut call = crate::runtime::Call::new(&self.client, &TYPE_METHOD);
        call.path_param("thing-id", thing_id.into());
        call.path_param("part.id", part_id.into());
        TypeCall { call }
    }
}
static TYPE_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "kitchensink.things.parts.type",
    http_method: crate::runtime::http::Method::GET,
    path: "things/{thing-id}/parts/{part.id}",
    scopes: &[],
    api_version: None,
};
/// A call of `kitchensink.things.parts.type`, made by [`PartsResource::type_`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct TypeCall {
    call: crate::runtime::Call,
}
impl TypeCall {
    /// Optional parameter. Sent as `level`.
    pub fn level(mut self, value: Level) -> Self {
        self.call.query("level", value.as_str().to_owned());
        self
    }
    /// Selector specifying which fields to include in a partial response.
    ///
    /// Standard parameter, accepted by every method. Sent as `fields`.
    pub fn fields(mut self, value: impl Into<String>) -> Self {
        self.call.query("fields", value.into());
        self
    }
    /// Pretty print.
    ///
    /// Standard parameter, accepted by every method. Sent as `prettyPrint`.
    pub fn pretty_print(mut self, value: bool) -> Self {
        self.call.query("prettyPrint", value.to_string());
        self
    }
    /// Quota user.
    ///
    /// Standard parameter, accepted by every method. Sent as `quotaUser`.
    pub fn quota_user(mut self, value: impl Into<String>) -> Self {
        self.call.query("quotaUser", value.into());
        self
    }
    /// Asks the token provider for these OAuth scopes instead of the method's default (its
    /// first accepted scope, or the client's configured scopes). An empty list restores the
    /// default.
    pub fn scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.call.scopes(scopes);
        self
    }
    /// Adds a header to the request, for example `If-Match` with an entity tag; it
    /// replaces a header of the same name set on the client. Headers the runtime sets
    /// itself (`Authorization`, `Content-Type`, ...) are refused: `send` then fails
    /// before sending anything.
    pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<[u8]>) -> Self {
        self.call.header(name, value);
        self
    }
    /// Retries this call with `policy` instead of the client's retry policy.
    #[inline]
    pub fn retry(mut self, policy: crate::runtime::RetryPolicy) -> Self {
        self.call.retry(policy);
        self
    }
    /// Sends the request and waits for the answer of `kitchensink.things.parts.type`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Level, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for TypeCall {
    type Response = crate::schemas::Level;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Level {
    /// `LOW` on the wire.
    #[default]
    Low,
    /// `HIGH` on the wire.
    High,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}
impl crate::runtime::wire::OpenEnum for Level {
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Low => "LOW",
            Self::High => "HIGH",
            Self::UnknownValue(value) => value,
        }
    }
    fn from_wire_str(value: &str) -> Self {
        match value {
            "LOW" => Self::Low,
            "HIGH" => Self::High,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
crate::runtime::impl_open_enum!(Level);
