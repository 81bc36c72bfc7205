//! The `enterprises.policies` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `enterprises.policies` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct PoliciesResource {
    pub(crate) client: Client,
}

impl PoliciesResource {
    /// Deletes a policy. This operation is only permitted if no devices are currently referencing
    /// the policy.
    ///
    /// `DELETE v1/{+name}` (method id `androidmanagement.enterprises.policies.delete`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the policy in the form
    ///   enterprises/{enterpriseId}/policies/{policyId}. Must match
    ///   `^enterprises/[^/]+/policies/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn delete(&self, name: impl Into<String>) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/policies/[^/]+$");
        call.path_param("name", name);
        DeleteCall { call }
    }

    /// Gets a policy.
    ///
    /// `GET v1/{+name}` (method id `androidmanagement.enterprises.policies.get`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the policy in the form
    ///   enterprises/{enterpriseId}/policies/{policyId}. Must match
    ///   `^enterprises/[^/]+/policies/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/policies/[^/]+$");
        call.path_param("name", name);
        GetCall { call }
    }

    /// Lists policies for a given enterprise.
    ///
    /// `GET v1/{+parent}/policies` (method id `androidmanagement.enterprises.policies.list`)
    ///
    /// Arguments, in order:
    /// - `parent`: The name of the enterprise in the form enterprises/{enterpriseId}. Must match
    ///   `^enterprises/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn list(&self, parent: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^enterprises/[^/]+$");
        call.path_param("parent", parent);
        ListCall { call }
    }

    /// Updates or creates applications in a policy.
    ///
    /// `POST v1/{+name}:modifyPolicyApplications` (method id
    /// `androidmanagement.enterprises.policies.modifyPolicyApplications`)
    ///
    /// Arguments, in order:
    /// - `name`: Required. The name of the Policy containing the ApplicationPolicy objects to be
    ///   updated, in Must match `^enterprises/[^/]+/policies/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::ModifyPolicyApplicationsRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn modify_policy_applications(
        &self,
        name: impl Into<String>,
        body: crate::schemas::ModifyPolicyApplicationsRequest,
    ) -> ModifyPolicyApplicationsCall {
        let mut call = Call::new(&self.client, &MODIFY_POLICY_APPLICATIONS_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/policies/[^/]+$");
        call.path_param("name", name);
        call.json_body(&body);
        ModifyPolicyApplicationsCall {
            call,
        }
    }

    /// Updates or creates a policy.
    ///
    /// `PATCH v1/{+name}` (method id `androidmanagement.enterprises.policies.patch`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the policy in the form
    ///   enterprises/{enterpriseId}/policies/{policyId}. Must match
    ///   `^enterprises/[^/]+/policies/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::Policy`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn patch(
        &self,
        name: impl Into<String>,
        body: crate::schemas::Policy,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/policies/[^/]+$");
        call.path_param("name", name);
        call.json_body(&body);
        PatchCall { call }
    }

    /// Removes applications in a policy.
    ///
    /// `POST v1/{+name}:removePolicyApplications` (method id
    /// `androidmanagement.enterprises.policies.removePolicyApplications`)
    ///
    /// Arguments, in order:
    /// - `name`: Required. The name of the policy containing the ApplicationPolicy objects to be
    ///   removed, in Must match `^enterprises/[^/]+/policies/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::RemovePolicyApplicationsRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn remove_policy_applications(
        &self,
        name: impl Into<String>,
        body: crate::schemas::RemovePolicyApplicationsRequest,
    ) -> RemovePolicyApplicationsCall {
        let mut call = Call::new(&self.client, &REMOVE_POLICY_APPLICATIONS_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/policies/[^/]+$");
        call.path_param("name", name);
        call.json_body(&body);
        RemovePolicyApplicationsCall {
            call,
        }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.policies.delete",
    http_method: http::Method::DELETE,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.policies.delete`, made by
/// [`PoliciesResource::delete`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.policies.delete`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Empty, Error> {
        self.call.send().await
    }
}

impl CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DeleteCall {
    type Response = crate::schemas::Empty;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.policies.get",
    http_method: http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.policies.get`, made by [`PoliciesResource::get`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `androidmanagement.enterprises.policies.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Policy, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Policy;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.policies.list",
    http_method: http::Method::GET,
    path: "v1/{+parent}/policies",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.policies.list`, made by [`PoliciesResource::list`]:
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
    /// The requested page size. The actual page size may be fixed to a min or max value.
    ///
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// A token identifying a page of results returned by the server.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListPoliciesResponse`](crate::schemas::ListPoliciesResponse): the call is sent, then sent
    /// again with `pageToken` set to each `nextPageToken` the server answers, every other parameter
    /// as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListPoliciesResponse> {
        self.call
            .pages::<
                crate::schemas::ListPoliciesResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `policies` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `policies` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListPoliciesResponse, crate::schemas::Policy> {
        self.call
            .items::<
                crate::schemas::ListPoliciesResponse,
                crate::schemas::Policy,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.policies.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `androidmanagement.enterprises.policies.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListPoliciesResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListPoliciesResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static MODIFY_POLICY_APPLICATIONS_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.policies.modifyPolicyApplications",
    http_method: http::Method::POST,
    path: "v1/{+name}:modifyPolicyApplications",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.policies.modifyPolicyApplications`, made by
/// [`PoliciesResource::modify_policy_applications`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ModifyPolicyApplicationsCall {
    call: Call,
}

impl ModifyPolicyApplicationsCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.policies.modifyPolicyApplications`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ModifyPolicyApplicationsResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ModifyPolicyApplicationsCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ModifyPolicyApplicationsCall {
    type Response = crate::schemas::ModifyPolicyApplicationsResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.policies.patch",
    http_method: http::Method::PATCH,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.policies.patch`, made by
/// [`PoliciesResource::patch`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: Call,
}

impl PatchCall {
    /// The field mask indicating the fields to update. If not set, all modifiable fields will be
    /// modified.
    ///
    /// Optional parameter. Sent as `updateMask`.
    #[inline]
    pub fn update_mask(mut self, value: impl Into<String>) -> Self {
        self.call.query("updateMask", value.into());
        self
    }

    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.policies.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Policy, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Policy;
    fn into_call(self) -> Call {
        self.call
    }
}

static REMOVE_POLICY_APPLICATIONS_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.policies.removePolicyApplications",
    http_method: http::Method::POST,
    path: "v1/{+name}:removePolicyApplications",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.policies.removePolicyApplications`, made by
/// [`PoliciesResource::remove_policy_applications`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct RemovePolicyApplicationsCall {
    call: Call,
}

impl RemovePolicyApplicationsCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.policies.removePolicyApplications`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::RemovePolicyApplicationsResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for RemovePolicyApplicationsCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for RemovePolicyApplicationsCall {
    type Response = crate::schemas::RemovePolicyApplicationsResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
