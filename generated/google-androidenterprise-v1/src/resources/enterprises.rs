//! The `enterprises` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, MethodInfo,
};

/// The `enterprises` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct EnterprisesResource {
    pub(crate) client: Client,
}

impl EnterprisesResource {
    /// Acknowledges notifications that were received from Enterprises.PullNotificationSet to
    /// prevent subsequent calls from returning the same notifications.
    ///
    /// `POST androidenterprise/v1/enterprises/acknowledgeNotificationSet` (method id
    /// `androidenterprise.enterprises.acknowledgeNotificationSet`)
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn acknowledge_notification_set(&self) -> AcknowledgeNotificationSetCall {
        let call = Call::new(&self.client, &ACKNOWLEDGE_NOTIFICATION_SET_METHOD);
        AcknowledgeNotificationSetCall {
            call,
        }
    }

    /// Completes the signup flow, by specifying the Completion token and Enterprise token. This
    /// request must not be called multiple times for a given Enterprise Token.
    ///
    /// `POST androidenterprise/v1/enterprises/completeSignup` (method id
    /// `androidenterprise.enterprises.completeSignup`)
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn complete_signup(&self) -> CompleteSignupCall {
        let call = Call::new(&self.client, &COMPLETE_SIGNUP_METHOD);
        CompleteSignupCall { call }
    }

