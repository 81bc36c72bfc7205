//! The `users.settings.delegates` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `users.settings.delegates` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct DelegatesResource {
    pub(crate) client: Client,
}

impl DelegatesResource {
    /// Adds a delegate with its verification status set directly to `accepted`, without sending any
    /// verification email. The delegate user must be a member of the same Google Workspace
    /// organization as the delegator user. For more information, see [Manage
    /// delegates](https://developers.google.com/workspace/gmail/api/guides/delegate_settings).
    /// Gmail imposes limitations on the number of delegates and delegators each user in a Google
    /// Workspace organization can have. These limits depend on your organization, but in general
    /// each user can have up to 25 delegates and up to 10 delegators. A delegate user must be
    /// referred to by their primary email address, and not an email alias. When a new delegate is
    /// created, there may be up to a one minute delay before the new delegate is available for use.
    /// This method is only available to service account clients that have been delegated
    /// domain-wide authority.
    ///
    /// `POST gmail/v1/users/{userId}/settings/delegates` (method id
    /// `gmail.users.settings.delegates.create`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `body`: the request body, a [`crate::schemas::Delegate`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn create(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::Delegate,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        CreateCall { call }
    }

    /// Removes the specified delegate (which can be of any verification status), and revokes any
    /// verification that may have been required for using it. For more information, see [Manage
    /// delegates](https://developers.google.com/workspace/gmail/api/guides/delegate_settings). A
    /// delegate user must be referred to by their primary email address, and not an email alias.
    /// This method is only available to service account clients that have been delegated
    /// domain-wide authority.
    ///
    /// `DELETE gmail/v1/users/{userId}/settings/delegates/{delegateEmail}` (method id
    /// `gmail.users.settings.delegates.delete`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `delegate_email`: The email address of the user to be removed as a delegate.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn delete(
        &self,
        user_id: impl Into<String>,
        delegate_email: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("delegateEmail", delegate_email.into());
        DeleteCall { call }
    }

    /// Gets the specified delegate. For more information, see [Manage
    /// delegates](https://developers.google.com/workspace/gmail/api/guides/delegate_settings). A
    /// delegate user must be referred to by their primary email address, and not an email alias.
    /// This method is only available to service account clients that have been delegated
    /// domain-wide authority.
    ///
    /// `GET gmail/v1/users/{userId}/settings/delegates/{delegateEmail}` (method id
    /// `gmail.users.settings.delegates.get`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `delegate_email`: The email address of the user whose delegate relationship is to be
    ///   retrieved.
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
        delegate_email: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("delegateEmail", delegate_email.into());
        GetCall { call }
    }

    /// Lists the delegates for the specified account. For more information, see [Manage
    /// delegates](https://developers.google.com/workspace/gmail/api/guides/delegate_settings). This
    /// method is only available to service account clients that have been delegated domain-wide
    /// authority.
    ///
    /// `GET gmail/v1/users/{userId}/settings/delegates` (method id
    /// `gmail.users.settings.delegates.list`)
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
    id: "gmail.users.settings.delegates.create",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/settings/delegates",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.sharing"],
    api_version: None,
};

/// A call of `gmail.users.settings.delegates.create`, made by [`DelegatesResource::create`]:
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
    /// Sends the request and waits for the answer of `gmail.users.settings.delegates.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Delegate, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::Delegate;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.delegates.delete",
    http_method: http::Method::DELETE,
    path: "gmail/v1/users/{userId}/settings/delegates/{delegateEmail}",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.sharing"],
    api_version: None,
};

/// A call of `gmail.users.settings.delegates.delete`, made by [`DelegatesResource::delete`]:
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
    /// Sends the request and waits for the answer of `gmail.users.settings.delegates.delete`.
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
    id: "gmail.users.settings.delegates.get",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/delegates/{delegateEmail}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.delegates.get`, made by [`DelegatesResource::get`]: set
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
    /// Sends the request and waits for the answer of `gmail.users.settings.delegates.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Delegate, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Delegate;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.delegates.list",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/delegates",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.delegates.list`, made by [`DelegatesResource::list`]: set
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
    /// Sends the request and waits for the answer of `gmail.users.settings.delegates.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListDelegatesResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListDelegatesResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
