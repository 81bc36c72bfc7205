use crate::runtime::{wire, Timestamp};

/// Hardware status. Temperatures may be compared to the temperature thresholds available in
/// hardwareInfo to determine hardware health.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HardwareStatus {
    /// Current battery temperatures in Celsius for each battery on the device.
    pub battery_temperatures: Option<Vec<f32>>,
    /// Current CPU temperatures in Celsius for each CPU on the device.
    pub cpu_temperatures: Option<Vec<f32>>,
    /// CPU usages in percentage for each core available on the device. Usage is 0 for each
    /// unplugged core. Empty array implies that CPU usage is not supported in the system.
    pub cpu_usages: Option<Vec<f32>>,
    /// The time the measurements were taken.
    pub create_time: Option<Timestamp>,
    /// Fan speeds in RPM for each fan on the device. Empty array means that there are no fans or
    /// fan speed is not supported on the system.
    pub fan_speeds: Option<Vec<f32>>,
    /// Current GPU temperatures in Celsius for each GPU on the device.
    pub gpu_temperatures: Option<Vec<f32>>,
    /// Current device skin temperatures in Celsius.
    pub skin_temperatures: Option<Vec<f32>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl HardwareStatus {
    /// Sets `batteryTemperatures` (chainable).
    pub fn set_battery_temperatures(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.battery_temperatures = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("batteryTemperatures");
        self
    }

    /// Sends `batteryTemperatures` as JSON `null`, which clears it on the server (chainable);
    /// `set_battery_temperatures` takes it back.
    #[inline]
    pub fn clear_battery_temperatures(mut self) -> Self {
        self.battery_temperatures = None;
        self.unknown_fields
            .insert("batteryTemperatures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cpuTemperatures` (chainable).
    pub fn set_cpu_temperatures(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.cpu_temperatures = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cpuTemperatures");
        self
    }

    /// Sends `cpuTemperatures` as JSON `null`, which clears it on the server (chainable);
    /// `set_cpu_temperatures` takes it back.
    #[inline]
    pub fn clear_cpu_temperatures(mut self) -> Self {
        self.cpu_temperatures = None;
        self.unknown_fields
            .insert("cpuTemperatures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cpuUsages` (chainable).
    pub fn set_cpu_usages(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.cpu_usages = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cpuUsages");
        self
    }

    /// Sends `cpuUsages` as JSON `null`, which clears it on the server (chainable);
    /// `set_cpu_usages` takes it back.
    #[inline]
    pub fn clear_cpu_usages(mut self) -> Self {
        self.cpu_usages = None;
        self.unknown_fields.insert("cpuUsages".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `createTime` (chainable).
    pub fn set_create_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.create_time = Some(value.into());
        self.unknown_fields.remove("createTime");
        self
    }

    /// Sends `createTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_create_time` takes it back.
    #[inline]
    pub fn clear_create_time(mut self) -> Self {
        self.create_time = None;
        self.unknown_fields.insert("createTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `fanSpeeds` (chainable).
    pub fn set_fan_speeds(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.fan_speeds = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("fanSpeeds");
        self
    }

    /// Sends `fanSpeeds` as JSON `null`, which clears it on the server (chainable);
    /// `set_fan_speeds` takes it back.
    #[inline]
    pub fn clear_fan_speeds(mut self) -> Self {
        self.fan_speeds = None;
        self.unknown_fields.insert("fanSpeeds".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `gpuTemperatures` (chainable).
    pub fn set_gpu_temperatures(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.gpu_temperatures = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("gpuTemperatures");
        self
    }

    /// Sends `gpuTemperatures` as JSON `null`, which clears it on the server (chainable);
    /// `set_gpu_temperatures` takes it back.
    #[inline]
    pub fn clear_gpu_temperatures(mut self) -> Self {
        self.gpu_temperatures = None;
        self.unknown_fields
            .insert("gpuTemperatures".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `skinTemperatures` (chainable).
    pub fn set_skin_temperatures(
        mut self,
        value: impl IntoIterator<Item = impl Into<f32>>,
    ) -> Self {
        self.skin_temperatures = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("skinTemperatures");
        self
    }

    /// Sends `skinTemperatures` as JSON `null`, which clears it on the server (chainable);
    /// `set_skin_temperatures` takes it back.
    #[inline]
    pub fn clear_skin_temperatures(mut self) -> Self {
        self.skin_temperatures = None;
        self.unknown_fields
            .insert("skinTemperatures".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for HardwareStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.battery_temperatures {
            map.serialize_entry("batteryTemperatures", value)?;
        }
        if let Some(value) = &self.cpu_temperatures {
            map.serialize_entry("cpuTemperatures", value)?;
        }
        if let Some(value) = &self.cpu_usages {
            map.serialize_entry("cpuUsages", value)?;
        }
        if let Some(value) = &self.create_time {
            map.serialize_entry("createTime", value)?;
        }
        if let Some(value) = &self.fan_speeds {
            map.serialize_entry("fanSpeeds", value)?;
        }
        if let Some(value) = &self.gpu_temperatures {
            map.serialize_entry("gpuTemperatures", value)?;
        }
        if let Some(value) = &self.skin_temperatures {
            map.serialize_entry("skinTemperatures", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for HardwareStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for HardwareStatus {
    const NAME: &'static str = "HardwareStatus";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "batteryTemperatures" => self.battery_temperatures = map.next_value()?,
            "cpuTemperatures" => self.cpu_temperatures = map.next_value()?,
            "cpuUsages" => self.cpu_usages = map.next_value()?,
            "createTime" => self.create_time = map.next_value()?,
            "fanSpeeds" => self.fan_speeds = map.next_value()?,
            "gpuTemperatures" => self.gpu_temperatures = map.next_value()?,
            "skinTemperatures" => self.skin_temperatures = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
