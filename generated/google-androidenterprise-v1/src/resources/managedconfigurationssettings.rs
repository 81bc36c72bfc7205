//! The `managedconfigurationssettings` resource.
/// The `managedconfigurationssettings` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ManagedconfigurationssettingsResource {
    pub(crate) client: crate::runtime::Client,
}
impl ManagedconfigurationssettingsResource {
    /// Lists all the managed configurations settings for the specified app.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/managedConfigurationsSettings` (method id `androidenterprise.managedconfigurationssettings.list`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `product_id`: The ID of the product for which the managed configurations settings applies to.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    pub fn list(
        &self,
        enterprise_id: impl Into<String>,
        product_id: impl Into<String>,
    ) -> ListCall {
        let mut call = crate::runtime::Call::new(&self.client, &LIST_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("productId", product_id.into());
        ListCall { call }
    }
}
static LIST_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidenterprise.managedconfigurationssettings.list",
    http_method: crate::runtime::http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/managedConfigurationsSettings",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};
/// A call of `androidenterprise.managedconfigurationssettings.list`, made by [`ManagedconfigurationssettingsResource::list`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: crate::runtime::Call,
}
impl ListCall {
    /// Selector specifying which fields to include in a partial response.
    ///
    /// Standard parameter, accepted by every method. Sent as `fields`.
    pub fn fields(mut self, value: impl Into<String>) -> Self {
        self.call.query("fields", value.into());
        self
    }
    /// Returns response with indentations and line breaks.
    ///
    /// Standard parameter, accepted by every method. Sent as `prettyPrint`.
    pub fn pretty_print(mut self, value: bool) -> Self {
        self.call.query("prettyPrint", value.to_string());
        self
    }
    /// Available to use for quota purposes for server-side applications. Can be any arbitrary string assigned to a user, but should not exceed 40 characters.
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
    /// Sends the request and waits for the answer of `androidenterprise.managedconfigurationssettings.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        crate::schemas::ManagedConfigurationsSettingsListResponse,
        crate::runtime::Error,
    > {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::ManagedConfigurationsSettingsListResponse;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