    /// Returns a unique token to access an embeddable UI. To generate a web UI, pass the generated
    /// token into the managed Google Play javascript API. Each token may only be used to start one
    /// UI session. See the JavaScript API documentation for further information.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/createWebToken` (method id
    /// `androidenterprise.enterprises.createWebToken`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `body`: the request body, a [`crate::schemas::AdministratorWebTokenSpec`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn create_web_token(
        &self,
        enterprise_id: impl Into<String>,
        body: crate::schemas::AdministratorWebTokenSpec,
    ) -> CreateWebTokenCall {
        let mut call = Call::new(&self.client, &CREATE_WEB_TOKEN_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.json_body(&body);
        CreateWebTokenCall { call }
    }

    /// Enrolls an enterprise with the calling EMM.
    ///
    /// `POST androidenterprise/v1/enterprises/enroll` (method id
    /// `androidenterprise.enterprises.enroll`)
    ///
    /// Arguments, in order:
    /// - `token`: Required. The token provided by the enterprise to register the EMM.
    /// - `body`: the request body, a [`crate::schemas::Enterprise`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn enroll(
        &self,
        token: impl Into<String>,
        body: crate::schemas::Enterprise,
    ) -> EnrollCall {
        let mut call = Call::new(&self.client, &ENROLL_METHOD);
        call.query("token", token.into());
        call.json_body(&body);
        EnrollCall { call }
    }

    /// Generates an enterprise upgrade URL to upgrade an existing managed Google Play Accounts
    /// enterprise to a managed Google domain. See the guide to upgrading an enterprise for more
    /// details.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/generateEnterpriseUpgradeUrl` (method
    /// id `androidenterprise.enterprises.generateEnterpriseUpgradeUrl`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: Required. The ID of the enterprise.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn generate_enterprise_upgrade_url(
        &self,
        enterprise_id: impl Into<String>,
    ) -> GenerateEnterpriseUpgradeUrlCall {
        let mut call = Call::new(&self.client, &GENERATE_ENTERPRISE_UPGRADE_URL_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        GenerateEnterpriseUpgradeUrlCall {
            call,
        }
    }

    /// Generates a sign-up URL.
    ///
    /// `POST androidenterprise/v1/enterprises/signupUrl` (method id
    /// `androidenterprise.enterprises.generateSignupUrl`)
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn generate_signup_url(&self) -> GenerateSignupUrlCall {
        let call = Call::new(&self.client, &GENERATE_SIGNUP_URL_METHOD);
        GenerateSignupUrlCall { call }
    }

    /// Retrieves the name and domain of an enterprise.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}` (method id
    /// `androidenterprise.enterprises.get`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get(&self, enterprise_id: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        GetCall { call }
    }

    /// Returns a service account and credentials. The service account can be bound to the
    /// enterprise by calling setAccount. The service account is unique to this enterprise and EMM,
    /// and will be deleted if the enterprise is unbound. The credentials contain private key data
    /// and are not stored server-side. This method can only be called after calling
    /// Enterprises.Enroll or Enterprises.CompleteSignup, and before Enterprises.SetAccount; at
    /// other times it will return an error. Subsequent calls after the first will generate a new,
    /// unique set of credentials, and invalidate the previously generated credentials. Once the
    /// service account is bound to the enterprise, it can be managed using the serviceAccountKeys
    /// resource. *Note:* After you create a key, you might need to wait for 60 seconds or more
    /// before you perform another operation with the key. If you try to perform an operation with
    /// the key immediately after you create the key, and you receive an error, you can retry the
    /// request with exponential backoff .
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/serviceAccount` (method id
    /// `androidenterprise.enterprises.getServiceAccount`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get_service_account(
        &self,
        enterprise_id: impl Into<String>,
    ) -> GetServiceAccountCall {
        let mut call = Call::new(&self.client, &GET_SERVICE_ACCOUNT_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        GetServiceAccountCall { call }
    }

    /// Returns the store layout for the enterprise. If the store layout has not been set, returns
    /// "basic" as the store layout type and no homepage.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/storeLayout` (method id
    /// `androidenterprise.enterprises.getStoreLayout`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get_store_layout(
        &self,
        enterprise_id: impl Into<String>,
    ) -> GetStoreLayoutCall {
        let mut call = Call::new(&self.client, &GET_STORE_LAYOUT_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        GetStoreLayoutCall { call }
    }

    /// Looks up an enterprise by domain name. This is only supported for enterprises created via
    /// the Google-initiated creation flow. Lookup of the id is not needed for enterprises created
    /// via the EMM-initiated flow since the EMM learns the enterprise ID in the callback specified
    /// in the Enterprises.generateSignupUrl call.
    ///
    /// `GET androidenterprise/v1/enterprises` (method id `androidenterprise.enterprises.list`)
    ///
    /// Arguments, in order:
    /// - `domain`: Required. The exact primary domain name of the enterprise to look up.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn list(&self, domain: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.query("domain", domain.into());
        ListCall { call }
    }

    /// Pulls and returns a notification set for the enterprises associated with the service account
    /// authenticated for the request. The notification set may be empty if no notification are
    /// pending. A notification set returned needs to be acknowledged within 20 seconds by calling
    /// Enterprises.AcknowledgeNotificationSet, unless the notification set is empty. Notifications
    /// that are not acknowledged within the 20 seconds will eventually be included again in the
    /// response to another PullNotificationSet request, and those that are never acknowledged will
    /// ultimately be deleted according to the Google Cloud Platform Pub/Sub system policy. Multiple
    /// requests might be performed concurrently to retrieve notifications, in which case the
    /// pending notifications (if any) will be split among each caller, if any are pending. If no
    /// notifications are present, an empty notification list is returned. Subsequent requests may
    /// return more notifications once they become available.
    ///
    /// `POST androidenterprise/v1/enterprises/pullNotificationSet` (method id
    /// `androidenterprise.enterprises.pullNotificationSet`)
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn pull_notification_set(&self) -> PullNotificationSetCall {
        let call = Call::new(&self.client, &PULL_NOTIFICATION_SET_METHOD);
        PullNotificationSetCall { call }
    }

    /// Sends a test notification to validate the EMM integration with the Google Cloud Pub/Sub
    /// service for this enterprise.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/sendTestPushNotification` (method id
    /// `androidenterprise.enterprises.sendTestPushNotification`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn send_test_push_notification(
        &self,
        enterprise_id: impl Into<String>,
    ) -> SendTestPushNotificationCall {
        let mut call = Call::new(&self.client, &SEND_TEST_PUSH_NOTIFICATION_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        SendTestPushNotificationCall {
            call,
        }
    }

    /// Sets the account that will be used to authenticate to the API as the enterprise.
    ///
    /// `PUT androidenterprise/v1/enterprises/{enterpriseId}/account` (method id
    /// `androidenterprise.enterprises.setAccount`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `body`: the request body, a [`crate::schemas::EnterpriseAccount`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn set_account(
        &self,
        enterprise_id: impl Into<String>,
        body: crate::schemas::EnterpriseAccount,
    ) -> SetAccountCall {
        let mut call = Call::new(&self.client, &SET_ACCOUNT_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.json_body(&body);
        SetAccountCall { call }
    }

    /// Sets the store layout for the enterprise. By default, storeLayoutType is set to "basic" and
    /// the basic store layout is enabled. The basic layout only contains apps approved by the
    /// admin, and that have been added to the available product set for a user (using the
    /// setAvailableProductSet call). Apps on the page are sorted in order of their product ID
    /// value. If you create a custom store layout (by setting storeLayoutType = "custom" and
    /// setting a homepage), the basic store layout is disabled.
    ///
    /// `PUT androidenterprise/v1/enterprises/{enterpriseId}/storeLayout` (method id
    /// `androidenterprise.enterprises.setStoreLayout`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `body`: the request body, a [`crate::schemas::StoreLayout`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn set_store_layout(
        &self,
        enterprise_id: impl Into<String>,
        body: crate::schemas::StoreLayout,
    ) -> SetStoreLayoutCall {
        let mut call = Call::new(&self.client, &SET_STORE_LAYOUT_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.json_body(&body);
        SetStoreLayoutCall { call }
    }

    /// Unenrolls an enterprise from the calling EMM.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/unenroll` (method id
    /// `androidenterprise.enterprises.unenroll`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn unenroll(&self, enterprise_id: impl Into<String>) -> UnenrollCall {
        let mut call = Call::new(&self.client, &UNENROLL_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        UnenrollCall { call }
    }
}

