use crate::runtime::{impl_open_enum, wire, Timestamp};

/// A bucket.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Bucket {
    /// Access controls on the bucket.
    ///
    /// Required by: `storage.buckets.update`.
    pub acl: Option<Vec<crate::schemas::BucketAccessControl>>,
    /// The bucket's Autoclass configuration.
    pub autoclass: Option<crate::schemas::BucketAutoclass>,
    /// The bucket's billing configuration.
    pub billing: Option<crate::schemas::BucketBilling>,
    /// The bucket's Cross-Origin Resource Sharing (CORS) configuration.
    pub cors: Option<Vec<crate::schemas::BucketCors>>,
    /// The bucket's custom placement configuration for Custom Dual Regions.
    pub custom_placement_config: Option<crate::schemas::BucketCustomPlacementConfig>,
    /// The default value for event-based hold on newly created objects in this bucket. Event-based
    /// hold is a way to retain objects indefinitely until an event occurs, signified by the hold's
    /// release. After being released, such objects will be subject to bucket-level retention (if
    /// any). One sample use case of this flag is for banks to hold loan documents for at least 3
    /// years after loan is paid in full. Here, bucket-level retention is 3 years and the event is
    /// loan being paid in full. In this example, these objects will be held intact for any number
    /// of years until the event has occurred (event-based hold on the object is released) and then
    /// 3 more years after that. That means retention duration of the objects begins from the moment
    /// event-based hold transitioned from true to false. Objects under event-based hold cannot be
    /// deleted, overwritten or archived until the hold is removed.
    pub default_event_based_hold: Option<bool>,
    /// Default access controls to apply to new objects when no ACL is provided.
    pub default_object_acl: Option<Vec<crate::schemas::ObjectAccessControl>>,
    /// Encryption configuration for a bucket.
    pub encryption: Option<crate::schemas::BucketEncryption>,
    /// HTTP 1.1 Entity tag for the bucket.
    pub etag: Option<String>,
    /// The generation of this bucket.
    pub generation: Option<i64>,
    /// The hard delete time of the bucket in RFC 3339 format.
    pub hard_delete_time: Option<Timestamp>,
    /// The bucket's hierarchical namespace configuration.
    pub hierarchical_namespace: Option<crate::schemas::BucketHierarchicalNamespace>,
    /// The bucket's IAM configuration.
    pub iam_configuration: Option<crate::schemas::BucketIamConfiguration>,
    /// The ID of the bucket. For buckets, the id and name properties are the same.
    pub id: Option<String>,
    /// The bucket's IP filter configuration. Specifies the network sources that are allowed to
    /// access the operations on the bucket, as well as its underlying objects. Only enforced when
    /// the mode is set to 'Enabled'.
    pub ip_filter: Option<crate::schemas::BucketIpFilter>,
    /// The kind of item this is. For buckets, this is always storage#bucket.
    pub kind: Option<String>,
    /// User-provided labels, in key/value pairs.
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// The bucket's lifecycle configuration. See [Lifecycle
    /// Management](https://cloud.google.com/storage/docs/lifecycle) for more information.
    pub lifecycle: Option<crate::schemas::BucketLifecycle>,
    /// The location of the bucket. Object data for objects in the bucket resides in physical
    /// storage within this region. Defaults to US. See the [Developer's
    /// Guide](https://cloud.google.com/storage/docs/locations) for the authoritative list.
    pub location: Option<String>,
    /// The type of the bucket location.
    pub location_type: Option<String>,
    /// The bucket's logging configuration, which defines the destination bucket and optional name
    /// prefix for the current bucket's logs.
    pub logging: Option<crate::schemas::BucketLogging>,
    /// The metadata generation of this bucket.
    pub metageneration: Option<i64>,
    /// The name of the bucket.
    ///
    /// Required by: `storage.buckets.insert`.
    pub name: Option<String>,
    /// The bucket's object retention config.
    pub object_retention: Option<crate::schemas::BucketObjectRetention>,
    /// The owner of the bucket. This is always the project team's owner group.
    pub owner: Option<crate::schemas::BucketOwner>,
    /// The project number of the project the bucket belongs to.
    pub project_number: Option<u64>,
    /// The bucket's retention policy. The retention policy enforces a minimum retention time for
    /// all objects contained in the bucket, based on their creation time. Any attempt to overwrite
    /// or delete objects younger than the retention period will result in a PERMISSION_DENIED
    /// error. An unlocked retention policy can be modified or removed from the bucket via a
    /// storage.buckets.update operation. A locked retention policy cannot be removed or shortened
    /// in duration for the lifetime of the bucket. Attempting to remove or decrease period of a
    /// locked retention policy will result in a PERMISSION_DENIED error.
    pub retention_policy: Option<crate::schemas::BucketRetentionPolicy>,
    /// The Recovery Point Objective (RPO) of this bucket. Set to ASYNC_TURBO to turn on Turbo
    /// Replication on a bucket.
    pub rpo: Option<String>,
    /// Reserved for future use.
    pub satisfies_pzi: Option<bool>,
    /// Reserved for future use.
    pub satisfies_pzs: Option<bool>,
    /// The URI of this bucket.
    pub self_link: Option<String>,
    /// The bucket's soft delete policy, which defines the period of time that soft-deleted objects
    /// will be retained, and cannot be permanently deleted.
    pub soft_delete_policy: Option<crate::schemas::BucketSoftDeletePolicy>,
    /// The soft delete time of the bucket in RFC 3339 format.
    pub soft_delete_time: Option<Timestamp>,
    /// The bucket's default storage class, used whenever no storageClass is specified for a
    /// newly-created object. This defines how objects in the bucket are stored and determines the
    /// SLA and the cost of storage. Values include MULTI_REGIONAL, REGIONAL, STANDARD, NEARLINE,
    /// COLDLINE, ARCHIVE, and DURABLE_REDUCED_AVAILABILITY. If this value is not specified when the
    /// bucket is created, it will default to STANDARD. For more information, see [Storage
    /// Classes](https://cloud.google.com/storage/docs/storage-classes).
    pub storage_class: Option<String>,
    /// The creation time of the bucket in RFC 3339 format.
    pub time_created: Option<Timestamp>,
    /// The modification time of the bucket in RFC 3339 format.
    pub updated: Option<Timestamp>,
    /// The bucket's versioning configuration.
    pub versioning: Option<crate::schemas::BucketVersioning>,
    /// The bucket's website configuration, controlling how the service behaves when accessing
    /// bucket contents as a web site. See the [Static Website
    /// Examples](https://cloud.google.com/storage/docs/static-website) for more information.
    pub website: Option<crate::schemas::BucketWebsite>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Bucket {
    /// Sets `acl` (chainable).
    pub fn set_acl(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::BucketAccessControl>>,
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

    /// Sets `autoclass` (chainable).
    pub fn set_autoclass(
        mut self,
        value: impl Into<crate::schemas::BucketAutoclass>,
    ) -> Self {
        self.autoclass = Some(value.into());
        self.unknown_fields.remove("autoclass");
        self
    }

    /// Sends `autoclass` as JSON `null`, which clears it on the server (chainable); `set_autoclass`
    /// takes it back.
    #[inline]
    pub fn clear_autoclass(mut self) -> Self {
        self.autoclass = None;
        self.unknown_fields.insert("autoclass".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `billing` (chainable).
    pub fn set_billing(
        mut self,
        value: impl Into<crate::schemas::BucketBilling>,
    ) -> Self {
        self.billing = Some(value.into());
        self.unknown_fields.remove("billing");
        self
    }

    /// Sends `billing` as JSON `null`, which clears it on the server (chainable); `set_billing`
    /// takes it back.
    #[inline]
    pub fn clear_billing(mut self) -> Self {
        self.billing = None;
        self.unknown_fields.insert("billing".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cors` (chainable).
    pub fn set_cors(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::BucketCors>>,
    ) -> Self {
        self.cors = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("cors");
        self
    }

    /// Sends `cors` as JSON `null`, which clears it on the server (chainable); `set_cors` takes it
    /// back.
    #[inline]
    pub fn clear_cors(mut self) -> Self {
        self.cors = None;
        self.unknown_fields.insert("cors".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customPlacementConfig` (chainable).
    pub fn set_custom_placement_config(
        mut self,
        value: impl Into<crate::schemas::BucketCustomPlacementConfig>,
    ) -> Self {
        self.custom_placement_config = Some(value.into());
        self.unknown_fields.remove("customPlacementConfig");
        self
    }

    /// Sends `customPlacementConfig` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_placement_config` takes it back.
    #[inline]
    pub fn clear_custom_placement_config(mut self) -> Self {
        self.custom_placement_config = None;
        self.unknown_fields
            .insert("customPlacementConfig".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `defaultEventBasedHold` (chainable).
    pub fn set_default_event_based_hold(mut self, value: impl Into<bool>) -> Self {
        self.default_event_based_hold = Some(value.into());
        self.unknown_fields.remove("defaultEventBasedHold");
        self
    }

    /// Sends `defaultEventBasedHold` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_event_based_hold` takes it back.
    #[inline]
    pub fn clear_default_event_based_hold(mut self) -> Self {
        self.default_event_based_hold = None;
        self.unknown_fields
            .insert("defaultEventBasedHold".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `defaultObjectAcl` (chainable).
    pub fn set_default_object_acl(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::ObjectAccessControl>>,
    ) -> Self {
        self.default_object_acl = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("defaultObjectAcl");
        self
    }

    /// Sends `defaultObjectAcl` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_object_acl` takes it back.
    #[inline]
    pub fn clear_default_object_acl(mut self) -> Self {
        self.default_object_acl = None;
        self.unknown_fields
            .insert("defaultObjectAcl".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `encryption` (chainable).
    pub fn set_encryption(
        mut self,
        value: impl Into<crate::schemas::BucketEncryption>,
    ) -> Self {
        self.encryption = Some(value.into());
        self.unknown_fields.remove("encryption");
        self
    }

    /// Sends `encryption` as JSON `null`, which clears it on the server (chainable);
    /// `set_encryption` takes it back.
    #[inline]
    pub fn clear_encryption(mut self) -> Self {
        self.encryption = None;
        self.unknown_fields.insert("encryption".to_owned(), serde_json::Value::Null);
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

    /// Sets `hierarchicalNamespace` (chainable).
    pub fn set_hierarchical_namespace(
        mut self,
        value: impl Into<crate::schemas::BucketHierarchicalNamespace>,
    ) -> Self {
        self.hierarchical_namespace = Some(value.into());
        self.unknown_fields.remove("hierarchicalNamespace");
        self
    }

    /// Sends `hierarchicalNamespace` as JSON `null`, which clears it on the server (chainable);
    /// `set_hierarchical_namespace` takes it back.
    #[inline]
    pub fn clear_hierarchical_namespace(mut self) -> Self {
        self.hierarchical_namespace = None;
        self.unknown_fields
            .insert("hierarchicalNamespace".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `iamConfiguration` (chainable).
    pub fn set_iam_configuration(
        mut self,
        value: impl Into<crate::schemas::BucketIamConfiguration>,
    ) -> Self {
        self.iam_configuration = Some(value.into());
        self.unknown_fields.remove("iamConfiguration");
        self
    }

    /// Sends `iamConfiguration` as JSON `null`, which clears it on the server (chainable);
    /// `set_iam_configuration` takes it back.
    #[inline]
    pub fn clear_iam_configuration(mut self) -> Self {
        self.iam_configuration = None;
        self.unknown_fields
            .insert("iamConfiguration".to_owned(), serde_json::Value::Null);
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

    /// Sets `ipFilter` (chainable).
    pub fn set_ip_filter(
        mut self,
        value: impl Into<crate::schemas::BucketIpFilter>,
    ) -> Self {
        self.ip_filter = Some(value.into());
        self.unknown_fields.remove("ipFilter");
        self
    }

    /// Sends `ipFilter` as JSON `null`, which clears it on the server (chainable); `set_ip_filter`
    /// takes it back.
    #[inline]
    pub fn clear_ip_filter(mut self) -> Self {
        self.ip_filter = None;
        self.unknown_fields.insert("ipFilter".to_owned(), serde_json::Value::Null);
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

    /// Sets `labels` (chainable).
    pub fn set_labels(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.labels = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self.unknown_fields.remove("labels");
        self
    }

    /// Sends `labels` as JSON `null`, which clears it on the server (chainable); `set_labels` takes
    /// it back.
    #[inline]
    pub fn clear_labels(mut self) -> Self {
        self.labels = None;
        self.unknown_fields.insert("labels".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lifecycle` (chainable).
    pub fn set_lifecycle(
        mut self,
        value: impl Into<crate::schemas::BucketLifecycle>,
    ) -> Self {
        self.lifecycle = Some(value.into());
        self.unknown_fields.remove("lifecycle");
        self
    }

    /// Sends `lifecycle` as JSON `null`, which clears it on the server (chainable); `set_lifecycle`
    /// takes it back.
    #[inline]
    pub fn clear_lifecycle(mut self) -> Self {
        self.lifecycle = None;
        self.unknown_fields.insert("lifecycle".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `location` (chainable).
    pub fn set_location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self.unknown_fields.remove("location");
        self
    }

    /// Sends `location` as JSON `null`, which clears it on the server (chainable); `set_location`
    /// takes it back.
    #[inline]
    pub fn clear_location(mut self) -> Self {
        self.location = None;
        self.unknown_fields.insert("location".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `locationType` (chainable).
    pub fn set_location_type(mut self, value: impl Into<String>) -> Self {
        self.location_type = Some(value.into());
        self.unknown_fields.remove("locationType");
        self
    }

    /// Sends `locationType` as JSON `null`, which clears it on the server (chainable);
    /// `set_location_type` takes it back.
    #[inline]
    pub fn clear_location_type(mut self) -> Self {
        self.location_type = None;
        self.unknown_fields.insert("locationType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `logging` (chainable).
    pub fn set_logging(
        mut self,
        value: impl Into<crate::schemas::BucketLogging>,
    ) -> Self {
        self.logging = Some(value.into());
        self.unknown_fields.remove("logging");
        self
    }

    /// Sends `logging` as JSON `null`, which clears it on the server (chainable); `set_logging`
    /// takes it back.
    #[inline]
    pub fn clear_logging(mut self) -> Self {
        self.logging = None;
        self.unknown_fields.insert("logging".to_owned(), serde_json::Value::Null);
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

    /// Sets `objectRetention` (chainable).
    pub fn set_object_retention(
        mut self,
        value: impl Into<crate::schemas::BucketObjectRetention>,
    ) -> Self {
        self.object_retention = Some(value.into());
        self.unknown_fields.remove("objectRetention");
        self
    }

    /// Sends `objectRetention` as JSON `null`, which clears it on the server (chainable);
    /// `set_object_retention` takes it back.
    #[inline]
    pub fn clear_object_retention(mut self) -> Self {
        self.object_retention = None;
        self.unknown_fields
            .insert("objectRetention".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `owner` (chainable).
    pub fn set_owner(mut self, value: impl Into<crate::schemas::BucketOwner>) -> Self {
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

    /// Sets `projectNumber` (chainable).
    pub fn set_project_number(mut self, value: impl Into<u64>) -> Self {
        self.project_number = Some(value.into());
        self.unknown_fields.remove("projectNumber");
        self
    }

    /// Sends `projectNumber` as JSON `null`, which clears it on the server (chainable);
    /// `set_project_number` takes it back.
    #[inline]
    pub fn clear_project_number(mut self) -> Self {
        self.project_number = None;
        self.unknown_fields.insert("projectNumber".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `retentionPolicy` (chainable).
    pub fn set_retention_policy(
        mut self,
        value: impl Into<crate::schemas::BucketRetentionPolicy>,
    ) -> Self {
        self.retention_policy = Some(value.into());
        self.unknown_fields.remove("retentionPolicy");
        self
    }

    /// Sends `retentionPolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_retention_policy` takes it back.
    #[inline]
    pub fn clear_retention_policy(mut self) -> Self {
        self.retention_policy = None;
        self.unknown_fields
            .insert("retentionPolicy".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `rpo` (chainable).
    pub fn set_rpo(mut self, value: impl Into<String>) -> Self {
        self.rpo = Some(value.into());
        self.unknown_fields.remove("rpo");
        self
    }

    /// Sends `rpo` as JSON `null`, which clears it on the server (chainable); `set_rpo` takes it
    /// back.
    #[inline]
    pub fn clear_rpo(mut self) -> Self {
        self.rpo = None;
        self.unknown_fields.insert("rpo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `satisfiesPZI` (chainable).
    pub fn set_satisfies_pzi(mut self, value: impl Into<bool>) -> Self {
        self.satisfies_pzi = Some(value.into());
        self.unknown_fields.remove("satisfiesPZI");
        self
    }

    /// Sends `satisfiesPZI` as JSON `null`, which clears it on the server (chainable);
    /// `set_satisfies_pzi` takes it back.
    #[inline]
    pub fn clear_satisfies_pzi(mut self) -> Self {
        self.satisfies_pzi = None;
        self.unknown_fields.insert("satisfiesPZI".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `satisfiesPZS` (chainable).
    pub fn set_satisfies_pzs(mut self, value: impl Into<bool>) -> Self {
        self.satisfies_pzs = Some(value.into());
        self.unknown_fields.remove("satisfiesPZS");
        self
    }

    /// Sends `satisfiesPZS` as JSON `null`, which clears it on the server (chainable);
    /// `set_satisfies_pzs` takes it back.
    #[inline]
    pub fn clear_satisfies_pzs(mut self) -> Self {
        self.satisfies_pzs = None;
        self.unknown_fields.insert("satisfiesPZS".to_owned(), serde_json::Value::Null);
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

    /// Sets `softDeletePolicy` (chainable).
    pub fn set_soft_delete_policy(
        mut self,
        value: impl Into<crate::schemas::BucketSoftDeletePolicy>,
    ) -> Self {
        self.soft_delete_policy = Some(value.into());
        self.unknown_fields.remove("softDeletePolicy");
        self
    }

    /// Sends `softDeletePolicy` as JSON `null`, which clears it on the server (chainable);
    /// `set_soft_delete_policy` takes it back.
    #[inline]
    pub fn clear_soft_delete_policy(mut self) -> Self {
        self.soft_delete_policy = None;
        self.unknown_fields
            .insert("softDeletePolicy".to_owned(), serde_json::Value::Null);
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

    /// Sets `versioning` (chainable).
    pub fn set_versioning(
        mut self,
        value: impl Into<crate::schemas::BucketVersioning>,
    ) -> Self {
        self.versioning = Some(value.into());
        self.unknown_fields.remove("versioning");
        self
    }

    /// Sends `versioning` as JSON `null`, which clears it on the server (chainable);
    /// `set_versioning` takes it back.
    #[inline]
    pub fn clear_versioning(mut self) -> Self {
        self.versioning = None;
        self.unknown_fields.insert("versioning".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `website` (chainable).
    pub fn set_website(
        mut self,
        value: impl Into<crate::schemas::BucketWebsite>,
    ) -> Self {
        self.website = Some(value.into());
        self.unknown_fields.remove("website");
        self
    }

    /// Sends `website` as JSON `null`, which clears it on the server (chainable); `set_website`
    /// takes it back.
    #[inline]
    pub fn clear_website(mut self) -> Self {
        self.website = None;
        self.unknown_fields.insert("website".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Bucket {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.acl {
            map.serialize_entry("acl", value)?;
        }
        if let Some(value) = &self.autoclass {
            map.serialize_entry("autoclass", value)?;
        }
        if let Some(value) = &self.billing {
            map.serialize_entry("billing", value)?;
        }
        if let Some(value) = &self.cors {
            map.serialize_entry("cors", value)?;
        }
        if let Some(value) = &self.custom_placement_config {
            map.serialize_entry("customPlacementConfig", value)?;
        }
        if let Some(value) = &self.default_event_based_hold {
            map.serialize_entry("defaultEventBasedHold", value)?;
        }
        if let Some(value) = &self.default_object_acl {
            map.serialize_entry("defaultObjectAcl", value)?;
        }
        if let Some(value) = &self.encryption {
            map.serialize_entry("encryption", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
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
        if let Some(value) = &self.hierarchical_namespace {
            map.serialize_entry("hierarchicalNamespace", value)?;
        }
        if let Some(value) = &self.iam_configuration {
            map.serialize_entry("iamConfiguration", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.ip_filter {
            map.serialize_entry("ipFilter", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.labels {
            map.serialize_entry("labels", value)?;
        }
        if let Some(value) = &self.lifecycle {
            map.serialize_entry("lifecycle", value)?;
        }
        if let Some(value) = &self.location {
            map.serialize_entry("location", value)?;
        }
        if let Some(value) = &self.location_type {
            map.serialize_entry("locationType", value)?;
        }
        if let Some(value) = &self.logging {
            map.serialize_entry("logging", value)?;
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
        if let Some(value) = &self.object_retention {
            map.serialize_entry("objectRetention", value)?;
        }
        if let Some(value) = &self.owner {
            map.serialize_entry("owner", value)?;
        }
        if self.project_number.is_some() {
            map.serialize_entry(
                "projectNumber",
                &wire::Out::<Option<u64>, Option<wire::U64>>::new(&self.project_number),
            )?;
        }
        if let Some(value) = &self.retention_policy {
            map.serialize_entry("retentionPolicy", value)?;
        }
        if let Some(value) = &self.rpo {
            map.serialize_entry("rpo", value)?;
        }
        if let Some(value) = &self.satisfies_pzi {
            map.serialize_entry("satisfiesPZI", value)?;
        }
        if let Some(value) = &self.satisfies_pzs {
            map.serialize_entry("satisfiesPZS", value)?;
        }
        if let Some(value) = &self.self_link {
            map.serialize_entry("selfLink", value)?;
        }
        if let Some(value) = &self.soft_delete_policy {
            map.serialize_entry("softDeletePolicy", value)?;
        }
        if let Some(value) = &self.soft_delete_time {
            map.serialize_entry("softDeleteTime", value)?;
        }
        if let Some(value) = &self.storage_class {
            map.serialize_entry("storageClass", value)?;
        }
        if let Some(value) = &self.time_created {
            map.serialize_entry("timeCreated", value)?;
        }
        if let Some(value) = &self.updated {
            map.serialize_entry("updated", value)?;
        }
        if let Some(value) = &self.versioning {
            map.serialize_entry("versioning", value)?;
        }
        if let Some(value) = &self.website {
            map.serialize_entry("website", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Bucket {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Bucket {
    const NAME: &'static str = "Bucket";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "acl" => self.acl = map.next_value()?,
            "autoclass" => self.autoclass = map.next_value()?,
            "billing" => self.billing = map.next_value()?,
            "cors" => self.cors = map.next_value()?,
            "customPlacementConfig" => self.custom_placement_config = map.next_value()?,
            "defaultEventBasedHold" => self.default_event_based_hold = map.next_value()?,
            "defaultObjectAcl" => self.default_object_acl = map.next_value()?,
            "encryption" => self.encryption = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "generation" => {
                self.generation = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "hardDeleteTime" => self.hard_delete_time = map.next_value()?,
            "hierarchicalNamespace" => self.hierarchical_namespace = map.next_value()?,
            "iamConfiguration" => self.iam_configuration = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "ipFilter" => self.ip_filter = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "labels" => self.labels = map.next_value()?,
            "lifecycle" => self.lifecycle = map.next_value()?,
            "location" => self.location = map.next_value()?,
            "locationType" => self.location_type = map.next_value()?,
            "logging" => self.logging = map.next_value()?,
            "metageneration" => {
                self.metageneration = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "name" => self.name = map.next_value()?,
            "objectRetention" => self.object_retention = map.next_value()?,
            "owner" => self.owner = map.next_value()?,
            "projectNumber" => {
                self.project_number = map
                    .next_value::<wire::In<Option<u64>, Option<wire::U64>>>()?
                    .0;
            }
            "retentionPolicy" => self.retention_policy = map.next_value()?,
            "rpo" => self.rpo = map.next_value()?,
            "satisfiesPZI" => self.satisfies_pzi = map.next_value()?,
            "satisfiesPZS" => self.satisfies_pzs = map.next_value()?,
            "selfLink" => self.self_link = map.next_value()?,
            "softDeletePolicy" => self.soft_delete_policy = map.next_value()?,
            "softDeleteTime" => self.soft_delete_time = map.next_value()?,
            "storageClass" => self.storage_class = map.next_value()?,
            "timeCreated" => self.time_created = map.next_value()?,
            "updated" => self.updated = map.next_value()?,
            "versioning" => self.versioning = map.next_value()?,
            "website" => self.website = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's Autoclass configuration.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketAutoclass {
    /// Whether or not Autoclass is enabled on this bucket
    pub enabled: Option<bool>,
    /// The storage class that objects in the bucket eventually transition to if they are not read
    /// for a certain length of time. Valid values are NEARLINE and ARCHIVE.
    pub terminal_storage_class: Option<String>,
    /// A date and time in RFC 3339 format representing the time of the most recent update to
    /// "terminalStorageClass".
    pub terminal_storage_class_update_time: Option<Timestamp>,
    /// A date and time in RFC 3339 format representing the instant at which "enabled" was last
    /// toggled.
    pub toggle_time: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketAutoclass {
    /// Sets `enabled` (chainable).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self.unknown_fields.remove("enabled");
        self
    }

    /// Sends `enabled` as JSON `null`, which clears it on the server (chainable); `set_enabled`
    /// takes it back.
    #[inline]
    pub fn clear_enabled(mut self) -> Self {
        self.enabled = None;
        self.unknown_fields.insert("enabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `terminalStorageClass` (chainable).
    pub fn set_terminal_storage_class(mut self, value: impl Into<String>) -> Self {
        self.terminal_storage_class = Some(value.into());
        self.unknown_fields.remove("terminalStorageClass");
        self
    }

    /// Sends `terminalStorageClass` as JSON `null`, which clears it on the server (chainable);
    /// `set_terminal_storage_class` takes it back.
    #[inline]
    pub fn clear_terminal_storage_class(mut self) -> Self {
        self.terminal_storage_class = None;
        self.unknown_fields
            .insert("terminalStorageClass".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `terminalStorageClassUpdateTime` (chainable).
    pub fn set_terminal_storage_class_update_time(
        mut self,
        value: impl Into<Timestamp>,
    ) -> Self {
        self.terminal_storage_class_update_time = Some(value.into());
        self.unknown_fields.remove("terminalStorageClassUpdateTime");
        self
    }

    /// Sends `terminalStorageClassUpdateTime` as JSON `null`, which clears it on the server
    /// (chainable); `set_terminal_storage_class_update_time` takes it back.
    #[inline]
    pub fn clear_terminal_storage_class_update_time(mut self) -> Self {
        self.terminal_storage_class_update_time = None;
        self.unknown_fields
            .insert(
                "terminalStorageClassUpdateTime".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `toggleTime` (chainable).
    pub fn set_toggle_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.toggle_time = Some(value.into());
        self.unknown_fields.remove("toggleTime");
        self
    }

    /// Sends `toggleTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_toggle_time` takes it back.
    #[inline]
    pub fn clear_toggle_time(mut self) -> Self {
        self.toggle_time = None;
        self.unknown_fields.insert("toggleTime".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketAutoclass {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.enabled {
            map.serialize_entry("enabled", value)?;
        }
        if let Some(value) = &self.terminal_storage_class {
            map.serialize_entry("terminalStorageClass", value)?;
        }
        if let Some(value) = &self.terminal_storage_class_update_time {
            map.serialize_entry("terminalStorageClassUpdateTime", value)?;
        }
        if let Some(value) = &self.toggle_time {
            map.serialize_entry("toggleTime", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketAutoclass {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketAutoclass {
    const NAME: &'static str = "BucketAutoclass";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value()?,
            "terminalStorageClass" => self.terminal_storage_class = map.next_value()?,
            "terminalStorageClassUpdateTime" => {
                self.terminal_storage_class_update_time = map.next_value()?;
            }
            "toggleTime" => self.toggle_time = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's billing configuration.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketBilling {
    /// When set to true, Requester Pays is enabled for this bucket.
    pub requester_pays: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketBilling {
    /// Sets `requesterPays` (chainable).
    pub fn set_requester_pays(mut self, value: impl Into<bool>) -> Self {
        self.requester_pays = Some(value.into());
        self.unknown_fields.remove("requesterPays");
        self
    }

    /// Sends `requesterPays` as JSON `null`, which clears it on the server (chainable);
    /// `set_requester_pays` takes it back.
    #[inline]
    pub fn clear_requester_pays(mut self) -> Self {
        self.requester_pays = None;
        self.unknown_fields.insert("requesterPays".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketBilling {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.requester_pays {
            map.serialize_entry("requesterPays", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketBilling {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketBilling {
    const NAME: &'static str = "BucketBilling";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "requesterPays" => self.requester_pays = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketCors {
    /// The value, in seconds, to return in the  Access-Control-Max-Age header used in preflight
    /// responses.
    pub max_age_seconds: Option<i32>,
    /// The list of HTTP methods on which to include CORS response headers, (GET, OPTIONS, POST,
    /// etc) Note: "*" is permitted in the list of methods, and means "any method".
    pub method: Option<Vec<String>>,
    /// The list of Origins eligible to receive CORS response headers. Note: "*" is permitted in the
    /// list of origins, and means "any Origin".
    pub origin: Option<Vec<String>>,
    /// The list of HTTP headers other than the simple response headers to give permission for the
    /// user-agent to share across domains.
    pub response_header: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketCors {
    /// Sets `maxAgeSeconds` (chainable).
    pub fn set_max_age_seconds(mut self, value: impl Into<i32>) -> Self {
        self.max_age_seconds = Some(value.into());
        self.unknown_fields.remove("maxAgeSeconds");
        self
    }

    /// Sends `maxAgeSeconds` as JSON `null`, which clears it on the server (chainable);
    /// `set_max_age_seconds` takes it back.
    #[inline]
    pub fn clear_max_age_seconds(mut self) -> Self {
        self.max_age_seconds = None;
        self.unknown_fields.insert("maxAgeSeconds".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `method` (chainable).
    pub fn set_method(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.method = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("method");
        self
    }

    /// Sends `method` as JSON `null`, which clears it on the server (chainable); `set_method` takes
    /// it back.
    #[inline]
    pub fn clear_method(mut self) -> Self {
        self.method = None;
        self.unknown_fields.insert("method".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `origin` (chainable).
    pub fn set_origin(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.origin = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("origin");
        self
    }

    /// Sends `origin` as JSON `null`, which clears it on the server (chainable); `set_origin` takes
    /// it back.
    #[inline]
    pub fn clear_origin(mut self) -> Self {
        self.origin = None;
        self.unknown_fields.insert("origin".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `responseHeader` (chainable).
    pub fn set_response_header(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.response_header = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("responseHeader");
        self
    }

    /// Sends `responseHeader` as JSON `null`, which clears it on the server (chainable);
    /// `set_response_header` takes it back.
    #[inline]
    pub fn clear_response_header(mut self) -> Self {
        self.response_header = None;
        self.unknown_fields.insert("responseHeader".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketCors {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.max_age_seconds {
            map.serialize_entry("maxAgeSeconds", value)?;
        }
        if let Some(value) = &self.method {
            map.serialize_entry("method", value)?;
        }
        if let Some(value) = &self.origin {
            map.serialize_entry("origin", value)?;
        }
        if let Some(value) = &self.response_header {
            map.serialize_entry("responseHeader", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketCors {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketCors {
    const NAME: &'static str = "BucketCors";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "maxAgeSeconds" => self.max_age_seconds = map.next_value()?,
            "method" => self.method = map.next_value()?,
            "origin" => self.origin = map.next_value()?,
            "responseHeader" => self.response_header = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's custom placement configuration for Custom Dual Regions.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketCustomPlacementConfig {
    /// The list of regional locations in which data is placed.
    pub data_locations: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketCustomPlacementConfig {
    /// Sets `dataLocations` (chainable).
    pub fn set_data_locations(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.data_locations = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("dataLocations");
        self
    }

    /// Sends `dataLocations` as JSON `null`, which clears it on the server (chainable);
    /// `set_data_locations` takes it back.
    #[inline]
    pub fn clear_data_locations(mut self) -> Self {
        self.data_locations = None;
        self.unknown_fields.insert("dataLocations".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketCustomPlacementConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.data_locations {
            map.serialize_entry("dataLocations", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketCustomPlacementConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketCustomPlacementConfig {
    const NAME: &'static str = "BucketCustomPlacementConfig";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "dataLocations" => self.data_locations = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Encryption configuration for a bucket.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketEncryption {
    /// If set, the new objects created in this bucket must comply with this enforcement config.
    /// Changing this has no effect on existing objects; it applies to new objects only. If omitted,
    /// the new objects are allowed to be encrypted with Customer Managed Encryption type by
    /// default.
    pub customer_managed_encryption_enforcement_config: Option<
        crate::schemas::BucketEncryptionCustomerManagedEncryptionEnforcementConfig,
    >,
    /// If set, the new objects created in this bucket must comply with this enforcement config.
    /// Changing this has no effect on existing objects; it applies to new objects only. If omitted,
    /// the new objects are allowed to be encrypted with Customer Supplied Encryption type by
    /// default.
    pub customer_supplied_encryption_enforcement_config: Option<
        crate::schemas::BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig,
    >,
    /// A Cloud KMS key that will be used to encrypt objects inserted into this bucket, if no
    /// encryption method is specified.
    pub default_kms_key_name: Option<String>,
    /// If set, the new objects created in this bucket must comply with this enforcement config.
    /// Changing this has no effect on existing objects; it applies to new objects only. If omitted,
    /// the new objects are allowed to be encrypted with Google Managed Encryption type by default.
    pub google_managed_encryption_enforcement_config: Option<
        crate::schemas::BucketEncryptionGoogleManagedEncryptionEnforcementConfig,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketEncryption {
    /// Sets `customerManagedEncryptionEnforcementConfig` (chainable).
    pub fn set_customer_managed_encryption_enforcement_config(
        mut self,
        value: impl Into<
            crate::schemas::BucketEncryptionCustomerManagedEncryptionEnforcementConfig,
        >,
    ) -> Self {
        self.customer_managed_encryption_enforcement_config = Some(value.into());
        self.unknown_fields.remove("customerManagedEncryptionEnforcementConfig");
        self
    }

    /// Sends `customerManagedEncryptionEnforcementConfig` as JSON `null`, which clears it on the
    /// server (chainable); `set_customer_managed_encryption_enforcement_config` takes it back.
    #[inline]
    pub fn clear_customer_managed_encryption_enforcement_config(mut self) -> Self {
        self.customer_managed_encryption_enforcement_config = None;
        self.unknown_fields
            .insert(
                "customerManagedEncryptionEnforcementConfig".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `customerSuppliedEncryptionEnforcementConfig` (chainable).
    pub fn set_customer_supplied_encryption_enforcement_config(
        mut self,
        value: impl Into<
            crate::schemas::BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig,
        >,
    ) -> Self {
        self.customer_supplied_encryption_enforcement_config = Some(value.into());
        self.unknown_fields.remove("customerSuppliedEncryptionEnforcementConfig");
        self
    }

    /// Sends `customerSuppliedEncryptionEnforcementConfig` as JSON `null`, which clears it on the
    /// server (chainable); `set_customer_supplied_encryption_enforcement_config` takes it back.
    #[inline]
    pub fn clear_customer_supplied_encryption_enforcement_config(mut self) -> Self {
        self.customer_supplied_encryption_enforcement_config = None;
        self.unknown_fields
            .insert(
                "customerSuppliedEncryptionEnforcementConfig".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `defaultKmsKeyName` (chainable).
    pub fn set_default_kms_key_name(mut self, value: impl Into<String>) -> Self {
        self.default_kms_key_name = Some(value.into());
        self.unknown_fields.remove("defaultKmsKeyName");
        self
    }

    /// Sends `defaultKmsKeyName` as JSON `null`, which clears it on the server (chainable);
    /// `set_default_kms_key_name` takes it back.
    #[inline]
    pub fn clear_default_kms_key_name(mut self) -> Self {
        self.default_kms_key_name = None;
        self.unknown_fields
            .insert("defaultKmsKeyName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `googleManagedEncryptionEnforcementConfig` (chainable).
    pub fn set_google_managed_encryption_enforcement_config(
        mut self,
        value: impl Into<
            crate::schemas::BucketEncryptionGoogleManagedEncryptionEnforcementConfig,
        >,
    ) -> Self {
        self.google_managed_encryption_enforcement_config = Some(value.into());
        self.unknown_fields.remove("googleManagedEncryptionEnforcementConfig");
        self
    }

    /// Sends `googleManagedEncryptionEnforcementConfig` as JSON `null`, which clears it on the
    /// server (chainable); `set_google_managed_encryption_enforcement_config` takes it back.
    #[inline]
    pub fn clear_google_managed_encryption_enforcement_config(mut self) -> Self {
        self.google_managed_encryption_enforcement_config = None;
        self.unknown_fields
            .insert(
                "googleManagedEncryptionEnforcementConfig".to_owned(),
                serde_json::Value::Null,
            );
        self
    }
}

impl serde::Serialize for BucketEncryption {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.customer_managed_encryption_enforcement_config {
            map.serialize_entry("customerManagedEncryptionEnforcementConfig", value)?;
        }
        if let Some(value) = &self.customer_supplied_encryption_enforcement_config {
            map.serialize_entry("customerSuppliedEncryptionEnforcementConfig", value)?;
        }
        if let Some(value) = &self.default_kms_key_name {
            map.serialize_entry("defaultKmsKeyName", value)?;
        }
        if let Some(value) = &self.google_managed_encryption_enforcement_config {
            map.serialize_entry("googleManagedEncryptionEnforcementConfig", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketEncryption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketEncryption {
    const NAME: &'static str = "BucketEncryption";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "customerManagedEncryptionEnforcementConfig" => {
                self.customer_managed_encryption_enforcement_config = map.next_value()?;
            }
            "customerSuppliedEncryptionEnforcementConfig" => {
                self.customer_supplied_encryption_enforcement_config = map.next_value()?;
            }
            "defaultKmsKeyName" => self.default_kms_key_name = map.next_value()?,
            "googleManagedEncryptionEnforcementConfig" => {
                self.google_managed_encryption_enforcement_config = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// If set, the new objects created in this bucket must comply with this enforcement config.
/// Changing this has no effect on existing objects; it applies to new objects only. If omitted,
/// the new objects are allowed to be encrypted with Customer Managed Encryption type by
/// default.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketEncryptionCustomerManagedEncryptionEnforcementConfig {
    /// Server-determined value that indicates the time from which configuration was enforced and
    /// effective. This value is in RFC 3339 format.
    pub effective_time: Option<Timestamp>,
    /// Restriction mode for Customer-Managed Encryption Keys. Defaults to NotRestricted.
    pub restriction_mode: Option<
        crate::schemas::BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketEncryptionCustomerManagedEncryptionEnforcementConfig {
    /// Sets `effectiveTime` (chainable).
    pub fn set_effective_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.effective_time = Some(value.into());
        self.unknown_fields.remove("effectiveTime");
        self
    }

    /// Sends `effectiveTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_effective_time` takes it back.
    #[inline]
    pub fn clear_effective_time(mut self) -> Self {
        self.effective_time = None;
        self.unknown_fields.insert("effectiveTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `restrictionMode` (chainable).
    pub fn set_restriction_mode(
        mut self,
        value: impl Into<
            crate::schemas::BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode,
        >,
    ) -> Self {
        self.restriction_mode = Some(value.into());
        self.unknown_fields.remove("restrictionMode");
        self
    }

    /// Sends `restrictionMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_restriction_mode` takes it back.
    #[inline]
    pub fn clear_restriction_mode(mut self) -> Self {
        self.restriction_mode = None;
        self.unknown_fields
            .insert("restrictionMode".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketEncryptionCustomerManagedEncryptionEnforcementConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.effective_time {
            map.serialize_entry("effectiveTime", value)?;
        }
        if let Some(value) = &self.restriction_mode {
            map.serialize_entry("restrictionMode", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de>
for BucketEncryptionCustomerManagedEncryptionEnforcementConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de>
for BucketEncryptionCustomerManagedEncryptionEnforcementConfig {
    const NAME: &'static str = "BucketEncryptionCustomerManagedEncryptionEnforcementConfig";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "effectiveTime" => self.effective_time = map.next_value()?,
            "restrictionMode" => self.restriction_mode = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Restriction mode for Customer-Managed Encryption Keys. Defaults to NotRestricted.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode {
    /// Creation of new objects with Customer-Managed Encryption is not restricted.
    ///
    /// `NotRestricted` on the wire.
    #[default]
    NotRestricted,
    /// Creation of new objects with Customer-Managed Encryption is fully restricted.
    ///
    /// `FullyRestricted` on the wire.
    FullyRestricted,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum
for BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NotRestricted => "NotRestricted",
            Self::FullyRestricted => "FullyRestricted",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "NotRestricted" => Self::NotRestricted,
            "FullyRestricted" => Self::FullyRestricted,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(
    BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode
);

/// If set, the new objects created in this bucket must comply with this enforcement config.
/// Changing this has no effect on existing objects; it applies to new objects only. If omitted,
/// the new objects are allowed to be encrypted with Customer Supplied Encryption type by
/// default.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig {
    /// Server-determined value that indicates the time from which configuration was enforced and
    /// effective. This value is in RFC 3339 format.
    pub effective_time: Option<Timestamp>,
    /// Restriction mode for Customer-Supplied Encryption Keys. Defaults to NotRestricted.
    pub restriction_mode: Option<
        crate::schemas::BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig {
    /// Sets `effectiveTime` (chainable).
    pub fn set_effective_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.effective_time = Some(value.into());
        self.unknown_fields.remove("effectiveTime");
        self
    }

    /// Sends `effectiveTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_effective_time` takes it back.
    #[inline]
    pub fn clear_effective_time(mut self) -> Self {
        self.effective_time = None;
        self.unknown_fields.insert("effectiveTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `restrictionMode` (chainable).
    pub fn set_restriction_mode(
        mut self,
        value: impl Into<
            crate::schemas::BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode,
        >,
    ) -> Self {
        self.restriction_mode = Some(value.into());
        self.unknown_fields.remove("restrictionMode");
        self
    }

    /// Sends `restrictionMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_restriction_mode` takes it back.
    #[inline]
    pub fn clear_restriction_mode(mut self) -> Self {
        self.restriction_mode = None;
        self.unknown_fields
            .insert("restrictionMode".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.effective_time {
            map.serialize_entry("effectiveTime", value)?;
        }
        if let Some(value) = &self.restriction_mode {
            map.serialize_entry("restrictionMode", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de>
for BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de>
for BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig {
    const NAME: &'static str = "BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "effectiveTime" => self.effective_time = map.next_value()?,
            "restrictionMode" => self.restriction_mode = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Restriction mode for Customer-Supplied Encryption Keys. Defaults to NotRestricted.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode {
    /// Creation of new objects with Customer-Supplied Encryption is not restricted.
    ///
    /// `NotRestricted` on the wire.
    #[default]
    NotRestricted,
    /// Creation of new objects with Customer-Supplied Encryption is fully restricted.
    ///
    /// `FullyRestricted` on the wire.
    FullyRestricted,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum
for BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NotRestricted => "NotRestricted",
            Self::FullyRestricted => "FullyRestricted",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "NotRestricted" => Self::NotRestricted,
            "FullyRestricted" => Self::FullyRestricted,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(
    BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode
);

/// If set, the new objects created in this bucket must comply with this enforcement config.
/// Changing this has no effect on existing objects; it applies to new objects only. If omitted,
/// the new objects are allowed to be encrypted with Google Managed Encryption type by default.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketEncryptionGoogleManagedEncryptionEnforcementConfig {
    /// Server-determined value that indicates the time from which configuration was enforced and
    /// effective. This value is in RFC 3339 format.
    pub effective_time: Option<Timestamp>,
    /// Restriction mode for Google-Managed Encryption Keys. Defaults to NotRestricted.
    pub restriction_mode: Option<
        crate::schemas::BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketEncryptionGoogleManagedEncryptionEnforcementConfig {
    /// Sets `effectiveTime` (chainable).
    pub fn set_effective_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.effective_time = Some(value.into());
        self.unknown_fields.remove("effectiveTime");
        self
    }

    /// Sends `effectiveTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_effective_time` takes it back.
    #[inline]
    pub fn clear_effective_time(mut self) -> Self {
        self.effective_time = None;
        self.unknown_fields.insert("effectiveTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `restrictionMode` (chainable).
    pub fn set_restriction_mode(
        mut self,
        value: impl Into<
            crate::schemas::BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode,
        >,
    ) -> Self {
        self.restriction_mode = Some(value.into());
        self.unknown_fields.remove("restrictionMode");
        self
    }

    /// Sends `restrictionMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_restriction_mode` takes it back.
    #[inline]
    pub fn clear_restriction_mode(mut self) -> Self {
        self.restriction_mode = None;
        self.unknown_fields
            .insert("restrictionMode".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketEncryptionGoogleManagedEncryptionEnforcementConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.effective_time {
            map.serialize_entry("effectiveTime", value)?;
        }
        if let Some(value) = &self.restriction_mode {
            map.serialize_entry("restrictionMode", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de>
for BucketEncryptionGoogleManagedEncryptionEnforcementConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de>
for BucketEncryptionGoogleManagedEncryptionEnforcementConfig {
    const NAME: &'static str = "BucketEncryptionGoogleManagedEncryptionEnforcementConfig";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "effectiveTime" => self.effective_time = map.next_value()?,
            "restrictionMode" => self.restriction_mode = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Restriction mode for Google-Managed Encryption Keys. Defaults to NotRestricted.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode {
    /// Creation of new objects with Google Managed Encryption is not restricted.
    ///
    /// `NotRestricted` on the wire.
    #[default]
    NotRestricted,
    /// Creation of new objects with Google Managed Encryption is fully restricted.
    ///
    /// `FullyRestricted` on the wire.
    FullyRestricted,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum
for BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::NotRestricted => "NotRestricted",
            Self::FullyRestricted => "FullyRestricted",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "NotRestricted" => Self::NotRestricted,
            "FullyRestricted" => Self::FullyRestricted,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode);

/// The bucket's hierarchical namespace configuration.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketHierarchicalNamespace {
    /// When set to true, hierarchical namespace is enabled for this bucket.
    pub enabled: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketHierarchicalNamespace {
    /// Sets `enabled` (chainable).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self.unknown_fields.remove("enabled");
        self
    }

    /// Sends `enabled` as JSON `null`, which clears it on the server (chainable); `set_enabled`
    /// takes it back.
    #[inline]
    pub fn clear_enabled(mut self) -> Self {
        self.enabled = None;
        self.unknown_fields.insert("enabled".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketHierarchicalNamespace {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.enabled {
            map.serialize_entry("enabled", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketHierarchicalNamespace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketHierarchicalNamespace {
    const NAME: &'static str = "BucketHierarchicalNamespace";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's IAM configuration.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketIamConfiguration {
    /// The bucket's uniform bucket-level access configuration. The feature was formerly known as
    /// Bucket Policy Only. For backward compatibility, this field will be populated with identical
    /// information as the uniformBucketLevelAccess field. We recommend using the
    /// uniformBucketLevelAccess field to enable and disable the feature.
    pub bucket_policy_only: Option<
        crate::schemas::BucketIamConfigurationBucketPolicyOnly,
    >,
    /// The bucket's Public Access Prevention configuration. Currently, 'inherited' and 'enforced'
    /// are supported.
    pub public_access_prevention: Option<String>,
    /// The bucket's uniform bucket-level access configuration.
    pub uniform_bucket_level_access: Option<
        crate::schemas::BucketIamConfigurationUniformBucketLevelAccess,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketIamConfiguration {
    /// Sets `bucketPolicyOnly` (chainable).
    pub fn set_bucket_policy_only(
        mut self,
        value: impl Into<crate::schemas::BucketIamConfigurationBucketPolicyOnly>,
    ) -> Self {
        self.bucket_policy_only = Some(value.into());
        self.unknown_fields.remove("bucketPolicyOnly");
        self
    }

    /// Sends `bucketPolicyOnly` as JSON `null`, which clears it on the server (chainable);
    /// `set_bucket_policy_only` takes it back.
    #[inline]
    pub fn clear_bucket_policy_only(mut self) -> Self {
        self.bucket_policy_only = None;
        self.unknown_fields
            .insert("bucketPolicyOnly".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `publicAccessPrevention` (chainable).
    pub fn set_public_access_prevention(mut self, value: impl Into<String>) -> Self {
        self.public_access_prevention = Some(value.into());
        self.unknown_fields.remove("publicAccessPrevention");
        self
    }

    /// Sends `publicAccessPrevention` as JSON `null`, which clears it on the server (chainable);
    /// `set_public_access_prevention` takes it back.
    #[inline]
    pub fn clear_public_access_prevention(mut self) -> Self {
        self.public_access_prevention = None;
        self.unknown_fields
            .insert("publicAccessPrevention".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `uniformBucketLevelAccess` (chainable).
    pub fn set_uniform_bucket_level_access(
        mut self,
        value: impl Into<crate::schemas::BucketIamConfigurationUniformBucketLevelAccess>,
    ) -> Self {
        self.uniform_bucket_level_access = Some(value.into());
        self.unknown_fields.remove("uniformBucketLevelAccess");
        self
    }

    /// Sends `uniformBucketLevelAccess` as JSON `null`, which clears it on the server (chainable);
    /// `set_uniform_bucket_level_access` takes it back.
    #[inline]
    pub fn clear_uniform_bucket_level_access(mut self) -> Self {
        self.uniform_bucket_level_access = None;
        self.unknown_fields
            .insert("uniformBucketLevelAccess".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketIamConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.bucket_policy_only {
            map.serialize_entry("bucketPolicyOnly", value)?;
        }
        if let Some(value) = &self.public_access_prevention {
            map.serialize_entry("publicAccessPrevention", value)?;
        }
        if let Some(value) = &self.uniform_bucket_level_access {
            map.serialize_entry("uniformBucketLevelAccess", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketIamConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketIamConfiguration {
    const NAME: &'static str = "BucketIamConfiguration";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "bucketPolicyOnly" => self.bucket_policy_only = map.next_value()?,
            "publicAccessPrevention" => self.public_access_prevention = map.next_value()?,
            "uniformBucketLevelAccess" => {
                self.uniform_bucket_level_access = map.next_value()?;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's uniform bucket-level access configuration. The feature was formerly known as
/// Bucket Policy Only. For backward compatibility, this field will be populated with identical
/// information as the uniformBucketLevelAccess field. We recommend using the
/// uniformBucketLevelAccess field to enable and disable the feature.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketIamConfigurationBucketPolicyOnly {
    /// If set, access is controlled only by bucket-level or above IAM policies.
    pub enabled: Option<bool>,
    /// The deadline for changing iamConfiguration.bucketPolicyOnly.enabled from true to false in
    /// RFC 3339 format. iamConfiguration.bucketPolicyOnly.enabled may be changed from true to false
    /// until the locked time, after which the field is immutable.
    pub locked_time: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketIamConfigurationBucketPolicyOnly {
    /// Sets `enabled` (chainable).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self.unknown_fields.remove("enabled");
        self
    }

    /// Sends `enabled` as JSON `null`, which clears it on the server (chainable); `set_enabled`
    /// takes it back.
    #[inline]
    pub fn clear_enabled(mut self) -> Self {
        self.enabled = None;
        self.unknown_fields.insert("enabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lockedTime` (chainable).
    pub fn set_locked_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.locked_time = Some(value.into());
        self.unknown_fields.remove("lockedTime");
        self
    }

    /// Sends `lockedTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_locked_time` takes it back.
    #[inline]
    pub fn clear_locked_time(mut self) -> Self {
        self.locked_time = None;
        self.unknown_fields.insert("lockedTime".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketIamConfigurationBucketPolicyOnly {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.enabled {
            map.serialize_entry("enabled", value)?;
        }
        if let Some(value) = &self.locked_time {
            map.serialize_entry("lockedTime", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketIamConfigurationBucketPolicyOnly {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketIamConfigurationBucketPolicyOnly {
    const NAME: &'static str = "BucketIamConfigurationBucketPolicyOnly";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value()?,
            "lockedTime" => self.locked_time = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's uniform bucket-level access configuration.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketIamConfigurationUniformBucketLevelAccess {
    /// If set, access is controlled only by bucket-level or above IAM policies.
    pub enabled: Option<bool>,
    /// The deadline for changing iamConfiguration.uniformBucketLevelAccess.enabled from true to
    /// false in RFC 3339  format. iamConfiguration.uniformBucketLevelAccess.enabled may be changed
    /// from true to false until the locked time, after which the field is immutable.
    pub locked_time: Option<Timestamp>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketIamConfigurationUniformBucketLevelAccess {
    /// Sets `enabled` (chainable).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self.unknown_fields.remove("enabled");
        self
    }

    /// Sends `enabled` as JSON `null`, which clears it on the server (chainable); `set_enabled`
    /// takes it back.
    #[inline]
    pub fn clear_enabled(mut self) -> Self {
        self.enabled = None;
        self.unknown_fields.insert("enabled".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lockedTime` (chainable).
    pub fn set_locked_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.locked_time = Some(value.into());
        self.unknown_fields.remove("lockedTime");
        self
    }

    /// Sends `lockedTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_locked_time` takes it back.
    #[inline]
    pub fn clear_locked_time(mut self) -> Self {
        self.locked_time = None;
        self.unknown_fields.insert("lockedTime".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketIamConfigurationUniformBucketLevelAccess {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.enabled {
            map.serialize_entry("enabled", value)?;
        }
        if let Some(value) = &self.locked_time {
            map.serialize_entry("lockedTime", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketIamConfigurationUniformBucketLevelAccess {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketIamConfigurationUniformBucketLevelAccess {
    const NAME: &'static str = "BucketIamConfigurationUniformBucketLevelAccess";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value()?,
            "lockedTime" => self.locked_time = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's IP filter configuration. Specifies the network sources that are allowed to
/// access the operations on the bucket, as well as its underlying objects. Only enforced when
/// the mode is set to 'Enabled'.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketIpFilter {
    /// Whether to allow all service agents to access the bucket regardless of the IP filter
    /// configuration.
    pub allow_all_service_agent_access: Option<bool>,
    /// Whether to allow cross-org VPCs in the bucket's IP filter configuration.
    pub allow_cross_org_vpcs: Option<bool>,
    /// The mode of the IP filter. Valid values are 'Enabled' and 'Disabled'.
    pub mode: Option<String>,
    /// The public network source of the bucket's IP filter.
    pub public_network_source: Option<crate::schemas::BucketIpFilterPublicNetworkSource>,
    /// The list of [VPC network](https://cloud.google.com/vpc/docs/vpc) sources of the bucket's IP
    /// filter.
    pub vpc_network_sources: Option<
        Vec<crate::schemas::BucketIpFilterVpcNetworkSources>,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketIpFilter {
    /// Sets `allowAllServiceAgentAccess` (chainable).
    pub fn set_allow_all_service_agent_access(mut self, value: impl Into<bool>) -> Self {
        self.allow_all_service_agent_access = Some(value.into());
        self.unknown_fields.remove("allowAllServiceAgentAccess");
        self
    }

    /// Sends `allowAllServiceAgentAccess` as JSON `null`, which clears it on the server
    /// (chainable); `set_allow_all_service_agent_access` takes it back.
    #[inline]
    pub fn clear_allow_all_service_agent_access(mut self) -> Self {
        self.allow_all_service_agent_access = None;
        self.unknown_fields
            .insert("allowAllServiceAgentAccess".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `allowCrossOrgVpcs` (chainable).
    pub fn set_allow_cross_org_vpcs(mut self, value: impl Into<bool>) -> Self {
        self.allow_cross_org_vpcs = Some(value.into());
        self.unknown_fields.remove("allowCrossOrgVpcs");
        self
    }

    /// Sends `allowCrossOrgVpcs` as JSON `null`, which clears it on the server (chainable);
    /// `set_allow_cross_org_vpcs` takes it back.
    #[inline]
    pub fn clear_allow_cross_org_vpcs(mut self) -> Self {
        self.allow_cross_org_vpcs = None;
        self.unknown_fields
            .insert("allowCrossOrgVpcs".to_owned(), serde_json::Value::Null);
        self
    }

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

    /// Sets `publicNetworkSource` (chainable).
    pub fn set_public_network_source(
        mut self,
        value: impl Into<crate::schemas::BucketIpFilterPublicNetworkSource>,
    ) -> Self {
        self.public_network_source = Some(value.into());
        self.unknown_fields.remove("publicNetworkSource");
        self
    }

    /// Sends `publicNetworkSource` as JSON `null`, which clears it on the server (chainable);
    /// `set_public_network_source` takes it back.
    #[inline]
    pub fn clear_public_network_source(mut self) -> Self {
        self.public_network_source = None;
        self.unknown_fields
            .insert("publicNetworkSource".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `vpcNetworkSources` (chainable).
    pub fn set_vpc_network_sources(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<crate::schemas::BucketIpFilterVpcNetworkSources>,
        >,
    ) -> Self {
        self.vpc_network_sources = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("vpcNetworkSources");
        self
    }

    /// Sends `vpcNetworkSources` as JSON `null`, which clears it on the server (chainable);
    /// `set_vpc_network_sources` takes it back.
    #[inline]
    pub fn clear_vpc_network_sources(mut self) -> Self {
        self.vpc_network_sources = None;
        self.unknown_fields
            .insert("vpcNetworkSources".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketIpFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.allow_all_service_agent_access {
            map.serialize_entry("allowAllServiceAgentAccess", value)?;
        }
        if let Some(value) = &self.allow_cross_org_vpcs {
            map.serialize_entry("allowCrossOrgVpcs", value)?;
        }
        if let Some(value) = &self.mode {
            map.serialize_entry("mode", value)?;
        }
        if let Some(value) = &self.public_network_source {
            map.serialize_entry("publicNetworkSource", value)?;
        }
        if let Some(value) = &self.vpc_network_sources {
            map.serialize_entry("vpcNetworkSources", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketIpFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketIpFilter {
    const NAME: &'static str = "BucketIpFilter";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "allowAllServiceAgentAccess" => {
                self.allow_all_service_agent_access = map.next_value()?;
            }
            "allowCrossOrgVpcs" => self.allow_cross_org_vpcs = map.next_value()?,
            "mode" => self.mode = map.next_value()?,
            "publicNetworkSource" => self.public_network_source = map.next_value()?,
            "vpcNetworkSources" => self.vpc_network_sources = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The public network source of the bucket's IP filter.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketIpFilterPublicNetworkSource {
    /// The list of public IPv4, IPv6 cidr ranges that are allowed to access the bucket.
    pub allowed_ip_cidr_ranges: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketIpFilterPublicNetworkSource {
    /// Sets `allowedIpCidrRanges` (chainable).
    pub fn set_allowed_ip_cidr_ranges(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.allowed_ip_cidr_ranges = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("allowedIpCidrRanges");
        self
    }

    /// Sends `allowedIpCidrRanges` as JSON `null`, which clears it on the server (chainable);
    /// `set_allowed_ip_cidr_ranges` takes it back.
    #[inline]
    pub fn clear_allowed_ip_cidr_ranges(mut self) -> Self {
        self.allowed_ip_cidr_ranges = None;
        self.unknown_fields
            .insert("allowedIpCidrRanges".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketIpFilterPublicNetworkSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.allowed_ip_cidr_ranges {
            map.serialize_entry("allowedIpCidrRanges", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketIpFilterPublicNetworkSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketIpFilterPublicNetworkSource {
    const NAME: &'static str = "BucketIpFilterPublicNetworkSource";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "allowedIpCidrRanges" => self.allowed_ip_cidr_ranges = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketIpFilterVpcNetworkSources {
    /// The list of IPv4, IPv6 cidr ranges subnetworks that are allowed to access the bucket.
    pub allowed_ip_cidr_ranges: Option<Vec<String>>,
    /// Name of the network. Format: projects/{PROJECT_ID}/global/networks/{NETWORK_NAME}
    pub network: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketIpFilterVpcNetworkSources {
    /// Sets `allowedIpCidrRanges` (chainable).
    pub fn set_allowed_ip_cidr_ranges(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.allowed_ip_cidr_ranges = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("allowedIpCidrRanges");
        self
    }

    /// Sends `allowedIpCidrRanges` as JSON `null`, which clears it on the server (chainable);
    /// `set_allowed_ip_cidr_ranges` takes it back.
    #[inline]
    pub fn clear_allowed_ip_cidr_ranges(mut self) -> Self {
        self.allowed_ip_cidr_ranges = None;
        self.unknown_fields
            .insert("allowedIpCidrRanges".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `network` (chainable).
    pub fn set_network(mut self, value: impl Into<String>) -> Self {
        self.network = Some(value.into());
        self.unknown_fields.remove("network");
        self
    }

    /// Sends `network` as JSON `null`, which clears it on the server (chainable); `set_network`
    /// takes it back.
    #[inline]
    pub fn clear_network(mut self) -> Self {
        self.network = None;
        self.unknown_fields.insert("network".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketIpFilterVpcNetworkSources {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.allowed_ip_cidr_ranges {
            map.serialize_entry("allowedIpCidrRanges", value)?;
        }
        if let Some(value) = &self.network {
            map.serialize_entry("network", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketIpFilterVpcNetworkSources {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketIpFilterVpcNetworkSources {
    const NAME: &'static str = "BucketIpFilterVpcNetworkSources";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "allowedIpCidrRanges" => self.allowed_ip_cidr_ranges = map.next_value()?,
            "network" => self.network = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's lifecycle configuration. See [Lifecycle
/// Management](https://cloud.google.com/storage/docs/lifecycle) for more information.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketLifecycle {
    /// A lifecycle management rule, which is made of an action to take and the condition(s) under
    /// which the action will be taken.
    pub rule: Option<Vec<crate::schemas::BucketLifecycleRule>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketLifecycle {
    /// Sets `rule` (chainable).
    pub fn set_rule(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::schemas::BucketLifecycleRule>>,
    ) -> Self {
        self.rule = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("rule");
        self
    }

    /// Sends `rule` as JSON `null`, which clears it on the server (chainable); `set_rule` takes it
    /// back.
    #[inline]
    pub fn clear_rule(mut self) -> Self {
        self.rule = None;
        self.unknown_fields.insert("rule".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketLifecycle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.rule {
            map.serialize_entry("rule", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketLifecycle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketLifecycle {
    const NAME: &'static str = "BucketLifecycle";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "rule" => self.rule = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketLifecycleRule {
    /// The action to take.
    pub action: Option<crate::schemas::BucketLifecycleRuleAction>,
    /// The condition(s) under which the action will be taken.
    pub condition: Option<crate::schemas::BucketLifecycleRuleCondition>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketLifecycleRule {
    /// Sets `action` (chainable).
    pub fn set_action(
        mut self,
        value: impl Into<crate::schemas::BucketLifecycleRuleAction>,
    ) -> Self {
        self.action = Some(value.into());
        self.unknown_fields.remove("action");
        self
    }

    /// Sends `action` as JSON `null`, which clears it on the server (chainable); `set_action` takes
    /// it back.
    #[inline]
    pub fn clear_action(mut self) -> Self {
        self.action = None;
        self.unknown_fields.insert("action".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `condition` (chainable).
    pub fn set_condition(
        mut self,
        value: impl Into<crate::schemas::BucketLifecycleRuleCondition>,
    ) -> Self {
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
}

impl serde::Serialize for BucketLifecycleRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.action {
            map.serialize_entry("action", value)?;
        }
        if let Some(value) = &self.condition {
            map.serialize_entry("condition", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketLifecycleRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketLifecycleRule {
    const NAME: &'static str = "BucketLifecycleRule";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "action" => self.action = map.next_value()?,
            "condition" => self.condition = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The action to take.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketLifecycleRuleAction {
    /// Target storage class. Required iff the type of the action is SetStorageClass.
    pub storage_class: Option<String>,
    /// Type of the action. Currently, only Delete, SetStorageClass, and
    /// AbortIncompleteMultipartUpload are supported.
    pub type_: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketLifecycleRuleAction {
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

impl serde::Serialize for BucketLifecycleRuleAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.storage_class {
            map.serialize_entry("storageClass", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketLifecycleRuleAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketLifecycleRuleAction {
    const NAME: &'static str = "BucketLifecycleRuleAction";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "storageClass" => self.storage_class = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The condition(s) under which the action will be taken.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketLifecycleRuleCondition {
    /// Age of an object (in days). This condition is satisfied when an object reaches the specified
    /// age.
    pub age: Option<i32>,
    /// A date in RFC 3339 format with only the date part (for instance, "2013-01-15"). This
    /// condition is satisfied when an object is created before midnight of the specified date in
    /// UTC.
    pub created_before: Option<String>,
    /// A date in RFC 3339 format with only the date part (for instance, "2013-01-15"). This
    /// condition is satisfied when the custom time on an object is before this date in UTC.
    pub custom_time_before: Option<String>,
    /// Number of days elapsed since the user-specified timestamp set on an object. The condition is
    /// satisfied if the days elapsed is at least this number. If no custom timestamp is specified
    /// on an object, the condition does not apply.
    pub days_since_custom_time: Option<i32>,
    /// Number of days elapsed since the noncurrent timestamp of an object. The condition is
    /// satisfied if the days elapsed is at least this number. This condition is relevant only for
    /// versioned objects. The value of the field must be a nonnegative integer. If it's zero, the
    /// object version will become eligible for Lifecycle action as soon as it becomes noncurrent.
    pub days_since_noncurrent_time: Option<i32>,
    /// Relevant only for versioned objects. If the value is true, this condition matches live
    /// objects; if the value is false, it matches archived objects.
    pub is_live: Option<bool>,
    /// A regular expression that satisfies the RE2 syntax. This condition is satisfied when the
    /// name of the object matches the RE2 pattern. Note: This feature is currently in the "Early
    /// Access" launch stage and is only available to a whitelisted set of users; that means that
    /// this feature may be changed in backward-incompatible ways and that it is not guaranteed to
    /// be released.
    pub matches_pattern: Option<String>,
    /// List of object name prefixes. This condition will be satisfied when at least one of the
    /// prefixes exactly matches the beginning of the object name.
    pub matches_prefix: Option<Vec<String>>,
    /// Objects having any of the storage classes specified by this condition will be matched.
    /// Values include MULTI_REGIONAL, REGIONAL, NEARLINE, COLDLINE, ARCHIVE, STANDARD, and
    /// DURABLE_REDUCED_AVAILABILITY.
    pub matches_storage_class: Option<Vec<String>>,
    /// List of object name suffixes. This condition will be satisfied when at least one of the
    /// suffixes exactly matches the end of the object name.
    pub matches_suffix: Option<Vec<String>>,
    /// A date in RFC 3339 format with only the date part (for instance, "2013-01-15"). This
    /// condition is satisfied when the noncurrent time on an object is before this date in UTC.
    /// This condition is relevant only for versioned objects.
    pub noncurrent_time_before: Option<String>,
    /// Relevant only for versioned objects. If the value is N, this condition is satisfied when
    /// there are at least N versions (including the live version) newer than this version of the
    /// object.
    pub num_newer_versions: Option<i32>,
    /// Objects having a size greater than this value in bytes will be matched.
    pub size_above_bytes: Option<i64>,
    /// Objects having a size less than this value in bytes will be matched.
    pub size_below_bytes: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketLifecycleRuleCondition {
    /// Sets `age` (chainable).
    pub fn set_age(mut self, value: impl Into<i32>) -> Self {
        self.age = Some(value.into());
        self.unknown_fields.remove("age");
        self
    }

    /// Sends `age` as JSON `null`, which clears it on the server (chainable); `set_age` takes it
    /// back.
    #[inline]
    pub fn clear_age(mut self) -> Self {
        self.age = None;
        self.unknown_fields.insert("age".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `createdBefore` (chainable).
    pub fn set_created_before(mut self, value: impl Into<String>) -> Self {
        self.created_before = Some(value.into());
        self.unknown_fields.remove("createdBefore");
        self
    }

    /// Sends `createdBefore` as JSON `null`, which clears it on the server (chainable);
    /// `set_created_before` takes it back.
    #[inline]
    pub fn clear_created_before(mut self) -> Self {
        self.created_before = None;
        self.unknown_fields.insert("createdBefore".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customTimeBefore` (chainable).
    pub fn set_custom_time_before(mut self, value: impl Into<String>) -> Self {
        self.custom_time_before = Some(value.into());
        self.unknown_fields.remove("customTimeBefore");
        self
    }

    /// Sends `customTimeBefore` as JSON `null`, which clears it on the server (chainable);
    /// `set_custom_time_before` takes it back.
    #[inline]
    pub fn clear_custom_time_before(mut self) -> Self {
        self.custom_time_before = None;
        self.unknown_fields
            .insert("customTimeBefore".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `daysSinceCustomTime` (chainable).
    pub fn set_days_since_custom_time(mut self, value: impl Into<i32>) -> Self {
        self.days_since_custom_time = Some(value.into());
        self.unknown_fields.remove("daysSinceCustomTime");
        self
    }

    /// Sends `daysSinceCustomTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_days_since_custom_time` takes it back.
    #[inline]
    pub fn clear_days_since_custom_time(mut self) -> Self {
        self.days_since_custom_time = None;
        self.unknown_fields
            .insert("daysSinceCustomTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `daysSinceNoncurrentTime` (chainable).
    pub fn set_days_since_noncurrent_time(mut self, value: impl Into<i32>) -> Self {
        self.days_since_noncurrent_time = Some(value.into());
        self.unknown_fields.remove("daysSinceNoncurrentTime");
        self
    }

    /// Sends `daysSinceNoncurrentTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_days_since_noncurrent_time` takes it back.
    #[inline]
    pub fn clear_days_since_noncurrent_time(mut self) -> Self {
        self.days_since_noncurrent_time = None;
        self.unknown_fields
            .insert("daysSinceNoncurrentTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isLive` (chainable).
    pub fn set_is_live(mut self, value: impl Into<bool>) -> Self {
        self.is_live = Some(value.into());
        self.unknown_fields.remove("isLive");
        self
    }

    /// Sends `isLive` as JSON `null`, which clears it on the server (chainable); `set_is_live`
    /// takes it back.
    #[inline]
    pub fn clear_is_live(mut self) -> Self {
        self.is_live = None;
        self.unknown_fields.insert("isLive".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `matchesPattern` (chainable).
    pub fn set_matches_pattern(mut self, value: impl Into<String>) -> Self {
        self.matches_pattern = Some(value.into());
        self.unknown_fields.remove("matchesPattern");
        self
    }

    /// Sends `matchesPattern` as JSON `null`, which clears it on the server (chainable);
    /// `set_matches_pattern` takes it back.
    #[inline]
    pub fn clear_matches_pattern(mut self) -> Self {
        self.matches_pattern = None;
        self.unknown_fields.insert("matchesPattern".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `matchesPrefix` (chainable).
    pub fn set_matches_prefix(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.matches_prefix = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("matchesPrefix");
        self
    }

    /// Sends `matchesPrefix` as JSON `null`, which clears it on the server (chainable);
    /// `set_matches_prefix` takes it back.
    #[inline]
    pub fn clear_matches_prefix(mut self) -> Self {
        self.matches_prefix = None;
        self.unknown_fields.insert("matchesPrefix".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `matchesStorageClass` (chainable).
    pub fn set_matches_storage_class(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.matches_storage_class = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("matchesStorageClass");
        self
    }

    /// Sends `matchesStorageClass` as JSON `null`, which clears it on the server (chainable);
    /// `set_matches_storage_class` takes it back.
    #[inline]
    pub fn clear_matches_storage_class(mut self) -> Self {
        self.matches_storage_class = None;
        self.unknown_fields
            .insert("matchesStorageClass".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `matchesSuffix` (chainable).
    pub fn set_matches_suffix(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.matches_suffix = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("matchesSuffix");
        self
    }

    /// Sends `matchesSuffix` as JSON `null`, which clears it on the server (chainable);
    /// `set_matches_suffix` takes it back.
    #[inline]
    pub fn clear_matches_suffix(mut self) -> Self {
        self.matches_suffix = None;
        self.unknown_fields.insert("matchesSuffix".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `noncurrentTimeBefore` (chainable).
    pub fn set_noncurrent_time_before(mut self, value: impl Into<String>) -> Self {
        self.noncurrent_time_before = Some(value.into());
        self.unknown_fields.remove("noncurrentTimeBefore");
        self
    }

    /// Sends `noncurrentTimeBefore` as JSON `null`, which clears it on the server (chainable);
    /// `set_noncurrent_time_before` takes it back.
    #[inline]
    pub fn clear_noncurrent_time_before(mut self) -> Self {
        self.noncurrent_time_before = None;
        self.unknown_fields
            .insert("noncurrentTimeBefore".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `numNewerVersions` (chainable).
    pub fn set_num_newer_versions(mut self, value: impl Into<i32>) -> Self {
        self.num_newer_versions = Some(value.into());
        self.unknown_fields.remove("numNewerVersions");
        self
    }

    /// Sends `numNewerVersions` as JSON `null`, which clears it on the server (chainable);
    /// `set_num_newer_versions` takes it back.
    #[inline]
    pub fn clear_num_newer_versions(mut self) -> Self {
        self.num_newer_versions = None;
        self.unknown_fields
            .insert("numNewerVersions".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `sizeAboveBytes` (chainable).
    pub fn set_size_above_bytes(mut self, value: impl Into<i64>) -> Self {
        self.size_above_bytes = Some(value.into());
        self.unknown_fields.remove("sizeAboveBytes");
        self
    }

    /// Sends `sizeAboveBytes` as JSON `null`, which clears it on the server (chainable);
    /// `set_size_above_bytes` takes it back.
    #[inline]
    pub fn clear_size_above_bytes(mut self) -> Self {
        self.size_above_bytes = None;
        self.unknown_fields.insert("sizeAboveBytes".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `sizeBelowBytes` (chainable).
    pub fn set_size_below_bytes(mut self, value: impl Into<i64>) -> Self {
        self.size_below_bytes = Some(value.into());
        self.unknown_fields.remove("sizeBelowBytes");
        self
    }

    /// Sends `sizeBelowBytes` as JSON `null`, which clears it on the server (chainable);
    /// `set_size_below_bytes` takes it back.
    #[inline]
    pub fn clear_size_below_bytes(mut self) -> Self {
        self.size_below_bytes = None;
        self.unknown_fields.insert("sizeBelowBytes".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketLifecycleRuleCondition {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.age {
            map.serialize_entry("age", value)?;
        }
        if let Some(value) = &self.created_before {
            map.serialize_entry("createdBefore", value)?;
        }
        if let Some(value) = &self.custom_time_before {
            map.serialize_entry("customTimeBefore", value)?;
        }
        if let Some(value) = &self.days_since_custom_time {
            map.serialize_entry("daysSinceCustomTime", value)?;
        }
        if let Some(value) = &self.days_since_noncurrent_time {
            map.serialize_entry("daysSinceNoncurrentTime", value)?;
        }
        if let Some(value) = &self.is_live {
            map.serialize_entry("isLive", value)?;
        }
        if let Some(value) = &self.matches_pattern {
            map.serialize_entry("matchesPattern", value)?;
        }
        if let Some(value) = &self.matches_prefix {
            map.serialize_entry("matchesPrefix", value)?;
        }
        if let Some(value) = &self.matches_storage_class {
            map.serialize_entry("matchesStorageClass", value)?;
        }
        if let Some(value) = &self.matches_suffix {
            map.serialize_entry("matchesSuffix", value)?;
        }
        if let Some(value) = &self.noncurrent_time_before {
            map.serialize_entry("noncurrentTimeBefore", value)?;
        }
        if let Some(value) = &self.num_newer_versions {
            map.serialize_entry("numNewerVersions", value)?;
        }
        if self.size_above_bytes.is_some() {
            map.serialize_entry(
                "sizeAboveBytes",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.size_above_bytes),
            )?;
        }
        if self.size_below_bytes.is_some() {
            map.serialize_entry(
                "sizeBelowBytes",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.size_below_bytes),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketLifecycleRuleCondition {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketLifecycleRuleCondition {
    const NAME: &'static str = "BucketLifecycleRuleCondition";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "age" => self.age = map.next_value()?,
            "createdBefore" => self.created_before = map.next_value()?,
            "customTimeBefore" => self.custom_time_before = map.next_value()?,
            "daysSinceCustomTime" => self.days_since_custom_time = map.next_value()?,
            "daysSinceNoncurrentTime" => {
                self.days_since_noncurrent_time = map.next_value()?;
            }
            "isLive" => self.is_live = map.next_value()?,
            "matchesPattern" => self.matches_pattern = map.next_value()?,
            "matchesPrefix" => self.matches_prefix = map.next_value()?,
            "matchesStorageClass" => self.matches_storage_class = map.next_value()?,
            "matchesSuffix" => self.matches_suffix = map.next_value()?,
            "noncurrentTimeBefore" => self.noncurrent_time_before = map.next_value()?,
            "numNewerVersions" => self.num_newer_versions = map.next_value()?,
            "sizeAboveBytes" => {
                self.size_above_bytes = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "sizeBelowBytes" => {
                self.size_below_bytes = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's logging configuration, which defines the destination bucket and optional name
/// prefix for the current bucket's logs.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketLogging {
    /// The destination bucket where the current bucket's logs should be placed.
    pub log_bucket: Option<String>,
    /// A prefix for log object names.
    pub log_object_prefix: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketLogging {
    /// Sets `logBucket` (chainable).
    pub fn set_log_bucket(mut self, value: impl Into<String>) -> Self {
        self.log_bucket = Some(value.into());
        self.unknown_fields.remove("logBucket");
        self
    }

    /// Sends `logBucket` as JSON `null`, which clears it on the server (chainable);
    /// `set_log_bucket` takes it back.
    #[inline]
    pub fn clear_log_bucket(mut self) -> Self {
        self.log_bucket = None;
        self.unknown_fields.insert("logBucket".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `logObjectPrefix` (chainable).
    pub fn set_log_object_prefix(mut self, value: impl Into<String>) -> Self {
        self.log_object_prefix = Some(value.into());
        self.unknown_fields.remove("logObjectPrefix");
        self
    }

    /// Sends `logObjectPrefix` as JSON `null`, which clears it on the server (chainable);
    /// `set_log_object_prefix` takes it back.
    #[inline]
    pub fn clear_log_object_prefix(mut self) -> Self {
        self.log_object_prefix = None;
        self.unknown_fields
            .insert("logObjectPrefix".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketLogging {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.log_bucket {
            map.serialize_entry("logBucket", value)?;
        }
        if let Some(value) = &self.log_object_prefix {
            map.serialize_entry("logObjectPrefix", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketLogging {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketLogging {
    const NAME: &'static str = "BucketLogging";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "logBucket" => self.log_bucket = map.next_value()?,
            "logObjectPrefix" => self.log_object_prefix = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's object retention config.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketObjectRetention {
    /// The bucket's object retention mode. Can be Enabled.
    pub mode: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketObjectRetention {
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
}

impl serde::Serialize for BucketObjectRetention {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.mode {
            map.serialize_entry("mode", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketObjectRetention {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketObjectRetention {
    const NAME: &'static str = "BucketObjectRetention";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "mode" => self.mode = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The owner of the bucket. This is always the project team's owner group.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketOwner {
    /// The entity, in the form project-owner-projectId.
    pub entity: Option<String>,
    /// The ID for the entity.
    pub entity_id: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketOwner {
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

impl serde::Serialize for BucketOwner {
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

impl<'de> serde::Deserialize<'de> for BucketOwner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketOwner {
    const NAME: &'static str = "BucketOwner";
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

/// The bucket's retention policy. The retention policy enforces a minimum retention time for
/// all objects contained in the bucket, based on their creation time. Any attempt to overwrite
/// or delete objects younger than the retention period will result in a PERMISSION_DENIED
/// error. An unlocked retention policy can be modified or removed from the bucket via a
/// storage.buckets.update operation. A locked retention policy cannot be removed or shortened
/// in duration for the lifetime of the bucket. Attempting to remove or decrease period of a
/// locked retention policy will result in a PERMISSION_DENIED error.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketRetentionPolicy {
    /// Server-determined value that indicates the time from which policy was enforced and
    /// effective. This value is in RFC 3339 format.
    pub effective_time: Option<Timestamp>,
    /// Once locked, an object retention policy cannot be modified.
    pub is_locked: Option<bool>,
    /// The duration in seconds that objects need to be retained. Retention duration must be greater
    /// than zero and less than 100 years. Note that enforcement of retention periods less than a
    /// day is not guaranteed. Such periods should only be used for testing purposes.
    pub retention_period: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketRetentionPolicy {
    /// Sets `effectiveTime` (chainable).
    pub fn set_effective_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.effective_time = Some(value.into());
        self.unknown_fields.remove("effectiveTime");
        self
    }

    /// Sends `effectiveTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_effective_time` takes it back.
    #[inline]
    pub fn clear_effective_time(mut self) -> Self {
        self.effective_time = None;
        self.unknown_fields.insert("effectiveTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isLocked` (chainable).
    pub fn set_is_locked(mut self, value: impl Into<bool>) -> Self {
        self.is_locked = Some(value.into());
        self.unknown_fields.remove("isLocked");
        self
    }

    /// Sends `isLocked` as JSON `null`, which clears it on the server (chainable); `set_is_locked`
    /// takes it back.
    #[inline]
    pub fn clear_is_locked(mut self) -> Self {
        self.is_locked = None;
        self.unknown_fields.insert("isLocked".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `retentionPeriod` (chainable).
    pub fn set_retention_period(mut self, value: impl Into<i64>) -> Self {
        self.retention_period = Some(value.into());
        self.unknown_fields.remove("retentionPeriod");
        self
    }

    /// Sends `retentionPeriod` as JSON `null`, which clears it on the server (chainable);
    /// `set_retention_period` takes it back.
    #[inline]
    pub fn clear_retention_period(mut self) -> Self {
        self.retention_period = None;
        self.unknown_fields
            .insert("retentionPeriod".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketRetentionPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.effective_time {
            map.serialize_entry("effectiveTime", value)?;
        }
        if let Some(value) = &self.is_locked {
            map.serialize_entry("isLocked", value)?;
        }
        if self.retention_period.is_some() {
            map.serialize_entry(
                "retentionPeriod",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.retention_period),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketRetentionPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketRetentionPolicy {
    const NAME: &'static str = "BucketRetentionPolicy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "effectiveTime" => self.effective_time = map.next_value()?,
            "isLocked" => self.is_locked = map.next_value()?,
            "retentionPeriod" => {
                self.retention_period = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's soft delete policy, which defines the period of time that soft-deleted objects
/// will be retained, and cannot be permanently deleted.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketSoftDeletePolicy {
    /// Server-determined value that indicates the time from which the policy, or one with a greater
    /// retention, was effective. This value is in RFC 3339 format.
    pub effective_time: Option<Timestamp>,
    /// The bucket's hard delete pause configuration. If set, soft-deleted objects in the bucket
    /// will not be permanently deleted until the hard delete pause is disabled.
    pub hard_delete_pause: Option<crate::schemas::BucketSoftDeletePolicyHardDeletePause>,
    /// The duration in seconds that soft-deleted objects in the bucket will be retained and cannot
    /// be permanently deleted.
    pub retention_duration_seconds: Option<i64>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketSoftDeletePolicy {
    /// Sets `effectiveTime` (chainable).
    pub fn set_effective_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.effective_time = Some(value.into());
        self.unknown_fields.remove("effectiveTime");
        self
    }

    /// Sends `effectiveTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_effective_time` takes it back.
    #[inline]
    pub fn clear_effective_time(mut self) -> Self {
        self.effective_time = None;
        self.unknown_fields.insert("effectiveTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `hardDeletePause` (chainable).
    pub fn set_hard_delete_pause(
        mut self,
        value: impl Into<crate::schemas::BucketSoftDeletePolicyHardDeletePause>,
    ) -> Self {
        self.hard_delete_pause = Some(value.into());
        self.unknown_fields.remove("hardDeletePause");
        self
    }

    /// Sends `hardDeletePause` as JSON `null`, which clears it on the server (chainable);
    /// `set_hard_delete_pause` takes it back.
    #[inline]
    pub fn clear_hard_delete_pause(mut self) -> Self {
        self.hard_delete_pause = None;
        self.unknown_fields
            .insert("hardDeletePause".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `retentionDurationSeconds` (chainable).
    pub fn set_retention_duration_seconds(mut self, value: impl Into<i64>) -> Self {
        self.retention_duration_seconds = Some(value.into());
        self.unknown_fields.remove("retentionDurationSeconds");
        self
    }

    /// Sends `retentionDurationSeconds` as JSON `null`, which clears it on the server (chainable);
    /// `set_retention_duration_seconds` takes it back.
    #[inline]
    pub fn clear_retention_duration_seconds(mut self) -> Self {
        self.retention_duration_seconds = None;
        self.unknown_fields
            .insert("retentionDurationSeconds".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketSoftDeletePolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.effective_time {
            map.serialize_entry("effectiveTime", value)?;
        }
        if let Some(value) = &self.hard_delete_pause {
            map.serialize_entry("hardDeletePause", value)?;
        }
        if self.retention_duration_seconds.is_some() {
            map.serialize_entry(
                "retentionDurationSeconds",
                &wire::Out::<
                    Option<i64>,
                    Option<wire::I64>,
                >::new(&self.retention_duration_seconds),
            )?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketSoftDeletePolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketSoftDeletePolicy {
    const NAME: &'static str = "BucketSoftDeletePolicy";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "effectiveTime" => self.effective_time = map.next_value()?,
            "hardDeletePause" => self.hard_delete_pause = map.next_value()?,
            "retentionDurationSeconds" => {
                self.retention_duration_seconds = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's hard delete pause configuration. If set, soft-deleted objects in the bucket
/// will not be permanently deleted until the hard delete pause is disabled.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketSoftDeletePolicyHardDeletePause {
    /// Server-determined value that indicates the time from which the hard delete pause became
    /// effective. This value is in RFC 3339 format.
    pub effective_time: Option<Timestamp>,
    /// Whether hard deletions are paused.
    pub enabled: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketSoftDeletePolicyHardDeletePause {
    /// Sets `effectiveTime` (chainable).
    pub fn set_effective_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.effective_time = Some(value.into());
        self.unknown_fields.remove("effectiveTime");
        self
    }

    /// Sends `effectiveTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_effective_time` takes it back.
    #[inline]
    pub fn clear_effective_time(mut self) -> Self {
        self.effective_time = None;
        self.unknown_fields.insert("effectiveTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enabled` (chainable).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self.unknown_fields.remove("enabled");
        self
    }

    /// Sends `enabled` as JSON `null`, which clears it on the server (chainable); `set_enabled`
    /// takes it back.
    #[inline]
    pub fn clear_enabled(mut self) -> Self {
        self.enabled = None;
        self.unknown_fields.insert("enabled".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketSoftDeletePolicyHardDeletePause {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.effective_time {
            map.serialize_entry("effectiveTime", value)?;
        }
        if let Some(value) = &self.enabled {
            map.serialize_entry("enabled", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketSoftDeletePolicyHardDeletePause {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketSoftDeletePolicyHardDeletePause {
    const NAME: &'static str = "BucketSoftDeletePolicyHardDeletePause";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "effectiveTime" => self.effective_time = map.next_value()?,
            "enabled" => self.enabled = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's versioning configuration.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketVersioning {
    /// While set to true, versioning is fully enabled for this bucket.
    pub enabled: Option<bool>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketVersioning {
    /// Sets `enabled` (chainable).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self.unknown_fields.remove("enabled");
        self
    }

    /// Sends `enabled` as JSON `null`, which clears it on the server (chainable); `set_enabled`
    /// takes it back.
    #[inline]
    pub fn clear_enabled(mut self) -> Self {
        self.enabled = None;
        self.unknown_fields.insert("enabled".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketVersioning {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.enabled {
            map.serialize_entry("enabled", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketVersioning {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketVersioning {
    const NAME: &'static str = "BucketVersioning";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "enabled" => self.enabled = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The bucket's website configuration, controlling how the service behaves when accessing
/// bucket contents as a web site. See the [Static Website
/// Examples](https://cloud.google.com/storage/docs/static-website) for more information.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BucketWebsite {
    /// If the requested object path is missing, the service will ensure the path has a trailing
    /// '/', append this suffix, and attempt to retrieve the resulting object. This allows the
    /// creation of index.html objects to represent directory pages.
    pub main_page_suffix: Option<String>,
    /// If the requested object path is missing, and any mainPageSuffix object is missing, if
    /// applicable, the service will return the named object from this bucket as the content for a
    /// 404 Not Found result.
    pub not_found_page: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl BucketWebsite {
    /// Sets `mainPageSuffix` (chainable).
    pub fn set_main_page_suffix(mut self, value: impl Into<String>) -> Self {
        self.main_page_suffix = Some(value.into());
        self.unknown_fields.remove("mainPageSuffix");
        self
    }

    /// Sends `mainPageSuffix` as JSON `null`, which clears it on the server (chainable);
    /// `set_main_page_suffix` takes it back.
    #[inline]
    pub fn clear_main_page_suffix(mut self) -> Self {
        self.main_page_suffix = None;
        self.unknown_fields.insert("mainPageSuffix".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `notFoundPage` (chainable).
    pub fn set_not_found_page(mut self, value: impl Into<String>) -> Self {
        self.not_found_page = Some(value.into());
        self.unknown_fields.remove("notFoundPage");
        self
    }

    /// Sends `notFoundPage` as JSON `null`, which clears it on the server (chainable);
    /// `set_not_found_page` takes it back.
    #[inline]
    pub fn clear_not_found_page(mut self) -> Self {
        self.not_found_page = None;
        self.unknown_fields.insert("notFoundPage".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for BucketWebsite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.main_page_suffix {
            map.serialize_entry("mainPageSuffix", value)?;
        }
        if let Some(value) = &self.not_found_page {
            map.serialize_entry("notFoundPage", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BucketWebsite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for BucketWebsite {
    const NAME: &'static str = "BucketWebsite";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "mainPageSuffix" => self.main_page_suffix = map.next_value()?,
            "notFoundPage" => self.not_found_page = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
