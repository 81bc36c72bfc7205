//! The `enterprises.applications` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `enterprises.applications` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ApplicationsResource {
    pub(crate) client: Client,
}

impl ApplicationsResource {
    /// Gets info about an application.
    ///
    /// `GET v1/{+name}` (method id `androidmanagement.enterprises.applications.get`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the application in the form Must match
    ///   `^enterprises/[^/]+/applications/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/applications/[^/]+$");
        call.path_param("name", name);
        GetCall { call }
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.applications.get",
    http_method: http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.applications.get`, made by
/// [`ApplicationsResource::get`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// The preferred language for localized application info, as a BCP47 tag (e.g. "en-US", "de").
    /// If not specified the default language of the application will be used.
    ///
    /// Optional parameter. Sent as `languageCode`.
    #[inline]
    pub fn language_code(mut self, value: impl Into<String>) -> Self {
        self.call.query("languageCode", value.into());
        self
    }

    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.applications.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Application, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Application;
    fn into_call(self) -> Call {
        self.call
    }
}
