//! The `signupUrls` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `signupUrls` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct SignupUrlsResource {
    pub(crate) client: Client,
}

impl SignupUrlsResource {
    /// Creates an enterprise signup URL.
    ///
    /// `POST v1/signupUrls` (method id `androidmanagement.signupUrls.create`)
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn create(&self) -> CreateCall {
        let call = Call::new(&self.client, &CREATE_METHOD);
        CreateCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.signupUrls.create",
    http_method: http::Method::POST,
    path: "v1/signupUrls",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.signupUrls.create`, made by [`SignupUrlsResource::create`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Optional. Email address used to prefill the admin field of the enterprise signup form. This
    /// value is a hint only and can be altered by the user. If allowedDomains is non-empty then
    /// this must belong to one of the allowedDomains.
    ///
    /// Optional parameter. Sent as `adminEmail`.
    #[inline]
    pub fn admin_email(mut self, value: impl Into<String>) -> Self {
        self.call.query("adminEmail", value.into());
        self
    }

    /// Optional. A list of domains that are permitted for the admin email. The IT admin cannot
    /// enter an email address with a domain name that is not in this list. Subdomains of domains in
    /// this list are not allowed but can be allowed by adding a second entry which has *. prefixed
    /// to the domain name (e.g. *.example.com). If the field is not present or is an empty list
    /// then the IT admin is free to use any valid domain name. Personal email domains are always
    /// allowed, but will result in the creation of a managed Google Play Accounts enterprise.
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

    /// The callback URL that the admin will be redirected to after successfully creating an
    /// enterprise. Before redirecting there the system will add a query parameter to this URL named
    /// enterpriseToken which will contain an opaque token to be used for the create enterprise
    /// request. The URL will be parsed then reformatted in order to add the enterpriseToken
    /// parameter, so there may be some minor formatting changes.
    ///
    /// Optional parameter. Sent as `callbackUrl`.
    #[inline]
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.call.query("callbackUrl", value.into());
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

    /// Sends the request and waits for the answer of `androidmanagement.signupUrls.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::SignupUrl, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::SignupUrl;
    fn into_call(self) -> Call {
        self.call
    }
}
