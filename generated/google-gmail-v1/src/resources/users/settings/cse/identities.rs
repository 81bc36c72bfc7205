//! The `users.settings.cse.identities` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `users.settings.cse.identities` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct IdentitiesResource {
    pub(crate) client: Client,
}

impl IdentitiesResource {
    /// Creates and configures a client-side encryption identity that's authorized to send mail from
    /// the user account. Google publishes the S/MIME certificate to a shared domain-wide directory
    /// so that people within a Google Workspace organization can encrypt and send mail to the
    /// identity. For administrators managing identities and keypairs for users in their
    /// organization, requests require authorization with a [service
    /// account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount) that has
    /// [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
    /// For users managing their own identities and keypairs, requests require [hardware key
    /// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
    ///
    /// `POST gmail/v1/users/{userId}/settings/cse/identities` (method id
    /// `gmail.users.settings.cse.identities.create`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The requester's primary email address. To indicate the authenticated user,
    ///   you can use the
    /// - `body`: the request body, a [`crate::schemas::CseIdentity`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn create(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::CseIdentity,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        CreateCall { call }
    }

    /// Deletes a client-side encryption identity. The authenticated user can no longer use the
    /// identity to send encrypted messages. You cannot restore the identity after you delete it.
    /// Instead, use the CreateCseIdentity method to create another identity with the same
    /// configuration. For administrators managing identities and keypairs for users in their
    /// organization, requests require authorization with a [service
    /// account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount) that has
    /// [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
    /// For users managing their own identities and keypairs, requests require [hardware key
    /// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
    ///
    /// `DELETE gmail/v1/users/{userId}/settings/cse/identities/{cseEmailAddress}` (method id
    /// `gmail.users.settings.cse.identities.delete`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The requester's primary email address. To indicate the authenticated user,
    ///   you can use the
    /// - `cse_email_address`: The primary email address associated with the client-side
    ///   encryption identity configuration
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn delete(
        &self,
        user_id: impl Into<String>,
        cse_email_address: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("cseEmailAddress", cse_email_address.into());
        DeleteCall { call }
    }

    /// Retrieves a client-side encryption identity configuration. For administrators managing
    /// identities and keypairs for users in their organization, requests require authorization with
    /// a [service account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount)
    /// that has [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
    /// For users managing their own identities and keypairs, requests require [hardware key
    /// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
    ///
    /// `GET gmail/v1/users/{userId}/settings/cse/identities/{cseEmailAddress}` (method id
    /// `gmail.users.settings.cse.identities.get`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The requester's primary email address. To indicate the authenticated user,
    ///   you can use the
    /// - `cse_email_address`: The primary email address associated with the client-side
    ///   encryption identity configuration
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn get(
        &self,
        user_id: impl Into<String>,
        cse_email_address: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("cseEmailAddress", cse_email_address.into());
        GetCall { call }
    }

    /// Lists the client-side encrypted identities for an authenticated user. For administrators
    /// managing identities and keypairs for users in their organization, requests require
    /// authorization with a [service
    /// account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount) that has
    /// [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
    /// For users managing their own identities and keypairs, requests require [hardware key
    /// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
    ///
    /// `GET gmail/v1/users/{userId}/settings/cse/identities` (method id
    /// `gmail.users.settings.cse.identities.list`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The requester's primary email address. To indicate the authenticated user,
    ///   you can use the
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn list(&self, user_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("userId", user_id.into());
        ListCall { call }
    }

    /// Associates a different key pair with an existing client-side encryption identity. The
    /// updated key pair must validate against Google's [S/MIME certificate
    /// profiles](https://support.google.com/a/answer/7300887). For administrators managing
    /// identities and keypairs for users in their organization, requests require authorization with
    /// a [service account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount)
    /// that has [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
    /// For users managing their own identities and keypairs, requests require [hardware key
    /// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
    ///
    /// `PATCH gmail/v1/users/{userId}/settings/cse/identities/{emailAddress}` (method id
    /// `gmail.users.settings.cse.identities.patch`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The requester's primary email address. To indicate the authenticated user,
    ///   you can use the
    /// - `email_address`: The email address of the client-side encryption identity to update.
    /// - `body`: the request body, a [`crate::schemas::CseIdentity`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn patch(
        &self,
        user_id: impl Into<String>,
        email_address: impl Into<String>,
        body: crate::schemas::CseIdentity,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("emailAddress", email_address.into());
        call.json_body(&body);
        PatchCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.identities.create",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/settings/cse/identities",
    scopes: &[
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.cse.identities.create`, made by
/// [`IdentitiesResource::create`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.cse.identities.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::CseIdentity, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::CseIdentity;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.identities.delete",
    http_method: http::Method::DELETE,
    path: "gmail/v1/users/{userId}/settings/cse/identities/{cseEmailAddress}",
    scopes: &[
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.cse.identities.delete`, made by
/// [`IdentitiesResource::delete`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.cse.identities.delete`.
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
    id: "gmail.users.settings.cse.identities.get",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/cse/identities/{cseEmailAddress}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.cse.identities.get`, made by [`IdentitiesResource::get`]:
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
    /// Sends the request and waits for the answer of `gmail.users.settings.cse.identities.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::CseIdentity, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::CseIdentity;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.identities.list",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/cse/identities",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.cse.identities.list`, made by [`IdentitiesResource::list`]:
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
    /// The number of identities to return. If not provided, the page size will default to 20
    /// entries.
    ///
    /// Optional parameter. Sent as `pageSize`. Server default: `20`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// Pagination token indicating which page of identities to return. If the token is not
    /// supplied, then the API will return the first page of results.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListCseIdentitiesResponse`](crate::schemas::ListCseIdentitiesResponse): the call is sent,
    /// then sent again with `pageToken` set to each `nextPageToken` the server answers, every other
    /// parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListCseIdentitiesResponse> {
        self.call
            .pages::<
                crate::schemas::ListCseIdentitiesResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `cse_identities` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `cse_identities` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListCseIdentitiesResponse, crate::schemas::CseIdentity> {
        self.call
            .items::<
                crate::schemas::ListCseIdentitiesResponse,
                crate::schemas::CseIdentity,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.cse_identities.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `gmail.users.settings.cse.identities.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListCseIdentitiesResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListCseIdentitiesResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.identities.patch",
    http_method: http::Method::PATCH,
    path: "gmail/v1/users/{userId}/settings/cse/identities/{emailAddress}",
    scopes: &[
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.cse.identities.patch`, made by
/// [`IdentitiesResource::patch`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: Call,
}

impl PatchCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.cse.identities.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::CseIdentity, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::CseIdentity;
    fn into_call(self) -> Call {
        self.call
    }
}
