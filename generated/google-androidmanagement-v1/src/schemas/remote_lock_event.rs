use crate::runtime::wire;

/// The device or profile has been remotely locked via the LOCK command.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RemoteLockEvent {
    /// Package name of the admin app requesting the change.
    pub admin_package_name: Option<String>,
    /// User ID of the admin app from the which the change was requested.
    pub admin_user_id: Option<i32>,
    /// User ID in which the change was requested in.
    pub target_user_id: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl RemoteLockEvent {
    /// Sets `adminPackageName` (chainable).
    pub fn set_admin_package_name(mut self, value: impl Into<String>) -> Self {
        self.admin_package_name = Some(value.into());
        self.unknown_fields.remove("adminPackageName");
        self
    }

    /// Sends `adminPackageName` as JSON `null`, which clears it on the server (chainable);
    /// `set_admin_package_name` takes it back.
    #[inline]
    pub fn clear_admin_package_name(mut self) -> Self {
        self.admin_package_name = None;
        self.unknown_fields
            .insert("adminPackageName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `adminUserId` (chainable).
    pub fn set_admin_user_id(mut self, value: impl Into<i32>) -> Self {
        self.admin_user_id = Some(value.into());
        self.unknown_fields.remove("adminUserId");
        self
    }

    /// Sends `adminUserId` as JSON `null`, which clears it on the server (chainable);
    /// `set_admin_user_id` takes it back.
    #[inline]
    pub fn clear_admin_user_id(mut self) -> Self {
        self.admin_user_id = None;
        self.unknown_fields.insert("adminUserId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `targetUserId` (chainable).
    pub fn set_target_user_id(mut self, value: impl Into<i32>) -> Self {
        self.target_user_id = Some(value.into());
        self.unknown_fields.remove("targetUserId");
        self
    }

    /// Sends `targetUserId` as JSON `null`, which clears it on the server (chainable);
    /// `set_target_user_id` takes it back.
    #[inline]
    pub fn clear_target_user_id(mut self) -> Self {
        self.target_user_id = None;
        self.unknown_fields.insert("targetUserId".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for RemoteLockEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.admin_package_name {
            map.serialize_entry("adminPackageName", value)?;
        }
        if let Some(value) = &self.admin_user_id {
            map.serialize_entry("adminUserId", value)?;
        }
        if let Some(value) = &self.target_user_id {
            map.serialize_entry("targetUserId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RemoteLockEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for RemoteLockEvent {
    const NAME: &'static str = "RemoteLockEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "adminPackageName" => self.admin_package_name = map.next_value()?,
            "adminUserId" => self.admin_user_id = map.next_value()?,
            "targetUserId" => self.target_user_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
