use crate::runtime::wire;

/// A bucket/object/managedFolder IAM policy.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Policy {
    /// An association between a role, which comes with a set of permissions, and members who may
    /// assume that role.
    ///
    /// Required by: `storage.buckets.setIamPolicy`, `storage.objects.setIamPolicy`,
    /// `storage.managedFolders.setIamPolicy`.
    pub bindings: Option<Vec<crate::schemas::PolicyBindings>>,
    /// HTTP 1.1  Entity tag for the policy.
    pub etag: Option<Vec<u8>>,
    /// The kind of item this is. For policies, this is always storage#policy. This field is ignored
    /// on input.
    pub kind: Option<String>,
    /// The ID of the resource to which this policy belongs. Will be of the form
    /// projects/_/buckets/bucket for buckets, projects/_/buckets/bucket/objects/object for objects,
    /// and projects/_/buckets/bucket/managedFolders/managedFolder. A specific generation may be
    /// specified by appending #generationNumber to the end of the object name, e.g.
    /// projects/_/buckets/my-bucket/objects/data.txt#17. The current generation can be denoted with
    /// #0. This field is ignored on input.
    pub resource_id: Option<String>,
    /// The IAM policy format version.
    pub version: Option<i32>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Policy {
    /// Sets `bindings` (chainable).
    pub fn set_bindings(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::PolicyBindings>>,
    ) -> Self {
        self.bindings = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("bindings");
        self
    }

    /// Sends `bindings` as JSON `null`, which clears it on the server (chainable); `set_bindings`
    /// takes it back.
    #[inline]
    pub fn clear_bindings(mut self) -> Self {
        self.bindings = None;
        self.unknown_fields.insert("bindings".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<Vec<u8>>) -> Self {
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

    /// Sets `resourceId` (chainable).
    pub fn set_resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self.unknown_fields.remove("resourceId");
        self
    }

    /// Sends `resourceId` as JSON `null`, which clears it on the server (chainable);
    /// `set_resource_id` takes it back.
    #[inline]
    pub fn clear_resource_id(mut self) -> Self {
        self.resource_id = None;
        self.unknown_fields.insert("resourceId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `version` (chainable).
    pub fn set_version(mut self, value: impl Into<i32>) -> Self {
        self.version = Some(value.into());
        self.unknown_fields.remove("version");
        self
    }

    /// Sends `version` as JSON `null`, which clears it on the server (chainable); `set_version`
    /// takes it back.
    #[inline]
    pub fn clear_version(mut self) -> Self {
        self.version = None;
        self.unknown_fields.insert("version".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Policy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.bindings {
            map.serialize_entry("bindings", value)?;
        }
        if self.etag.is_some() {
            map.serialize_entry(
                "etag",
                &wire::Out::<Option<Vec<u8>>, Option<wire::Base64>>::new(&self.etag),
            )?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.resource_id {
            map.serialize_entry("resourceId", value)?;
        }
        if let Some(value) = &self.version {
            map.serialize_entry("version", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Policy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Policy {
    const NAME: &'static str = "Policy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "bindings" => self.bindings = map.next_value()?,
            "etag" => {
                self.etag = map
                    .next_value::<wire::In<Option<Vec<u8>>, Option<wire::Base64>>>()?
                    .0;
            }
            "kind" => self.kind = map.next_value()?,
            "resourceId" => self.resource_id = map.next_value()?,
            "version" => self.version = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PolicyBindings {
    /// The condition that is associated with this binding. NOTE: an unsatisfied condition will not
    /// allow user access via current binding. Different bindings, including their conditions, are
    /// examined independently.
    pub condition: Option<crate::schemas::Expr>,
    /// A collection of identifiers for members who may assume the provided role. Recognized
    /// identifiers are as follows:
    /// - allUsers - A special identifier that represents anyone on the internet; with or without
    ///   a Google account.
    /// - allAuthenticatedUsers - A special identifier that represents anyone who is authenticated
    ///   with a Google account or a service account.
    /// - user:emailid - An email address that represents a specific account. For example,
    ///   user:alice@gmail.com or user:joe@example.com.
    /// - serviceAccount:emailid - An email address that represents a service account. For
    ///   example,  serviceAccount:my-other-app@appspot.gserviceaccount.com .
    /// - group:emailid - An email address that represents a Google group. For example,
    ///   group:admins@example.com.
    /// - domain:domain - A Google Apps domain name that represents all the users of that domain.
    ///   For example, domain:google.com or domain:example.com.
    /// - projectOwner:projectid - Owners of the given project. For example,
    ///   projectOwner:my-example-project
    /// - projectEditor:projectid - Editors of the given project. For example,
    ///   projectEditor:my-example-project
    /// - projectViewer:projectid - Viewers of the given project. For example,
    ///   projectViewer:my-example-project
    ///
    /// Required by: `storage.buckets.setIamPolicy`, `storage.objects.setIamPolicy`,
    /// `storage.managedFolders.setIamPolicy`.
    pub members: Option<Vec<String>>,
    /// The role to which members belong. Two types of roles are supported: new IAM roles, which
    /// grant permissions that do not map directly to those provided by ACLs, and legacy IAM roles,
    /// which do map directly to ACL permissions. All roles are of the format
    /// roles/storage.specificRole.
    /// The new IAM roles are:
    /// - roles/storage.admin - Full control of Google Cloud Storage resources.
    /// - roles/storage.objectViewer - Read-Only access to Google Cloud Storage objects.
    /// - roles/storage.objectCreator - Access to create objects in Google Cloud Storage.
    /// - roles/storage.objectAdmin - Full control of Google Cloud Storage objects.   The legacy
    ///   IAM roles are:
    /// - roles/storage.legacyObjectReader - Read-only access to objects without listing.
    ///   Equivalent to an ACL entry on an object with the READER role.
    /// - roles/storage.legacyObjectOwner - Read/write access to existing objects without listing.
    ///   Equivalent to an ACL entry on an object with the OWNER role.
    /// - roles/storage.legacyBucketReader - Read access to buckets with object listing.
    ///   Equivalent to an ACL entry on a bucket with the READER role.
    /// - roles/storage.legacyBucketWriter - Read access to buckets with object
    ///   listing/creation/deletion. Equivalent to an ACL entry on a bucket with the WRITER role.
    /// - roles/storage.legacyBucketOwner - Read and write access to existing buckets with object
    ///   listing/creation/deletion. Equivalent to an ACL entry on a bucket with the OWNER role.
    ///
    /// Required by: `storage.buckets.setIamPolicy`, `storage.objects.setIamPolicy`,
    /// `storage.managedFolders.setIamPolicy`.
    pub role: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PolicyBindings {
    /// Sets `condition` (chainable).
    pub fn set_condition(mut self, value: impl Into<crate::schemas::Expr>) -> Self {
        self.condition = Some(value.into());
        self.unknown_fields.remove("condition");
        self
    }

    /// Sends `condition` as JSON `null`, which clears it on the server (chainable); `set_condition`
    /// takes it back.
    #[inline]
    pub fn clear_condition(mut self) -> Self {
        self.condition = None;
        self.unknown_fields.insert("condition".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `members` (chainable).
    pub fn set_members(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.members = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("members");
        self
    }

    /// Sends `members` as JSON `null`, which clears it on the server (chainable); `set_members`
    /// takes it back.
    #[inline]
    pub fn clear_members(mut self) -> Self {
        self.members = None;
        self.unknown_fields.insert("members".to_owned(), serde_json::Value::Null);
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
}

impl serde::Serialize for PolicyBindings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.condition {
            map.serialize_entry("condition", value)?;
        }
        if let Some(value) = &self.members {
            map.serialize_entry("members", value)?;
        }
        if let Some(value) = &self.role {
            map.serialize_entry("role", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PolicyBindings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PolicyBindings {
    const NAME: &'static str = "PolicyBindings";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "condition" => self.condition = map.next_value()?,
            "members" => self.members = map.next_value()?,
            "role" => self.role = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
