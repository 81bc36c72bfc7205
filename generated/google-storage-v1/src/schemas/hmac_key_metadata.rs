use crate::runtime::{wire, Timestamp};

/// JSON template to produce a JSON-style HMAC Key metadata resource.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HmacKeyMetadata {
    /// The ID of the HMAC Key.
    pub access_id: Option<String>,
    /// HTTP 1.1 Entity tag for the HMAC key.
    pub etag: Option<String>,
    /// The ID of the HMAC key, including the Project ID and the Access ID.
    pub id: Option<String>,
    /// The kind of item this is. For HMAC Key metadata, this is always storage#hmacKeyMetadata.
    pub kind: Option<String>,
    /// Project ID owning the service account to which the key authenticates.
    pub project_id: Option<String>,
    /// The link to this resource.
    pub self_link: Option<String>,
    /// The email address of the key's associated service account.
    pub service_account_email: Option<String>,
    /// The state of the key. Can be one of ACTIVE, INACTIVE, or DELETED.
    pub state: Option<String>,
    /// The creation time of the HMAC key in RFC 3339 format.
    pub time_created: Option<Timestamp>,
    /// The last modification time of the HMAC key metadata in RFC 3339 format.
    pub updated: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl HmacKeyMetadata {
    /// Sets `accessId` (chainable).
    pub fn set_access_id(mut self, value: impl Into<String>) -> Self {
        self.access_id = Some(value.into());
        self.unknown_fields.remove("accessId");
        self
    }

    /// Sends `accessId` as JSON `null`, which clears it on the server (chainable); `set_access_id`
    /// takes it back.
    #[inline]
    pub fn clear_access_id(mut self) -> Self {
        self.access_id = None;
        self.unknown_fields.insert("accessId".to_owned(), serde_json::Value::Null);
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

    /// Sets `projectId` (chainable).
    pub fn set_project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self.unknown_fields.remove("projectId");
        self
    }

    /// Sends `projectId` as JSON `null`, which clears it on the server (chainable);
    /// `set_project_id` takes it back.
    #[inline]
    pub fn clear_project_id(mut self) -> Self {
        self.project_id = None;
        self.unknown_fields.insert("projectId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `selfLink` (chainable).
    pub fn set_self_link(mut self, value: impl Into<String>) -> Self {
        self.self_link = Some(value.into());
        self.unknown_fields.remove("selfLink");
        self
    }

    /// Sends `selfLink` as JSON `null`, which clears it on the server (chainable); `set_self_link`
    /// takes it back.
    #[inline]
    pub fn clear_self_link(mut self) -> Self {
        self.self_link = None;
        self.unknown_fields.insert("selfLink".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `serviceAccountEmail` (chainable).
    pub fn set_service_account_email(mut self, value: impl Into<String>) -> Self {
        self.service_account_email = Some(value.into());
        self.unknown_fields.remove("serviceAccountEmail");
        self
    }

    /// Sends `serviceAccountEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_service_account_email` takes it back.
    #[inline]
    pub fn clear_service_account_email(mut self) -> Self {
        self.service_account_email = None;
        self.unknown_fields
            .insert("serviceAccountEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `state` (chainable).
    pub fn set_state(mut self, value: impl Into<String>) -> Self {
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

    /// Sets `timeCreated` (chainable).
    pub fn set_time_created(mut self, value: impl Into<Timestamp>) -> Self {
        self.time_created = Some(value.into());
        self.unknown_fields.remove("timeCreated");
        self
    }

    /// Sends `timeCreated` as JSON `null`, which clears it on the server (chainable);
    /// `set_time_created` takes it back.
    #[inline]
    pub fn clear_time_created(mut self) -> Self {
        self.time_created = None;
        self.unknown_fields.insert("timeCreated".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `updated` (chainable).
    pub fn set_updated(mut self, value: impl Into<Timestamp>) -> Self {
        self.updated = Some(value.into());
        self.unknown_fields.remove("updated");
        self
    }

    /// Sends `updated` as JSON `null`, which clears it on the server (chainable); `set_updated`
    /// takes it back.
    #[inline]
    pub fn clear_updated(mut self) -> Self {
        self.updated = None;
        self.unknown_fields.insert("updated".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for HmacKeyMetadata {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.access_id {
            map.serialize_entry("accessId", value)?;
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
        if let Some(value) = &self.project_id {
            map.serialize_entry("projectId", value)?;
        }
        if let Some(value) = &self.self_link {
            map.serialize_entry("selfLink", value)?;
        }
        if let Some(value) = &self.service_account_email {
            map.serialize_entry("serviceAccountEmail", value)?;
        }
        if let Some(value) = &self.state {
            map.serialize_entry("state", value)?;
        }
        if let Some(value) = &self.time_created {
            map.serialize_entry("timeCreated", value)?;
        }
        if let Some(value) = &self.updated {
            map.serialize_entry("updated", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for HmacKeyMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for HmacKeyMetadata {
    const NAME: &'static str = "HmacKeyMetadata";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "accessId" => self.access_id = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "projectId" => self.project_id = map.next_value()?,
            "selfLink" => self.self_link = map.next_value()?,
            "serviceAccountEmail" => self.service_account_email = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "timeCreated" => self.time_created = map.next_value()?,
            "updated" => self.updated = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
