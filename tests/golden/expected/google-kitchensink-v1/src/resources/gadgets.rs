//! The `gadgets` resource.
/// The `gadgets` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct GadgetsResource {
    pub(crate) client: crate::runtime::Client,
}
impl GadgetsResource {
    /// `GET sink/v1/gadgets/{gadgetId}` (method id `kitchensink.gadgets.get`)
    ///
    /// Arguments, in order:
    /// - `gadget_id`: the `gadgetId` parameter
    pub fn get(&self, gadget_id: impl Into<String>) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
        call.path_param("gadgetId", gadget_id.into());
        GetCall { call }
    }
}
static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "kitchensink.gadgets.get",
    http_method: crate::runtime::http::Method::GET,
    path: "gadgets/{gadgetId}",
    scopes: &[],
    api_version: None,
};
/// A call of `kitchensink.gadgets.get`, made by [`GadgetsResource::get`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}
impl GetCall {
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
    /// Sends the request and waits for the answer of `kitchensink.gadgets.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Gadget, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::Gadget;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
