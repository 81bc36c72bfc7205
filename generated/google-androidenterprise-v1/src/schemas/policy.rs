use crate::runtime::{impl_open_enum, wire};

/// The device policy for a given managed device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Policy {
    /// Controls when automatic app updates on the device can be applied. Recommended alternative:
    /// autoUpdateMode which is set per app, provides greater flexibility around update frequency.
    /// When autoUpdateMode is set to AUTO_UPDATE_POSTPONED or AUTO_UPDATE_HIGH_PRIORITY,
    /// autoUpdatePolicy has no effect. - choiceToTheUser allows the device's user to configure the
    /// app update policy. - always enables auto updates. - never disables auto updates. - wifiOnly
    /// enables auto updates only when the device is connected to wifi. *Important:* Changes to app
    /// update policies don't affect updates that are in progress. Any policy changes will apply to
    /// subsequent app updates.
    ///
    /// Deprecated.
    pub auto_update_policy: Option<crate::schemas::PolicyAutoUpdatePolicy>,
    /// Whether the device reports app states to the EMM. The default value is
    /// "deviceReportDisabled".
    pub device_report_policy: Option<crate::schemas::PolicyDeviceReportPolicy>,
    /// The maintenance window defining when apps running in the foreground should be updated.
    pub maintenance_window: Option<crate::schemas::MaintenanceWindow>,
    /// An identifier for the policy that will be passed with the app install feedback sent from the
    /// Play Store.
    pub policy_id: Option<String>,
    /// The availability granted to the device for the specified products. "all" gives the device
    /// access to all products, regardless of approval status. "all" does not enable automatic
    /// visibility of "alpha" or "beta" tracks. "whitelist" grants the device access the products
    /// specified in productPolicy\[\]. Only products that are approved or products that were
    /// previously approved (products with revoked approval) by the enterprise can be whitelisted.
    /// If no value is provided, the availability set at the user level is applied by default.
    pub product_availability_policy: Option<
        crate::schemas::PolicyProductAvailabilityPolicy,
    >,
    /// The list of product policies. The productAvailabilityPolicy needs to be set to WHITELIST or
    /// ALL for the product policies to be applied.
    pub product_policy: Option<Vec<crate::schemas::ProductPolicy>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Policy {
    /// Sets `autoUpdatePolicy` (chainable).
    pub fn set_auto_update_policy(
        mut self,
        value: impl Into<crate::schemas::PolicyAutoUpdatePolicy>,
    ) -> Self {
        self.auto_update_policy = Some(value.into());
        self.unknown_fields.remove("autoUpdatePolicy");
        self
    }

    /// Sends `autoUpdatePolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_auto_update_policy` takes it back.
    #[inline]
    pub fn clear_auto_update_policy(mut self) -> Self {
        self.auto_update_policy = None;
        self.unknown_fields
            .insert("autoUpdatePolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceReportPolicy` (chainable).
    pub fn set_device_report_policy(
        mut self,
        value: impl Into<crate::schemas::PolicyDeviceReportPolicy>,
    ) -> Self {
        self.device_report_policy = Some(value.into());
        self.unknown_fields.remove("deviceReportPolicy");
        self
    }

    /// Sends `deviceReportPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_report_policy` takes it back.
    #[inline]
    pub fn clear_device_report_policy(mut self) -> Self {
        self.device_report_policy = None;
        self.unknown_fields
            .insert("deviceReportPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `maintenanceWindow` (chainable).
    pub fn set_maintenance_window(
        mut self,
        value: impl Into<crate::schemas::MaintenanceWindow>,
    ) -> Self {
        self.maintenance_window = Some(value.into());
        self.unknown_fields.remove("maintenanceWindow");
        self
    }

    /// Sends `maintenanceWindow` as JSON `null`, which clears it on the server (chainable);
    /// `set_maintenance_window` takes it back.
    #[inline]
    pub fn clear_maintenance_window(mut self) -> Self {
        self.maintenance_window = None;
        self.unknown_fields
            .insert("maintenanceWindow".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `policyId` (chainable).
    pub fn set_policy_id(mut self, value: impl Into<String>) -> Self {
        self.policy_id = Some(value.into());
        self.unknown_fields.remove("policyId");
        self
    }

    /// Sends `policyId` as JSON `null`, which clears it on the server (chainable); `set_policy_id`
    /// takes it back.
    #[inline]
    pub fn clear_policy_id(mut self) -> Self {
        self.policy_id = None;
        self.unknown_fields.insert("policyId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productAvailabilityPolicy` (chainable).
    pub fn set_product_availability_policy(
        mut self,
        value: impl Into<crate::schemas::PolicyProductAvailabilityPolicy>,
    ) -> Self {
        self.product_availability_policy = Some(value.into());
        self.unknown_fields.remove("productAvailabilityPolicy");
        self
    }

    /// Sends `productAvailabilityPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_availability_policy` takes it back.
    #[inline]
    pub fn clear_product_availability_policy(mut self) -> Self {
        self.product_availability_policy = None;
        self.unknown_fields
            .insert("productAvailabilityPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productPolicy` (chainable).
    pub fn set_product_policy(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ProductPolicy>>,
    ) -> Self {
        self.product_policy = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("productPolicy");
        self
    }

    /// Sends `productPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_policy` takes it back.
    #[inline]
    pub fn clear_product_policy(mut self) -> Self {
        self.product_policy = None;
        self.unknown_fields.insert("productPolicy".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Policy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.auto_update_policy {
            map.serialize_entry("autoUpdatePolicy", value)?;
        }
        if let Some(value) = &self.device_report_policy {
            map.serialize_entry("deviceReportPolicy", value)?;
        }
        if let Some(value) = &self.maintenance_window {
            map.serialize_entry("maintenanceWindow", value)?;
        }
        if let Some(value) = &self.policy_id {
            map.serialize_entry("policyId", value)?;
        }
        if let Some(value) = &self.product_availability_policy {
            map.serialize_entry("productAvailabilityPolicy", value)?;
        }
        if let Some(value) = &self.product_policy {
            map.serialize_entry("productPolicy", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Policy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Policy {
    const NAME: &'static str = "Policy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "autoUpdatePolicy" => self.auto_update_policy = map.next_value()?,
            "deviceReportPolicy" => self.device_report_policy = map.next_value()?,
            "maintenanceWindow" => self.maintenance_window = map.next_value()?,
            "policyId" => self.policy_id = map.next_value()?,
            "productAvailabilityPolicy" => {
                self.product_availability_policy = map.next_value()?;
            }
            "productPolicy" => self.product_policy = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Controls when automatic app updates on the device can be applied. Recommended alternative:
/// autoUpdateMode which is set per app, provides greater flexibility around update frequency.
/// When autoUpdateMode is set to AUTO_UPDATE_POSTPONED or AUTO_UPDATE_HIGH_PRIORITY,
/// autoUpdatePolicy has no effect. - choiceToTheUser allows the device's user to configure the
/// app update policy. - always enables auto updates. - never disables auto updates. - wifiOnly
/// enables auto updates only when the device is connected to wifi. *Important:* Changes to app
/// update policies don't affect updates that are in progress. Any policy changes will apply to
/// subsequent app updates.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyAutoUpdatePolicy {
    /// The auto update policy is not set.
    ///
    /// `autoUpdatePolicyUnspecified` on the wire.
    #[default]
    AutoUpdatePolicyUnspecified,
    /// The user can control auto-updates.
    ///
    /// `choiceToTheUser` on the wire.
    ChoiceToTheUser,
    /// Apps are never auto-updated.
    ///
    /// `never` on the wire.
    Never,
    /// Apps are auto-updated over WiFi only.
    ///
    /// `wifiOnly` on the wire.
    WifiOnly,
    /// Apps are auto-updated at any time. Data charges may apply.
    ///
    /// `always` on the wire.
    Always,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyAutoUpdatePolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::AutoUpdatePolicyUnspecified => "autoUpdatePolicyUnspecified",
            Self::ChoiceToTheUser => "choiceToTheUser",
            Self::Never => "never",
            Self::WifiOnly => "wifiOnly",
            Self::Always => "always",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "autoUpdatePolicyUnspecified" => Self::AutoUpdatePolicyUnspecified,
            "choiceToTheUser" => Self::ChoiceToTheUser,
            "never" => Self::Never,
            "wifiOnly" => Self::WifiOnly,
            "always" => Self::Always,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyAutoUpdatePolicy);

/// Whether the device reports app states to the EMM. The default value is
/// "deviceReportDisabled".
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyDeviceReportPolicy {
    /// The device report policy is not set.
    ///
    /// `deviceReportPolicyUnspecified` on the wire.
    #[default]
    DeviceReportPolicyUnspecified,
    /// Device reports are disabled.
    ///
    /// `deviceReportDisabled` on the wire.
    DeviceReportDisabled,
    /// Device reports are enabled.
    ///
    /// `deviceReportEnabled` on the wire.
    DeviceReportEnabled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyDeviceReportPolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeviceReportPolicyUnspecified => "deviceReportPolicyUnspecified",
            Self::DeviceReportDisabled => "deviceReportDisabled",
            Self::DeviceReportEnabled => "deviceReportEnabled",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "deviceReportPolicyUnspecified" => Self::DeviceReportPolicyUnspecified,
            "deviceReportDisabled" => Self::DeviceReportDisabled,
            "deviceReportEnabled" => Self::DeviceReportEnabled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyDeviceReportPolicy);

/// The availability granted to the device for the specified products. "all" gives the device
/// access to all products, regardless of approval status. "all" does not enable automatic
/// visibility of "alpha" or "beta" tracks. "whitelist" grants the device access the products
/// specified in productPolicy\[\]. Only products that are approved or products that were
/// previously approved (products with revoked approval) by the enterprise can be whitelisted.
/// If no value is provided, the availability set at the user level is applied by default.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PolicyProductAvailabilityPolicy {
    /// Unspecified, applies the user available product set by default.
    ///
    /// `productAvailabilityPolicyUnspecified` on the wire.
    #[default]
    ProductAvailabilityPolicyUnspecified,
    /// The approved products with product availability set to AVAILABLE in the product policy are
    /// available.
    ///
    /// `whitelist` on the wire.
    Whitelist,
    /// All products are available except those explicitly marked as unavailable in the product
    /// availability policy.
    ///
    /// `all` on the wire.
    All,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PolicyProductAvailabilityPolicy {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ProductAvailabilityPolicyUnspecified => {
                "productAvailabilityPolicyUnspecified"
            }
            Self::Whitelist => "whitelist",
            Self::All => "all",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "productAvailabilityPolicyUnspecified" => {
                Self::ProductAvailabilityPolicyUnspecified
            }
            "whitelist" => Self::Whitelist,
            "all" => Self::All,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PolicyProductAvailabilityPolicy);
