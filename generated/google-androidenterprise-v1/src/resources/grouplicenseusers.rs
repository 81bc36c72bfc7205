//! The `grouplicenseusers` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `grouplicenseusers` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct GrouplicenseusersResource {
    pub(crate) client: Client,
}

impl GrouplicenseusersResource {
    /// Retrieves the IDs of the users who have been granted entitlements under the license.
    /// **Note:** This item has been deprecated. New integrations cannot use this method and can
    /// refer to our new recommendations.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/groupLicenses/{groupLicenseId}/users`
    /// (method id `androidenterprise.grouplicenseusers.list`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `group_license_id`: The ID of the product the group license is for, e.g.
    ///   "app:com.google.android.gm".
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn list(
        &self,
        enterprise_id: impl Into<String>,
        group_license_id: impl Into<String>,
    ) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("groupLicenseId", group_license_id.into());
        ListCall { call }
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.grouplicenseusers.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/groupLicenses/{groupLicenseId}/users",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.grouplicenseusers.list`, made by
/// [`GrouplicenseusersResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Sends the request and waits for the answer of `androidenterprise.grouplicenseusers.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::GroupLicenseUsersListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::GroupLicenseUsersListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
