use crate::runtime::{wire, Timestamp};

/// An object.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Object {
    /// Access controls on the object.
    ///
    /// Required by: `storage.objects.update`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acl: Option<Vec<crate::schemas::ObjectAccessControl>>,
    /// The name of the bucket containing this object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// Cache-Control directive for the object data. If omitted, and the object is accessible to all
    /// anonymous users, the default will be public, max-age=3600.
    #[serde(rename = "cacheControl", default, skip_serializing_if = "Option::is_none")]
    pub cache_control: Option<String>,
    /// Number of underlying components that make up this object. Components are accumulated by
    /// compose operations.
    #[serde(rename = "componentCount", default, skip_serializing_if = "Option::is_none")]
    pub component_count: Option<i32>,
    /// Content-Disposition of the object data.
    #[serde(
        rename = "contentDisposition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_disposition: Option<String>,
    /// Content-Encoding of the object data.
    #[serde(
        rename = "contentEncoding",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_encoding: Option<String>,
    /// Content-Language of the object data.
    #[serde(
        rename = "contentLanguage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_language: Option<String>,
    /// Content-Type of the object data. If an object is stored without a Content-Type, it is served
    /// as application/octet-stream.
    #[serde(rename = "contentType", default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// User-defined or system-defined object contexts. Each object context is a key-payload pair,
    /// where the key provides the identification and the payload holds the associated value and
    /// additional metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contexts: Option<crate::schemas::ObjectContexts>,
    /// CRC32c checksum, as described in RFC 4960, Appendix B; encoded using base64 in big-endian
    /// byte order. For more information about using the CRC32c checksum, see [Data Validation and
    /// Change Detection](https://cloud.google.com/storage/docs/data-validation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crc32c: Option<String>,
    /// A timestamp in RFC 3339 format specified by the user for an object.
    #[serde(rename = "customTime", default, skip_serializing_if = "Option::is_none")]
    pub custom_time: Option<Timestamp>,
    /// Metadata of customer-supplied encryption key, if the object is encrypted by such a key.
    #[serde(
        rename = "customerEncryption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_encryption: Option<crate::schemas::ObjectCustomerEncryption>,
    /// HTTP 1.1 Entity tag for the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Whether an object is under event-based hold. Event-based hold is a way to retain objects
    /// until an event occurs, which is signified by the hold's release (i.e. this value is set to
    /// false). After being released (set to false), such objects will be subject to bucket-level
    /// retention (if any). One sample use case of this flag is for banks to hold loan documents for
    /// at least 3 years after loan is paid in full. Here, bucket-level retention is 3 years and the
    /// event is the loan being paid in full. In this example, these objects will be held intact for
    /// any number of years until the event has occurred (event-based hold on the object is
    /// released) and then 3 more years after that. That means retention duration of the objects
    /// begins from the moment event-based hold transitioned from true to false.
    #[serde(rename = "eventBasedHold", default, skip_serializing_if = "Option::is_none")]
    pub event_based_hold: Option<bool>,
    /// The content generation of this object. Used for object versioning.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub generation: Option<i64>,
    /// This is the time (in the future) when the soft-deleted object will no longer be restorable.
    /// It is equal to the soft delete time plus the current soft delete retention duration of the
    /// bucket.
    #[serde(rename = "hardDeleteTime", default, skip_serializing_if = "Option::is_none")]
    pub hard_delete_time: Option<Timestamp>,
    /// The ID of the object, including the bucket name, object name, and generation number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For objects, this is always storage#object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Not currently supported. Specifying the parameter causes the request to fail with status
    /// code 400 - Bad Request.
    #[serde(rename = "kmsKeyName", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_name: Option<String>,
    /// MD5 hash of the data; encoded using base64. For more information about using the MD5 hash,
    /// see [Data Validation and Change
    /// Detection](https://cloud.google.com/storage/docs/data-validation).
    #[serde(rename = "md5Hash", default, skip_serializing_if = "Option::is_none")]
    pub md5_hash: Option<String>,
    /// Media download link.
    #[serde(rename = "mediaLink", default, skip_serializing_if = "Option::is_none")]
    pub media_link: Option<String>,
    /// User-provided metadata, in key/value pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The version of the metadata for this object at this generation. Used for preconditions and
    /// for detecting changes in metadata. A metageneration number is only meaningful in the context
    /// of a particular generation of a particular object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::I64>>"
    )]
    pub metageneration: Option<i64>,
    /// The name of the object. Required if not specified by URL parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The owner of the object. This will always be the uploader of the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<crate::schemas::ObjectOwner>,
    /// Restore token used to differentiate deleted objects with the same name and generation. This
    /// field is only returned for deleted objects in hierarchical namespace buckets.
    #[serde(rename = "restoreToken", default, skip_serializing_if = "Option::is_none")]
    pub restore_token: Option<String>,
    /// A collection of object level retention parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<crate::schemas::ObjectRetention>,
    /// A server-determined value that specifies the earliest time that the object's retention
    /// period expires. This value is in RFC 3339 format. Note 1: This field is not provided for
    /// objects with an active event-based hold, since retention expiration is unknown until the
    /// hold is removed. Note 2: This value can be provided even when temporary hold is set (so that
    /// the user can reason about policy without having to first unset the temporary hold).
    #[serde(
        rename = "retentionExpirationTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retention_expiration_time: Option<Timestamp>,
    /// The link to this object.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// Content-Length of the data in bytes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "wire::As::<Option<wire::U64>>"
    )]
    pub size: Option<u64>,
    /// The time at which the object became soft-deleted in RFC 3339 format.
    #[serde(rename = "softDeleteTime", default, skip_serializing_if = "Option::is_none")]
    pub soft_delete_time: Option<Timestamp>,
    /// Storage class of the object.
    #[serde(rename = "storageClass", default, skip_serializing_if = "Option::is_none")]
    pub storage_class: Option<String>,
    /// Whether an object is under temporary hold. While this flag is set to true, the object is
    /// protected against deletion and overwrites. A common use case of this flag is regulatory
    /// investigations where objects need to be retained while the investigation is ongoing. Note
    /// that unlike event-based hold, temporary hold does not impact retention expiration time of an
    /// object.
    #[serde(rename = "temporaryHold", default, skip_serializing_if = "Option::is_none")]
    pub temporary_hold: Option<bool>,
    /// The creation time of the object in RFC 3339 format.
    #[serde(rename = "timeCreated", default, skip_serializing_if = "Option::is_none")]
    pub time_created: Option<Timestamp>,
    /// The time at which the object became noncurrent in RFC 3339 format. Will be returned if and
    /// only if this version of the object has been deleted.
    #[serde(rename = "timeDeleted", default, skip_serializing_if = "Option::is_none")]
    pub time_deleted: Option<Timestamp>,
    /// The time when the object was finalized.
    #[serde(rename = "timeFinalized", default, skip_serializing_if = "Option::is_none")]
    pub time_finalized: Option<Timestamp>,
    /// The time at which the object's storage class was last changed. When the object is initially
    /// created, it will be set to timeCreated.
    #[serde(
        rename = "timeStorageClassUpdated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub time_storage_class_updated: Option<Timestamp>,
    /// The modification time of the object metadata in RFC 3339 format. Set initially to object
    /// creation time and then updated whenever any metadata of the object changes. This includes
    /// changes made by a requester, such as modifying custom metadata, as well as changes made by
    /// Cloud Storage on behalf of a requester, such as changing the storage class based on an
    /// Object Lifecycle Configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl Object {
    /// Sets `acl` (chainable).
    pub fn set_acl(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ObjectAccessControl>>,
    ) -> Self {
        self.acl = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("acl");
        self
    }

    /// Sends `acl` as JSON `null`, which clears it on the server (chainable); `set_acl` takes it
    /// back.
    #[inline]
    pub fn clear_acl(mut self) -> Self {
        self.acl = None;
        self.unknown_fields.insert("acl".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `bucket` (chainable).
    pub fn set_bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self.unknown_fields.remove("bucket");
        self
    }

    /// Sends `bucket` as JSON `null`, which clears it on the server (chainable); `set_bucket` takes
    /// it back.
    #[inline]
    pub fn clear_bucket(mut self) -> Self {
        self.bucket = None;
        self.unknown_fields.insert("bucket".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cacheControl` (chainable).
    pub fn set_cache_control(mut self, value: impl Into<String>) -> Self {
        self.cache_control = Some(value.into());
        self.unknown_fields.remove("cacheControl");
        self
    }

    /// Sends `cacheControl` as JSON `null`, which clears it on the server (chainable);
    /// `set_cache_control` takes it back.
    #[inline]
    pub fn clear_cache_control(mut self) -> Self {
        self.cache_control = None;
        self.unknown_fields.insert("cacheControl".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `componentCount` (chainable).
    pub fn set_component_count(mut self, value: impl Into<i32>) -> Self {
        self.component_count = Some(value.into());
        self.unknown_fields.remove("componentCount");
        self
    }

    /// Sends `componentCount` as JSON `null`, which clears it on the server (chainable);
    /// `set_component_count` takes it back.
    #[inline]
    pub fn clear_component_count(mut self) -> Self {
        self.component_count = None;
        self.unknown_fields.insert("componentCount".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `contentDisposition` (chainable).
    pub fn set_content_disposition(mut self, value: impl Into<String>) -> Self {
        self.content_disposition = Some(value.into());
        self.unknown_fields.remove("contentDisposition");
        self
    }

    /// Sends `contentDisposition` as JSON `null`, which clears it on the server (chainable);
    /// `set_content_disposition` takes it back.
    #[inline]
    pub fn clear_content_disposition(mut self) -> Self {
        self.content_disposition = None;
        self.unknown_fields
            .insert("contentDisposition".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `contentEncoding` (chainable).
    pub fn set_content_encoding(mut self, value: impl Into<String>) -> Self {
        self.content_encoding = Some(value.into());
        self.unknown_fields.remove("contentEncoding");
        self
    }

    /// Sends `contentEncoding` as JSON `null`, which clears it on the server (chainable);
    /// `set_content_encoding` takes it back.
    #[inline]
    pub fn clear_content_encoding(mut self) -> Self {
        self.content_encoding = None;
        self.unknown_fields
            .insert("contentEncoding".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `contentLanguage` (chainable).
    pub fn set_content_language(mut self, value: impl Into<String>) -> Self {
        self.content_language = Some(value.into());
        self.unknown_fields.remove("contentLanguage");
        self
    }

    /// Sends `contentLanguage` as JSON `null`, which clears it on the server (chainable);
    /// `set_content_language` takes it back.
    #[inline]
    pub fn clear_content_language(mut self) -> Self {
        self.content_language = None;
        self.unknown_fields
            .insert("contentLanguage".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `contentType` (chainable).
    pub fn set_content_type(mut self, value: impl Into<String>) -> Self {
        self.content_type = Some(value.into());
        self.unknown_fields.remove("contentType");
        self
    }

    /// Sends `contentType` as JSON `null`, which clears it on the server (chainable);
    /// `set_content_type` takes it back.
    #[inline]
    pub fn clear_content_type(mut self) -> Self {
        self.content_type = None;
        self.unknown_fields.insert("contentType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `contexts` (chainable).
    pub fn set_contexts(
        mut self,
        value: impl Into<crate::schemas::ObjectContexts>,
    ) -> Self {
        self.contexts = Some(value.into());
        self.unknown_fields.remove("contexts");
        self
    }

    /// Sends `contexts` as JSON `null`, which clears it on the server (chainable); `set_contexts`
    /// takes it back.
    #[inline]
    pub fn clear_contexts(mut self) -> Self {
        self.contexts = None;
        self.unknown_fields.insert("contexts".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `crc32c` (chainable).
    pub fn set_crc32c(mut self, value: impl Into<String>) -> Self {
        self.crc32c = Some(value.into());
        self.unknown_fields.remove("crc32c");
        self
    }

    /// Sends `crc32c` as JSON `null`, which clears it on the server (chainable); `set_crc32c` takes
    /// it back.
    #[inline]
    pub fn clear_crc32c(mut self) -> Self {
        self.crc32c = None;
        self.unknown_fields.insert("crc32c".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customTime` (chainable).
    pub fn set_custom_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.custom_time = Some(value.into());
        self.unknown_fields.remove("customTime");
        self
    }

    /// Sends `customTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_time` takes it back.
    #[inline]
    pub fn clear_custom_time(mut self) -> Self {
        self.custom_time = None;
        self.unknown_fields.insert("customTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customerEncryption` (chainable).
    pub fn set_customer_encryption(
        mut self,
        value: impl Into<crate::schemas::ObjectCustomerEncryption>,
    ) -> Self {
        self.customer_encryption = Some(value.into());
        self.unknown_fields.remove("customerEncryption");
        self
    }

    /// Sends `customerEncryption` as JSON `null`, which clears it on the server (chainable);
    /// `set_customer_encryption` takes it back.
    #[inline]
    pub fn clear_customer_encryption(mut self) -> Self {
        self.customer_encryption = None;
        self.unknown_fields
            .insert("customerEncryption".to_owned(), serde_json::Value::Null);
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

    /// Sets `eventBasedHold` (chainable).
    pub fn set_event_based_hold(mut self, value: impl Into<bool>) -> Self {
        self.event_based_hold = Some(value.into());
        self.unknown_fields.remove("eventBasedHold");
        self
    }

    /// Sends `eventBasedHold` as JSON `null`, which clears it on the server (chainable);
    /// `set_event_based_hold` takes it back.
    #[inline]
    pub fn clear_event_based_hold(mut self) -> Self {
        self.event_based_hold = None;
        self.unknown_fields.insert("eventBasedHold".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `generation` (chainable).
    pub fn set_generation(mut self, value: impl Into<i64>) -> Self {
        self.generation = Some(value.into());
        self.unknown_fields.remove("generation");
        self
    }

    /// Sends `generation` as JSON `null`, which clears it on the server (chainable);
    /// `set_generation` takes it back.
    #[inline]
    pub fn clear_generation(mut self) -> Self {
        self.generation = None;
        self.unknown_fields.insert("generation".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `hardDeleteTime` (chainable).
    pub fn set_hard_delete_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.hard_delete_time = Some(value.into());
        self.unknown_fields.remove("hardDeleteTime");
        self
    }

    /// Sends `hardDeleteTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_hard_delete_time` takes it back.
    #[inline]
    pub fn clear_hard_delete_time(mut self) -> Self {
        self.hard_delete_time = None;
        self.unknown_fields.insert("hardDeleteTime".to_owned(), serde_json::Value::Null);
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

    /// Sets `kmsKeyName` (chainable).
    pub fn set_kms_key_name(mut self, value: impl Into<String>) -> Self {
        self.kms_key_name = Some(value.into());
        self.unknown_fields.remove("kmsKeyName");
        self
    }

    /// Sends `kmsKeyName` as JSON `null`, which clears it on the server (chainable);
    /// `set_kms_key_name` takes it back.
    #[inline]
    pub fn clear_kms_key_name(mut self) -> Self {
        self.kms_key_name = None;
        self.unknown_fields.insert("kmsKeyName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `md5Hash` (chainable).
    pub fn set_md5_hash(mut self, value: impl Into<String>) -> Self {
        self.md5_hash = Some(value.into());
        self.unknown_fields.remove("md5Hash");
        self
    }

    /// Sends `md5Hash` as JSON `null`, which clears it on the server (chainable); `set_md5_hash`
    /// takes it back.
    #[inline]
    pub fn clear_md5_hash(mut self) -> Self {
        self.md5_hash = None;
        self.unknown_fields.insert("md5Hash".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mediaLink` (chainable).
    pub fn set_media_link(mut self, value: impl Into<String>) -> Self {
        self.media_link = Some(value.into());
        self.unknown_fields.remove("mediaLink");
        self
    }

    /// Sends `mediaLink` as JSON `null`, which clears it on the server (chainable);
    /// `set_media_link` takes it back.
    #[inline]
    pub fn clear_media_link(mut self) -> Self {
        self.media_link = None;
        self.unknown_fields.insert("mediaLink".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `metadata` (chainable).
    pub fn set_metadata(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.metadata = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("metadata");
        self
    }

    /// Sends `metadata` as JSON `null`, which clears it on the server (chainable); `set_metadata`
    /// takes it back.
    #[inline]
    pub fn clear_metadata(mut self) -> Self {
        self.metadata = None;
        self.unknown_fields.insert("metadata".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `metageneration` (chainable).
    pub fn set_metageneration(mut self, value: impl Into<i64>) -> Self {
        self.metageneration = Some(value.into());
        self.unknown_fields.remove("metageneration");
        self
    }

    /// Sends `metageneration` as JSON `null`, which clears it on the server (chainable);
    /// `set_metageneration` takes it back.
    #[inline]
    pub fn clear_metageneration(mut self) -> Self {
        self.metageneration = None;
        self.unknown_fields.insert("metageneration".to_owned(), serde_json::Value::Null);
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

    /// Sets `owner` (chainable).
    pub fn set_owner(mut self, value: impl Into<crate::schemas::ObjectOwner>) -> Self {
        self.owner = Some(value.into());
        self.unknown_fields.remove("owner");
        self
    }

    /// Sends `owner` as JSON `null`, which clears it on the server (chainable); `set_owner` takes
    /// it back.
    #[inline]
    pub fn clear_owner(mut self) -> Self {
        self.owner = None;
        self.unknown_fields.insert("owner".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `restoreToken` (chainable).
    pub fn set_restore_token(mut self, value: impl Into<String>) -> Self {
        self.restore_token = Some(value.into());
        self.unknown_fields.remove("restoreToken");
        self
    }

    /// Sends `restoreToken` as JSON `null`, which clears it on the server (chainable);
    /// `set_restore_token` takes it back.
    #[inline]
    pub fn clear_restore_token(mut self) -> Self {
        self.restore_token = None;
        self.unknown_fields.insert("restoreToken".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `retention` (chainable).
    pub fn set_retention(
        mut self,
        value: impl Into<crate::schemas::ObjectRetention>,
    ) -> Self {
        self.retention = Some(value.into());
        self.unknown_fields.remove("retention");
        self
    }

    /// Sends `retention` as JSON `null`, which clears it on the server (chainable); `set_retention`
    /// takes it back.
    #[inline]
    pub fn clear_retention(mut self) -> Self {
        self.retention = None;
        self.unknown_fields.insert("retention".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `retentionExpirationTime` (chainable).
    pub fn set_retention_expiration_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.retention_expiration_time = Some(value.into());
        self.unknown_fields.remove("retentionExpirationTime");
        self
    }

    /// Sends `retentionExpirationTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_retention_expiration_time` takes it back.
    #[inline]
    pub fn clear_retention_expiration_time(mut self) -> Self {
        self.retention_expiration_time = None;
        self.unknown_fields
            .insert("retentionExpirationTime".to_owned(), serde_json::Value::Null);
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

    /// Sets `size` (chainable).
    pub fn set_size(mut self, value: impl Into<u64>) -> Self {
        self.size = Some(value.into());
        self.unknown_fields.remove("size");
        self
    }

    /// Sends `size` as JSON `null`, which clears it on the server (chainable); `set_size` takes it
    /// back.
    #[inline]
    pub fn clear_size(mut self) -> Self {
        self.size = None;
        self.unknown_fields.insert("size".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `softDeleteTime` (chainable).
    pub fn set_soft_delete_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.soft_delete_time = Some(value.into());
        self.unknown_fields.remove("softDeleteTime");
        self
    }

    /// Sends `softDeleteTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_soft_delete_time` takes it back.
    #[inline]
    pub fn clear_soft_delete_time(mut self) -> Self {
        self.soft_delete_time = None;
        self.unknown_fields.insert("softDeleteTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `storageClass` (chainable).
    pub fn set_storage_class(mut self, value: impl Into<String>) -> Self {
        self.storage_class = Some(value.into());
        self.unknown_fields.remove("storageClass");
        self
    }

    /// Sends `storageClass` as JSON `null`, which clears it on the server (chainable);
    /// `set_storage_class` takes it back.
    #[inline]
    pub fn clear_storage_class(mut self) -> Self {
        self.storage_class = None;
        self.unknown_fields.insert("storageClass".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `temporaryHold` (chainable).
    pub fn set_temporary_hold(mut self, value: impl Into<bool>) -> Self {
        self.temporary_hold = Some(value.into());
        self.unknown_fields.remove("temporaryHold");
        self
    }

    /// Sends `temporaryHold` as JSON `null`, which clears it on the server (chainable);
    /// `set_temporary_hold` takes it back.
    #[inline]
    pub fn clear_temporary_hold(mut self) -> Self {
        self.temporary_hold = None;
        self.unknown_fields.insert("temporaryHold".to_owned(), serde_json::Value::Null);
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

    /// Sets `timeDeleted` (chainable).
    pub fn set_time_deleted(mut self, value: impl Into<Timestamp>) -> Self {
        self.time_deleted = Some(value.into());
        self.unknown_fields.remove("timeDeleted");
        self
    }

    /// Sends `timeDeleted` as JSON `null`, which clears it on the server (chainable);
    /// `set_time_deleted` takes it back.
    #[inline]
    pub fn clear_time_deleted(mut self) -> Self {
        self.time_deleted = None;
        self.unknown_fields.insert("timeDeleted".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `timeFinalized` (chainable).
    pub fn set_time_finalized(mut self, value: impl Into<Timestamp>) -> Self {
        self.time_finalized = Some(value.into());
        self.unknown_fields.remove("timeFinalized");
        self
    }

    /// Sends `timeFinalized` as JSON `null`, which clears it on the server (chainable);
    /// `set_time_finalized` takes it back.
    #[inline]
    pub fn clear_time_finalized(mut self) -> Self {
        self.time_finalized = None;
        self.unknown_fields.insert("timeFinalized".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `timeStorageClassUpdated` (chainable).
    pub fn set_time_storage_class_updated(
        mut self,
        value: impl Into<Timestamp>,
    ) -> Self {
        self.time_storage_class_updated = Some(value.into());
        self.unknown_fields.remove("timeStorageClassUpdated");
        self
    }

    /// Sends `timeStorageClassUpdated` as JSON `null`, which clears it on the server (chainable);
    /// `set_time_storage_class_updated` takes it back.
    #[inline]
    pub fn clear_time_storage_class_updated(mut self) -> Self {
        self.time_storage_class_updated = None;
        self.unknown_fields
            .insert("timeStorageClassUpdated".to_owned(), serde_json::Value::Null);
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

/// User-defined or system-defined object contexts. Each object context is a key-payload pair,
/// where the key provides the identification and the payload holds the associated value and
/// additional metadata.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ObjectContexts {
    /// User-defined object contexts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom: Option<
        std::collections::BTreeMap<String, crate::schemas::ObjectCustomContextPayload>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ObjectContexts {
    /// Sets `custom` (chainable).
    pub fn set_custom(
        mut self,
        value: impl IntoIterator<
            Item = (
                impl Into<String>,
                impl Into<crate::schemas::ObjectCustomContextPayload>,
            ),
        >,
    ) -> Self {
        self.custom = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("custom");
        self
    }

    /// Sends `custom` as JSON `null`, which clears it on the server (chainable); `set_custom` takes
    /// it back.
    #[inline]
    pub fn clear_custom(mut self) -> Self {
        self.custom = None;
        self.unknown_fields.insert("custom".to_owned(), serde_json::Value::Null);
        self
    }
}

/// Metadata of customer-supplied encryption key, if the object is encrypted by such a key.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ObjectCustomerEncryption {
    /// The encryption algorithm.
    #[serde(
        rename = "encryptionAlgorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub encryption_algorithm: Option<String>,
    /// SHA256 hash value of the encryption key.
    #[serde(rename = "keySha256", default, skip_serializing_if = "Option::is_none")]
    pub key_sha256: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ObjectCustomerEncryption {
    /// Sets `encryptionAlgorithm` (chainable).
    pub fn set_encryption_algorithm(mut self, value: impl Into<String>) -> Self {
        self.encryption_algorithm = Some(value.into());
        self.unknown_fields.remove("encryptionAlgorithm");
        self
    }

    /// Sends `encryptionAlgorithm` as JSON `null`, which clears it on the server (chainable);
    /// `set_encryption_algorithm` takes it back.
    #[inline]
    pub fn clear_encryption_algorithm(mut self) -> Self {
        self.encryption_algorithm = None;
        self.unknown_fields
            .insert("encryptionAlgorithm".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keySha256` (chainable).
    pub fn set_key_sha256(mut self, value: impl Into<String>) -> Self {
        self.key_sha256 = Some(value.into());
        self.unknown_fields.remove("keySha256");
        self
    }

    /// Sends `keySha256` as JSON `null`, which clears it on the server (chainable);
    /// `set_key_sha256` takes it back.
    #[inline]
    pub fn clear_key_sha256(mut self) -> Self {
        self.key_sha256 = None;
        self.unknown_fields.insert("keySha256".to_owned(), serde_json::Value::Null);
        self
    }
}

/// The owner of the object. This will always be the uploader of the object.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ObjectOwner {
    /// The entity, in the form user-userId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The ID for the entity.
    #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ObjectOwner {
    /// Sets `entity` (chainable).
    pub fn set_entity(mut self, value: impl Into<String>) -> Self {
        self.entity = Some(value.into());
        self.unknown_fields.remove("entity");
        self
    }

    /// Sends `entity` as JSON `null`, which clears it on the server (chainable); `set_entity` takes
    /// it back.
    #[inline]
    pub fn clear_entity(mut self) -> Self {
        self.entity = None;
        self.unknown_fields.insert("entity".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `entityId` (chainable).
    pub fn set_entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self.unknown_fields.remove("entityId");
        self
    }

    /// Sends `entityId` as JSON `null`, which clears it on the server (chainable); `set_entity_id`
    /// takes it back.
    #[inline]
    pub fn clear_entity_id(mut self) -> Self {
        self.entity_id = None;
        self.unknown_fields.insert("entityId".to_owned(), serde_json::Value::Null);
        self
    }
}

/// A collection of object level retention parameters.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ObjectRetention {
    /// The bucket's object retention mode, can only be Unlocked or Locked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// A time in RFC 3339 format until which object retention protects this object.
    #[serde(
        rename = "retainUntilTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retain_until_time: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl ObjectRetention {
    /// Sets `mode` (chainable).
    pub fn set_mode(mut self, value: impl Into<String>) -> Self {
        self.mode = Some(value.into());
        self.unknown_fields.remove("mode");
        self
    }

    /// Sends `mode` as JSON `null`, which clears it on the server (chainable); `set_mode` takes it
    /// back.
    #[inline]
    pub fn clear_mode(mut self) -> Self {
        self.mode = None;
        self.unknown_fields.insert("mode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `retainUntilTime` (chainable).
    pub fn set_retain_until_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.retain_until_time = Some(value.into());
        self.unknown_fields.remove("retainUntilTime");
        self
    }

    /// Sends `retainUntilTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_retain_until_time` takes it back.
    #[inline]
    pub fn clear_retain_until_time(mut self) -> Self {
        self.retain_until_time = None;
        self.unknown_fields
            .insert("retainUntilTime".to_owned(), serde_json::Value::Null);
        self
    }
}
