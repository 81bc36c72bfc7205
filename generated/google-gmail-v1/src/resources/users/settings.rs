//! The `users.settings` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};
pub mod cse;
pub mod delegates;
pub mod filters;
pub mod forwarding_addresses;
pub mod send_as;

/// The `users.settings` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct SettingsResource {
    pub(crate) client: Client,
}

impl SettingsResource {
    /// The `users.settings.cse` resource.
    pub fn cse(&self) -> cse::CseResource {
        cse::CseResource {
            client: self.client.clone(),
        }
    }

    /// The `users.settings.delegates` resource.
    pub fn delegates(&self) -> delegates::DelegatesResource {
        delegates::DelegatesResource {
            client: self.client.clone(),
        }
    }

    /// The `users.settings.filters` resource.
    pub fn filters(&self) -> filters::FiltersResource {
        filters::FiltersResource {
            client: self.client.clone(),
        }
    }

    /// The `users.settings.forwardingAddresses` resource.
    pub fn forwarding_addresses(
        &self,
    ) -> forwarding_addresses::ForwardingAddressesResource {
        forwarding_addresses::ForwardingAddressesResource {
            client: self.client.clone(),
        }
    }

    /// The `users.settings.sendAs` resource.
    pub fn send_as(&self) -> send_as::SendAsResource {
        send_as::SendAsResource {
            client: self.client.clone(),
        }
    }

    /// Gets the auto-forwarding setting for the specified account. For more information, see
    /// [Manage email
    /// forwarding](https://developers.google.com/workspace/gmail/api/guides/forwarding_settings).
    ///
    /// `GET gmail/v1/users/{userId}/settings/autoForwarding` (method id
    /// `gmail.users.settings.getAutoForwarding`)
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
    pub fn get_auto_forwarding(
        &self,
        user_id: impl Into<String>,
    ) -> GetAutoForwardingCall {
        let mut call = Call::new(&self.client, &GET_AUTO_FORWARDING_METHOD);
        call.path_param("userId", user_id.into());
        GetAutoForwardingCall { call }
    }

    /// Gets IMAP settings. For more information, see [Configure POP and IMAP settings with the
    /// Gmail API](https://developers.google.com/workspace/gmail/api/guides/pop_imap_settings).
    ///
    /// `GET gmail/v1/users/{userId}/settings/imap` (method id `gmail.users.settings.getImap`)
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
    pub fn get_imap(&self, user_id: impl Into<String>) -> GetImapCall {
        let mut call = Call::new(&self.client, &GET_IMAP_METHOD);
        call.path_param("userId", user_id.into());
        GetImapCall { call }
    }

    /// Gets language settings. For more information, see [Manage language
    /// settings](https://developers.google.com/workspace/gmail/api/guides/language-settings).
    ///
    /// `GET gmail/v1/users/{userId}/settings/language` (method id
    /// `gmail.users.settings.getLanguage`)
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
    pub fn get_language(&self, user_id: impl Into<String>) -> GetLanguageCall {
        let mut call = Call::new(&self.client, &GET_LANGUAGE_METHOD);
        call.path_param("userId", user_id.into());
        GetLanguageCall { call }
    }

    /// Gets POP settings. For more information, see [Configure POP and IMAP settings with the Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/pop_imap_settings).
    ///
    /// `GET gmail/v1/users/{userId}/settings/pop` (method id `gmail.users.settings.getPop`)
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
    pub fn get_pop(&self, user_id: impl Into<String>) -> GetPopCall {
        let mut call = Call::new(&self.client, &GET_POP_METHOD);
        call.path_param("userId", user_id.into());
        GetPopCall { call }
    }

    /// Gets vacation responder settings. For more information, see [Manage vacation settings with
    /// the Gmail API](https://developers.google.com/workspace/gmail/api/guides/vacation_settings).
    ///
    /// `GET gmail/v1/users/{userId}/settings/vacation` (method id
    /// `gmail.users.settings.getVacation`)
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
    pub fn get_vacation(&self, user_id: impl Into<String>) -> GetVacationCall {
        let mut call = Call::new(&self.client, &GET_VACATION_METHOD);
        call.path_param("userId", user_id.into());
        GetVacationCall { call }
    }