static ACKNOWLEDGE_NOTIFICATION_SET_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.acknowledgeNotificationSet",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/acknowledgeNotificationSet",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.acknowledgeNotificationSet`, made by
/// [`EnterprisesResource::acknowledge_notification_set`]: set optional parameters, then `send`
/// it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct AcknowledgeNotificationSetCall {
    call: Call,
}

impl AcknowledgeNotificationSetCall {
    /// The notification set ID as returned by Enterprises.PullNotificationSet. This must be
    /// provided.
    ///
    /// Optional parameter. Sent as `notificationSetId`.
    #[inline]
    pub fn notification_set_id(mut self, value: impl Into<String>) -> Self {
        self.call.query("notificationSetId", value.into());
        self
    }

    /// Sends the request and waits for the answer of
    /// `androidenterprise.enterprises.acknowledgeNotificationSet`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for AcknowledgeNotificationSetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for AcknowledgeNotificationSetCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static COMPLETE_SIGNUP_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.completeSignup",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/completeSignup",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.completeSignup`, made by
/// [`EnterprisesResource::complete_signup`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CompleteSignupCall {
    call: Call,
}

impl CompleteSignupCall {
    /// The Completion token initially returned by GenerateSignupUrl.
    ///
    /// Optional parameter. Sent as `completionToken`.
    #[inline]
    pub fn completion_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("completionToken", value.into());
        self
    }

    /// The Enterprise token appended to the Callback URL.
    ///
    /// Optional parameter. Sent as `enterpriseToken`.
    #[inline]
    pub fn enterprise_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("enterpriseToken", value.into());
        self
    }

    /// Sends the request and waits for the answer of
    /// `androidenterprise.enterprises.completeSignup`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Enterprise, Error> {
        self.call.send().await
    }
}

