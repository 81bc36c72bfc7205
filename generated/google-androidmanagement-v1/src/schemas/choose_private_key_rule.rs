use crate::runtime::wire;

/// Controls apps' access to private keys. The rule determines which private key, if any,
/// Android Device Policy grants to the specified app. Access is granted either when the app
/// calls KeyChain.choosePrivateKeyAlias
/// (<https://developer.android.com/reference/android/security/KeyChain#choosePrivateKeyAlias%28android.app.Activity,%20android.security.KeyChainAliasCallback,%20java.lang.String>\[\],%20java.security.Principal\[\],%20java.lang.String,%20int,%20java.lang.String%29)
/// (or any overloads) to request a private key alias for a given URL, or for rules that are not
/// URL-specific (that is, if urlPattern is not set, or set to the empty string or .*) on
/// Android 11 and above, directly so that the app can call KeyChain.getPrivateKey
/// (<https://developer.android.com/reference/android/security/KeyChain#getPrivateKey%28android.content.Context,%20java.lang.String%29>),
/// without first having to call KeyChain.choosePrivateKeyAlias.When an app calls
/// KeyChain.choosePrivateKeyAlias if more than one choosePrivateKeyRules matches, the last
/// matching rule defines which key alias to return.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ChoosePrivateKeyRule {
    /// The package names to which this rule applies. The signing key certificate fingerprint of the
    /// app is verified against the signing key certificate fingerprints provided by Play Store and
    /// ApplicationPolicy.signingKeyCerts . If no package names are specified, then the alias is
    /// provided to all apps that call KeyChain.choosePrivateKeyAlias
    /// (<https://developer.android.com/reference/android/security/KeyChain#choosePrivateKeyAlias%28android.app.Activity,%20android.security.KeyChainAliasCallback,%20java.lang.String>\[\],%20java.security.Principal\[\],%20java.lang.String,%20int,%20java.lang.String%29)
    /// or any overloads (but not without calling KeyChain.choosePrivateKeyAlias, even on Android 11
    /// and above). Any app with the same Android UID as a package specified here will have access
    /// when they call KeyChain.choosePrivateKeyAlias.
    #[serde(rename = "packageNames", default, skip_serializing_if = "Option::is_none")]
    pub package_names: Option<Vec<String>>,
    /// The alias of the private key to be used.
    #[serde(
        rename = "privateKeyAlias",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_key_alias: Option<String>,
    /// The URL pattern to match against the URL of the request. If not set or empty, it matches all
    /// URLs. This uses the regular expression syntax of java.util.regex.Pattern.
    #[serde(rename = "urlPattern", default, skip_serializing_if = "Option::is_none")]
    pub url_pattern: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ChoosePrivateKeyRule {
    /// Sets `packageNames` (chainable).
    pub fn set_package_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.package_names = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("packageNames");
        self
    }

    /// Sends `packageNames` as JSON `null`, which clears it on the server (chainable);
    /// `set_package_names` takes it back.
    #[inline]
    pub fn clear_package_names(mut self) -> Self {
        self.package_names = None;
        self.unknown_fields.insert("packageNames".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `privateKeyAlias` (chainable).
    pub fn set_private_key_alias(mut self, value: impl Into<String>) -> Self {
        self.private_key_alias = Some(value.into());
        self.unknown_fields.remove("privateKeyAlias");
        self
    }

    /// Sends `privateKeyAlias` as JSON `null`, which clears it on the server (chainable);
    /// `set_private_key_alias` takes it back.
    #[inline]
    pub fn clear_private_key_alias(mut self) -> Self {
        self.private_key_alias = None;
        self.unknown_fields
            .insert("privateKeyAlias".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `urlPattern` (chainable).
    pub fn set_url_pattern(mut self, value: impl Into<String>) -> Self {
        self.url_pattern = Some(value.into());
        self.unknown_fields.remove("urlPattern");
        self
    }

    /// Sends `urlPattern` as JSON `null`, which clears it on the server (chainable);
    /// `set_url_pattern` takes it back.
    #[inline]
    pub fn clear_url_pattern(mut self) -> Self {
        self.url_pattern = None;
        self.unknown_fields.insert("urlPattern".to_owned(), serde_json::Value::Null);
        self
    }
}
