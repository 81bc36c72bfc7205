//! The `enterprises` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MethodInfo, Pages,
};

pub mod applications;
pub mod devices;
pub mod enrollment_tokens;
pub mod migration_tokens;
pub mod policies;
pub mod web_apps;
pub mod web_tokens;

/// The `enterprises` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct EnterprisesResource {
    pub(crate) client: Client,
}

impl EnterprisesResource {
    /// The `enterprises.applications` resource.
    pub fn applications(&self) -> applications::ApplicationsResource {
        applications::ApplicationsResource {
            client: self.client.clone(),
        }
    }

    /// The `enterprises.devices` resource.
    pub fn devices(&self) -> devices::DevicesResource {
        devices::DevicesResource {
            client: self.client.clone(),
        }
    }

    /// The `enterprises.enrollmentTokens` resource.
    pub fn enrollment_tokens(&self) -> enrollment_tokens::EnrollmentTokensResource {
        enrollment_tokens::EnrollmentTokensResource {
            client: self.client.clone(),
        }
    }

    /// The `enterprises.migrationTokens` resource.
    pub fn migration_tokens(&self) -> migration_tokens::MigrationTokensResource {
        migration_tokens::MigrationTokensResource {
            client: self.client.clone(),
        }
    }

    /// The `enterprises.policies` resource.
    pub fn policies(&self) -> policies::PoliciesResource {
        policies::PoliciesResource {
            client: self.client.clone(),
        }
    }

    /// The `enterprises.webApps` resource.
    pub fn web_apps(&self) -> web_apps::WebAppsResource {
        web_apps::WebAppsResource {
            client: self.client.clone(),
        }
    }

    /// The `enterprises.webTokens` resource.
    pub fn web_tokens(&self) -> web_tokens::WebTokensResource {
        web_tokens::WebTokensResource {
            client: self.client.clone(),
        }
    }

    /// Creates an enterprise. This is the last step in the enterprise signup flow. See also:
    /// SigninDetail
    ///
    /// `POST v1/enterprises` (method id `androidmanagement.enterprises.create`)
    ///
    /// The request body is a [`crate::schemas::Enterprise`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn create(&self, body: crate::schemas::Enterprise) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        call.json_body(&body);
        CreateCall { call }
    }

    /// Permanently deletes an enterprise and all accounts and data associated with it. Warning:
    /// this will result in a cascaded deletion of all AM API devices associated with the deleted
    /// enterprise. Only available for EMM-managed enterprises.
    ///
    /// `DELETE v1/{+name}` (method id `androidmanagement.enterprises.delete`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the enterprise in the form enterprises/{enterpriseId}. Must match
    ///   `^enterprises/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn delete(&self, name: impl Into<String>) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+$");
        call.path_param("name", name);
        DeleteCall { call }
    }

    /// Generates an enterprise upgrade URL to upgrade an existing managed Google Play Accounts
    /// enterprise to a managed Google domain. See the guide
    /// (<https://developers.google.com/android/management/upgrade-an-enterprise>) for more details.
    ///
    /// `POST v1/{+name}:generateEnterpriseUpgradeUrl` (method id
    /// `androidmanagement.enterprises.generateEnterpriseUpgradeUrl`)
    ///
    /// Arguments, in order:
    /// - `name`: Required. The name of the enterprise to be upgraded in the form
    ///   enterprises/{enterpriseId}. Must match `^enterprises/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::GenerateEnterpriseUpgradeUrlRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn generate_enterprise_upgrade_url(
        &self,
        name: impl Into<String>,
        body: crate::schemas::GenerateEnterpriseUpgradeUrlRequest,
    ) -> GenerateEnterpriseUpgradeUrlCall {
        let mut call = Call::new(&self.client, &GENERATE_ENTERPRISE_UPGRADE_URL_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+$");
        call.path_param("name", name);
        call.json_body(&body);
        GenerateEnterpriseUpgradeUrlCall {
            call,
        }
    }

    /// Gets an enterprise.
    ///
    /// `GET v1/{+name}` (method id `androidmanagement.enterprises.get`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the enterprise in the form enterprises/{enterpriseId}. Must match
    ///   `^enterprises/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+$");
        call.path_param("name", name);
        GetCall { call }
    }

    /// Lists EMM-managed enterprises. Only BASIC fields are returned.
    ///
    /// `GET v1/enterprises` (method id `androidmanagement.enterprises.list`)
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn list(&self) -> ListCall {
        let call = Call::new(&self.client, &LIST_METHOD);
        ListCall { call }
    }

    /// Updates an enterprise. See also: SigninDetail
    ///
    /// `PATCH v1/{+name}` (method id `androidmanagement.enterprises.patch`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the enterprise in the form enterprises/{enterpriseId}. Must match
    ///   `^enterprises/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::Enterprise`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn patch(
        &self,
        name: impl Into<String>,
        body: crate::schemas::Enterprise,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+$");
        call.path_param("name", name);
        call.json_body(&body);
        PatchCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.create",
    http_method: http::Method::POST,
    path: "v1/enterprises",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.create`, made by [`EnterprisesResource::create`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Whether the enterprise admin has seen and agreed to the managed Google Play Agreement
    /// (<https://www.android.com/enterprise/terms/>). Do not set this field for any
    /// customer-managed enterprise
    /// (<https://developers.google.com/android/management/create-enterprise#customer-managed_enterprises>).
    /// Set this to field to true for all EMM-managed enterprises
    /// (<https://developers.google.com/android/management/create-enterprise#emm-managed_enterprises>).
    ///
    /// Optional parameter. Sent as `agreementAccepted`. Deprecated.
    #[inline]
    pub fn agreement_accepted(mut self, value: bool) -> Self {
        self.call.query("agreementAccepted", value.to_string());
        self
    }

    /// The enterprise token appended to the callback URL. Set this when creating a customer-managed
    /// enterprise
    /// (<https://developers.google.com/android/management/create-enterprise#customer-managed_enterprises>)
    /// and not when creating a deprecated EMM-managed enterprise
    /// (<https://developers.google.com/android/management/create-enterprise#emm-managed_enterprises>).
    ///
    /// Optional parameter. Sent as `enterpriseToken`.
    #[inline]
    pub fn enterprise_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("enterpriseToken", value.into());
        self
    }

    /// The ID of the Google Cloud Platform project which will own the enterprise.
    ///
    /// Optional parameter. Sent as `projectId`.
    #[inline]
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.call.query("projectId", value.into());
        self
    }

    /// The name of the SignupUrl used to sign up for the enterprise. Set this when creating a
    /// customer-managed enterprise
    /// (<https://developers.google.com/android/management/create-enterprise#customer-managed_enterprises>)
    /// and not when creating a deprecated EMM-managed enterprise
    /// (<https://developers.google.com/android/management/create-enterprise#emm-managed_enterprises>).
    ///
    /// Optional parameter. Sent as `signupUrlName`.
    #[inline]
    pub fn signup_url_name(mut self, value: impl Into<String>) -> Self {
        self.call.query("signupUrlName", value.into());
        self
    }

    /// Sends the request and waits for the answer of `androidmanagement.enterprises.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Enterprise, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::Enterprise;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.delete",
    http_method: http::Method::DELETE,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.delete`, made by [`EnterprisesResource::delete`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `androidmanagement.enterprises.delete`.
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

static GENERATE_ENTERPRISE_UPGRADE_URL_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.generateEnterpriseUpgradeUrl",
    http_method: http::Method::POST,
    path: "v1/{+name}:generateEnterpriseUpgradeUrl",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.generateEnterpriseUpgradeUrl`, made by
