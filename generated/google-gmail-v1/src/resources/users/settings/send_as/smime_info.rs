//! The `users.settings.sendAs.smimeInfo` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `users.settings.sendAs.smimeInfo` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct SmimeInfoResource {
    pub(crate) client: Client,
}

impl SmimeInfoResource {
    /// Deletes the specified S/MIME config for the specified send-as alias. For more information,
    /// see [Manage S/MIME certificates with the Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/smime_certs).
    ///
    /// `DELETE gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}/smimeInfo/{id}` (method id
    /// `gmail.users.settings.sendAs.smimeInfo.delete`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `send_as_email`: The email address that appears in the "From:" header for mail sent
    ///   using this alias.
    /// - `id`: The immutable ID for the SmimeInfo.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn delete(
        &self,
        user_id: impl Into<String>,
        send_as_email: impl Into<String>,
        id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("sendAsEmail", send_as_email.into());
        call.path_param("id", id.into());
        DeleteCall { call }
    }

    /// Gets the specified S/MIME config for the specified send-as alias. For more information, see
    /// [Manage S/MIME certificates with the Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/smime_certs).
    ///
    /// `GET gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}/smimeInfo/{id}` (method id
    /// `gmail.users.settings.sendAs.smimeInfo.get`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `send_as_email`: The email address that appears in the "From:" header for mail sent
    ///   using this alias.
    /// - `id`: The immutable ID for the SmimeInfo.
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
        send_as_email: impl Into<String>,
        id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("sendAsEmail", send_as_email.into());
        call.path_param("id", id.into());
        GetCall { call }
    }

    /// Insert (upload) the given S/MIME config for the specified send-as alias. Note that `pkcs12`
    /// format is required for the key. For more information, see [Manage S/MIME certificates with
    /// the Gmail API](https://developers.google.com/workspace/gmail/api/guides/smime_certs).
    ///
    /// `POST gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}/smimeInfo` (method id
    /// `gmail.users.settings.sendAs.smimeInfo.insert`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `send_as_email`: The email address that appears in the "From:" header for mail sent
    ///   using this alias.
    /// - `body`: the request body, a [`crate::schemas::SmimeInfo`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn insert(
        &self,
        user_id: impl Into<String>,
        send_as_email: impl Into<String>,
        body: crate::schemas::SmimeInfo,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("sendAsEmail", send_as_email.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Lists S/MIME configs for the specified send-as alias. For more information, see [Manage
    /// S/MIME certificates with the Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/smime_certs).
    ///
    /// `GET gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}/smimeInfo` (method id
    /// `gmail.users.settings.sendAs.smimeInfo.list`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `send_as_email`: The email address that appears in the "From:" header for mail sent
    ///   using this alias.
    ///
    /// Scopes (any one of them):
    /// - `https://mail.google.com/`
    /// - `https://www.googleapis.com/auth/gmail.modify`
    /// - `https://www.googleapis.com/auth/gmail.readonly`
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn list(
        &self,
        user_id: impl Into<String>,
        send_as_email: impl Into<String>,
    ) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("sendAsEmail", send_as_email.into());
        ListCall { call }
    }

    /// Sets the default S/MIME config for the specified send-as alias. For more information, see
    /// [Manage S/MIME certificates with the Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/smime_certs).
    ///
    /// `POST gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}/smimeInfo/{id}/setDefault`
    /// (method id `gmail.users.settings.sendAs.smimeInfo.setDefault`)
    ///
    /// Arguments, in order:
    /// - `user_id`: The user's email address. The special value `me` can be used to indicate the
    ///   authenticated
    /// - `send_as_email`: The email address that appears in the "From:" header for mail sent
    ///   using this alias.
    /// - `id`: The immutable ID for the SmimeInfo.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn set_default(
        &self,
        user_id: impl Into<String>,
        send_as_email: impl Into<String>,
        id: impl Into<String>,
    ) -> SetDefaultCall {
        let mut call = Call::new(&self.client, &SET_DEFAULT_METHOD);
        call.path_param("userId", user_id.into());
        call.path_param("sendAsEmail", send_as_email.into());
        call.path_param("id", id.into());
        SetDefaultCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.sendAs.smimeInfo.delete",
    http_method: http::Method::DELETE,
    path: "gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}/smimeInfo/{id}",
    scopes: &[
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.sendAs.smimeInfo.delete`, made by
/// [`SmimeInfoResource::delete`]: set optional parameters, then `send` it.
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
    /// `gmail.users.settings.sendAs.smimeInfo.delete`.
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
    id: "gmail.users.settings.sendAs.smimeInfo.get",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}/smimeInfo/{id}",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.sendAs.smimeInfo.get`, made by [`SmimeInfoResource::get`]:
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
    /// Sends the request and waits for the answer of `gmail.users.settings.sendAs.smimeInfo.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::SmimeInfo, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::SmimeInfo;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.sendAs.smimeInfo.insert",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}/smimeInfo",
    scopes: &[
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.sendAs.smimeInfo.insert`, made by
/// [`SmimeInfoResource::insert`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of
    /// `gmail.users.settings.sendAs.smimeInfo.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::SmimeInfo, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::SmimeInfo;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.sendAs.smimeInfo.list",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}/smimeInfo",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.sendAs.smimeInfo.list`, made by [`SmimeInfoResource::list`]:
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
    /// Sends the request and waits for the answer of `gmail.users.settings.sendAs.smimeInfo.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ListSmimeInfoResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListSmimeInfoResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static SET_DEFAULT_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.sendAs.smimeInfo.setDefault",
    http_method: http::Method::POST,
    path: "gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}/smimeInfo/{id}/setDefault",
    scopes: &[
        "https://www.googleapis.com/auth/gmail.settings.basic",
        "https://www.googleapis.com/auth/gmail.settings.sharing",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.sendAs.smimeInfo.setDefault`, made by
/// [`SmimeInfoResource::set_default`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct SetDefaultCall {
    call: Call,
}

impl SetDefaultCall {
    /// Sends the request and waits for the answer of
    /// `gmail.users.settings.sendAs.smimeInfo.setDefault`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for SetDefaultCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for SetDefaultCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}
