//! The `projects.serviceAccount` resource.
/// The `projects.serviceAccount` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ServiceAccountResource {
    pub(crate) client: crate::runtime::Client,
}
impl ServiceAccountResource {
    /// Get the email address of this project's Google Cloud Storage service account.
    ///
    /// `GET storage/v1/projects/{projectId}/serviceAccount` (method id `storage.projects.serviceAccount.get`)
    ///
    /// Arguments, in order:
    /// - `project_id`: Project ID
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn get(&self, project_id: impl Into<String>) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
        call.path_param("projectId", project_id.into());
        GetCall { call }
    }
}
static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "storage.projects.serviceAccount.get",
    http_method: crate::runtime::http::Method::GET,
    path: "projects/{projectId}/serviceAccount",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};
/// A call of `storage.projects.serviceAccount.get`, made by [`ServiceAccountResource::get`]: set optional parameters, then `send` it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}
impl GetCall {
    /// The project to be billed for this request.
    ///
    /// Optional parameter. Sent as `userProject`.
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
        self
    }
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
    /// An opaque string that represents a user for quota purposes. Must not exceed 40 characters.
    ///
    /// Standard parameter, accepted by every method. Sent as `quotaUser`.
    pub fn quota_user(mut self, value: impl Into<String>) -> Self {
        self.call.query("quotaUser", value.into());
        self
    }
    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
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
    /// Sends the request and waits for the answer of `storage.projects.serviceAccount.get`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ServiceAccount, crate::runtime::Error> {
        self.call.send().await
    }
}
impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::ServiceAccount;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
