//! The `managedconfigurationssettings` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `managedconfigurationssettings` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ManagedconfigurationssettingsResource {
    pub(crate) client: Client,
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
    #[inline]
    pub fn list(
        &self,
        enterprise_id: impl Into<String>,
        product_id: impl Into<String>,
    ) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("productId", product_id.into());
        ListCall { call }
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.managedconfigurationssettings.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/managedConfigurationsSettings",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.managedconfigurationssettings.list`, made by
/// [`ManagedconfigurationssettingsResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Sends the request and waits for the answer of
    /// `androidenterprise.managedconfigurationssettings.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ManagedConfigurationsSettingsListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ManagedConfigurationsSettingsListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
