use crate::runtime::wire;

/// Device network info.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct NetworkInfo {
    /// IMEI number of the GSM device. For example, A1000031212.
    pub imei: Option<String>,
    /// MEID number of the CDMA device. For example, A00000292788E1.
    pub meid: Option<String>,
    /// Alphabetic name of current registered operator. For example, Vodafone.
    ///
    /// Deprecated.
    pub network_operator_name: Option<String>,
    /// Provides telephony information associated with each SIM card on the device. Only supported
    /// on fully managed devices starting from Android 6.
    pub telephony_infos: Option<Vec<crate::schemas::TelephonyInfo>>,
    /// Wi-Fi MAC address of the device. For example, 7c:11:11:11:11:11.
    pub wifi_mac_address: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for NetworkInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.imei {
            map.serialize_entry("imei", value)?;
        }
        if let Some(value) = &self.meid {
            map.serialize_entry("meid", value)?;
        }
        if let Some(value) = &self.network_operator_name {
            map.serialize_entry("networkOperatorName", value)?;
        }
        if let Some(value) = &self.telephony_infos {
            map.serialize_entry("telephonyInfos", value)?;
        }
        if let Some(value) = &self.wifi_mac_address {
            map.serialize_entry("wifiMacAddress", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NetworkInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for NetworkInfo {
    const NAME: &'static str = "NetworkInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "imei" => self.imei = map.next_value()?,
            "meid" => self.meid = map.next_value()?,
            "networkOperatorName" => self.network_operator_name = map.next_value()?,
            "telephonyInfos" => self.telephony_infos = map.next_value()?,
            "wifiMacAddress" => self.wifi_mac_address = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
