use crate::runtime::wire;

/// Google Groups provide your users the ability to send messages to groups of people using the
/// group's email address. For more information about common tasks, see the [Developer's
/// Guide](https://developers.google.com/workspace/admin/directory/v1/guides/manage-groups). For
/// information about other types of groups, see the [Cloud Identity Groups API
/// documentation](https://cloud.google.com/identity/docs/groups). Note: The user calling the
/// API (or being impersonated by a service account) must have an assigned
/// [role](https://developers.google.com/workspace/admin/directory/v1/guides/manage-roles) that
/// includes Admin API Groups permissions, such as Super Admin or Groups Admin.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Group {
    /// Read-only. Value is `true` if this group was created by an administrator rather than a user.
    pub admin_created: Option<bool>,
    /// Read-only. The list of a group's alias email addresses. To add, update, or remove a group's
    /// aliases, use the `groups.aliases` methods. If edited in a group's POST or PUT request, the
    /// edit is ignored.
    pub aliases: Option<Vec<String>>,
    /// An extended description to help users determine the purpose of a group. For example, you can
    /// include information about who should join the group, the types of messages to send to the
    /// group, links to FAQs about the group, or related groups. Maximum length is `4,096`
    /// characters.
    pub description: Option<String>,
    /// The number of users that are direct members of the group. If a group is a member (child) of
    /// this group (the parent), members of the child group are not counted in the
    /// `directMembersCount` property of the parent group.
    pub direct_members_count: Option<i64>,
    /// The group's email address. If your account has multiple domains, select the appropriate
    /// domain for the email address. The `email` must be unique. This property is required when
    /// creating a group. Group email addresses are subject to the same character usage rules as
    /// usernames, see the [help center](https://support.google.com/a/answer/9193374) for details.
    ///
    /// Required by: `directory.groups.insert`.
    pub email: Option<String>,
    /// ETag of the resource.
    pub etag: Option<String>,
    /// Optional. The list of external IDs for the group, such as an immutable identifier from an
    /// external identity provider or directory sync client. Each entry contains a namespace and an
    /// ID value.
    pub external_ids: Option<Vec<crate::schemas::ExternalId>>,
    /// Read-only. The unique ID of a group. A group `id` can be used as a group request URI's
    /// `groupKey`.
    pub id: Option<String>,
    /// The type of the API resource. For Groups resources, the value is `admin#directory#group`.
    pub kind: Option<String>,
    /// The group's display name.
    pub name: Option<String>,
    /// Read-only. The list of the group's non-editable alias email addresses that are outside of
    /// the account's primary domain or subdomains. These are functioning email addresses used by
    /// the group. This is a read-only property returned in the API's response for a group. If
    /// edited in a group's POST or PUT request, the edit is ignored.
    pub non_editable_aliases: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Group {
    /// Sets `adminCreated` (chainable).
    pub fn set_admin_created(mut self, value: impl Into<bool>) -> Self {
        self.admin_created = Some(value.into());
        self.unknown_fields.remove("adminCreated");
        self
    }

    /// Sends `adminCreated` as JSON `null`, which clears it on the server (chainable);
    /// `set_admin_created` takes it back.
    #[inline]
    pub fn clear_admin_created(mut self) -> Self {
        self.admin_created = None;
        self.unknown_fields.insert("adminCreated".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `aliases` (chainable).
    pub fn set_aliases(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.aliases = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("aliases");
        self
    }

    /// Sends `aliases` as JSON `null`, which clears it on the server (chainable); `set_aliases`
    /// takes it back.
    #[inline]
    pub fn clear_aliases(mut self) -> Self {
        self.aliases = None;
        self.unknown_fields.insert("aliases".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `description` (chainable).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self.unknown_fields.remove("description");
        self
    }

    /// Sends `description` as JSON `null`, which clears it on the server (chainable);
    /// `set_description` takes it back.
    #[inline]
    pub fn clear_description(mut self) -> Self {
        self.description = None;
        self.unknown_fields.insert("description".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `directMembersCount` (chainable).
    pub fn set_direct_members_count(mut self, value: impl Into<i64>) -> Self {
        self.direct_members_count = Some(value.into());
        self.unknown_fields.remove("directMembersCount");
        self
    }

    /// Sends `directMembersCount` as JSON `null`, which clears it on the server (chainable);
    /// `set_direct_members_count` takes it back.
    #[inline]
    pub fn clear_direct_members_count(mut self) -> Self {
        self.direct_members_count = None;
        self.unknown_fields
            .insert("directMembersCount".to_owned(), serde_json::Value::Null);
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

    /// Sets `externalIds` (chainable).
    pub fn set_external_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ExternalId>>,
    ) -> Self {
        self.external_ids = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("externalIds");
        self
    }

    /// Sends `externalIds` as JSON `null`, which clears it on the server (chainable);
    /// `set_external_ids` takes it back.
    #[inline]
    pub fn clear_external_ids(mut self) -> Self {
        self.external_ids = None;
        self.unknown_fields.insert("externalIds".to_owned(), serde_json::Value::Null);
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

    /// Sets `name` (chainable).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self.unknown_fields.remove("name");
        self
    }

    /// Sends `name` as JSON `null`, which clears it on the server (chainable); `set_name` takes it
    /// back.
    #[inline]
    pub fn clear_name(mut self) -> Self {
        self.name = None;
        self.unknown_fields.insert("name".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `nonEditableAliases` (chainable).
    pub fn set_non_editable_aliases(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.non_editable_aliases = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("nonEditableAliases");
        self
    }

    /// Sends `nonEditableAliases` as JSON `null`, which clears it on the server (chainable);
    /// `set_non_editable_aliases` takes it back.
    #[inline]
    pub fn clear_non_editable_aliases(mut self) -> Self {
        self.non_editable_aliases = None;
        self.unknown_fields
            .insert("nonEditableAliases".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Group {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.admin_created {
            map.serialize_entry("adminCreated", value)?;
        }
        if let Some(value) = &self.aliases {
            map.serialize_entry("aliases", value)?;
        }
        if let Some(value) = &self.description {
            map.serialize_entry("description", value)?;
        }
        if self.direct_members_count.is_some() {
            map.serialize_entry(
                "directMembersCount",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.direct_members_count),
            )?;
        }
        if let Some(value) = &self.email {
            map.serialize_entry("email", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.external_ids {
            map.serialize_entry("externalIds", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.non_editable_aliases {
            map.serialize_entry("nonEditableAliases", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Group {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Group {
    const NAME: &'static str = "Group";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "adminCreated" => self.admin_created = map.next_value()?,
            "aliases" => self.aliases = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "directMembersCount" => {
                self.direct_members_count = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "email" => self.email = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "externalIds" => self.external_ids = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "nonEditableAliases" => self.non_editable_aliases = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