/// [`EnterprisesResource::generate_enterprise_upgrade_url`]: set optional parameters, then
/// `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GenerateEnterpriseUpgradeUrlCall {
    call: Call,
}

impl GenerateEnterpriseUpgradeUrlCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.generateEnterpriseUpgradeUrl`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::GenerateEnterpriseUpgradeUrlResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for GenerateEnterpriseUpgradeUrlCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GenerateEnterpriseUpgradeUrlCall {
    type Response = crate::schemas::GenerateEnterpriseUpgradeUrlResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.get",
    http_method: http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.get`, made by [`EnterprisesResource::get`]: set
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
    /// Sends the request and waits for the answer of `androidmanagement.enterprises.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Enterprise, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Enterprise;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.list",
    http_method: http::Method::GET,
    path: "v1/enterprises",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.list`, made by [`EnterprisesResource::list`]: set
/// optional parameters, then `send` it.
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

    /// Required. The Cloud project ID of the EMM managing the enterprises.
    ///
    /// Optional parameter. Sent as `projectId`.
    #[inline]
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.call.query("projectId", value.into());
        self
    }

    /// Specifies which Enterprise fields to return. This method only supports BASIC.
    ///
    /// Optional parameter. Sent as `view`.
    #[inline]
    pub fn view(mut self, value: View) -> Self {
        self.call.query("view", value.as_str().to_owned());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListEnterprisesResponse`](crate::schemas::ListEnterprisesResponse): the call is sent, then
    /// sent again with `pageToken` set to each `nextPageToken` the server answers, every other
    /// parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListEnterprisesResponse> {
        self.call
            .pages::<
                crate::schemas::ListEnterprisesResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `enterprises` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `enterprises` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListEnterprisesResponse, crate::schemas::Enterprise> {
        self.call
            .items::<
                crate::schemas::ListEnterprisesResponse,
                crate::schemas::Enterprise,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.enterprises.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `androidmanagement.enterprises.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListEnterprisesResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListEnterprisesResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.patch",
    http_method: http::Method::PATCH,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.patch`, made by [`EnterprisesResource::patch`]: set
/// optional parameters, then `send` it.
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

    /// Sends the request and waits for the answer of `androidmanagement.enterprises.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Enterprise, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Enterprise;
    fn into_call(self) -> Call {
        self.call
    }
}

/// Specifies which Enterprise fields to return. This method only supports BASIC.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum View {
    /// The API will default to the BASIC view for the List method.
    ///
    /// `ENTERPRISE_VIEW_UNSPECIFIED` on the wire.
    #[default]
    EnterpriseViewUnspecified,
    /// Includes name and enterprise_display_name fields.
    ///
    /// `BASIC` on the wire.
    Basic,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for View {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::EnterpriseViewUnspecified => "ENTERPRISE_VIEW_UNSPECIFIED",
            Self::Basic => "BASIC",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ENTERPRISE_VIEW_UNSPECIFIED" => Self::EnterpriseViewUnspecified,
            "BASIC" => Self::Basic,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(View);
