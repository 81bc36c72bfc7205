//! The `managedconfigurationssettings` resource.

/// The `managedconfigurationssettings` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ManagedconfigurationssettingsResource {
    pub(crate) client: crate::runtime::Client,
}

impl ManagedconfigurationssettingsResource {
    /// Lists all the managed configurations settings for the specified app.
    ///
    /// `GET
    /// androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/managedConfigurationsSettings`
    /// (method id `androidenterprise.managedconfigurationssettings.list`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `product_id`: The ID of the product for which the managed configurations settings
    ///   applies to.
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

/// A call of `androidenterprise.managedconfigurationssettings.list`, made by
/// [`ManagedconfigurationssettingsResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: crate::runtime::Call,
}

impl ListCall {
    /// Sends the request and waits for the answer of
    /// `androidenterprise.managedconfigurationssettings.list`.
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

impl crate::runtime::CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for ListCall {
    type Response = crate::schemas::ManagedConfigurationsSettingsListResponse;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
