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
#[derive(Debug, Clone, Default, PartialEq)]
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
    pub package_names: Option<Vec<String>>,
    /// The alias of the private key to be used.
    pub private_key_alias: Option<String>,
    /// The URL pattern to match against the URL of the request. If not set or empty, it matches all
    /// URLs. This uses the regular expression syntax of java.util.regex.Pattern.
    pub url_pattern: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for ChoosePrivateKeyRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.package_names {
            map.serialize_entry("packageNames", value)?;
        }
        if let Some(value) = &self.private_key_alias {
            map.serialize_entry("privateKeyAlias", value)?;
        }
        if let Some(value) = &self.url_pattern {
            map.serialize_entry("urlPattern", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChoosePrivateKeyRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ChoosePrivateKeyRule {
    const NAME: &'static str = "ChoosePrivateKeyRule";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "packageNames" => self.package_names = map.next_value()?,
            "privateKeyAlias" => self.private_key_alias = map.next_value()?,
            "urlPattern" => self.url_pattern = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
