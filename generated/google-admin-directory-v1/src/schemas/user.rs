use crate::runtime::{wire, Timestamp};

/// The Directory API allows you to create and manage your account's users, user aliases, and
/// user Google profile photos. For more information about common tasks, see the [User Accounts
/// Developer's
/// Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users.html)
/// and the [User Aliases Developer's
/// Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-user-aliases.html).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct User {
    /// The list of the user's addresses. The maximum allowed data size for this field is 10KB.
    pub addresses: Option<serde_json::Value>,
    /// Output only. This property is `true` if the user has completed an initial login and accepted
    /// the Terms of Service agreement.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub agreed_to_terms: Option<bool>,
    /// Output only. The list of the user's alias email addresses.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub aliases: Option<Vec<String>>,
    /// Output only. User's account archival time. (Read-only)
    ///
    /// Read-only: set by the server, ignored in requests.
    pub archival_time: Option<String>,
    /// Indicates if user is archived.
    pub archived: Option<bool>,
    /// Indicates if the user is forced to change their password at next login. This setting doesn't
    /// apply when [the user signs in via a third-party identity
    /// provider](https://support.google.com/a/answer/60224).
    pub change_password_at_next_login: Option<bool>,
    /// User's G Suite account creation time. (Read-only)
    ///
    /// Read-only: set by the server, ignored in requests.
    pub creation_time: Option<Timestamp>,
    /// Custom fields of the user. The key is a `schema_name` and its values are `'field_name':
    /// 'field_value'`.
    pub custom_schemas: Option<
        std::collections::BTreeMap<String, crate::schemas::UserCustomProperties>,
    >,
    /// Output only. The customer ID to [retrieve all account
    /// users](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users.html#get_all_users).
    /// You can use the alias `my_customer` to represent your account's `customerId`. As a reseller
    /// administrator, you can use the resold customer account's `customerId`. To get a
    /// `customerId`, use the account's primary domain in the `domain` parameter of a
    /// [users.list](https://developers.google.com/workspace/admin/directory/v1/reference/users/list)
    /// request.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub customer_id: Option<String>,
    /// Read-only: set by the server, ignored in requests.
    pub deletion_time: Option<Timestamp>,
    /// The list of the user's email addresses. The maximum allowed data size for this field is
    /// 10KB. This excludes `publicKeyEncryptionCertificates`.
    pub emails: Option<serde_json::Value>,
    /// Output only. ETag of the resource.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub etag: Option<String>,
    /// The list of external IDs for the user, such as an employee or network ID. The maximum
    /// allowed data size for this field is 2KB.
    pub external_ids: Option<serde_json::Value>,
    /// The user's gender. The maximum allowed data size for this field is 1KB.
    pub gender: Option<serde_json::Value>,
    /// Immutable. Additional guest-related metadata fields
    pub guest_account_info: Option<crate::schemas::GuestAccountInfo>,
    /// Stores the hash format of the `password` property. The following `hashFunction` values are
    /// allowed: * `MD5` - Accepts simple hex-encoded values. * `SHA-1` - Accepts simple hex-encoded
    /// values. * `crypt` - Compliant with the [C crypt
    /// library](https://en.wikipedia.org/wiki/Crypt_%28C%29). Supports the DES, MD5 (hash prefix
    /// `$1$`), SHA-256 (hash prefix `$5$`), and SHA-512 (hash prefix `$6$`) hash algorithms. If
    /// rounds are specified as part of the prefix, they must be 10,000 or fewer.
    pub hash_function: Option<String>,
    /// The unique ID for the user. A user `id` can be used as a user request URI's `userKey`.
    pub id: Option<String>,
    /// The list of the user's Instant Messenger (IM) accounts. A user account can have multiple ims
    /// properties. But, only one of these ims properties can be the primary IM contact. The maximum
    /// allowed data size for this field is 2KB.
    pub ims: Option<serde_json::Value>,
    /// Indicates if the user's profile is visible in the Google Workspace global address list when
    /// the contact sharing feature is enabled for the domain. For more information about excluding
    /// user profiles, see the [administration help
    /// center](https://support.google.com/a/answer/1285988).
    pub include_in_global_address_list: Option<bool>,
    /// If `true`, the user's IP address is subject to a deprecated IP address
    /// \[`allowlist`\](<https://support.google.com/a/answer/60752>) configuration.
    pub ip_whitelisted: Option<bool>,
    /// Output only. Indicates a user with super administrator privileges. The `isAdmin` property
    /// can only be edited in the [Make a user an
    /// administrator](https://developers.google.com/workspace/admin/directory/v1/guides/manage-users.html#make_admin)
    /// operation (
    /// [makeAdmin](https://developers.google.com/workspace/admin/directory/v1/reference/users/makeAdmin.html)
    /// method). If edited in the user
    /// [insert](https://developers.google.com/workspace/admin/directory/v1/reference/users/insert.html)
    /// or
    /// [update](https://developers.google.com/workspace/admin/directory/v1/reference/users/update.html)
    /// methods, the edit is ignored by the API service.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub is_admin: Option<bool>,
    /// Output only. Indicates if the user is a delegated administrator. Delegated administrators
    /// are supported by the API but cannot create or undelete users, or make users administrators.
    /// These requests are ignored by the API service. Roles and privileges for administrators are
    /// assigned using the [Admin console](https://support.google.com/a/answer/33325).
    ///
    /// Read-only: set by the server, ignored in requests.
    pub is_delegated_admin: Option<bool>,
    /// Output only. Is 2-step verification enforced (Read-only)
    ///
    /// Read-only: set by the server, ignored in requests.
    pub is_enforced_in2_sv: Option<bool>,
    /// Output only. Is enrolled in 2-step verification (Read-only)
    ///
    /// Read-only: set by the server, ignored in requests.
    pub is_enrolled_in2_sv: Option<bool>,
    /// Immutable. Indicates if the inserted user is a guest.
    pub is_guest_user: Option<bool>,
    /// Output only. Indicates if the user's Google mailbox is created. This property is only
    /// applicable if the user has been assigned a Gmail license.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub is_mailbox_setup: Option<bool>,
    /// The list of the user's keywords. The maximum allowed data size for this field is 1KB.
    pub keywords: Option<serde_json::Value>,
    /// Output only. The type of the API resource. For Users resources, the value is
    /// `admin#directory#user`.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub kind: Option<String>,
    /// The user's languages. The maximum allowed data size for this field is 1KB.
    pub languages: Option<serde_json::Value>,
    /// User's last login time. (Read-only)
    ///
    /// Read-only: set by the server, ignored in requests.
    pub last_login_time: Option<Timestamp>,
    /// The user's locations. The maximum allowed data size for this field is 10KB.
    pub locations: Option<serde_json::Value>,
    /// Holds the given and family names of the user, and the read-only `fullName` value. The
    /// maximum number of characters in the `givenName` and in the `familyName` values is 60. In
    /// addition, name values support unicode/UTF-8 characters, and can contain spaces, letters
    /// (a-z), numbers (0-9), dashes (-), forward slashes (/), and periods (.). For more information
    /// about character usage rules, see the [administration help
    /// center](https://support.google.com/a/answer/9193374). Maximum allowed data size for this
    /// field is 1KB.
    ///
    /// Required by: `directory.users.insert`.
    pub name: Option<crate::schemas::UserName>,
    /// Output only. The list of the user's non-editable alias email addresses. These are typically
    /// outside the account's primary domain or sub-domain.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub non_editable_aliases: Option<Vec<String>>,
    /// Notes for the user.
    pub notes: Option<serde_json::Value>,
    /// The full path of the parent organization associated with the user. If the parent
    /// organization is the top-level, it is represented as a forward slash (`/`).
    pub org_unit_path: Option<String>,
    /// The list of organizations the user belongs to. The maximum allowed data size for this field
    /// is 10KB.
    pub organizations: Option<serde_json::Value>,
    /// User's password
    ///
    /// Required by: `directory.users.insert`.
    pub password: Option<String>,
    /// The list of the user's phone numbers. The maximum allowed data size for this field is 1KB.
    pub phones: Option<serde_json::Value>,
    /// The list of [POSIX](https://www.opengroup.org/austin/papers/posix_faq.html) account
    /// information for the user.
    pub posix_accounts: Option<serde_json::Value>,
    /// The user's primary email address. This property is required in a request to create a user
    /// account. The `primaryEmail` must be unique and cannot be an alias of another user.
    ///
    /// Required by: `directory.users.insert`.
    pub primary_email: Option<String>,
    /// Recovery email of the user.
    pub recovery_email: Option<String>,
    /// Recovery phone of the user. The phone number must be in the E.164 format, starting with the
    /// plus sign (+). Example: *+16506661212*.
    pub recovery_phone: Option<String>,
    /// The list of the user's relationships to other users. The maximum allowed data size for this
    /// field is 2KB.
    pub relations: Option<serde_json::Value>,
    /// A list of SSH public keys.
    pub ssh_public_keys: Option<serde_json::Value>,
    /// Indicates if user is suspended.
    pub suspended: Option<bool>,
    /// Output only. Has the reason a user account is suspended either by the administrator or by
    /// Google at the time of suspension. The property is returned only if the `suspended` property
    /// is `true`.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub suspension_reason: Option<String>,
    /// Output only. User's account suspension time. (Read-only)
    ///
    /// Read-only: set by the server, ignored in requests.
    pub suspension_time: Option<String>,
    /// Output only. ETag of the user's photo (Read-only)
    ///
    /// Read-only: set by the server, ignored in requests.
    pub thumbnail_photo_etag: Option<String>,
    /// Output only. The URL of the user's profile photo. The URL might be temporary or private.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub thumbnail_photo_url: Option<String>,
    /// The user's websites. The maximum allowed data size for this field is 2KB.
    pub websites: Option<serde_json::Value>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl User {
    /// Sets `addresses` (chainable).
    pub fn set_addresses(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.addresses = Some(value.into());
        self.unknown_fields.remove("addresses");
        self
    }

    /// Sends `addresses` as JSON `null`, which clears it on the server (chainable); `set_addresses`
    /// takes it back.
    #[inline]
    pub fn clear_addresses(mut self) -> Self {
        self.addresses = None;
        self.unknown_fields.insert("addresses".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `agreedToTerms` (chainable).
    pub fn set_agreed_to_terms(mut self, value: impl Into<bool>) -> Self {
        self.agreed_to_terms = Some(value.into());
        self.unknown_fields.remove("agreedToTerms");
        self
    }

    /// Sends `agreedToTerms` as JSON `null`, which clears it on the server (chainable);
    /// `set_agreed_to_terms` takes it back.
    #[inline]
    pub fn clear_agreed_to_terms(mut self) -> Self {
        self.agreed_to_terms = None;
        self.unknown_fields.insert("agreedToTerms".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `aliases` (chainable).
    pub fn set_aliases(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.aliases = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("aliases");
        self
    }

    /// Sends `aliases` as JSON `null`, which clears it on the server (chainable); `set_aliases`
    /// takes it back.
    #[inline]
    pub fn clear_aliases(mut self) -> Self {
        self.aliases = None;
        self.unknown_fields.insert("aliases".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `archivalTime` (chainable).
    pub fn set_archival_time(mut self, value: impl Into<String>) -> Self {
        self.archival_time = Some(value.into());
        self.unknown_fields.remove("archivalTime");
        self
    }

    /// Sends `archivalTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_archival_time` takes it back.
    #[inline]
    pub fn clear_archival_time(mut self) -> Self {
        self.archival_time = None;
        self.unknown_fields.insert("archivalTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `archived` (chainable).
    pub fn set_archived(mut self, value: impl Into<bool>) -> Self {
        self.archived = Some(value.into());
        self.unknown_fields.remove("archived");
        self
    }

    /// Sends `archived` as JSON `null`, which clears it on the server (chainable); `set_archived`
    /// takes it back.
    #[inline]
    pub fn clear_archived(mut self) -> Self {
        self.archived = None;
        self.unknown_fields.insert("archived".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `changePasswordAtNextLogin` (chainable).
    pub fn set_change_password_at_next_login(mut self, value: impl Into<bool>) -> Self {
        self.change_password_at_next_login = Some(value.into());
        self.unknown_fields.remove("changePasswordAtNextLogin");
        self
    }

    /// Sends `changePasswordAtNextLogin` as JSON `null`, which clears it on the server (chainable);
    /// `set_change_password_at_next_login` takes it back.
    #[inline]
    pub fn clear_change_password_at_next_login(mut self) -> Self {
        self.change_password_at_next_login = None;
        self.unknown_fields
            .insert("changePasswordAtNextLogin".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `creationTime` (chainable).
    pub fn set_creation_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.creation_time = Some(value.into());
        self.unknown_fields.remove("creationTime");
        self
    }

    /// Sends `creationTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_creation_time` takes it back.
    #[inline]
    pub fn clear_creation_time(mut self) -> Self {
        self.creation_time = None;
        self.unknown_fields.insert("creationTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customSchemas` (chainable).
    pub fn set_custom_schemas(
        mut self,
        value: impl IntoIterator<
            Item = (impl Into<String>, impl Into<crate::schemas::UserCustomProperties>),
        >,
    ) -> Self {
        self.custom_schemas = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("customSchemas");
        self
    }

    /// Sends `customSchemas` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_schemas` takes it back.
    #[inline]
    pub fn clear_custom_schemas(mut self) -> Self {
        self.custom_schemas = None;
        self.unknown_fields.insert("customSchemas".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customerId` (chainable).
    pub fn set_customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self.unknown_fields.remove("customerId");
        self
    }

    /// Sends `customerId` as JSON `null`, which clears it on the server (chainable);
    /// `set_customer_id` takes it back.
    #[inline]
    pub fn clear_customer_id(mut self) -> Self {
        self.customer_id = None;
        self.unknown_fields.insert("customerId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deletionTime` (chainable).
    pub fn set_deletion_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.deletion_time = Some(value.into());
        self.unknown_fields.remove("deletionTime");
        self
    }

    /// Sends `deletionTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_deletion_time` takes it back.
    #[inline]
    pub fn clear_deletion_time(mut self) -> Self {
        self.deletion_time = None;
        self.unknown_fields.insert("deletionTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `emails` (chainable).
    pub fn set_emails(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.emails = Some(value.into());
        self.unknown_fields.remove("emails");
        self
    }

    /// Sends `emails` as JSON `null`, which clears it on the server (chainable); `set_emails` takes
    /// it back.
    #[inline]
    pub fn clear_emails(mut self) -> Self {
        self.emails = None;
        self.unknown_fields.insert("emails".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self.unknown_fields.remove("etag");
        self
    }

    /// Sends `etag` as JSON `null`, which clears it on the server (chainable); `set_etag` takes it
    /// back.
    #[inline]
    pub fn clear_etag(mut self) -> Self {
        self.etag = None;
        self.unknown_fields.insert("etag".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `externalIds` (chainable).
    pub fn set_external_ids(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.external_ids = Some(value.into());
        self.unknown_fields.remove("externalIds");
        self
    }

    /// Sends `externalIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_external_ids` takes it back.
    #[inline]
    pub fn clear_external_ids(mut self) -> Self {
        self.external_ids = None;
        self.unknown_fields.insert("externalIds".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `gender` (chainable).
    pub fn set_gender(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.gender = Some(value.into());
        self.unknown_fields.remove("gender");
        self
    }

    /// Sends `gender` as JSON `null`, which clears it on the server (chainable); `set_gender` takes
    /// it back.
    #[inline]
    pub fn clear_gender(mut self) -> Self {
        self.gender = None;
        self.unknown_fields.insert("gender".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `guestAccountInfo` (chainable).
    pub fn set_guest_account_info(
        mut self,
        value: impl Into<crate::schemas::GuestAccountInfo>,
    ) -> Self {
        self.guest_account_info = Some(value.into());
        self.unknown_fields.remove("guestAccountInfo");
        self
    }

    /// Sends `guestAccountInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_guest_account_info` takes it back.
    #[inline]
    pub fn clear_guest_account_info(mut self) -> Self {
        self.guest_account_info = None;
        self.unknown_fields
            .insert("guestAccountInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `hashFunction` (chainable).
    pub fn set_hash_function(mut self, value: impl Into<String>) -> Self {
        self.hash_function = Some(value.into());
        self.unknown_fields.remove("hashFunction");
        self
    }

    /// Sends `hashFunction` as JSON `null`, which clears it on the server (chainable);
    /// `set_hash_function` takes it back.
    #[inline]
    pub fn clear_hash_function(mut self) -> Self {
        self.hash_function = None;
        self.unknown_fields.insert("hashFunction".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `ims` (chainable).
    pub fn set_ims(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.ims = Some(value.into());
        self.unknown_fields.remove("ims");
        self
    }

    /// Sends `ims` as JSON `null`, which clears it on the server (chainable); `set_ims` takes it
    /// back.
    #[inline]
    pub fn clear_ims(mut self) -> Self {
        self.ims = None;
        self.unknown_fields.insert("ims".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `includeInGlobalAddressList` (chainable).
    pub fn set_include_in_global_address_list(mut self, value: impl Into<bool>) -> Self {
        self.include_in_global_address_list = Some(value.into());
        self.unknown_fields.remove("includeInGlobalAddressList");
        self
    }

    /// Sends `includeInGlobalAddressList` as JSON `null`, which clears it on the server
    /// (chainable); `set_include_in_global_address_list` takes it back.
    #[inline]
    pub fn clear_include_in_global_address_list(mut self) -> Self {
        self.include_in_global_address_list = None;
        self.unknown_fields
            .insert("includeInGlobalAddressList".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `ipWhitelisted` (chainable).
    pub fn set_ip_whitelisted(mut self, value: impl Into<bool>) -> Self {
        self.ip_whitelisted = Some(value.into());
        self.unknown_fields.remove("ipWhitelisted");
        self
    }

    /// Sends `ipWhitelisted` as JSON `null`, which clears it on the server (chainable);
    /// `set_ip_whitelisted` takes it back.
    #[inline]
    pub fn clear_ip_whitelisted(mut self) -> Self {
        self.ip_whitelisted = None;
        self.unknown_fields.insert("ipWhitelisted".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isAdmin` (chainable).
    pub fn set_is_admin(mut self, value: impl Into<bool>) -> Self {
        self.is_admin = Some(value.into());
        self.unknown_fields.remove("isAdmin");
        self
    }

    /// Sends `isAdmin` as JSON `null`, which clears it on the server (chainable); `set_is_admin`
    /// takes it back.
    #[inline]
    pub fn clear_is_admin(mut self) -> Self {
        self.is_admin = None;
        self.unknown_fields.insert("isAdmin".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isDelegatedAdmin` (chainable).
    pub fn set_is_delegated_admin(mut self, value: impl Into<bool>) -> Self {
        self.is_delegated_admin = Some(value.into());
        self.unknown_fields.remove("isDelegatedAdmin");
        self
    }

    /// Sends `isDelegatedAdmin` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_delegated_admin` takes it back.
    #[inline]
    pub fn clear_is_delegated_admin(mut self) -> Self {
        self.is_delegated_admin = None;
        self.unknown_fields
            .insert("isDelegatedAdmin".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isEnforcedIn2Sv` (chainable).
    pub fn set_is_enforced_in2_sv(mut self, value: impl Into<bool>) -> Self {
        self.is_enforced_in2_sv = Some(value.into());
        self.unknown_fields.remove("isEnforcedIn2Sv");
        self
    }

    /// Sends `isEnforcedIn2Sv` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_enforced_in2_sv` takes it back.
    #[inline]
    pub fn clear_is_enforced_in2_sv(mut self) -> Self {
        self.is_enforced_in2_sv = None;
        self.unknown_fields
            .insert("isEnforcedIn2Sv".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isEnrolledIn2Sv` (chainable).
    pub fn set_is_enrolled_in2_sv(mut self, value: impl Into<bool>) -> Self {
        self.is_enrolled_in2_sv = Some(value.into());
        self.unknown_fields.remove("isEnrolledIn2Sv");
        self
    }

    /// Sends `isEnrolledIn2Sv` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_enrolled_in2_sv` takes it back.
    #[inline]
    pub fn clear_is_enrolled_in2_sv(mut self) -> Self {
        self.is_enrolled_in2_sv = None;
        self.unknown_fields
            .insert("isEnrolledIn2Sv".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isGuestUser` (chainable).
    pub fn set_is_guest_user(mut self, value: impl Into<bool>) -> Self {
        self.is_guest_user = Some(value.into());
        self.unknown_fields.remove("isGuestUser");
        self
    }

    /// Sends `isGuestUser` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_guest_user` takes it back.
    #[inline]
    pub fn clear_is_guest_user(mut self) -> Self {
        self.is_guest_user = None;
        self.unknown_fields.insert("isGuestUser".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isMailboxSetup` (chainable).
    pub fn set_is_mailbox_setup(mut self, value: impl Into<bool>) -> Self {
        self.is_mailbox_setup = Some(value.into());
        self.unknown_fields.remove("isMailboxSetup");
        self
    }

    /// Sends `isMailboxSetup` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_mailbox_setup` takes it back.
    #[inline]
    pub fn clear_is_mailbox_setup(mut self) -> Self {
        self.is_mailbox_setup = None;
        self.unknown_fields.insert("isMailboxSetup".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keywords` (chainable).
    pub fn set_keywords(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.keywords = Some(value.into());
        self.unknown_fields.remove("keywords");
        self
    }

    /// Sends `keywords` as JSON `null`, which clears it on the server (chainable); `set_keywords`
    /// takes it back.
    #[inline]
    pub fn clear_keywords(mut self) -> Self {
        self.keywords = None;
        self.unknown_fields.insert("keywords".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `languages` (chainable).
    pub fn set_languages(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.languages = Some(value.into());
        self.unknown_fields.remove("languages");
        self
    }

    /// Sends `languages` as JSON `null`, which clears it on the server (chainable); `set_languages`
    /// takes it back.
    #[inline]
    pub fn clear_languages(mut self) -> Self {
        self.languages = None;
        self.unknown_fields.insert("languages".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lastLoginTime` (chainable).
    pub fn set_last_login_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.last_login_time = Some(value.into());
        self.unknown_fields.remove("lastLoginTime");
        self
    }

    /// Sends `lastLoginTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_last_login_time` takes it back.
    #[inline]
    pub fn clear_last_login_time(mut self) -> Self {
        self.last_login_time = None;
        self.unknown_fields.insert("lastLoginTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `locations` (chainable).
    pub fn set_locations(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.locations = Some(value.into());
        self.unknown_fields.remove("locations");
        self
    }

    /// Sends `locations` as JSON `null`, which clears it on the server (chainable); `set_locations`
    /// takes it back.
    #[inline]
    pub fn clear_locations(mut self) -> Self {
        self.locations = None;
        self.unknown_fields.insert("locations".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<crate::schemas::UserName>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `nonEditableAliases` (chainable).
    pub fn set_non_editable_aliases(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.non_editable_aliases = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("nonEditableAliases");
        self
    }

    /// Sends `nonEditableAliases` as JSON `null`, which clears it on the server (chainable);
    /// `set_non_editable_aliases` takes it back.
    #[inline]
    pub fn clear_non_editable_aliases(mut self) -> Self {
        self.non_editable_aliases = None;
        self.unknown_fields
            .insert("nonEditableAliases".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `notes` (chainable).
    pub fn set_notes(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.notes = Some(value.into());
        self.unknown_fields.remove("notes");
        self
    }

    /// Sends `notes` as JSON `null`, which clears it on the server (chainable); `set_notes` takes
    /// it back.
    #[inline]
    pub fn clear_notes(mut self) -> Self {
        self.notes = None;
        self.unknown_fields.insert("notes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `orgUnitPath` (chainable).
    pub fn set_org_unit_path(mut self, value: impl Into<String>) -> Self {
        self.org_unit_path = Some(value.into());
        self.unknown_fields.remove("orgUnitPath");
        self
    }

    /// Sends `orgUnitPath` as JSON `null`, which clears it on the server (chainable);
    /// `set_org_unit_path` takes it back.
    #[inline]
    pub fn clear_org_unit_path(mut self) -> Self {
        self.org_unit_path = None;
        self.unknown_fields.insert("orgUnitPath".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `organizations` (chainable).
    pub fn set_organizations(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.organizations = Some(value.into());
        self.unknown_fields.remove("organizations");
        self
    }

    /// Sends `organizations` as JSON `null`, which clears it on the server (chainable);
    /// `set_organizations` takes it back.
    #[inline]
    pub fn clear_organizations(mut self) -> Self {
        self.organizations = None;
        self.unknown_fields.insert("organizations".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `password` (chainable).
    pub fn set_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self.unknown_fields.remove("password");
        self
    }

    /// Sends `password` as JSON `null`, which clears it on the server (chainable); `set_password`
    /// takes it back.
    #[inline]
    pub fn clear_password(mut self) -> Self {
        self.password = None;
        self.unknown_fields.insert("password".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `phones` (chainable).
    pub fn set_phones(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.phones = Some(value.into());
        self.unknown_fields.remove("phones");
        self
    }

    /// Sends `phones` as JSON `null`, which clears it on the server (chainable); `set_phones` takes
    /// it back.
    #[inline]
    pub fn clear_phones(mut self) -> Self {
        self.phones = None;
        self.unknown_fields.insert("phones".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `posixAccounts` (chainable).
    pub fn set_posix_accounts(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.posix_accounts = Some(value.into());
        self.unknown_fields.remove("posixAccounts");
        self
    }

    /// Sends `posixAccounts` as JSON `null`, which clears it on the server (chainable);
    /// `set_posix_accounts` takes it back.
    #[inline]
    pub fn clear_posix_accounts(mut self) -> Self {
        self.posix_accounts = None;
        self.unknown_fields.insert("posixAccounts".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `primaryEmail` (chainable).
    pub fn set_primary_email(mut self, value: impl Into<String>) -> Self {
        self.primary_email = Some(value.into());
        self.unknown_fields.remove("primaryEmail");
        self
    }

    /// Sends `primaryEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_primary_email` takes it back.
    #[inline]
    pub fn clear_primary_email(mut self) -> Self {
        self.primary_email = None;
        self.unknown_fields.insert("primaryEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `recoveryEmail` (chainable).
    pub fn set_recovery_email(mut self, value: impl Into<String>) -> Self {
        self.recovery_email = Some(value.into());
        self.unknown_fields.remove("recoveryEmail");
        self
    }

    /// Sends `recoveryEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_recovery_email` takes it back.
    #[inline]
    pub fn clear_recovery_email(mut self) -> Self {
        self.recovery_email = None;
        self.unknown_fields.insert("recoveryEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `recoveryPhone` (chainable).
    pub fn set_recovery_phone(mut self, value: impl Into<String>) -> Self {
        self.recovery_phone = Some(value.into());
        self.unknown_fields.remove("recoveryPhone");
        self
    }

    /// Sends `recoveryPhone` as JSON `null`, which clears it on the server (chainable);
    /// `set_recovery_phone` takes it back.
    #[inline]
    pub fn clear_recovery_phone(mut self) -> Self {
        self.recovery_phone = None;
        self.unknown_fields.insert("recoveryPhone".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `relations` (chainable).
    pub fn set_relations(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.relations = Some(value.into());
        self.unknown_fields.remove("relations");
        self
    }

    /// Sends `relations` as JSON `null`, which clears it on the server (chainable); `set_relations`
    /// takes it back.
    #[inline]
    pub fn clear_relations(mut self) -> Self {
        self.relations = None;
        self.unknown_fields.insert("relations".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `sshPublicKeys` (chainable).
    pub fn set_ssh_public_keys(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.ssh_public_keys = Some(value.into());
        self.unknown_fields.remove("sshPublicKeys");
        self
    }

    /// Sends `sshPublicKeys` as JSON `null`, which clears it on the server (chainable);
    /// `set_ssh_public_keys` takes it back.
    #[inline]
    pub fn clear_ssh_public_keys(mut self) -> Self {
        self.ssh_public_keys = None;
        self.unknown_fields.insert("sshPublicKeys".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `suspended` (chainable).
    pub fn set_suspended(mut self, value: impl Into<bool>) -> Self {
        self.suspended = Some(value.into());
        self.unknown_fields.remove("suspended");
        self
    }

    /// Sends `suspended` as JSON `null`, which clears it on the server (chainable); `set_suspended`
    /// takes it back.
    #[inline]
    pub fn clear_suspended(mut self) -> Self {
        self.suspended = None;
        self.unknown_fields.insert("suspended".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `suspensionReason` (chainable).
    pub fn set_suspension_reason(mut self, value: impl Into<String>) -> Self {
        self.suspension_reason = Some(value.into());
        self.unknown_fields.remove("suspensionReason");
        self
    }

    /// Sends `suspensionReason` as JSON `null`, which clears it on the server (chainable);
    /// `set_suspension_reason` takes it back.
    #[inline]
    pub fn clear_suspension_reason(mut self) -> Self {
        self.suspension_reason = None;
        self.unknown_fields
            .insert("suspensionReason".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `suspensionTime` (chainable).
    pub fn set_suspension_time(mut self, value: impl Into<String>) -> Self {
        self.suspension_time = Some(value.into());
        self.unknown_fields.remove("suspensionTime");
        self
    }

    /// Sends `suspensionTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_suspension_time` takes it back.
    #[inline]
    pub fn clear_suspension_time(mut self) -> Self {
        self.suspension_time = None;
        self.unknown_fields.insert("suspensionTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `thumbnailPhotoEtag` (chainable).
    pub fn set_thumbnail_photo_etag(mut self, value: impl Into<String>) -> Self {
        self.thumbnail_photo_etag = Some(value.into());
        self.unknown_fields.remove("thumbnailPhotoEtag");
        self
    }

    /// Sends `thumbnailPhotoEtag` as JSON `null`, which clears it on the server (chainable);
    /// `set_thumbnail_photo_etag` takes it back.
    #[inline]
    pub fn clear_thumbnail_photo_etag(mut self) -> Self {
        self.thumbnail_photo_etag = None;
        self.unknown_fields
            .insert("thumbnailPhotoEtag".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `thumbnailPhotoUrl` (chainable).
    pub fn set_thumbnail_photo_url(mut self, value: impl Into<String>) -> Self {
        self.thumbnail_photo_url = Some(value.into());
        self.unknown_fields.remove("thumbnailPhotoUrl");
        self
    }

    /// Sends `thumbnailPhotoUrl` as JSON `null`, which clears it on the server (chainable);
    /// `set_thumbnail_photo_url` takes it back.
    #[inline]
    pub fn clear_thumbnail_photo_url(mut self) -> Self {
        self.thumbnail_photo_url = None;
        self.unknown_fields
            .insert("thumbnailPhotoUrl".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `websites` (chainable).
    pub fn set_websites(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.websites = Some(value.into());
        self.unknown_fields.remove("websites");
        self
    }

    /// Sends `websites` as JSON `null`, which clears it on the server (chainable); `set_websites`
    /// takes it back.
    #[inline]
    pub fn clear_websites(mut self) -> Self {
        self.websites = None;
        self.unknown_fields.insert("websites".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.addresses {
            map.serialize_entry("addresses", value)?;
        }
        if let Some(value) = &self.agreed_to_terms {
            map.serialize_entry("agreedToTerms", value)?;
        }
        if let Some(value) = &self.aliases {
            map.serialize_entry("aliases", value)?;
        }
        if let Some(value) = &self.archival_time {
            map.serialize_entry("archivalTime", value)?;
        }
        if let Some(value) = &self.archived {
            map.serialize_entry("archived", value)?;
        }
        if let Some(value) = &self.change_password_at_next_login {
            map.serialize_entry("changePasswordAtNextLogin", value)?;
        }
        if let Some(value) = &self.creation_time {
            map.serialize_entry("creationTime", value)?;
        }
        if let Some(value) = &self.custom_schemas {
            map.serialize_entry("customSchemas", value)?;
        }
        if let Some(value) = &self.customer_id {
            map.serialize_entry("customerId", value)?;
        }
        if let Some(value) = &self.deletion_time {
            map.serialize_entry("deletionTime", value)?;
        }
        if let Some(value) = &self.emails {
            map.serialize_entry("emails", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.external_ids {
            map.serialize_entry("externalIds", value)?;
        }
        if let Some(value) = &self.gender {
            map.serialize_entry("gender", value)?;
        }
        if let Some(value) = &self.guest_account_info {
            map.serialize_entry("guestAccountInfo", value)?;
        }
        if let Some(value) = &self.hash_function {
            map.serialize_entry("hashFunction", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.ims {
            map.serialize_entry("ims", value)?;
        }
        if let Some(value) = &self.include_in_global_address_list {
            map.serialize_entry("includeInGlobalAddressList", value)?;
        }
        if let Some(value) = &self.ip_whitelisted {
            map.serialize_entry("ipWhitelisted", value)?;
        }
        if let Some(value) = &self.is_admin {
            map.serialize_entry("isAdmin", value)?;
        }
        if let Some(value) = &self.is_delegated_admin {
            map.serialize_entry("isDelegatedAdmin", value)?;
        }
        if let Some(value) = &self.is_enforced_in2_sv {
            map.serialize_entry("isEnforcedIn2Sv", value)?;
        }
        if let Some(value) = &self.is_enrolled_in2_sv {
            map.serialize_entry("isEnrolledIn2Sv", value)?;
        }
        if let Some(value) = &self.is_guest_user {
            map.serialize_entry("isGuestUser", value)?;
        }
        if let Some(value) = &self.is_mailbox_setup {
            map.serialize_entry("isMailboxSetup", value)?;
        }
        if let Some(value) = &self.keywords {
            map.serialize_entry("keywords", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.languages {
            map.serialize_entry("languages", value)?;
        }
        if let Some(value) = &self.last_login_time {
            map.serialize_entry("lastLoginTime", value)?;
        }
        if let Some(value) = &self.locations {
            map.serialize_entry("locations", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.non_editable_aliases {
            map.serialize_entry("nonEditableAliases", value)?;
        }
        if let Some(value) = &self.notes {
            map.serialize_entry("notes", value)?;
        }
        if let Some(value) = &self.org_unit_path {
            map.serialize_entry("orgUnitPath", value)?;
        }
        if let Some(value) = &self.organizations {
            map.serialize_entry("organizations", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        if let Some(value) = &self.phones {
            map.serialize_entry("phones", value)?;
        }
        if let Some(value) = &self.posix_accounts {
            map.serialize_entry("posixAccounts", value)?;
        }
        if let Some(value) = &self.primary_email {
            map.serialize_entry("primaryEmail", value)?;
        }
        if let Some(value) = &self.recovery_email {
            map.serialize_entry("recoveryEmail", value)?;
        }
        if let Some(value) = &self.recovery_phone {
            map.serialize_entry("recoveryPhone", value)?;
        }
        if let Some(value) = &self.relations {
            map.serialize_entry("relations", value)?;
        }
        if let Some(value) = &self.ssh_public_keys {
            map.serialize_entry("sshPublicKeys", value)?;
        }
        if let Some(value) = &self.suspended {
            map.serialize_entry("suspended", value)?;
        }
        if let Some(value) = &self.suspension_reason {
            map.serialize_entry("suspensionReason", value)?;
        }
        if let Some(value) = &self.suspension_time {
            map.serialize_entry("suspensionTime", value)?;
        }
        if let Some(value) = &self.thumbnail_photo_etag {
            map.serialize_entry("thumbnailPhotoEtag", value)?;
        }
        if let Some(value) = &self.thumbnail_photo_url {
            map.serialize_entry("thumbnailPhotoUrl", value)?;
        }
        if let Some(value) = &self.websites {
            map.serialize_entry("websites", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for User {
    const NAME: &'static str = "User";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "addresses" => self.addresses = map.next_value()?,
            "agreedToTerms" => self.agreed_to_terms = map.next_value()?,
            "aliases" => self.aliases = map.next_value()?,
            "archivalTime" => self.archival_time = map.next_value()?,
            "archived" => self.archived = map.next_value()?,
            "changePasswordAtNextLogin" => {
                self.change_password_at_next_login = map.next_value()?;
            }
            "creationTime" => self.creation_time = map.next_value()?,
            "customSchemas" => self.custom_schemas = map.next_value()?,
            "customerId" => self.customer_id = map.next_value()?,
            "deletionTime" => self.deletion_time = map.next_value()?,
            "emails" => self.emails = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "externalIds" => self.external_ids = map.next_value()?,
            "gender" => self.gender = map.next_value()?,
            "guestAccountInfo" => self.guest_account_info = map.next_value()?,
            "hashFunction" => self.hash_function = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "ims" => self.ims = map.next_value()?,
            "includeInGlobalAddressList" => {
                self.include_in_global_address_list = map.next_value()?;
            }
            "ipWhitelisted" => self.ip_whitelisted = map.next_value()?,
            "isAdmin" => self.is_admin = map.next_value()?,
            "isDelegatedAdmin" => self.is_delegated_admin = map.next_value()?,
            "isEnforcedIn2Sv" => self.is_enforced_in2_sv = map.next_value()?,
            "isEnrolledIn2Sv" => self.is_enrolled_in2_sv = map.next_value()?,
            "isGuestUser" => self.is_guest_user = map.next_value()?,
            "isMailboxSetup" => self.is_mailbox_setup = map.next_value()?,
            "keywords" => self.keywords = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "languages" => self.languages = map.next_value()?,
            "lastLoginTime" => self.last_login_time = map.next_value()?,
            "locations" => self.locations = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "nonEditableAliases" => self.non_editable_aliases = map.next_value()?,
            "notes" => self.notes = map.next_value()?,
            "orgUnitPath" => self.org_unit_path = map.next_value()?,
            "organizations" => self.organizations = map.next_value()?,
            "password" => self.password = map.next_value()?,
            "phones" => self.phones = map.next_value()?,
            "posixAccounts" => self.posix_accounts = map.next_value()?,
            "primaryEmail" => self.primary_email = map.next_value()?,
            "recoveryEmail" => self.recovery_email = map.next_value()?,
            "recoveryPhone" => self.recovery_phone = map.next_value()?,
            "relations" => self.relations = map.next_value()?,
            "sshPublicKeys" => self.ssh_public_keys = map.next_value()?,
            "suspended" => self.suspended = map.next_value()?,
            "suspensionReason" => self.suspension_reason = map.next_value()?,
            "suspensionTime" => self.suspension_time = map.next_value()?,
            "thumbnailPhotoEtag" => self.thumbnail_photo_etag = map.next_value()?,
            "thumbnailPhotoUrl" => self.thumbnail_photo_url = map.next_value()?,
            "websites" => self.websites = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
