use crate::runtime::{impl_open_enum, wire};

/// A product permissions resource represents the set of permissions required by a specific app
/// and whether or not they have been accepted by an enterprise admin. The API can be used to
/// read the set of permissions, and also to update the set to indicate that permissions have
/// been accepted.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ProductPermission {
    /// An opaque string uniquely identifying the permission.
    pub permission_id: Option<String>,
    /// Whether the permission has been accepted or not.
    pub state: Option<crate::schemas::ProductPermissionState>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ProductPermission {
    /// Sets `permissionId` (chainable).
    pub fn set_permission_id(mut self, value: impl Into<String>) -> Self {
        self.permission_id = Some(value.into());
        self.unknown_fields.remove("permissionId");
        self
    }

    /// Sends `permissionId` as JSON `null`, which clears it on the server (chainable);
    /// `set_permission_id` takes it back.
    #[inline]
    pub fn clear_permission_id(mut self) -> Self {
        self.permission_id = None;
        self.unknown_fields.insert("permissionId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `state` (chainable).
    pub fn set_state(
        mut self,
        value: impl Into<crate::schemas::ProductPermissionState>,
    ) -> Self {
        self.state = Some(value.into());
        self.unknown_fields.remove("state");
        self
    }

    /// Sends `state` as JSON `null`, which clears it on the server (chainable); `set_state` takes
    /// it back.
    #[inline]
    pub fn clear_state(mut self) -> Self {
        self.state = None;
        self.unknown_fields.insert("state".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ProductPermission {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.permission_id {
            map.serialize_entry("permissionId", value)?;
        }
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductPermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ProductPermission {
    const NAME: &'static str = "ProductPermission";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "permissionId" => self.permission_id = map.next_value()?,
            "state" => self.state = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Whether the permission has been accepted or not.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ProductPermissionState {
    /// The permission is required by the app but has not yet been accepted by the enterprise.
    ///
    /// `required` on the wire.
    #[default]
    Required,
    /// The permission has been accepted by the enterprise.
    ///
    /// `accepted` on the wire.
    Accepted,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ProductPermissionState {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Required => "required",
            Self::Accepted => "accepted",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "required" => Self::Required,
            "accepted" => Self::Accepted,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ProductPermissionState);