impl CallOptions for CompleteSignupCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CompleteSignupCall {
    type Response = crate::schemas::Enterprise;
    fn into_call(self) -> Call {
        self.call
    }
}

static CREATE_WEB_TOKEN_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.createWebToken",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/createWebToken",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.createWebToken`, made by
/// [`EnterprisesResource::create_web_token`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateWebTokenCall {
    call: Call,
}

impl CreateWebTokenCall {
    /// Sends the request and waits for the answer of
    /// `androidenterprise.enterprises.createWebToken`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::AdministratorWebToken, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateWebTokenCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateWebTokenCall {
    type Response = crate::schemas::AdministratorWebToken;
    fn into_call(self) -> Call {
        self.call
    }
}

static ENROLL_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.enroll",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/enroll",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.enroll`, made by [`EnterprisesResource::enroll`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct EnrollCall {
    call: Call,
}

impl EnrollCall {
    /// Sends the request and waits for the answer of `androidenterprise.enterprises.enroll`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Enterprise, Error> {
        self.call.send().await
    }
}

impl CallOptions for EnrollCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for EnrollCall {
    type Response = crate::schemas::Enterprise;
    fn into_call(self) -> Call {
        self.call
    }
}

static GENERATE_ENTERPRISE_UPGRADE_URL_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.generateEnterpriseUpgradeUrl",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/generateEnterpriseUpgradeUrl",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.generateEnterpriseUpgradeUrl`, made by
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
    /// Optional. Email address used to prefill the admin field of the enterprise signup form as
    /// part of the upgrade process. This value is a hint only and can be altered by the user.
    /// Personal email addresses are not allowed. If `allowedDomains` is non-empty then this must
    /// belong to one of the `allowedDomains`.
    ///
    /// Optional parameter. Sent as `adminEmail`.
    #[inline]
    pub fn admin_email(mut self, value: impl Into<String>) -> Self {
        self.call.query("adminEmail", value.into());
        self
    }

    /// Optional. A list of domains that are permitted for the admin email. The IT admin cannot
    /// enter an email address with a domain name that is not in this list. Subdomains of domains in
    /// this list are not allowed but can be allowed by adding a second entry which has `*.`
    /// prefixed to the domain name (e.g. *.example.com). If the field is not present or is an empty
    /// list then the IT admin is free to use any valid domain name. Personal email domains are not
    /// allowed.
    ///
    /// Optional parameter. Sent as `allowedDomains`, once per value.
    #[inline]
    pub fn allowed_domains(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.call.query_repeated("allowedDomains", value.into_iter().map(|v| v.into()));
        self
    }

    /// Sends the request and waits for the answer of
    /// `androidenterprise.enterprises.generateEnterpriseUpgradeUrl`.
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

static GENERATE_SIGNUP_URL_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.generateSignupUrl",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/signupUrl",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.generateSignupUrl`, made by
/// [`EnterprisesResource::generate_signup_url`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GenerateSignupUrlCall {
    call: Call,
}

impl GenerateSignupUrlCall {
    /// Optional. Email address used to prefill the admin field of the enterprise signup form. This
    /// value is a hint only and can be altered by the user. If `allowedDomains` is non-empty then
    /// this must belong to one of the `allowedDomains`.
    ///
    /// Optional parameter. Sent as `adminEmail`.
    #[inline]
    pub fn admin_email(mut self, value: impl Into<String>) -> Self {
        self.call.query("adminEmail", value.into());
        self
    }

    /// Optional. A list of domains that are permitted for the admin email. The IT admin cannot
    /// enter an email address with a domain name that is not in this list. Subdomains of domains in
    /// this list are not allowed but can be allowed by adding a second entry which has `*.`
    /// prefixed to the domain name (e.g. *.example.com). If the field is not present or is an empty
    /// list then the IT admin is free to use any valid domain name. Personal email domains are
    /// always allowed, but will result in the creation of a managed Google Play Accounts
    /// enterprise.
    ///
    /// Optional parameter. Sent as `allowedDomains`, once per value.
    #[inline]
    pub fn allowed_domains(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.call.query_repeated("allowedDomains", value.into_iter().map(|v| v.into()));
        self
    }

