//! The `users.settings.sendAs` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};
pub mod smime_info;

/// The `users.settings.sendAs` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct SendAsResource {
    pub(crate) client: Client,
}

impl SendAsResource {
    /// The `users.settings.sendAs.smimeInfo` resource.
    pub fn smime_info(&self) -> smime_info::SmimeInfoResource {
        smime_info::SmimeInfoResource {
            client: self.client.clone(),
        }
    }

    /// Creates a custom "from" send-as alias. If an SMTP MSA is specified, Gmail will attempt to
    /// connect to the SMTP service to validate the configuration before creating the alias. If
    /// ownership verification is required for the alias, a message will be sent to the email
    /// address and the resource's verification status will be set to `pending`; otherwise, the
    /// resource will be created with verification status set to `accepted`. If a signature is
    /// provided, Gmail will sanitize the HTML before saving it with the alias. For more
    /// information, see [Manage aliases and signatures with the Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/alias_and_signature_settings).
    /// This method is only available to service account clients that have been delegated
    /// domain-wide authority.
    ///
    /// `POST gmail/v1/users/{userId}/settings/sendAs` (method id
    /// `gmail.users.settings.sendAs.create`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `body`: the request body, a [`crate::schemas::SendAs`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn create(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::SendAs,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        CreateCall { call }
    }

    /// Deletes the specified send-as alias. Revokes any verification that may have been required
    /// for using it. For more information, see [Manage aliases and signatures with the Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/alias_and_signature_settings).
    /// This method is only available to service account clients that have been delegated
    /// domain-wide authority.
    ///
    /// `DELETE gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}` (method id
    /// `gmail.users.settings.sendAs.delete`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `send_as_email`: The send-as alias to be deleted.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn delete(
        &self,
        user_id: impl Into<String>,
        send_as_email: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("sendAsEmail", send_as_email.into());
        DeleteCall { call }
    }

    /// Gets the specified send-as alias. Fails with an HTTP 404 error if the specified address is
    /// not a member of the collection. For more information, see [Manage aliases and signatures
    /// with the Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/alias_and_signature_settings).
    ///
    /// `GET gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}` (method id
    /// `gmail.users.settings.sendAs.get`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `send_as_email`: The send-as alias to be retrieved.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    #[inline]
    pub fn get(
        &self,
        user_id: impl Into<String>,
        send_as_email: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("sendAsEmail", send_as_email.into());
        GetCall { call }
    }

    /// Lists the send-as aliases for the specified account. The result includes the primary send-as
    /// address associated with the account as well as any custom "from" aliases. For more
    /// information, see [Manage aliases and signatures with the Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/alias_and_signature_settings).
    ///
    /// `GET gmail/v1/users/{userId}/settings/sendAs` (method id `gmail.users.settings.sendAs.list`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    #[inline]
    pub fn list(&self, user_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("userId", user_id.into());
        ListCall { call }
    }

    /// Patch the specified send-as alias. For more information, see [Manage aliases and signatures
    /// with the Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/alias_and_signature_settings).
    ///
    /// `PATCH gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}` (method id
    /// `gmail.users.settings.sendAs.patch`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `send_as_email`: The send-as alias to be updated.
    /// - `body`: the request body, a [`crate::schemas::SendAs`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn patch(
        &self,
        user_id: impl Into<String>,
        send_as_email: impl Into<String>,
        body: crate::schemas::SendAs,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("sendAsEmail", send_as_email.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Updates a send-as alias. If a signature is provided, Gmail will sanitize the HTML before
    /// saving it with the alias. For more information, see [Manage aliases and signatures with the
    /// Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/alias_and_signature_settings).
    /// Addresses other than the primary address for the account can only be updated by service
    /// account clients that have been delegated domain-wide authority.
    ///
    /// `PUT gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}` (method id
    /// `gmail.users.settings.sendAs.update`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `send_as_email`: The send-as alias to be updated.
    /// - `body`: the request body, a [`crate::schemas::SendAs`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn update(
        &self,
        user_id: impl Into<String>,
        send_as_email: impl Into<String>,
        body: crate::schemas::SendAs,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("sendAsEmail", send_as_email.into());
        call.json_body(&body);
        UpdateCall { call }
    }

    /// Sends a verification email to the specified send-as alias address. The verification status
    /// must be `pending`. For more information, see [Manage aliases and signatures with the Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/alias_and_signature_settings).
    /// This method is only available to service account clients that have been delegated
    /// domain-wide authority.
    ///
    /// `POST gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}/verify` (method id
    /// `gmail.users.settings.sendAs.verify`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `send_as_email`: The send-as alias to be verified.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn verify(
        &self,
        user_id: impl Into<String>,
        send_as_email: impl Into<String>,
    ) -> VerifyCall {
        let mut call = Call::new(&self.client, &VERIFY_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("sendAsEmail", send_as_email.into());
        VerifyCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.sendAs.create",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/settings/sendAs",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.sharing"],
    api_version: None,
};

/// A call of `gmail.users.settings.sendAs.create`, made by [`SendAsResource::create`]: set
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
    /// Sends the request and waits for the answer of `gmail.users.settings.sendAs.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::SendAs, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::SendAs;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.sendAs.delete",
    http_method: http::Method::DELETE,
    path: "gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.sharing"],
    api_version: None,
};

/// A call of `gmail.users.settings.sendAs.delete`, made by [`SendAsResource::delete`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.sendAs.delete`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DeleteCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.sendAs.get",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.sendAs.get`, made by [`SendAsResource::get`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.sendAs.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::SendAs, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::SendAs;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.sendAs.list",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/sendAs",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.sendAs.list`, made by [`SendAsResource::list`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.sendAs.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListSendAsResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListSendAsResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.sendAs.patch",
    http_method: http::Method::PATCH,
    path: "gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}",
    scopes: &[
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.sendAs.patch`, made by [`SendAsResource::patch`]: set
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
    /// Sends the request and waits for the answer of `gmail.users.settings.sendAs.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::SendAs, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::SendAs;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.sendAs.update",
    http_method: http::Method::PUT,
    path: "gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}",
    scopes: &[
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.sendAs.update`, made by [`SendAsResource::update`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: Call,
}

impl UpdateCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.sendAs.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::SendAs, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::SendAs;
    fn into_call(self) -> Call {
        self.call
    }
}

static VERIFY_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.sendAs.verify",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}/verify",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.sharing"],
    api_version: None,
};

/// A call of `gmail.users.settings.sendAs.verify`, made by [`SendAsResource::verify`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct VerifyCall {
    call: Call,
}

impl VerifyCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.sendAs.verify`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for VerifyCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for VerifyCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}
