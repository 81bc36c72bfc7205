use crate::runtime::wire;

/// Information about device hardware. The fields related to temperature thresholds are only
/// available if hardwareStatusEnabled is true in the device's policy.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HardwareInfo {
    /// Battery shutdown temperature thresholds in Celsius for each battery on the device.
    pub battery_shutdown_temperatures: Option<Vec<f32>>,
    /// Battery throttling temperature thresholds in Celsius for each battery on the device.
    pub battery_throttling_temperatures: Option<Vec<f32>>,
    /// Brand of the device. For example, Google.
    pub brand: Option<String>,
    /// CPU shutdown temperature thresholds in Celsius for each CPU on the device.
    pub cpu_shutdown_temperatures: Option<Vec<f32>>,
    /// CPU throttling temperature thresholds in Celsius for each CPU on the device.
    pub cpu_throttling_temperatures: Option<Vec<f32>>,
    /// Baseband version. For example, MDM9625_104662.22.05.34p.
    pub device_baseband_version: Option<String>,
    /// Output only. ID that uniquely identifies a personally-owned device in a particular
    /// organization. On the same physical device when enrolled with the same organization, this ID
    /// persists across setups and even factory resets. This ID is available on personally-owned
    /// devices with a work profile on devices running Android 12 and above.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub enterprise_specific_id: Option<String>,
    /// Output only. Information related to the eUICC chip.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub euicc_chip_info: Option<Vec<crate::schemas::EuiccChipInfo>>,
    /// GPU shutdown temperature thresholds in Celsius for each GPU on the device.
    pub gpu_shutdown_temperatures: Option<Vec<f32>>,
    /// GPU throttling temperature thresholds in Celsius for each GPU on the device.
    pub gpu_throttling_temperatures: Option<Vec<f32>>,
    /// Name of the hardware. For example, Angler.
    pub hardware: Option<String>,
    /// Manufacturer. For example, Motorola.
    pub manufacturer: Option<String>,
    /// The model of the device. For example, Asus Nexus 7.
    pub model: Option<String>,
    /// The device serial number. However, for personally-owned devices running Android 12 and
    /// above, this is the same as the enterpriseSpecificId.
    pub serial_number: Option<String>,
    /// Device skin shutdown temperature thresholds in Celsius.
    pub skin_shutdown_temperatures: Option<Vec<f32>>,
    /// Device skin throttling temperature thresholds in Celsius.
    pub skin_throttling_temperatures: Option<Vec<f32>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl HardwareInfo {
    /// Sets `batteryShutdownTemperatures` (chainable).
    pub fn set_battery_shutdown_temperatures(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.battery_shutdown_temperatures = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("batteryShutdownTemperatures");
        self
    }

    /// Sends `batteryShutdownTemperatures` as JSON `null`, which clears it on the server
    /// (chainable); `set_battery_shutdown_temperatures` takes it back.
    #[inline]
    pub fn clear_battery_shutdown_temperatures(mut self) -> Self {
        self.battery_shutdown_temperatures = None;
        self.unknown_fields
            .insert("batteryShutdownTemperatures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `batteryThrottlingTemperatures` (chainable).
    pub fn set_battery_throttling_temperatures(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.battery_throttling_temperatures = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("batteryThrottlingTemperatures");
        self
    }

    /// Sends `batteryThrottlingTemperatures` as JSON `null`, which clears it on the server
    /// (chainable); `set_battery_throttling_temperatures` takes it back.
    #[inline]
    pub fn clear_battery_throttling_temperatures(mut self) -> Self {
        self.battery_throttling_temperatures = None;
        self.unknown_fields
            .insert("batteryThrottlingTemperatures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `brand` (chainable).
    pub fn set_brand(mut self, value: impl Into<String>) -> Self {
        self.brand = Some(value.into());
        self.unknown_fields.remove("brand");
        self
    }

    /// Sends `brand` as JSON `null`, which clears it on the server (chainable); `set_brand` takes
    /// it back.
    #[inline]
    pub fn clear_brand(mut self) -> Self {
        self.brand = None;
        self.unknown_fields.insert("brand".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cpuShutdownTemperatures` (chainable).
    pub fn set_cpu_shutdown_temperatures(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.cpu_shutdown_temperatures = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("cpuShutdownTemperatures");
        self
    }

    /// Sends `cpuShutdownTemperatures` as JSON `null`, which clears it on the server (chainable);
    /// `set_cpu_shutdown_temperatures` takes it back.
    #[inline]
    pub fn clear_cpu_shutdown_temperatures(mut self) -> Self {
        self.cpu_shutdown_temperatures = None;
        self.unknown_fields
            .insert("cpuShutdownTemperatures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cpuThrottlingTemperatures` (chainable).
    pub fn set_cpu_throttling_temperatures(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.cpu_throttling_temperatures = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("cpuThrottlingTemperatures");
        self
    }

    /// Sends `cpuThrottlingTemperatures` as JSON `null`, which clears it on the server (chainable);
    /// `set_cpu_throttling_temperatures` takes it back.
    #[inline]
    pub fn clear_cpu_throttling_temperatures(mut self) -> Self {
        self.cpu_throttling_temperatures = None;
        self.unknown_fields
            .insert("cpuThrottlingTemperatures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `deviceBasebandVersion` (chainable).
    pub fn set_device_baseband_version(mut self, value: impl Into<String>) -> Self {
        self.device_baseband_version = Some(value.into());
        self.unknown_fields.remove("deviceBasebandVersion");
        self
    }

    /// Sends `deviceBasebandVersion` as JSON `null`, which clears it on the server (chainable);
    /// `set_device_baseband_version` takes it back.
    #[inline]
    pub fn clear_device_baseband_version(mut self) -> Self {
        self.device_baseband_version = None;
        self.unknown_fields
            .insert("deviceBasebandVersion".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enterpriseSpecificId` (chainable).
    pub fn set_enterprise_specific_id(mut self, value: impl Into<String>) -> Self {
        self.enterprise_specific_id = Some(value.into());
        self.unknown_fields.remove("enterpriseSpecificId");
        self
    }

    /// Sends `enterpriseSpecificId` as JSON `null`, which clears it on the server (chainable);
    /// `set_enterprise_specific_id` takes it back.
    #[inline]
    pub fn clear_enterprise_specific_id(mut self) -> Self {
        self.enterprise_specific_id = None;
        self.unknown_fields
            .insert("enterpriseSpecificId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `euiccChipInfo` (chainable).
    pub fn set_euicc_chip_info(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::EuiccChipInfo>>,
    ) -> Self {
        self.euicc_chip_info = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("euiccChipInfo");
        self
    }

    /// Sends `euiccChipInfo` as JSON `null`, which clears it on the server (chainable);
    /// `set_euicc_chip_info` takes it back.
    #[inline]
    pub fn clear_euicc_chip_info(mut self) -> Self {
        self.euicc_chip_info = None;
        self.unknown_fields.insert("euiccChipInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `gpuShutdownTemperatures` (chainable).
    pub fn set_gpu_shutdown_temperatures(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.gpu_shutdown_temperatures = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("gpuShutdownTemperatures");
        self
    }

    /// Sends `gpuShutdownTemperatures` as JSON `null`, which clears it on the server (chainable);
    /// `set_gpu_shutdown_temperatures` takes it back.
    #[inline]
    pub fn clear_gpu_shutdown_temperatures(mut self) -> Self {
        self.gpu_shutdown_temperatures = None;
        self.unknown_fields
            .insert("gpuShutdownTemperatures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `gpuThrottlingTemperatures` (chainable).
    pub fn set_gpu_throttling_temperatures(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.gpu_throttling_temperatures = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("gpuThrottlingTemperatures");
        self
    }

    /// Sends `gpuThrottlingTemperatures` as JSON `null`, which clears it on the server (chainable);
    /// `set_gpu_throttling_temperatures` takes it back.
    #[inline]
    pub fn clear_gpu_throttling_temperatures(mut self) -> Self {
        self.gpu_throttling_temperatures = None;
        self.unknown_fields
            .insert("gpuThrottlingTemperatures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `hardware` (chainable).
    pub fn set_hardware(mut self, value: impl Into<String>) -> Self {
        self.hardware = Some(value.into());
        self.unknown_fields.remove("hardware");
        self
    }

    /// Sends `hardware` as JSON `null`, which clears it on the server (chainable); `set_hardware`
    /// takes it back.
    #[inline]
    pub fn clear_hardware(mut self) -> Self {
        self.hardware = None;
        self.unknown_fields.insert("hardware".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `manufacturer` (chainable).
    pub fn set_manufacturer(mut self, value: impl Into<String>) -> Self {
        self.manufacturer = Some(value.into());
        self.unknown_fields.remove("manufacturer");
        self
    }

    /// Sends `manufacturer` as JSON `null`, which clears it on the server (chainable);
    /// `set_manufacturer` takes it back.
    #[inline]
    pub fn clear_manufacturer(mut self) -> Self {
        self.manufacturer = None;
        self.unknown_fields.insert("manufacturer".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `model` (chainable).
    pub fn set_model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self.unknown_fields.remove("model");
        self
    }

    /// Sends `model` as JSON `null`, which clears it on the server (chainable); `set_model` takes
    /// it back.
    #[inline]
    pub fn clear_model(mut self) -> Self {
        self.model = None;
        self.unknown_fields.insert("model".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `serialNumber` (chainable).
    pub fn set_serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self.unknown_fields.remove("serialNumber");
        self
    }

    /// Sends `serialNumber` as JSON `null`, which clears it on the server (chainable);
    /// `set_serial_number` takes it back.
    #[inline]
    pub fn clear_serial_number(mut self) -> Self {
        self.serial_number = None;
        self.unknown_fields.insert("serialNumber".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `skinShutdownTemperatures` (chainable).
    pub fn set_skin_shutdown_temperatures(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.skin_shutdown_temperatures = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("skinShutdownTemperatures");
        self
    }

    /// Sends `skinShutdownTemperatures` as JSON `null`, which clears it on the server (chainable);
    /// `set_skin_shutdown_temperatures` takes it back.
    #[inline]
    pub fn clear_skin_shutdown_temperatures(mut self) -> Self {
        self.skin_shutdown_temperatures = None;
        self.unknown_fields
            .insert("skinShutdownTemperatures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `skinThrottlingTemperatures` (chainable).
    pub fn set_skin_throttling_temperatures(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.skin_throttling_temperatures = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self.unknown_fields.remove("skinThrottlingTemperatures");
        self
    }

    /// Sends `skinThrottlingTemperatures` as JSON `null`, which clears it on the server
    /// (chainable); `set_skin_throttling_temperatures` takes it back.
    #[inline]
    pub fn clear_skin_throttling_temperatures(mut self) -> Self {
        self.skin_throttling_temperatures = None;
        self.unknown_fields
            .insert("skinThrottlingTemperatures".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for HardwareInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.battery_shutdown_temperatures {
            map.serialize_entry("batteryShutdownTemperatures", value)?;
        }
        if let Some(value) = &self.battery_throttling_temperatures {
            map.serialize_entry("batteryThrottlingTemperatures", value)?;
        }
        if let Some(value) = &self.brand {
            map.serialize_entry("brand", value)?;
        }
        if let Some(value) = &self.cpu_shutdown_temperatures {
            map.serialize_entry("cpuShutdownTemperatures", value)?;
        }
        if let Some(value) = &self.cpu_throttling_temperatures {
            map.serialize_entry("cpuThrottlingTemperatures", value)?;
        }
        if let Some(value) = &self.device_baseband_version {
            map.serialize_entry("deviceBasebandVersion", value)?;
        }
        if let Some(value) = &self.enterprise_specific_id {
            map.serialize_entry("enterpriseSpecificId", value)?;
        }
        if let Some(value) = &self.euicc_chip_info {
            map.serialize_entry("euiccChipInfo", value)?;
        }
        if let Some(value) = &self.gpu_shutdown_temperatures {
            map.serialize_entry("gpuShutdownTemperatures", value)?;
        }
        if let Some(value) = &self.gpu_throttling_temperatures {
            map.serialize_entry("gpuThrottlingTemperatures", value)?;
        }
        if let Some(value) = &self.hardware {
            map.serialize_entry("hardware", value)?;
        }
        if let Some(value) = &self.manufacturer {
            map.serialize_entry("manufacturer", value)?;
        }
        if let Some(value) = &self.model {
            map.serialize_entry("model", value)?;
        }
        if let Some(value) = &self.serial_number {
            map.serialize_entry("serialNumber", value)?;
        }
        if let Some(value) = &self.skin_shutdown_temperatures {
            map.serialize_entry("skinShutdownTemperatures", value)?;
        }
        if let Some(value) = &self.skin_throttling_temperatures {
            map.serialize_entry("skinThrottlingTemperatures", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for HardwareInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for HardwareInfo {
    const NAME: &'static str = "HardwareInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "batteryShutdownTemperatures" => {
                self.battery_shutdown_temperatures = map.next_value()?;
            }
            "batteryThrottlingTemperatures" => {
                self.battery_throttling_temperatures = map.next_value()?;
            }
            "brand" => self.brand = map.next_value()?,
            "cpuShutdownTemperatures" => {
                self.cpu_shutdown_temperatures = map.next_value()?;
            }
            "cpuThrottlingTemperatures" => {
                self.cpu_throttling_temperatures = map.next_value()?;
            }
            "deviceBasebandVersion" => self.device_baseband_version = map.next_value()?,
            "enterpriseSpecificId" => self.enterprise_specific_id = map.next_value()?,
            "euiccChipInfo" => self.euicc_chip_info = map.next_value()?,
            "gpuShutdownTemperatures" => {
                self.gpu_shutdown_temperatures = map.next_value()?;
            }
            "gpuThrottlingTemperatures" => {
                self.gpu_throttling_temperatures = map.next_value()?;
            }
            "hardware" => self.hardware = map.next_value()?,
            "manufacturer" => self.manufacturer = map.next_value()?,
            "model" => self.model = map.next_value()?,
            "serialNumber" => self.serial_number = map.next_value()?,
            "skinShutdownTemperatures" => {
                self.skin_shutdown_temperatures = map.next_value()?;
            }
            "skinThrottlingTemperatures" => {
                self.skin_throttling_temperatures = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