    /// The callback URL to which the Admin will be redirected after successfully creating an
    /// enterprise. Before redirecting there the system will add a single query parameter to this
    /// URL named "enterpriseToken" which will contain an opaque token to be used for the
    /// CompleteSignup request. Beware that this means that the URL will be parsed, the parameter
    /// added and then a new URL formatted, i.e. there may be some minor formatting changes and,
    /// more importantly, the URL must be well-formed so that it can be parsed.
    ///
    /// Optional parameter. Sent as `callbackUrl`.
    #[inline]
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.call.query("callbackUrl", value.into());
        self
    }

    /// Sends the request and waits for the answer of
    /// `androidenterprise.enterprises.generateSignupUrl`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::SignupInfo, Error> {
        self.call.send().await
    }
}

impl CallOptions for GenerateSignupUrlCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GenerateSignupUrlCall {
    type Response = crate::schemas::SignupInfo;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.get",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.get`, made by [`EnterprisesResource::get`]: set
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
    /// Sends the request and waits for the answer of `androidenterprise.enterprises.get`.
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

static GET_SERVICE_ACCOUNT_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.getServiceAccount",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/serviceAccount",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.getServiceAccount`, made by
/// [`EnterprisesResource::get_service_account`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetServiceAccountCall {
    call: Call,
}

impl GetServiceAccountCall {
    /// The type of credential to return with the service account. Required.
    ///
    /// Optional parameter. Sent as `keyType`.
    #[inline]
    pub fn key_type(mut self, value: KeyType) -> Self {
        self.call.query("keyType", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of
    /// `androidenterprise.enterprises.getServiceAccount`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ServiceAccount, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetServiceAccountCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetServiceAccountCall {
    type Response = crate::schemas::ServiceAccount;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_STORE_LAYOUT_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.getStoreLayout",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/storeLayout",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.getStoreLayout`, made by
/// [`EnterprisesResource::get_store_layout`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetStoreLayoutCall {
    call: Call,
}

impl GetStoreLayoutCall {
    /// Sends the request and waits for the answer of
    /// `androidenterprise.enterprises.getStoreLayout`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::StoreLayout, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetStoreLayoutCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetStoreLayoutCall {
    type Response = crate::schemas::StoreLayout;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.list`, made by [`EnterprisesResource::list`]: set
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
    /// Sends the request and waits for the answer of `androidenterprise.enterprises.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::EnterprisesListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::EnterprisesListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static PULL_NOTIFICATION_SET_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.pullNotificationSet",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/pullNotificationSet",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.pullNotificationSet`, made by
/// [`EnterprisesResource::pull_notification_set`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PullNotificationSetCall {
    call: Call,
}

impl PullNotificationSetCall {
    /// The request mode for pulling notifications. Specifying waitForNotifications will cause the
    /// request to block and wait until one or more notifications are present, or return an empty
    /// notification list if no notifications are present after some time. Specifying
    /// returnImmediately will cause the request to immediately return the pending notifications, or
    /// an empty list if no notifications are present. If omitted, defaults to waitForNotifications.
    ///
    /// Optional parameter. Sent as `requestMode`.
    #[inline]
    pub fn request_mode(mut self, value: RequestMode) -> Self {
        self.call.query("requestMode", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of
    /// `androidenterprise.enterprises.pullNotificationSet`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::NotificationSet, Error> {
        self.call.send().await
    }
}

impl CallOptions for PullNotificationSetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PullNotificationSetCall {
    type Response = crate::schemas::NotificationSet;
    fn into_call(self) -> Call {
        self.call
    }
}

static SEND_TEST_PUSH_NOTIFICATION_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.sendTestPushNotification",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/sendTestPushNotification",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.sendTestPushNotification`, made by
/// [`EnterprisesResource::send_test_push_notification`]: set optional parameters, then `send`
/// it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct SendTestPushNotificationCall {
    call: Call,
}

