//! The `grouplicenseusers` resource.
/// The `grouplicenseusers` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct GrouplicenseusersResource {
    pub(crate) client: crate::runtime::Client,
}
impl GrouplicenseusersResource {
    /// Retrieves the IDs of the users who have been granted entitlements under the license. **Note:** This item has been deprecated. New integrations cannot use this method and can refer to our new recommendations.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/groupLicenses/{groupLicenseId}/users` (method id `androidenterprise.grouplicenseusers.list`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `group_license_id`: The ID of the product the group license is for, e.g. "app:com.google.android.gm".
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    pub fn list(
        &self,
        enterprise_id: impl Into<String>,
        group_license_id: impl Into<String>,
    ) -> ListCall {
        let mut call = crate::runtime::Call::new(&self.client, &LIST_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("groupLicenseId", group_license_id.into());
        ListCall { call }
    }
}
static LIST_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidenterprise.grouplicenseusers.list",
    http_method: crate::runtime::http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/groupLicenses/{groupLicenseId}/users",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};
/// A call of `androidenterprise.grouplicenseusers.list`, made by [`GrouplicenseusersResource::list`]: set optional parameters, then `send` it.
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
    /// Sends the request and waits for the answer of `androidenterprise.grouplicenseusers.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::GroupLicenseUsersListResponse, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::GroupLicenseUsersListResponse;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
