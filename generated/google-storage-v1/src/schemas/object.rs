use crate::runtime::{wire, Timestamp};

/// An object.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Object {
    /// Access controls on the object.
    ///
    /// Required by: `storage.objects.update`.
    pub acl: Option<Vec<crate::schemas::ObjectAccessControl>>,
    /// The name of the bucket containing this object.
    pub bucket: Option<String>,
    /// Cache-Control directive for the object data. If omitted, and the object is accessible to all
    /// anonymous users, the default will be public, max-age=3600.
    pub cache_control: Option<String>,
    /// Number of underlying components that make up this object. Components are accumulated by
    /// compose operations.
    pub component_count: Option<i32>,
    /// Content-Disposition of the object data.
    pub content_disposition: Option<String>,
    /// Content-Encoding of the object data.
    pub content_encoding: Option<String>,
    /// Content-Language of the object data.
    pub content_language: Option<String>,
    /// Content-Type of the object data. If an object is stored without a Content-Type, it is served
    /// as application/octet-stream.
    pub content_type: Option<String>,
    /// User-defined or system-defined object contexts. Each object context is a key-payload pair,
    /// where the key provides the identification and the payload holds the associated value and
    /// additional metadata.
    pub contexts: Option<crate::schemas::ObjectContexts>,
    /// CRC32c checksum, as described in RFC 4960, Appendix B; encoded using base64 in big-endian
    /// byte order. For more information about using the CRC32c checksum, see [Data Validation and
    /// Change Detection](https://cloud.google.com/storage/docs/data-validation).
    pub crc32c: Option<String>,
    /// A timestamp in RFC 3339 format specified by the user for an object.
    pub custom_time: Option<Timestamp>,
    /// Metadata of customer-supplied encryption key, if the object is encrypted by such a key.
    pub customer_encryption: Option<crate::schemas::ObjectCustomerEncryption>,
    /// HTTP 1.1 Entity tag for the object.
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
    pub event_based_hold: Option<bool>,
    /// The content generation of this object. Used for object versioning.
    pub generation: Option<i64>,
    /// This is the time (in the future) when the soft-deleted object will no longer be restorable.
    /// It is equal to the soft delete time plus the current soft delete retention duration of the
    /// bucket.
    pub hard_delete_time: Option<Timestamp>,
    /// The ID of the object, including the bucket name, object name, and generation number.
    pub id: Option<String>,
    /// The kind of item this is. For objects, this is always storage#object.
    pub kind: Option<String>,
    /// Not currently supported. Specifying the parameter causes the request to fail with status
    /// code 400 - Bad Request.
    pub kms_key_name: Option<String>,
    /// MD5 hash of the data; encoded using base64. For more information about using the MD5 hash,
    /// see [Data Validation and Change
    /// Detection](https://cloud.google.com/storage/docs/data-validation).
    pub md5_hash: Option<String>,
    /// Media download link.
    pub media_link: Option<String>,
    /// User-provided metadata, in key/value pairs.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The version of the metadata for this object at this generation. Used for preconditions and
    /// for detecting changes in metadata. A metageneration number is only meaningful in the context
    /// of a particular generation of a particular object.
    pub metageneration: Option<i64>,
    /// The name of the object. Required if not specified by URL parameter.
    pub name: Option<String>,
    /// The owner of the object. This will always be the uploader of the object.
    pub owner: Option<crate::schemas::ObjectOwner>,
    /// Restore token used to differentiate deleted objects with the same name and generation. This
    /// field is only returned for deleted objects in hierarchical namespace buckets.
    pub restore_token: Option<String>,
    /// A collection of object level retention parameters.
    pub retention: Option<crate::schemas::ObjectRetention>,
    /// A server-determined value that specifies the earliest time that the object's retention
    /// period expires. This value is in RFC 3339 format. Note 1: This field is not provided for
    /// objects with an active event-based hold, since retention expiration is unknown until the
    /// hold is removed. Note 2: This value can be provided even when temporary hold is set (so that
    /// the user can reason about policy without having to first unset the temporary hold).
    pub retention_expiration_time: Option<Timestamp>,
    /// The link to this object.
    pub self_link: Option<String>,
    /// Content-Length of the data in bytes.
    pub size: Option<u64>,
    /// The time at which the object became soft-deleted in RFC 3339 format.
    pub soft_delete_time: Option<Timestamp>,
    /// Storage class of the object.
    pub storage_class: Option<String>,
    /// Whether an object is under temporary hold. While this flag is set to true, the object is
    /// protected against deletion and overwrites. A common use case of this flag is regulatory
    /// investigations where objects need to be retained while the investigation is ongoing. Note
    /// that unlike event-based hold, temporary hold does not impact retention expiration time of an
    /// object.
    pub temporary_hold: Option<bool>,
    /// The creation time of the object in RFC 3339 format.
    pub time_created: Option<Timestamp>,
    /// The time at which the object became noncurrent in RFC 3339 format. Will be returned if and
    /// only if this version of the object has been deleted.
    pub time_deleted: Option<Timestamp>,
    /// The time when the object was finalized.
    pub time_finalized: Option<Timestamp>,
    /// The time at which the object's storage class was last changed. When the object is initially
    /// created, it will be set to timeCreated.
    pub time_storage_class_updated: Option<Timestamp>,
    /// The modification time of the object metadata in RFC 3339 format. Set initially to object
    /// creation time and then updated whenever any metadata of the object changes. This includes
    /// changes made by a requester, such as modifying custom metadata, as well as changes made by
    /// Cloud Storage on behalf of a requester, such as changing the storage class based on an
    /// Object Lifecycle Configuration.
    pub updated: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for Object {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.acl {
            map.serialize_entry("acl", value)?;
        }
        if let Some(value) = &self.bucket {
            map.serialize_entry("bucket", value)?;
        }
        if let Some(value) = &self.cache_control {
            map.serialize_entry("cacheControl", value)?;
        }
        if let Some(value) = &self.component_count {
            map.serialize_entry("componentCount", value)?;
        }
        if let Some(value) = &self.content_disposition {
            map.serialize_entry("contentDisposition", value)?;
        }
        if let Some(value) = &self.content_encoding {
            map.serialize_entry("contentEncoding", value)?;
        }
        if let Some(value) = &self.content_language {
            map.serialize_entry("contentLanguage", value)?;
        }
        if let Some(value) = &self.content_type {
            map.serialize_entry("contentType", value)?;
        }
        if let Some(value) = &self.contexts {
            map.serialize_entry("contexts", value)?;
        }
        if let Some(value) = &self.crc32c {
            map.serialize_entry("crc32c", value)?;
        }
        if let Some(value) = &self.custom_time {
            map.serialize_entry("customTime", value)?;
        }
        if let Some(value) = &self.customer_encryption {
            map.serialize_entry("customerEncryption", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.event_based_hold {
            map.serialize_entry("eventBasedHold", value)?;
        }
        if self.generation.is_some() {
            map.serialize_entry(
                "generation",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.generation),
            )?;
        }
        if let Some(value) = &self.hard_delete_time {
            map.serialize_entry("hardDeleteTime", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.kms_key_name {
            map.serialize_entry("kmsKeyName", value)?;
        }
        if let Some(value) = &self.md5_hash {
            map.serialize_entry("md5Hash", value)?;
        }
        if let Some(value) = &self.media_link {
            map.serialize_entry("mediaLink", value)?;
        }
        if let Some(value) = &self.metadata {
            map.serialize_entry("metadata", value)?;
        }
        if self.metageneration.is_some() {
            map.serialize_entry(
                "metageneration",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.metageneration),
            )?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.owner {
            map.serialize_entry("owner", value)?;
        }
        if let Some(value) = &self.restore_token {
            map.serialize_entry("restoreToken", value)?;
        }
        if let Some(value) = &self.retention {
            map.serialize_entry("retention", value)?;
        }
        if let Some(value) = &self.retention_expiration_time {
            map.serialize_entry("retentionExpirationTime", value)?;
        }
        if let Some(value) = &self.self_link {
            map.serialize_entry("selfLink", value)?;
        }
        if self.size.is_some() {
            map.serialize_entry(
                "size",
                &wire::Out::<Option<u64>, Option<wire::U64>>::new(&self.size),
            )?;
        }
        if let Some(value) = &self.soft_delete_time {
            map.serialize_entry("softDeleteTime", value)?;
        }
        if let Some(value) = &self.storage_class {
            map.serialize_entry("storageClass", value)?;
        }
        if let Some(value) = &self.temporary_hold {
            map.serialize_entry("temporaryHold", value)?;
        }
        if let Some(value) = &self.time_created {
            map.serialize_entry("timeCreated", value)?;
        }
        if let Some(value) = &self.time_deleted {
            map.serialize_entry("timeDeleted", value)?;
        }
        if let Some(value) = &self.time_finalized {
            map.serialize_entry("timeFinalized", value)?;
        }
        if let Some(value) = &self.time_storage_class_updated {
            map.serialize_entry("timeStorageClassUpdated", value)?;
        }
        if let Some(value) = &self.updated {
            map.serialize_entry("updated", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Object {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Object {
    const NAME: &'static str = "Object";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "acl" => self.acl = map.next_value()?,
            "bucket" => self.bucket = map.next_value()?,
            "cacheControl" => self.cache_control = map.next_value()?,
            "componentCount" => self.component_count = map.next_value()?,
            "contentDisposition" => self.content_disposition = map.next_value()?,
            "contentEncoding" => self.content_encoding = map.next_value()?,
            "contentLanguage" => self.content_language = map.next_value()?,
            "contentType" => self.content_type = map.next_value()?,
            "contexts" => self.contexts = map.next_value()?,
            "crc32c" => self.crc32c = map.next_value()?,
            "customTime" => self.custom_time = map.next_value()?,
            "customerEncryption" => self.customer_encryption = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "eventBasedHold" => self.event_based_hold = map.next_value()?,
            "generation" => {
                self.generation = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "hardDeleteTime" => self.hard_delete_time = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "kmsKeyName" => self.kms_key_name = map.next_value()?,
            "md5Hash" => self.md5_hash = map.next_value()?,
            "mediaLink" => self.media_link = map.next_value()?,
            "metadata" => self.metadata = map.next_value()?,
            "metageneration" => {
                self.metageneration = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "name" => self.name = map.next_value()?,
            "owner" => self.owner = map.next_value()?,
            "restoreToken" => self.restore_token = map.next_value()?,
            "retention" => self.retention = map.next_value()?,
            "retentionExpirationTime" => {
                self.retention_expiration_time = map.next_value()?;
            }
            "selfLink" => self.self_link = map.next_value()?,
            "size" => {
                self.size = map
                    .next_value::<wire::In<Option<u64>, Option<wire::U64>>>()?
                    .0;
            }
            "softDeleteTime" => self.soft_delete_time = map.next_value()?,
            "storageClass" => self.storage_class = map.next_value()?,
            "temporaryHold" => self.temporary_hold = map.next_value()?,
            "timeCreated" => self.time_created = map.next_value()?,
            "timeDeleted" => self.time_deleted = map.next_value()?,
            "timeFinalized" => self.time_finalized = map.next_value()?,
            "timeStorageClassUpdated" => {
                self.time_storage_class_updated = map.next_value()?;
            }
            "updated" => self.updated = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// User-defined or system-defined object contexts. Each object context is a key-payload pair,
/// where the key provides the identification and the payload holds the associated value and
/// additional metadata.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ObjectContexts {
    /// User-defined object contexts.
    pub custom: Option<
        std::collections::BTreeMap<String, crate::schemas::ObjectCustomContextPayload>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for ObjectContexts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.custom {
            map.serialize_entry("custom", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ObjectContexts {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ObjectContexts {
    const NAME: &'static str = "ObjectContexts";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "custom" => self.custom = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Metadata of customer-supplied encryption key, if the object is encrypted by such a key.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ObjectCustomerEncryption {
    /// The encryption algorithm.
    pub encryption_algorithm: Option<String>,
    /// SHA256 hash value of the encryption key.
    pub key_sha256: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for ObjectCustomerEncryption {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.encryption_algorithm {
            map.serialize_entry("encryptionAlgorithm", value)?;
        }
        if let Some(value) = &self.key_sha256 {
            map.serialize_entry("keySha256", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ObjectCustomerEncryption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ObjectCustomerEncryption {
    const NAME: &'static str = "ObjectCustomerEncryption";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "encryptionAlgorithm" => self.encryption_algorithm = map.next_value()?,
            "keySha256" => self.key_sha256 = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The owner of the object. This will always be the uploader of the object.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ObjectOwner {
    /// The entity, in the form user-userId.
    pub entity: Option<String>,
    /// The ID for the entity.
    pub entity_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for ObjectOwner {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.entity {
            map.serialize_entry("entity", value)?;
        }
        if let Some(value) = &self.entity_id {
            map.serialize_entry("entityId", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ObjectOwner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ObjectOwner {
    const NAME: &'static str = "ObjectOwner";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "entity" => self.entity = map.next_value()?,
            "entityId" => self.entity_id = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// A collection of object level retention parameters.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ObjectRetention {
    /// The bucket's object retention mode, can only be Unlocked or Locked.
    pub mode: Option<String>,
    /// A time in RFC 3339 format until which object retention protects this object.
    pub retain_until_time: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
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

impl serde::Serialize for ObjectRetention {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.mode {
            map.serialize_entry("mode", value)?;
        }
        if let Some(value) = &self.retain_until_time {
            map.serialize_entry("retainUntilTime", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ObjectRetention {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ObjectRetention {
    const NAME: &'static str = "ObjectRetention";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "mode" => self.mode = map.next_value()?,
            "retainUntilTime" => self.retain_until_time = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
