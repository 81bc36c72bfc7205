/// Information about device hardware. The fields related to temperature thresholds are only available if hardwareStatusEnabled is true in the device's policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct HardwareInfo {
    /// Battery shutdown temperature thresholds in Celsius for each battery on the device.
    #[serde(
        rename = "batteryShutdownTemperatures",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub battery_shutdown_temperatures: Option<Vec<f32>>,
    /// Battery throttling temperature thresholds in Celsius for each battery on the device.
    #[serde(
        rename = "batteryThrottlingTemperatures",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub battery_throttling_temperatures: Option<Vec<f32>>,
    /// Brand of the device. For example, Google.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand: Option<String>,
    /// CPU shutdown temperature thresholds in Celsius for each CPU on the device.
    #[serde(
        rename = "cpuShutdownTemperatures",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_shutdown_temperatures: Option<Vec<f32>>,
    /// CPU throttling temperature thresholds in Celsius for each CPU on the device.
    #[serde(
        rename = "cpuThrottlingTemperatures",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_throttling_temperatures: Option<Vec<f32>>,
    /// Baseband version. For example, MDM9625_104662.22.05.34p.
    #[serde(
        rename = "deviceBasebandVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_baseband_version: Option<String>,
    /// Output only. ID that uniquely identifies a personally-owned device in a particular organization. On the same physical device when enrolled with the same organization, this ID persists across setups and even factory resets. This ID is available on personally-owned devices with a work profile on devices running Android 12 and above.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "enterpriseSpecificId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enterprise_specific_id: Option<String>,
    /// Output only. Information related to the eUICC chip.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "euiccChipInfo", default, skip_serializing_if = "Option::is_none")]
    pub euicc_chip_info: Option<Vec<crate::schemas::EuiccChipInfo>>,
    /// GPU shutdown temperature thresholds in Celsius for each GPU on the device.
    #[serde(
        rename = "gpuShutdownTemperatures",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gpu_shutdown_temperatures: Option<Vec<f32>>,
    /// GPU throttling temperature thresholds in Celsius for each GPU on the device.
    #[serde(
        rename = "gpuThrottlingTemperatures",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gpu_throttling_temperatures: Option<Vec<f32>>,
    /// Name of the hardware. For example, Angler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hardware: Option<String>,
    /// Manufacturer. For example, Motorola.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manufacturer: Option<String>,
    /// The model of the device. For example, Asus Nexus 7.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The device serial number. However, for personally-owned devices running Android 12 and above, this is the same as the enterpriseSpecificId.
    #[serde(rename = "serialNumber", default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// Device skin shutdown temperature thresholds in Celsius.
    #[serde(
        rename = "skinShutdownTemperatures",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub skin_shutdown_temperatures: Option<Vec<f32>>,
    /// Device skin throttling temperature thresholds in Celsius.
    #[serde(
        rename = "skinThrottlingTemperatures",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub skin_throttling_temperatures: Option<Vec<f32>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl HardwareInfo {
    /// Sets `batteryShutdownTemperatures` (chainable).
    pub fn set_battery_shutdown_temperatures(
        mut self,
        value: impl IntoIterator<Item = f32>,
    ) -> Self {
        self.battery_shutdown_temperatures = Some(value.into_iter().collect());
        self
    }
    /// Sets `batteryThrottlingTemperatures` (chainable).
    pub fn set_battery_throttling_temperatures(
        mut self,
        value: impl IntoIterator<Item = f32>,
    ) -> Self {
        self.battery_throttling_temperatures = Some(value.into_iter().collect());
        self
    }
    /// Sets `brand` (chainable).
    pub fn set_brand(mut self, value: impl Into<String>) -> Self {
        self.brand = Some(value.into());
        self
    }
    /// Sets `cpuShutdownTemperatures` (chainable).
    pub fn set_cpu_shutdown_temperatures(
        mut self,
        value: impl IntoIterator<Item = f32>,
    ) -> Self {
        self.cpu_shutdown_temperatures = Some(value.into_iter().collect());
        self
    }
    /// Sets `cpuThrottlingTemperatures` (chainable).
    pub fn set_cpu_throttling_temperatures(
        mut self,
        value: impl IntoIterator<Item = f32>,
    ) -> Self {
        self.cpu_throttling_temperatures = Some(value.into_iter().collect());
        self
    }
    /// Sets `deviceBasebandVersion` (chainable).
    pub fn set_device_baseband_version(mut self, value: impl Into<String>) -> Self {
        self.device_baseband_version = Some(value.into());
        self
    }
    /// Sets `enterpriseSpecificId` (chainable).
    pub fn set_enterprise_specific_id(mut self, value: impl Into<String>) -> Self {
        self.enterprise_specific_id = Some(value.into());
        self
    }
    /// Sets `euiccChipInfo` (chainable).
    pub fn set_euicc_chip_info(
        mut self,
        value: impl IntoIterator<Item = crate::schemas::EuiccChipInfo>,
    ) -> Self {
        self.euicc_chip_info = Some(value.into_iter().collect());
        self
    }
    /// Sets `gpuShutdownTemperatures` (chainable).
    pub fn set_gpu_shutdown_temperatures(
        mut self,
        value: impl IntoIterator<Item = f32>,
    ) -> Self {
        self.gpu_shutdown_temperatures = Some(value.into_iter().collect());
        self
    }
    /// Sets `gpuThrottlingTemperatures` (chainable).
    pub fn set_gpu_throttling_temperatures(
        mut self,
        value: impl IntoIterator<Item = f32>,
    ) -> Self {
        self.gpu_throttling_temperatures = Some(value.into_iter().collect());
        self
    }
    /// Sets `hardware` (chainable).
    pub fn set_hardware(mut self, value: impl Into<String>) -> Self {
        self.hardware = Some(value.into());
        self
    }
    /// Sets `manufacturer` (chainable).
    pub fn set_manufacturer(mut self, value: impl Into<String>) -> Self {
        self.manufacturer = Some(value.into());
        self
    }
    /// Sets `model` (chainable).
    pub fn set_model(mut self, value: impl Into<String>) -> Self {
        self.model = Some(value.into());
        self
    }
    /// Sets `serialNumber` (chainable).
    pub fn set_serial_number(mut self, value: impl Into<String>) -> Self {
        self.serial_number = Some(value.into());
        self
    }
    /// Sets `skinShutdownTemperatures` (chainable).
    pub fn set_skin_shutdown_temperatures(
        mut self,
        value: impl IntoIterator<Item = f32>,
    ) -> Self {
        self.skin_shutdown_temperatures = Some(value.into_iter().collect());
        self
    }
    /// Sets `skinThrottlingTemperatures` (chainable).
    pub fn set_skin_throttling_temperatures(
        mut self,
        value: impl IntoIterator<Item = f32>,
    ) -> Self {
        self.skin_throttling_temperatures = Some(value.into_iter().collect());
        self
    }
}
