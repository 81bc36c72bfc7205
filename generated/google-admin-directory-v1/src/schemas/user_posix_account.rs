use crate::runtime::wire;

/// JSON template for a POSIX account entry.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserPosixAccount {
    /// A POSIX account field identifier.
    pub account_id: Option<String>,
    /// The GECOS (user information) for this account.
    pub gecos: Option<String>,
    /// The default group ID.
    pub gid: Option<u64>,
    /// The path to the home directory for this account.
    pub home_directory: Option<String>,
    /// The operating system type for this account.
    pub operating_system_type: Option<String>,
    /// If this is user's primary account within the SystemId.
    pub primary: Option<bool>,
    /// The path to the login shell for this account.
    pub shell: Option<String>,
    /// System identifier for which account Username or Uid apply to.
    pub system_id: Option<String>,
    /// The POSIX compliant user ID.
    pub uid: Option<u64>,
    /// The username of the account.
    pub username: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UserPosixAccount {
    /// Sets `accountId` (chainable).
    pub fn set_account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self.unknown_fields.remove("accountId");
        self
    }

    /// Sends `accountId` as JSON `null`, which clears it on the server (chainable);
    /// `set_account_id` takes it back.
    #[inline]
    pub fn clear_account_id(mut self) -> Self {
        self.account_id = None;
        self.unknown_fields.insert("accountId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `gecos` (chainable).
    pub fn set_gecos(mut self, value: impl Into<String>) -> Self {
        self.gecos = Some(value.into());
        self.unknown_fields.remove("gecos");
        self
    }

    /// Sends `gecos` as JSON `null`, which clears it on the server (chainable); `set_gecos` takes
    /// it back.
    #[inline]
    pub fn clear_gecos(mut self) -> Self {
        self.gecos = None;
        self.unknown_fields.insert("gecos".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `gid` (chainable).
    pub fn set_gid(mut self, value: impl Into<u64>) -> Self {
        self.gid = Some(value.into());
        self.unknown_fields.remove("gid");
        self
    }

    /// Sends `gid` as JSON `null`, which clears it on the server (chainable); `set_gid` takes it
    /// back.
    #[inline]
    pub fn clear_gid(mut self) -> Self {
        self.gid = None;
        self.unknown_fields.insert("gid".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `homeDirectory` (chainable).
    pub fn set_home_directory(mut self, value: impl Into<String>) -> Self {
        self.home_directory = Some(value.into());
        self.unknown_fields.remove("homeDirectory");
        self
    }

    /// Sends `homeDirectory` as JSON `null`, which clears it on the server (chainable);
    /// `set_home_directory` takes it back.
    #[inline]
    pub fn clear_home_directory(mut self) -> Self {
        self.home_directory = None;
        self.unknown_fields.insert("homeDirectory".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `operatingSystemType` (chainable).
    pub fn set_operating_system_type(mut self, value: impl Into<String>) -> Self {
        self.operating_system_type = Some(value.into());
        self.unknown_fields.remove("operatingSystemType");
        self
    }

    /// Sends `operatingSystemType` as JSON `null`, which clears it on the server (chainable);
    /// `set_operating_system_type` takes it back.
    #[inline]
    pub fn clear_operating_system_type(mut self) -> Self {
        self.operating_system_type = None;
        self.unknown_fields
            .insert("operatingSystemType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `primary` (chainable).
    pub fn set_primary(mut self, value: impl Into<bool>) -> Self {
        self.primary = Some(value.into());
        self.unknown_fields.remove("primary");
        self
    }

    /// Sends `primary` as JSON `null`, which clears it on the server (chainable); `set_primary`
    /// takes it back.
    #[inline]
    pub fn clear_primary(mut self) -> Self {
        self.primary = None;
        self.unknown_fields.insert("primary".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `shell` (chainable).
    pub fn set_shell(mut self, value: impl Into<String>) -> Self {
        self.shell = Some(value.into());
        self.unknown_fields.remove("shell");
        self
    }

    /// Sends `shell` as JSON `null`, which clears it on the server (chainable); `set_shell` takes
    /// it back.
    #[inline]
    pub fn clear_shell(mut self) -> Self {
        self.shell = None;
        self.unknown_fields.insert("shell".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `systemId` (chainable).
    pub fn set_system_id(mut self, value: impl Into<String>) -> Self {
        self.system_id = Some(value.into());
        self.unknown_fields.remove("systemId");
        self
    }

    /// Sends `systemId` as JSON `null`, which clears it on the server (chainable); `set_system_id`
    /// takes it back.
    #[inline]
    pub fn clear_system_id(mut self) -> Self {
        self.system_id = None;
        self.unknown_fields.insert("systemId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `uid` (chainable).
    pub fn set_uid(mut self, value: impl Into<u64>) -> Self {
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

    /// Sets `username` (chainable).
    pub fn set_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self.unknown_fields.remove("username");
        self
    }

    /// Sends `username` as JSON `null`, which clears it on the server (chainable); `set_username`
    /// takes it back.
    #[inline]
    pub fn clear_username(mut self) -> Self {
        self.username = None;
        self.unknown_fields.insert("username".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UserPosixAccount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.account_id {
            map.serialize_entry("accountId", value)?;
        }
        if let Some(value) = &self.gecos {
            map.serialize_entry("gecos", value)?;
        }
        if self.gid.is_some() {
            map.serialize_entry(
                "gid",
                &wire::Out::<Option<u64>, Option<wire::U64>>::new(&self.gid),
            )?;
        }
        if let Some(value) = &self.home_directory {
            map.serialize_entry("homeDirectory", value)?;
        }
        if let Some(value) = &self.operating_system_type {
            map.serialize_entry("operatingSystemType", value)?;
        }
        if let Some(value) = &self.primary {
            map.serialize_entry("primary", value)?;
        }
        if let Some(value) = &self.shell {
            map.serialize_entry("shell", value)?;
        }
        if let Some(value) = &self.system_id {
            map.serialize_entry("systemId", value)?;
        }
        if self.uid.is_some() {
            map.serialize_entry(
                "uid",
                &wire::Out::<Option<u64>, Option<wire::U64>>::new(&self.uid),
            )?;
        }
        if let Some(value) = &self.username {
            map.serialize_entry("username", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserPosixAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UserPosixAccount {
    const NAME: &'static str = "UserPosixAccount";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "accountId" => self.account_id = map.next_value()?,
            "gecos" => self.gecos = map.next_value()?,
            "gid" => {
                self.gid = map
                    .next_value::<wire::In<Option<u64>, Option<wire::U64>>>()?
                    .0;
            }
            "homeDirectory" => self.home_directory = map.next_value()?,
            "operatingSystemType" => self.operating_system_type = map.next_value()?,
            "primary" => self.primary = map.next_value()?,
            "shell" => self.shell = map.next_value()?,
            "systemId" => self.system_id = map.next_value()?,
            "uid" => {
                self.uid = map
                    .next_value::<wire::In<Option<u64>, Option<wire::U64>>>()?
                    .0;
            }
            "username" => self.username = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
