use crate::runtime::wire;

/// A Google Groups member can be a user or another group. This member can be inside or outside
/// of your account's domains. For more information about common group member tasks, see the
/// [Developer's
/// Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-group-members).
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Member {
    /// Defines mail delivery preferences of member. This field is only supported by `insert`,
    /// `update`, and `get` methods.
    pub delivery_settings: Option<String>,
    /// The member's email address. A member can be a user or another group. This property is
    /// required when adding a member to a group. The `email` must be unique and cannot be an alias
    /// of another group. If the email address is changed, the API automatically reflects the email
    /// address changes.
    pub email: Option<String>,
    /// ETag of the resource.
    pub etag: Option<String>,
    /// The unique ID of the group member. A member `id` can be used as a member request URI's
    /// `memberKey`.
    pub id: Option<String>,
    /// The type of the API resource. For Members resources, the value is `admin#directory#member`.
    pub kind: Option<String>,
    /// The member's role in a group. The API returns an error for cycles in group memberships. For
    /// example, if `group1` is a member of `group2`, `group2` cannot be a member of `group1`. For
    /// more information about a member's role, see the [administration help
    /// center](https://support.google.com/a/answer/167094).
    pub role: Option<String>,
    /// Status of member (Immutable)
    pub status: Option<String>,
    /// The type of group member.
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Member {
    /// Sets `delivery_settings` (chainable).
    pub fn set_delivery_settings(mut self, value: impl Into<String>) -> Self {
        self.delivery_settings = Some(value.into());
        self.unknown_fields.remove("delivery_settings");
        self
    }

    /// Sends `delivery_settings` as JSON `null`, which clears it on the server (chainable);
    /// `set_delivery_settings` takes it back.
    #[inline]
    pub fn clear_delivery_settings(mut self) -> Self {
        self.delivery_settings = None;
        self.unknown_fields
            .insert("delivery_settings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `email` (chainable).
    pub fn set_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self.unknown_fields.remove("email");
        self
    }

    /// Sends `email` as JSON `null`, which clears it on the server (chainable); `set_email` takes
    /// it back.
    #[inline]
    pub fn clear_email(mut self) -> Self {
        self.email = None;
        self.unknown_fields.insert("email".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self.unknown_fields.remove("etag");
        self
    }

    /// Sends `etag` as JSON `null`, which clears it on the server (chainable); `set_etag` takes it
    /// back.
    #[inline]
    pub fn clear_etag(mut self) -> Self {
        self.etag = None;
        self.unknown_fields.insert("etag".to_owned(), serde_json::Value::Null);
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

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `role` (chainable).
    pub fn set_role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self.unknown_fields.remove("role");
        self
    }

    /// Sends `role` as JSON `null`, which clears it on the server (chainable); `set_role` takes it
    /// back.
    #[inline]
    pub fn clear_role(mut self) -> Self {
        self.role = None;
        self.unknown_fields.insert("role".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `status` (chainable).
    pub fn set_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self.unknown_fields.remove("status");
        self
    }

    /// Sends `status` as JSON `null`, which clears it on the server (chainable); `set_status` takes
    /// it back.
    #[inline]
    pub fn clear_status(mut self) -> Self {
        self.status = None;
        self.unknown_fields.insert("status".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self.unknown_fields.remove("type");
        self
    }

    /// Sends `type` as JSON `null`, which clears it on the server (chainable); `set_type` takes it
    /// back.
    #[inline]
    pub fn clear_type(mut self) -> Self {
        self.type_ = None;
        self.unknown_fields.insert("type".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Member {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.delivery_settings {
            map.serialize_entry("delivery_settings", value)?;
        }
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.role {
            map.serialize_entry("role", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Member {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Member {
    const NAME: &'static str = "Member";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "delivery_settings" => self.delivery_settings = map.next_value()?,
            "email" => self.email = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "role" => self.role = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
