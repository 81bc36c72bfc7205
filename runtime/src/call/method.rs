//! The static facts of one method, as its discovery document gives them: what the layers
//! below the call builder (tracing, the exchange, media) need to know about the method they send.

/// Static facts about one method, emitted as a `static` by generated code. Plumbing, hidden from
/// the docs.
#[doc(hidden)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodInfo {
    /// The discovery method id, for example `gmail.users.messages.get`.
    pub id: &'static str,
    /// The HTTP method.
    pub http_method: http::Method,
    /// The path template, relative to the client's base URL (root URL + service path), for example
    /// `gmail/v1/users/{userId}/messages/{id}`. A template starting with `/` is relative to the root
    /// URL instead, as discovery's media upload paths are.
    pub path: &'static str,
    /// The OAuth scopes the method accepts, passed to the token provider.
    pub scopes: &'static [&'static str],
    /// The method's `apiVersion`, if the document gives one: sent as `X-Goog-Api-Version`, which
    /// tells the server which interface version the client was generated for.
    pub api_version: Option<&'static str>,
}
