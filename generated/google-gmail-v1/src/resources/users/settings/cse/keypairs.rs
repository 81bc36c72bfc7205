//! The `users.settings.cse.keypairs` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, Items,
    MethodInfo, Pages,
};

/// The `users.settings.cse.keypairs` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct KeypairsResource {
    pub(crate) client: Client,
}

impl KeypairsResource {
    /// Creates and uploads a client-side encryption S/MIME public key certificate chain and private
    /// key metadata for the authenticated user. For administrators managing identities and keypairs
    /// for users in their organization, requests require authorization with a [service
    /// account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount) that has
    /// [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
    /// For users managing their own identities and keypairs, requests require [hardware key
    /// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
    ///
    /// `POST gmail/v1/users/{userId}/settings/cse/keypairs` (method id
    /// `gmail.users.settings.cse.keypairs.create`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The requester's primary email address. To indicate the authenticated user,
    ///   you can use the
    /// - `body`: the request body, a [`crate::schemas::CseKeyPair`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn create(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::CseKeyPair,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        CreateCall { call }
    }

    /// Turns off a client-side encryption key pair. The authenticated user can no longer use the
    /// key pair to decrypt incoming CSE message texts or sign outgoing CSE mail. To regain access,
    /// use the EnableCseKeyPair to turn on the key pair. After 30 days, you can permanently delete
    /// the key pair by using the ObliterateCseKeyPair method. For administrators managing
    /// identities and keypairs for users in their organization, requests require authorization with
    /// a [service account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount)
    /// that has [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
    /// For users managing their own identities and keypairs, requests require [hardware key
    /// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
    ///
    /// `POST gmail/v1/users/{userId}/settings/cse/keypairs/{keyPairId}:disable` (method id
    /// `gmail.users.settings.cse.keypairs.disable`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The requester's primary email address. To indicate the authenticated user,
    ///   you can use the
    /// - `key_pair_id`: The identifier of the key pair to turn off.
    /// - `body`: the request body, a [`crate::schemas::DisableCseKeyPairRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn disable(
        &self,
        user_id: impl Into<String>,
        key_pair_id: impl Into<String>,
        body: crate::schemas::DisableCseKeyPairRequest,
    ) -> DisableCall {
        let mut call = Call::new(&self.client, &DISABLE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("keyPairId", key_pair_id.into());
        call.json_body(&body);
        DisableCall { call }
    }

    /// Turns on a client-side encryption key pair that was turned off. The key pair becomes active
    /// again for any associated client-side encryption identities. For administrators managing
    /// identities and keypairs for users in their organization, requests require authorization with
    /// a [service account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount)
    /// that has [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
    /// For users managing their own identities and keypairs, requests require [hardware key
    /// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
    ///
    /// `POST gmail/v1/users/{userId}/settings/cse/keypairs/{keyPairId}:enable` (method id
    /// `gmail.users.settings.cse.keypairs.enable`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The requester's primary email address. To indicate the authenticated user,
    ///   you can use the
    /// - `key_pair_id`: The identifier of the key pair to turn on.
    /// - `body`: the request body, a [`crate::schemas::EnableCseKeyPairRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn enable(
        &self,
        user_id: impl Into<String>,
        key_pair_id: impl Into<String>,
        body: crate::schemas::EnableCseKeyPairRequest,
    ) -> EnableCall {
        let mut call = Call::new(&self.client, &ENABLE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("keyPairId", key_pair_id.into());
        call.json_body(&body);
        EnableCall { call }
    }

    /// Retrieves an existing client-side encryption key pair. For administrators managing
    /// identities and keypairs for users in their organization, requests require authorization with
    /// a [service account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount)
    /// that has [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
    /// For users managing their own identities and keypairs, requests require [hardware key
    /// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
    ///
    /// `GET gmail/v1/users/{userId}/settings/cse/keypairs/{keyPairId}` (method id
    /// `gmail.users.settings.cse.keypairs.get`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The requester's primary email address. To indicate the authenticated user,
    ///   you can use the
    /// - `key_pair_id`: The identifier of the key pair to retrieve.
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
        key_pair_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("keyPairId", key_pair_id.into());
        GetCall { call }
    }

    /// Lists client-side encryption key pairs for an authenticated user. For administrators
    /// managing identities and keypairs for users in their organization, requests require
    /// authorization with a [service
    /// account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount) that has
    /// [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
    /// For users managing their own identities and keypairs, requests require [hardware key
    /// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
    ///
    /// `GET gmail/v1/users/{userId}/settings/cse/keypairs` (method id
    /// `gmail.users.settings.cse.keypairs.list`)
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

    /// Deletes a client-side encryption key pair permanently and immediately. You can only
    /// permanently delete key pairs that have been turned off for more than 30 days. To turn off a
    /// key pair, use the DisableCseKeyPair method. Gmail can't restore or decrypt any messages that
    /// were encrypted by an obliterated key. Authenticated users and Google Workspace
    /// administrators lose access to reading the encrypted messages. For administrators managing
    /// identities and keypairs for users in their organization, requests require authorization with
    /// a [service account](https://developers.google.com/identity/protocols/OAuth2ServiceAccount)
    /// that has [domain-wide delegation
    /// authority](https://developers.google.com/identity/protocols/OAuth2ServiceAccount#delegatingauthority)
    /// to impersonate users with the `https://www.googleapis.com/auth/gmail.settings.basic` scope.
    /// For users managing their own identities and keypairs, requests require [hardware key
    /// encryption](https://support.google.com/a/answer/14153163) turned on and configured.
    ///
    /// `POST gmail/v1/users/{userId}/settings/cse/keypairs/{keyPairId}:obliterate` (method id
    /// `gmail.users.settings.cse.keypairs.obliterate`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The requester's primary email address. To indicate the authenticated user,
    ///   you can use the
    /// - `key_pair_id`: The identifier of the key pair to obliterate.
    /// - `body`: the request body, a [`crate::schemas::ObliterateCseKeyPairRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn obliterate(
        &self,
        user_id: impl Into<String>,
        key_pair_id: impl Into<String>,
        body: crate::schemas::ObliterateCseKeyPairRequest,
    ) -> ObliterateCall {
        let mut call = Call::new(&self.client, &OBLITERATE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("keyPairId", key_pair_id.into());
        call.json_body(&body);
        ObliterateCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.keypairs.create",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/settings/cse/keypairs",
    scopes: &[
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.cse.keypairs.create`, made by [`KeypairsResource::create`]:
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
    /// The type of certificate chain validation to perform at creation. The request will be
    /// rejected if the uploaded chain fails to satisfy the requested validation checks. When
    /// unspecified, this parameter defaults to `all`.
    ///
    /// Optional parameter. Sent as `chainValidation`. Server default: `all`.
    #[inline]
    pub fn chain_validation(mut self, value: ChainValidation) -> Self {
        self.call.query("chainValidation", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `gmail.users.settings.cse.keypairs.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::CseKeyPair, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::CseKeyPair;
    fn into_call(self) -> Call {
        self.call
    }
}

static DISABLE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.keypairs.disable",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/settings/cse/keypairs/{keyPairId}:disable",
    scopes: &[
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.cse.keypairs.disable`, made by
/// [`KeypairsResource::disable`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DisableCall {
    call: Call,
}

impl DisableCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.cse.keypairs.disable`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::CseKeyPair, Error> {
        self.call.send().await
    }
}

impl CallOptions for DisableCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DisableCall {
    type Response = crate::schemas::CseKeyPair;
    fn into_call(self) -> Call {
        self.call
    }
}

static ENABLE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.keypairs.enable",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/settings/cse/keypairs/{keyPairId}:enable",
    scopes: &[
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.cse.keypairs.enable`, made by [`KeypairsResource::enable`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct EnableCall {
    call: Call,
}

impl EnableCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.cse.keypairs.enable`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::CseKeyPair, Error> {
        self.call.send().await
    }
}

impl CallOptions for EnableCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for EnableCall {
    type Response = crate::schemas::CseKeyPair;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.keypairs.get",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/cse/keypairs/{keyPairId}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.cse.keypairs.get`, made by [`KeypairsResource::get`]: set
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
    /// Sends the request and waits for the answer of `gmail.users.settings.cse.keypairs.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::CseKeyPair, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::CseKeyPair;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.keypairs.list",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/cse/keypairs",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.cse.keypairs.list`, made by [`KeypairsResource::list`]: set
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
    /// The number of key pairs to return. If not provided, the page size will default to 20
    /// entries.
    ///
    /// Optional parameter. Sent as `pageSize`. Server default: `20`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// Pagination token indicating which page of key pairs to return. If the token is not supplied,
    /// then the API will return the first page of results.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListCseKeyPairsResponse`](crate::schemas::ListCseKeyPairsResponse): the call is sent, then
    /// sent again with `pageToken` set to each `nextPageToken` the server answers, every other
    /// parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListCseKeyPairsResponse> {
        self.call
            .pages::<
                crate::schemas::ListCseKeyPairsResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `cse_key_pairs` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `cse_key_pairs` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<crate::schemas::ListCseKeyPairsResponse, crate::schemas::CseKeyPair> {
        self.call
            .items::<
                crate::schemas::ListCseKeyPairsResponse,
                crate::schemas::CseKeyPair,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.cse_key_pairs.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `gmail.users.settings.cse.keypairs.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListCseKeyPairsResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListCseKeyPairsResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static OBLITERATE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.cse.keypairs.obliterate",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/settings/cse/keypairs/{keyPairId}:obliterate",
    scopes: &[
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.cse.keypairs.obliterate`, made by
/// [`KeypairsResource::obliterate`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ObliterateCall {
    call: Call,
}

impl ObliterateCall {
    /// Sends the request and waits for the answer of
    /// `gmail.users.settings.cse.keypairs.obliterate`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for ObliterateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ObliterateCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

/// The type of certificate chain validation to perform at creation. The request will be
/// rejected if the uploaded chain fails to satisfy the requested validation checks. When
/// unspecified, this parameter defaults to `all`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ChainValidation {
    /// Enable all certificate chain validation and certificate revocation checks. Recommended for
    /// normal use.
    ///
    /// `all` on the wire.
    #[default]
    All,
    /// Disable all certificate chain validation and certificate revocation checks. This may be
    /// useful when deliberately creating key pairs with invalid, out-of-use certificate chains to
    /// be used only for decryption of historical S/MIME messages. Key pairs created with invalid or
    /// revoked certificates cannot be used in a CseIdentity object.
    ///
    /// `none` on the wire.
    None,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ChainValidation {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::None => "none",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "all" => Self::All,
            "none" => Self::None,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ChainValidation);
