//! The `grouplicenses` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `grouplicenses` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct GrouplicensesResource {
    pub(crate) client: Client,
}

impl GrouplicensesResource {
    /// Retrieves details of an enterprise's group license for a product. **Note:** This item has
    /// been deprecated. New integrations cannot use this method and can refer to our new
    /// recommendations.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/groupLicenses/{groupLicenseId}` (method
    /// id `androidenterprise.grouplicenses.get`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `group_license_id`: The ID of the product the group license is for, e.g.
    ///   "app:com.google.android.gm".
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get(
        &self,
        enterprise_id: impl Into<String>,
        group_license_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("groupLicenseId", group_license_id.into());
        GetCall { call }
    }

    /// Retrieves IDs of all products for which the enterprise has a group license. **Note:** This
    /// item has been deprecated. New integrations cannot use this method and can refer to our new
    /// recommendations.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/groupLicenses` (method id
    /// `androidenterprise.grouplicenses.list`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn list(&self, enterprise_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        ListCall { call }
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.grouplicenses.get",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/groupLicenses/{groupLicenseId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.grouplicenses.get`, made by [`GrouplicensesResource::get`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `androidenterprise.grouplicenses.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::GroupLicense, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::GroupLicense;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.grouplicenses.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/groupLicenses",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.grouplicenses.list`, made by [`GrouplicensesResource::list`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Sends the request and waits for the answer of `androidenterprise.grouplicenses.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::GroupLicensesListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::GroupLicensesListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
