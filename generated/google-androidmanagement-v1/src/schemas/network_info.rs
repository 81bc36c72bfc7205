use crate::runtime::wire;

/// Device network info.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkInfo {
    /// IMEI number of the GSM device. For example, A1000031212.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imei: Option<String>,
    /// MEID number of the CDMA device. For example, A00000292788E1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meid: Option<String>,
    /// Alphabetic name of current registered operator. For example, Vodafone.
    ///
    /// Deprecated.
    #[serde(
        rename = "networkOperatorName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_operator_name: Option<String>,
    /// Provides telephony information associated with each SIM card on the device. Only supported
    /// on fully managed devices starting from Android 6.
    #[serde(rename = "telephonyInfos", default, skip_serializing_if = "Option::is_none")]
    pub telephony_infos: Option<Vec<crate::schemas::TelephonyInfo>>,
    /// Wi-Fi MAC address of the device. For example, 7c:11:11:11:11:11.
    #[serde(rename = "wifiMacAddress", default, skip_serializing_if = "Option::is_none")]
    pub wifi_mac_address: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl NetworkInfo {
    /// Sets `imei` (chainable).
    pub fn set_imei(mut self, value: impl Into<String>) -> Self {
        self.imei = Some(value.into());
        self.unknown_fields.remove("imei");
        self
    }

    /// Sends `imei` as JSON `null`, which clears it on the server (chainable); `set_imei` takes it
    /// back.
    #[inline]
    pub fn clear_imei(mut self) -> Self {
        self.imei = None;
        self.unknown_fields.insert("imei".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `meid` (chainable).
    pub fn set_meid(mut self, value: impl Into<String>) -> Self {
        self.meid = Some(value.into());
        self.unknown_fields.remove("meid");
        self
    }

    /// Sends `meid` as JSON `null`, which clears it on the server (chainable); `set_meid` takes it
    /// back.
    #[inline]
    pub fn clear_meid(mut self) -> Self {
        self.meid = None;
        self.unknown_fields.insert("meid".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `networkOperatorName` (chainable).
    pub fn set_network_operator_name(mut self, value: impl Into<String>) -> Self {
        self.network_operator_name = Some(value.into());
        self.unknown_fields.remove("networkOperatorName");
        self
    }

    /// Sends `networkOperatorName` as JSON `null`, which clears it on the server (chainable);
    /// `set_network_operator_name` takes it back.
    #[inline]
    pub fn clear_network_operator_name(mut self) -> Self {
        self.network_operator_name = None;
        self.unknown_fields
            .insert("networkOperatorName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `telephonyInfos` (chainable).
    pub fn set_telephony_infos(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::TelephonyInfo>>,
    ) -> Self {
        self.telephony_infos = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("telephonyInfos");
        self
    }

    /// Sends `telephonyInfos` as JSON `null`, which clears it on the server (chainable);
    /// `set_telephony_infos` takes it back.
    #[inline]
    pub fn clear_telephony_infos(mut self) -> Self {
        self.telephony_infos = None;
        self.unknown_fields.insert("telephonyInfos".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wifiMacAddress` (chainable).
    pub fn set_wifi_mac_address(mut self, value: impl Into<String>) -> Self {
        self.wifi_mac_address = Some(value.into());
        self.unknown_fields.remove("wifiMacAddress");
        self
    }

    /// Sends `wifiMacAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_wifi_mac_address` takes it back.
    #[inline]
    pub fn clear_wifi_mac_address(mut self) -> Self {
        self.wifi_mac_address = None;
        self.unknown_fields.insert("wifiMacAddress".to_owned(), serde_json::Value::Null);
        self
    }
}
