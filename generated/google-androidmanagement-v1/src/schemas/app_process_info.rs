use crate::runtime::{wire, Timestamp};

/// Information about a process. It contains process name, start time, app Uid, app Pid, seinfo
/// tag, hash of the base APK.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AppProcessInfo {
    /// SHA-256 hash of the base APK, in hexadecimal format.
    pub apk_sha256_hash: Option<String>,
    /// Package names of all packages that are associated with the particular user ID. In most
    /// cases, this will be a single package name, the package that has been assigned that user ID.
    /// If multiple application share a UID then all packages sharing UID will be included.
    pub package_names: Option<Vec<String>>,
    /// Process ID.
    pub pid: Option<i32>,
    /// Process name.
    pub process_name: Option<String>,
    /// SELinux policy info.
    pub seinfo: Option<String>,
    /// Process start time.
    pub start_time: Option<Timestamp>,
    /// UID of the package.
    pub uid: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl AppProcessInfo {
    /// Sets `apkSha256Hash` (chainable).
    pub fn set_apk_sha256_hash(mut self, value: impl Into<String>) -> Self {
        self.apk_sha256_hash = Some(value.into());
        self.unknown_fields.remove("apkSha256Hash");
        self
    }

    /// Sends `apkSha256Hash` as JSON `null`, which clears it on the server (chainable);
    /// `set_apk_sha256_hash` takes it back.
    #[inline]
    pub fn clear_apk_sha256_hash(mut self) -> Self {
        self.apk_sha256_hash = None;
        self.unknown_fields.insert("apkSha256Hash".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `pid` (chainable).
    pub fn set_pid(mut self, value: impl Into<i32>) -> Self {
        self.pid = Some(value.into());
        self.unknown_fields.remove("pid");
        self
    }

    /// Sends `pid` as JSON `null`, which clears it on the server (chainable); `set_pid` takes it
    /// back.
    #[inline]
    pub fn clear_pid(mut self) -> Self {
        self.pid = None;
        self.unknown_fields.insert("pid".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `processName` (chainable).
    pub fn set_process_name(mut self, value: impl Into<String>) -> Self {
        self.process_name = Some(value.into());
        self.unknown_fields.remove("processName");
        self
    }

    /// Sends `processName` as JSON `null`, which clears it on the server (chainable);
    /// `set_process_name` takes it back.
    #[inline]
    pub fn clear_process_name(mut self) -> Self {
        self.process_name = None;
        self.unknown_fields.insert("processName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `seinfo` (chainable).
    pub fn set_seinfo(mut self, value: impl Into<String>) -> Self {
        self.seinfo = Some(value.into());
        self.unknown_fields.remove("seinfo");
        self
    }

    /// Sends `seinfo` as JSON `null`, which clears it on the server (chainable); `set_seinfo` takes
    /// it back.
    #[inline]
    pub fn clear_seinfo(mut self) -> Self {
        self.seinfo = None;
        self.unknown_fields.insert("seinfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `startTime` (chainable).
    pub fn set_start_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.start_time = Some(value.into());
        self.unknown_fields.remove("startTime");
        self
    }

    /// Sends `startTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_start_time` takes it back.
    #[inline]
    pub fn clear_start_time(mut self) -> Self {
        self.start_time = None;
        self.unknown_fields.insert("startTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `uid` (chainable).
    pub fn set_uid(mut self, value: impl Into<i32>) -> Self {
        self.uid = Some(value.into());
        self.unknown_fields.remove("uid");
        self
    }

    /// Sends `uid` as JSON `null`, which clears it on the server (chainable); `set_uid` takes it
    /// back.
    #[inline]
    pub fn clear_uid(mut self) -> Self {
        self.uid = None;
        self.unknown_fields.insert("uid".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for AppProcessInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.apk_sha256_hash {
            map.serialize_entry("apkSha256Hash", value)?;
        }
        if let Some(value) = &self.package_names {
            map.serialize_entry("packageNames", value)?;
        }
        if let Some(value) = &self.pid {
            map.serialize_entry("pid", value)?;
        }
        if let Some(value) = &self.process_name {
            map.serialize_entry("processName", value)?;
        }
        if let Some(value) = &self.seinfo {
            map.serialize_entry("seinfo", value)?;
        }
        if let Some(value) = &self.start_time {
            map.serialize_entry("startTime", value)?;
        }
        if let Some(value) = &self.uid {
            map.serialize_entry("uid", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AppProcessInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for AppProcessInfo {
    const NAME: &'static str = "AppProcessInfo";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "apkSha256Hash" => self.apk_sha256_hash = map.next_value()?,
            "packageNames" => self.package_names = map.next_value()?,
            "pid" => self.pid = map.next_value()?,
            "processName" => self.process_name = map.next_value()?,
            "seinfo" => self.seinfo = map.next_value()?,
            "startTime" => self.start_time = map.next_value()?,
            "uid" => self.uid = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