    /// Updates the auto-forwarding setting for the specified account. A verified forwarding address
    /// must be specified when auto-forwarding is enabled. For more information, see [Manage email
    /// forwarding](https://developers.google.com/workspace/gmail/api/guides/forwarding_settings).
    /// This method is only available to service account clients that have been delegated
    /// domain-wide authority.
    ///
    /// `PUT gmail/v1/users/{userId}/settings/autoForwarding` (method id
    /// `gmail.users.settings.updateAutoForwarding`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `body`: the request body, a [`crate::schemas::AutoForwarding`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.sharing`
    #[inline]
    pub fn update_auto_forwarding(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::AutoForwarding,
    ) -> UpdateAutoForwardingCall {
        let mut call = Call::new(&self.client, &UPDATE_AUTO_FORWARDING_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        UpdateAutoForwardingCall { call }
    }

    /// Updates IMAP settings. For more information, see [Configure POP and IMAP settings with the
    /// Gmail API](https://developers.google.com/workspace/gmail/api/guides/pop_imap_settings).
    ///
    /// `PUT gmail/v1/users/{userId}/settings/imap` (method id `gmail.users.settings.updateImap`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `body`: the request body, a [`crate::schemas::ImapSettings`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    #[inline]
    pub fn update_imap(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::ImapSettings,
    ) -> UpdateImapCall {
        let mut call = Call::new(&self.client, &UPDATE_IMAP_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        UpdateImapCall { call }
    }

    /// Updates language settings. For more information, see [Manage language
    /// settings](https://developers.google.com/workspace/gmail/api/guides/language-settings). If
    /// successful, the return object contains the `displayLanguage` that was saved for the user,
    /// which may differ from the value passed into the request. This is because the requested
    /// `displayLanguage` may not be directly supported by Gmail but have a close variant that is,
    /// and so the variant may be chosen and saved instead.
    ///
    /// `PUT gmail/v1/users/{userId}/settings/language` (method id
    /// `gmail.users.settings.updateLanguage`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `body`: the request body, a [`crate::schemas::LanguageSettings`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    #[inline]
    pub fn update_language(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::LanguageSettings,
    ) -> UpdateLanguageCall {
        let mut call = Call::new(&self.client, &UPDATE_LANGUAGE_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        UpdateLanguageCall { call }
    }

    /// Updates POP settings. For more information, see [Configure POP and IMAP settings with the
    /// Gmail API](https://developers.google.com/workspace/gmail/api/guides/pop_imap_settings).
    ///
    /// `PUT gmail/v1/users/{userId}/settings/pop` (method id `gmail.users.settings.updatePop`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `body`: the request body, a [`crate::schemas::PopSettings`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    #[inline]
    pub fn update_pop(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::PopSettings,
    ) -> UpdatePopCall {
        let mut call = Call::new(&self.client, &UPDATE_POP_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        UpdatePopCall { call }
    }

    /// Updates vacation responder settings. For more information, see [Manage vacation settings
    /// with the Gmail
    /// API](https://developers.google.com/workspace/gmail/api/guides/vacation_settings).
    ///
    /// `PUT gmail/v1/users/{userId}/settings/vacation` (method id
    /// `gmail.users.settings.updateVacation`)
    ///
    /// Arguments, in order:
    /// - `user_id`: User's email address. The special value "me" can be used to indicate the
    ///   authenticated user.
    /// - `body`: the request body, a [`crate::schemas::VacationSettings`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/gmail.settings.basic`
    #[inline]
    pub fn update_vacation(
        &self,
        user_id: impl Into<String>,
        body: crate::schemas::VacationSettings,
    ) -> UpdateVacationCall {
        let mut call = Call::new(&self.client, &UPDATE_VACATION_METHOD);
        call.path_param("userId", user_id.into());
        call.json_body(&body);
        UpdateVacationCall { call }
    }
}

static GET_AUTO_FORWARDING_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.getAutoForwarding",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/autoForwarding",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.getAutoForwarding`, made by
/// [`SettingsResource::get_auto_forwarding`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetAutoForwardingCall {
    call: Call,
}

impl GetAutoForwardingCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.getAutoForwarding`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::AutoForwarding, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetAutoForwardingCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetAutoForwardingCall {
    type Response = crate::schemas::AutoForwarding;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_IMAP_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.getImap",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/imap",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.getImap`, made by [`SettingsResource::get_imap`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetImapCall {
    call: Call,
}

impl GetImapCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.getImap`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ImapSettings, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetImapCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetImapCall {
    type Response = crate::schemas::ImapSettings;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_LANGUAGE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.getLanguage",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/language",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.getLanguage`, made by [`SettingsResource::get_language`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetLanguageCall {
    call: Call,
}

impl GetLanguageCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.getLanguage`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::LanguageSettings, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetLanguageCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetLanguageCall {
    type Response = crate::schemas::LanguageSettings;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_POP_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.getPop",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/pop",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.getPop`, made by [`SettingsResource::get_pop`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetPopCall {
    call: Call,
}

impl GetPopCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.getPop`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::PopSettings, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetPopCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetPopCall {
    type Response = crate::schemas::PopSettings;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_VACATION_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.getVacation",
    http_method: http::Method::GET,
    path: "gmail/v1/users/{userId}/settings/vacation",
    scopes: &[
        "https://mail.google.com/",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.settings.basic",
    ],
    api_version: None,
};

/// A call of `gmail.users.settings.getVacation`, made by [`SettingsResource::get_vacation`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetVacationCall {
    call: Call,
}

impl GetVacationCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.getVacation`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::VacationSettings, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetVacationCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetVacationCall {
    type Response = crate::schemas::VacationSettings;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_AUTO_FORWARDING_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.updateAutoForwarding",
    http_method: http::Method::PUT,
    path: "gmail/v1/users/{userId}/settings/autoForwarding",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.sharing"],
    api_version: None,
};

/// A call of `gmail.users.settings.updateAutoForwarding`, made by
/// [`SettingsResource::update_auto_forwarding`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateAutoForwardingCall {
    call: Call,
}

impl UpdateAutoForwardingCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.updateAutoForwarding`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::AutoForwarding, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateAutoForwardingCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateAutoForwardingCall {
    type Response = crate::schemas::AutoForwarding;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_IMAP_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.updateImap",
    http_method: http::Method::PUT,
    path: "gmail/v1/users/{userId}/settings/imap",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.basic"],
    api_version: None,
};

/// A call of `gmail.users.settings.updateImap`, made by [`SettingsResource::update_imap`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateImapCall {
    call: Call,
}

impl UpdateImapCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.updateImap`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ImapSettings, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateImapCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateImapCall {
    type Response = crate::schemas::ImapSettings;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_LANGUAGE_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.updateLanguage",
    http_method: http::Method::PUT,
    path: "gmail/v1/users/{userId}/settings/language",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.basic"],
    api_version: None,
};

/// A call of `gmail.users.settings.updateLanguage`, made by
/// [`SettingsResource::update_language`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateLanguageCall {
    call: Call,
}

impl UpdateLanguageCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.updateLanguage`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::LanguageSettings, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateLanguageCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateLanguageCall {
    type Response = crate::schemas::LanguageSettings;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_POP_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.updatePop",
    http_method: http::Method::PUT,
    path: "gmail/v1/users/{userId}/settings/pop",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.basic"],
    api_version: None,
};

/// A call of `gmail.users.settings.updatePop`, made by [`SettingsResource::update_pop`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdatePopCall {
    call: Call,
}

impl UpdatePopCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.updatePop`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::PopSettings, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdatePopCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdatePopCall {
    type Response = crate::schemas::PopSettings;
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_VACATION_METHOD: MethodInfo = MethodInfo {
    id: "gmail.users.settings.updateVacation",
    http_method: http::Method::PUT,
    path: "gmail/v1/users/{userId}/settings/vacation",
    scopes: &["https://www.googleapis.com/auth/gmail.settings.basic"],
    api_version: None,
};

/// A call of `gmail.users.settings.updateVacation`, made by
/// [`SettingsResource::update_vacation`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateVacationCall {
    call: Call,
}

impl UpdateVacationCall {
    /// Sends the request and waits for the answer of `gmail.users.settings.updateVacation`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::VacationSettings, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateVacationCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateVacationCall {
    type Response = crate::schemas::VacationSettings;
    fn into_call(self) -> Call {
        self.call
    }
}
