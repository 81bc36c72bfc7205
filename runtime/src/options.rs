//! [`CallOptions`]: what every call builder of every generated crate offers besides its own
//! parameters, written once here instead of once per builder.

use crate::{Call, RetryPolicy};

/// Google's standard query parameters and the per-call settings, on every call builder.
///
/// Each generated crate re-exports this trait at its root and in its `prelude`, so
/// `use google_gmail_v1::prelude::*;` (or `use google_gmail_v1::CallOptions;`) brings the
/// setters into scope:
///
/// ```ignore
/// use google_gmail_v1::prelude::*;
///
/// let labels = client.users().labels().list("me")
///     .fields("labels(id,name)")          // a CallOptions setter
///     .send().await?;
/// ```
///
/// The standard parameters here (`fields`, `quotaUser`, `prettyPrint`) are Google's system
/// parameters, which every Google API accepts; a parameter that only some APIs declare stays a
/// setter of that crate's builders. A method parameter of the same name as one of these setters
/// is an inherent setter of its builder, which Rust picks first.
pub trait CallOptions: Sized {
    /// The call being built; the one method a builder implements.
    #[doc(hidden)]
    fn call_mut(&mut self) -> &mut Call;

    /// Selects the fields of the response (`fields`), for example `"labels(id,name)"`: less to
    /// send and decode. Fields left out are `None` in the response.
    fn fields(mut self, value: impl Into<String>) -> Self {
        self.call_mut().query("fields", value);
        self
    }

    /// A string that identifies the user for quota purposes (`quotaUser`), up to 40 characters;
    /// lets a server-side application have per-user quotas.
    fn quota_user(mut self, value: impl Into<String>) -> Self {
        self.call_mut().query("quotaUser", value);
        self
    }

    /// Asks for a response with indentations and line breaks (`prettyPrint`). Sent as `false`
    /// unless set, as Google's own clients do.
    fn pretty_print(mut self, value: bool) -> Self {
        self.call_mut().query("prettyPrint", value.to_string());
        self
    }

    /// Asks the token provider for these OAuth scopes instead of the method's default (its first
    /// accepted scope, or the client's configured scopes). An empty list restores the default.
    fn scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.call_mut().scopes(scopes);
        self
    }

    /// Adds a header to the request, for example `If-Match` with an entity tag; it replaces a
    /// header of the same name set on the client. Headers the runtime sets itself
    /// (`Authorization`, `Content-Type`, ...) are refused: `send` then fails before sending
    /// anything.
    fn header(mut self, name: impl AsRef<str>, value: impl AsRef<[u8]>) -> Self {
        self.call_mut().header(name, value);
        self
    }

    /// Retries this call with `policy` instead of the client's retry policy.
    fn retry(mut self, policy: RetryPolicy) -> Self {
        self.call_mut().retry(policy);
        self
    }
}