impl SendTestPushNotificationCall {
    /// Sends the request and waits for the answer of
    /// `androidenterprise.enterprises.sendTestPushNotification`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::EnterprisesSendTestPushNotificationResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for SendTestPushNotificationCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for SendTestPushNotificationCall {
    type Response = crate::schemas::EnterprisesSendTestPushNotificationResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static SET_ACCOUNT_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.setAccount",
    http_method: http::Method::PUT,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/account",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.setAccount`, made by
/// [`EnterprisesResource::set_account`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct SetAccountCall {
    call: Call,
}

impl SetAccountCall {
    /// Sends the request and waits for the answer of `androidenterprise.enterprises.setAccount`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::EnterpriseAccount, Error> {
        self.call.send().await
    }
}

impl CallOptions for SetAccountCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for SetAccountCall {
    type Response = crate::schemas::EnterpriseAccount;
    fn into_call(self) -> Call {
        self.call
    }
}

static SET_STORE_LAYOUT_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.setStoreLayout",
    http_method: http::Method::PUT,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/storeLayout",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.setStoreLayout`, made by
/// [`EnterprisesResource::set_store_layout`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct SetStoreLayoutCall {
    call: Call,
}

impl SetStoreLayoutCall {
    /// Sends the request and waits for the answer of
    /// `androidenterprise.enterprises.setStoreLayout`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::StoreLayout, Error> {
        self.call.send().await
    }
}

impl CallOptions for SetStoreLayoutCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for SetStoreLayoutCall {
    type Response = crate::schemas::StoreLayout;
    fn into_call(self) -> Call {
        self.call
    }
}

static UNENROLL_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.enterprises.unenroll",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/unenroll",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.enterprises.unenroll`, made by
/// [`EnterprisesResource::unenroll`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UnenrollCall {
    call: Call,
}

impl UnenrollCall {
    /// Sends the request and waits for the answer of `androidenterprise.enterprises.unenroll`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for UnenrollCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UnenrollCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

/// The type of credential to return with the service account. Required.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum KeyType {
    /// Google Credentials File format.
    ///
    /// `googleCredentials` on the wire.
    #[default]
    GoogleCredentials,
    /// PKCS12 format. The password for the PKCS12 file is 'notasecret'. For more information,
    /// see <https://tools.ietf.org/html/rfc7292>. The data for keys of this type are base64 encoded
    /// according to RFC 4648 Section 4. See <http://tools.ietf.org/html/rfc4648#section-4>.
    ///
    /// `pkcs12` on the wire.
    Pkcs12,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for KeyType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::GoogleCredentials => "googleCredentials",
            Self::Pkcs12 => "pkcs12",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "googleCredentials" => Self::GoogleCredentials,
            "pkcs12" => Self::Pkcs12,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(KeyType);

/// The request mode for pulling notifications. Specifying waitForNotifications will cause the
/// request to block and wait until one or more notifications are present, or return an empty
/// notification list if no notifications are present after some time. Specifying
/// returnImmediately will cause the request to immediately return the pending notifications, or
/// an empty list if no notifications are present. If omitted, defaults to waitForNotifications.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum RequestMode {
    /// Wait until one or more notifications are present.
    ///
    /// `waitForNotifications` on the wire.
    #[default]
    WaitForNotifications,
    /// Returns immediately whether notifications are present or not.
    ///
    /// `returnImmediately` on the wire.
    ReturnImmediately,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for RequestMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::WaitForNotifications => "waitForNotifications",
            Self::ReturnImmediately => "returnImmediately",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "waitForNotifications" => Self::WaitForNotifications,
            "returnImmediately" => Self::ReturnImmediately,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(RequestMode);
