//! The `users.settings.forwardingAddresses` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `users.settings.forwardingAddresses` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ForwardingAddressesResource {
    pub(crate) client: Client,
}

impl ForwardingAddressesResource {
    /// Creates a forwarding address. If ownership verification is required, a message will be sent
    /// to the recipient and the resource's verification status will be set to `pending`; otherwise,
    /// the resource will be created with verification status set to `accepted`. For more
    /// information, see [Manage email
    /// forwarding](https://developers.google.com/workspace/gmail/api/guides/forwarding_settings).
    /// This method is only available to service account clients that have been delegated
    /// domain-wide authority.
    ///
    /// `POST gmail/v1/users/{userId}/settings/forwardingAddresses` (method id
    /// `gmail.users.settings.forwardingAddresses.create`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `body`: the request body, a [`crate::schemas::ForwardingAddress`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn create(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::ForwardingAddress,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        CreateCall { call }
    }

    /// Deletes the specified forwarding address and revokes any verification that may have been
    /// required. For more information, see [Manage email
    /// forwarding](https://developers.google.com/workspace/gmail/api/guides/forwarding_settings).
    /// This method is only available to service account clients that have been delegated
    /// domain-wide authority.
    ///
    /// `DELETE gmail/v1/users/{userId}/settings/forwardingAddresses/{forwardingEmail}` (method id
    /// `gmail.users.settings.forwardingAddresses.delete`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `forwarding_email`: The forwarding address to be deleted.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn delete(
        &self,
        user_id: impl Into<String>,
        forwarding_email: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("forwardingEmail", forwarding_email.into());
        DeleteCall { call }
    }

    /// Gets the specified forwarding address. For more information, see [Manage email
    /// forwarding](https://developers.google.com/workspace/gmail/api/guides/forwarding_settings).
    ///
    /// `GET gmail/v1/users/{userId}/settings/forwardingAddresses/{forwardingEmail}` (method id
    /// `gmail.users.settings.forwardingAddresses.get`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `forwarding_email`: The forwarding address to be retrieved.
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
        forwarding_email: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("forwardingEmail", forwarding_email.into());
        GetCall { call }
    }

    /// Lists the forwarding addresses for the specified account. For more information, see [Manage
    /// email
    /// forwarding](https://developers.google.com/workspace/gmail/api/guides/forwarding_settings).
    ///
    /// `GET gmail/v1/users/{userId}/settings/forwardingAddresses` (method id
    /// `gmail.users.settings.forwardingAddresses.list`)
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
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.forwardingAddresses.create",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/settings/forwardingAddresses",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.sharing"],
    api_version: None,
};

/// A call of `gmail.users.settings.forwardingAddresses.create`, made by
/// [`ForwardingAddressesResource::create`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Sends the request and waits for the answer of
    /// `gmail.users.settings.forwardingAddresses.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ForwardingAddress, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::ForwardingAddress;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.forwardingAddresses.delete",
    http_method: http::Method::DELETE,
    path: "gmail/v1/users/{userId}/settings/forwardingAddresses/{forwardingEmail}",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.sharing"],
    api_version: None,
};

/// A call of `gmail.users.settings.forwardingAddresses.delete`, made by
/// [`ForwardingAddressesResource::delete`]: set optional parameters, then `send` it.
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
    /// `gmail.users.settings.forwardingAddresses.delete`.
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
    id: "gmail.users.settings.forwardingAddresses.get",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/forwardingAddresses/{forwardingEmail}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.forwardingAddresses.get`, made by
/// [`ForwardingAddressesResource::get`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of
    /// `gmail.users.settings.forwardingAddresses.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ForwardingAddress, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::ForwardingAddress;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.forwardingAddresses.list",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/forwardingAddresses",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.forwardingAddresses.list`, made by
/// [`ForwardingAddressesResource::list`]: set optional parameters, then `send` it.
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
    /// `gmail.users.settings.forwardingAddresses.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ListForwardingAddressesResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListForwardingAddressesResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
