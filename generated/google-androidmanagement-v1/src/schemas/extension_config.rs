use crate::runtime::wire;

/// Configuration to enable an app as an extension app, with the capability of interacting with
/// Android Device Policy offline. For Android versions 11 and above, extension apps are exempt
/// from battery restrictions so will not be placed into the restricted App Standby Bucket
/// (<https://developer.android.com/topic/performance/appstandby#restricted-bucket>). Extensions
/// apps are also protected against users clearing their data or force-closing the application,
/// although admins can continue to use the clear app data command on extension apps if needed
/// for Android 11 and above.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ExtensionConfig {
    /// Fully qualified class name of the receiver service class for Android Device Policy to notify
    /// the extension app of any local command status updates. The service must be exported in the
    /// extension app's AndroidManifest.xml and extend NotificationReceiverService
    /// (<https://developers.google.com/android/management/reference/amapi/com/google/android/managementapi/notification/NotificationReceiverService>)
    /// (see Integrate with the AMAPI SDK
    /// (<https://developers.google.com/android/management/sdk-integration>) guide for more
    /// details).
    ///
    /// Deprecated.
    pub notification_receiver: Option<String>,
    /// Hex-encoded SHA-256 hashes of the signing key certificates of the extension app. Only
    /// hexadecimal string representations of 64 characters are valid.The signing key certificate
    /// fingerprints are always obtained from the Play Store and this field is used to provide
    /// additional signing key certificate fingerprints. However, if the application is not
    /// available on the Play Store, this field needs to be set. A NonComplianceDetail with
    /// INVALID_VALUE is reported if this field is not set when the application is not available on
    /// the Play Store.The signing key certificate fingerprint of the extension app on the device
    /// must match one of the signing key certificate fingerprints obtained from the Play Store or
    /// the ones provided in this field for the app to be able to communicate with Android Device
    /// Policy.In production use cases, it is recommended to leave this empty.
    ///
    /// Deprecated.
    pub signing_key_fingerprints_sha256: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ExtensionConfig {
    /// Sets `notificationReceiver` (chainable).
    pub fn set_notification_receiver(mut self, value: impl Into<String>) -> Self {
        self.notification_receiver = Some(value.into());
        self.unknown_fields.remove("notificationReceiver");
        self
    }

    /// Sends `notificationReceiver` as JSON `null`, which clears it on the server (chainable);
    /// `set_notification_receiver` takes it back.
    #[inline]
    pub fn clear_notification_receiver(mut self) -> Self {
        self.notification_receiver = None;
        self.unknown_fields
            .insert("notificationReceiver".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `signingKeyFingerprintsSha256` (chainable).
    pub fn set_signing_key_fingerprints_sha256(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.signing_key_fingerprints_sha256 = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("signingKeyFingerprintsSha256");
        self
    }

    /// Sends `signingKeyFingerprintsSha256` as JSON `null`, which clears it on the server
    /// (chainable); `set_signing_key_fingerprints_sha256` takes it back.
    #[inline]
    pub fn clear_signing_key_fingerprints_sha256(mut self) -> Self {
        self.signing_key_fingerprints_sha256 = None;
        self.unknown_fields
            .insert("signingKeyFingerprintsSha256".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ExtensionConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.notification_receiver {
            map.serialize_entry("notificationReceiver", value)?;
        }
        if let Some(value) = &self.signing_key_fingerprints_sha256 {
            map.serialize_entry("signingKeyFingerprintsSha256", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ExtensionConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ExtensionConfig {
    const NAME: &'static str = "ExtensionConfig";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "notificationReceiver" => self.notification_receiver = map.next_value()?,
            "signingKeyFingerprintsSha256" => {
                self.signing_key_fingerprints_sha256 = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
