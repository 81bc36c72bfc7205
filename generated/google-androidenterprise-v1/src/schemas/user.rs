use crate::runtime::{impl_open_enum, wire};

/// A Users resource represents an account associated with an enterprise. The account may be
/// specific to a device or to an individual user (who can then use the account across multiple
/// devices). The account may provide access to managed Google Play only, or to other Google
/// services, depending on the identity model: - The Google managed domain identity model
/// requires synchronization to Google account sources (via primaryEmail). - The managed Google
/// Play Accounts identity model provides a dynamic means for enterprises to create user or
/// device accounts as needed. These accounts provide access to managed Google Play.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct User {
    /// A unique identifier you create for this user, such as "user342" or "asset#44418". Do not use
    /// personally identifiable information (PII) for this property. Must always be set for
    /// EMM-managed users. Not set for Google-managed users.
    ///
    /// Required by: `androidenterprise.users.insert`.
    pub account_identifier: Option<String>,
    /// The type of account that this user represents. A userAccount can be installed on multiple
    /// devices, but a deviceAccount is specific to a single device. An EMM-managed user
    /// (emmManaged) can be either type (userAccount, deviceAccount), but a Google-managed user
    /// (googleManaged) is always a userAccount.
    ///
    /// Required by: `androidenterprise.users.insert`.
    pub account_type: Option<crate::schemas::UserAccountType>,
    /// The name that will appear in user interfaces. Setting this property is optional when
    /// creating EMM-managed users. If you do set this property, use something generic about the
    /// organization (such as "Example, Inc.") or your name (as EMM). Not used for Google-managed
    /// user accounts. @mutable androidenterprise.users.update
    pub display_name: Option<String>,
    /// The unique ID for the user.
    pub id: Option<String>,
    /// The entity that manages the user. With googleManaged users, the source of truth is Google so
    /// EMMs have to make sure a Google Account exists for the user. With emmManaged users, the EMM
    /// is in charge.
    pub management_type: Option<crate::schemas::UserManagementType>,
    /// The user's primary email address, for example, "jsmith@example.com". Will always be set for
    /// Google managed users and not set for EMM managed users.
    pub primary_email: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl User {
    /// Sets `accountIdentifier` (chainable).
    pub fn set_account_identifier(mut self, value: impl Into<String>) -> Self {
        self.account_identifier = Some(value.into());
        self.unknown_fields.remove("accountIdentifier");
        self
    }

    /// Sends `accountIdentifier` as JSON `null`, which clears it on the server (chainable);
    /// `set_account_identifier` takes it back.
    #[inline]
    pub fn clear_account_identifier(mut self) -> Self {
        self.account_identifier = None;
        self.unknown_fields
            .insert("accountIdentifier".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `accountType` (chainable).
    pub fn set_account_type(
        mut self,
        value: impl Into<crate::schemas::UserAccountType>,
    ) -> Self {
        self.account_type = Some(value.into());
        self.unknown_fields.remove("accountType");
        self
    }

    /// Sends `accountType` as JSON `null`, which clears it on the server (chainable);
    /// `set_account_type` takes it back.
    #[inline]
    pub fn clear_account_type(mut self) -> Self {
        self.account_type = None;
        self.unknown_fields.insert("accountType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self.unknown_fields.remove("displayName");
        self
    }

    /// Sends `displayName` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_name` takes it back.
    #[inline]
    pub fn clear_display_name(mut self) -> Self {
        self.display_name = None;
        self.unknown_fields.insert("displayName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `managementType` (chainable).
    pub fn set_management_type(
        mut self,
        value: impl Into<crate::schemas::UserManagementType>,
    ) -> Self {
        self.management_type = Some(value.into());
        self.unknown_fields.remove("managementType");
        self
    }

    /// Sends `managementType` as JSON `null`, which clears it on the server (chainable);
    /// `set_management_type` takes it back.
    #[inline]
    pub fn clear_management_type(mut self) -> Self {
        self.management_type = None;
        self.unknown_fields.insert("managementType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `primaryEmail` (chainable).
    pub fn set_primary_email(mut self, value: impl Into<String>) -> Self {
        self.primary_email = Some(value.into());
        self.unknown_fields.remove("primaryEmail");
        self
    }

    /// Sends `primaryEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_primary_email` takes it back.
    #[inline]
    pub fn clear_primary_email(mut self) -> Self {
        self.primary_email = None;
        self.unknown_fields.insert("primaryEmail".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.account_identifier {
            map.serialize_entry("accountIdentifier", value)?;
        }
        if let Some(value) = &self.account_type {
            map.serialize_entry("accountType", value)?;
        }
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.management_type {
            map.serialize_entry("managementType", value)?;
        }
        if let Some(value) = &self.primary_email {
            map.serialize_entry("primaryEmail", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for User {
    const NAME: &'static str = "User";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "accountIdentifier" => self.account_identifier = map.next_value()?,
            "accountType" => self.account_type = map.next_value()?,
            "displayName" => self.display_name = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "managementType" => self.management_type = map.next_value()?,
            "primaryEmail" => self.primary_email = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The type of account that this user represents. A userAccount can be installed on multiple
/// devices, but a deviceAccount is specific to a single device. An EMM-managed user
/// (emmManaged) can be either type (userAccount, deviceAccount), but a Google-managed user
/// (googleManaged) is always a userAccount.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UserAccountType {
    /// `deviceAccount` on the wire.
    #[default]
    DeviceAccount,
    /// `userAccount` on the wire.
    UserAccount,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for UserAccountType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::DeviceAccount => "deviceAccount",
            Self::UserAccount => "userAccount",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "deviceAccount" => Self::DeviceAccount,
            "userAccount" => Self::UserAccount,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(UserAccountType);

/// The entity that manages the user. With googleManaged users, the source of truth is Google so
/// EMMs have to make sure a Google Account exists for the user. With emmManaged users, the EMM
/// is in charge.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UserManagementType {
    /// `googleManaged` on the wire.
    #[default]
    GoogleManaged,
    /// `emmManaged` on the wire.
    EmmManaged,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for UserManagementType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::GoogleManaged => "googleManaged",
            Self::EmmManaged => "emmManaged",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "googleManaged" => Self::GoogleManaged,
            "emmManaged" => Self::EmmManaged,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(UserManagementType);
