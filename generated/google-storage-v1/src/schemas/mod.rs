//! The data types of the Cloud Storage JSON API: requests, responses and what they contain.

#[cfg(feature = "operations")]
#[cfg_attr(docsrs, doc(cfg(feature = "operations")))]
mod advance_relocate_bucket_operation_request;
#[cfg(feature = "operations")]
#[cfg_attr(docsrs, doc(cfg(feature = "operations")))]
pub use advance_relocate_bucket_operation_request::AdvanceRelocateBucketOperationRequest;
#[cfg(feature = "anywhere-caches")]
#[cfg_attr(docsrs, doc(cfg(feature = "anywhere-caches")))]
mod anywhere_cache;
#[cfg(feature = "anywhere-caches")]
#[cfg_attr(docsrs, doc(cfg(feature = "anywhere-caches")))]
pub use anywhere_cache::AnywhereCache;
#[cfg(feature = "anywhere-caches")]
#[cfg_attr(docsrs, doc(cfg(feature = "anywhere-caches")))]
mod anywhere_caches;
#[cfg(feature = "anywhere-caches")]
#[cfg_attr(docsrs, doc(cfg(feature = "anywhere-caches")))]
pub use anywhere_caches::AnywhereCaches;
#[cfg(feature = "buckets")]
#[cfg_attr(docsrs, doc(cfg(feature = "buckets")))]
mod bucket;
#[cfg(feature = "buckets")]
#[cfg_attr(docsrs, doc(cfg(feature = "buckets")))]
pub use bucket::{
    Bucket, BucketAutoclass, BucketBilling, BucketCors, BucketCustomPlacementConfig,
    BucketEncryption, BucketEncryptionCustomerManagedEncryptionEnforcementConfig,
    BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode,
    BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig,
    BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode,
    BucketEncryptionGoogleManagedEncryptionEnforcementConfig,
    BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode,
    BucketHierarchicalNamespace, BucketIamConfiguration,
    BucketIamConfigurationBucketPolicyOnly,
    BucketIamConfigurationUniformBucketLevelAccess, BucketIpFilter,
    BucketIpFilterPublicNetworkSource, BucketIpFilterVpcNetworkSources, BucketLifecycle,
    BucketLifecycleRule, BucketLifecycleRuleAction, BucketLifecycleRuleCondition,
    BucketLogging, BucketObjectRetention, BucketOwner, BucketRetentionPolicy,
    BucketSoftDeletePolicy, BucketSoftDeletePolicyHardDeletePause, BucketVersioning,
    BucketWebsite,
};

#[cfg(any(feature = "bucket-access-controls", feature = "buckets"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "bucket-access-controls", feature = "buckets")))
)]
mod bucket_access_control;
#[cfg(any(feature = "bucket-access-controls", feature = "buckets"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "bucket-access-controls", feature = "buckets")))
)]
pub use bucket_access_control::{BucketAccessControl, BucketAccessControlProjectTeam};
#[cfg(feature = "bucket-access-controls")]
#[cfg_attr(docsrs, doc(cfg(feature = "bucket-access-controls")))]
mod bucket_access_controls;
#[cfg(feature = "bucket-access-controls")]
#[cfg_attr(docsrs, doc(cfg(feature = "bucket-access-controls")))]
pub use bucket_access_controls::BucketAccessControls;
#[cfg(feature = "buckets")]
#[cfg_attr(docsrs, doc(cfg(feature = "buckets")))]
mod bucket_storage_layout;
#[cfg(feature = "buckets")]
#[cfg_attr(docsrs, doc(cfg(feature = "buckets")))]
pub use bucket_storage_layout::{
    BucketStorageLayout, BucketStorageLayoutCustomPlacementConfig,
    BucketStorageLayoutHierarchicalNamespace,
};

#[cfg(feature = "buckets")]
#[cfg_attr(docsrs, doc(cfg(feature = "buckets")))]
mod buckets;
#[cfg(feature = "buckets")]
#[cfg_attr(docsrs, doc(cfg(feature = "buckets")))]
pub use buckets::Buckets;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
mod bulk_restore_objects_request;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
pub use bulk_restore_objects_request::BulkRestoreObjectsRequest;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
mod compose_request;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
pub use compose_request::{
    ComposeRequest, ComposeRequestSourceObjects,
    ComposeRequestSourceObjectsObjectPreconditions,
};

#[cfg(any(feature = "buckets", feature = "managed-folders", feature = "objects"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "buckets", feature = "managed-folders", feature = "objects")))
)]
mod expr;
#[cfg(any(feature = "buckets", feature = "managed-folders", feature = "objects"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "buckets", feature = "managed-folders", feature = "objects")))
)]
pub use expr::Expr;
#[cfg(feature = "folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "folders")))]
mod folder;
#[cfg(feature = "folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "folders")))]
pub use folder::{Folder, FolderPendingRenameInfo};
#[cfg(feature = "folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "folders")))]
mod folders;
#[cfg(feature = "folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "folders")))]
pub use folders::Folders;
#[cfg(feature = "operations")]
#[cfg_attr(docsrs, doc(cfg(feature = "operations")))]
mod google_longrunning_list_operations_response;
#[cfg(feature = "operations")]
#[cfg_attr(docsrs, doc(cfg(feature = "operations")))]
pub use google_longrunning_list_operations_response::GoogleLongrunningListOperationsResponse;
#[cfg(
    any(
        feature = "anywhere-caches",
        feature = "buckets",
        feature = "folders",
        feature = "objects",
        feature = "operations",
        feature = "rapid-caches"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "anywhere-caches",
                feature = "buckets",
                feature = "folders",
                feature = "objects",
                feature = "operations",
                feature = "rapid-caches"
            )
        )
    )
)]
mod google_longrunning_operation;
#[cfg(
    any(
        feature = "anywhere-caches",
        feature = "buckets",
        feature = "folders",
        feature = "objects",
        feature = "operations",
        feature = "rapid-caches"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "anywhere-caches",
                feature = "buckets",
                feature = "folders",
                feature = "objects",
                feature = "operations",
                feature = "rapid-caches"
            )
        )
    )
)]
pub use google_longrunning_operation::GoogleLongrunningOperation;
#[cfg(
    any(
        feature = "anywhere-caches",
        feature = "buckets",
        feature = "folders",
        feature = "objects",
        feature = "operations",
        feature = "rapid-caches"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "anywhere-caches",
                feature = "buckets",
                feature = "folders",
                feature = "objects",
                feature = "operations",
                feature = "rapid-caches"
            )
        )
    )
)]
mod google_rpc_status;
#[cfg(
    any(
        feature = "anywhere-caches",
        feature = "buckets",
        feature = "folders",
        feature = "objects",
        feature = "operations",
        feature = "rapid-caches"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "anywhere-caches",
                feature = "buckets",
                feature = "folders",
                feature = "objects",
                feature = "operations",
                feature = "rapid-caches"
            )
        )
    )
)]
pub use google_rpc_status::GoogleRpcStatus;
#[cfg(feature = "projects")]
#[cfg_attr(docsrs, doc(cfg(feature = "projects")))]
mod hmac_key;
#[cfg(feature = "projects")]
#[cfg_attr(docsrs, doc(cfg(feature = "projects")))]
pub use hmac_key::HmacKey;
#[cfg(feature = "projects")]
#[cfg_attr(docsrs, doc(cfg(feature = "projects")))]
mod hmac_key_metadata;
#[cfg(feature = "projects")]
#[cfg_attr(docsrs, doc(cfg(feature = "projects")))]
pub use hmac_key_metadata::HmacKeyMetadata;
#[cfg(feature = "projects")]
#[cfg_attr(docsrs, doc(cfg(feature = "projects")))]
mod hmac_keys_metadata;
#[cfg(feature = "projects")]
#[cfg_attr(docsrs, doc(cfg(feature = "projects")))]
pub use hmac_keys_metadata::HmacKeysMetadata;
#[cfg(feature = "managed-folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "managed-folders")))]
mod managed_folder;
#[cfg(feature = "managed-folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "managed-folders")))]
pub use managed_folder::ManagedFolder;
#[cfg(feature = "managed-folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "managed-folders")))]
mod managed_folders;
#[cfg(feature = "managed-folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "managed-folders")))]
pub use managed_folders::ManagedFolders;
#[cfg(feature = "notifications")]
#[cfg_attr(docsrs, doc(cfg(feature = "notifications")))]
mod notification;
#[cfg(feature = "notifications")]
#[cfg_attr(docsrs, doc(cfg(feature = "notifications")))]
pub use notification::Notification;
#[cfg(feature = "notifications")]
#[cfg_attr(docsrs, doc(cfg(feature = "notifications")))]
mod notifications;
#[cfg(feature = "notifications")]
#[cfg_attr(docsrs, doc(cfg(feature = "notifications")))]
pub use notifications::Notifications;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
mod object;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
pub use object::{
    Object, ObjectContexts, ObjectCustomerEncryption, ObjectOwner, ObjectRetention,
};

#[cfg(
    any(
        feature = "buckets",
        feature = "default-object-access-controls",
        feature = "object-access-controls",
        feature = "objects"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "buckets",
                feature = "default-object-access-controls",
                feature = "object-access-controls",
                feature = "objects"
            )
        )
    )
)]
mod object_access_control;
#[cfg(
    any(
        feature = "buckets",
        feature = "default-object-access-controls",
        feature = "object-access-controls",
        feature = "objects"
    )
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "buckets",
                feature = "default-object-access-controls",
                feature = "object-access-controls",
                feature = "objects"
            )
        )
    )
)]
pub use object_access_control::{ObjectAccessControl, ObjectAccessControlProjectTeam};
#[cfg(
    any(feature = "default-object-access-controls", feature = "object-access-controls")
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "default-object-access-controls",
                feature = "object-access-controls"
            )
        )
    )
)]
mod object_access_controls;
#[cfg(
    any(feature = "default-object-access-controls", feature = "object-access-controls")
)]
#[cfg_attr(
    docsrs,
    doc(
        cfg(
            any(
                feature = "default-object-access-controls",
                feature = "object-access-controls"
            )
        )
    )
)]
pub use object_access_controls::ObjectAccessControls;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
mod object_custom_context_payload;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
pub use object_custom_context_payload::ObjectCustomContextPayload;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
mod object_full_context;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
pub use object_full_context::{ObjectFullContext, ObjectFullContextType};
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
mod objects;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
pub use objects::Objects;
#[cfg(any(feature = "buckets", feature = "managed-folders", feature = "objects"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "buckets", feature = "managed-folders", feature = "objects")))
)]
mod policy;
#[cfg(any(feature = "buckets", feature = "managed-folders", feature = "objects"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "buckets", feature = "managed-folders", feature = "objects")))
)]
pub use policy::{Policy, PolicyBindings};
#[cfg(feature = "rapid-caches")]
#[cfg_attr(docsrs, doc(cfg(feature = "rapid-caches")))]
mod rapid_cache;
#[cfg(feature = "rapid-caches")]
#[cfg_attr(docsrs, doc(cfg(feature = "rapid-caches")))]
pub use rapid_cache::RapidCache;
#[cfg(feature = "managed-folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "managed-folders")))]
mod rapid_cache_config;
#[cfg(feature = "managed-folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "managed-folders")))]
pub use rapid_cache_config::RapidCacheConfig;
#[cfg(feature = "managed-folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "managed-folders")))]
mod rapid_cache_policy;
#[cfg(feature = "managed-folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "managed-folders")))]
pub use rapid_cache_policy::{RapidCachePolicy, RapidCachePolicyIngestOnWrite};
#[cfg(feature = "rapid-caches")]
#[cfg_attr(docsrs, doc(cfg(feature = "rapid-caches")))]
mod rapid_caches;
#[cfg(feature = "rapid-caches")]
#[cfg_attr(docsrs, doc(cfg(feature = "rapid-caches")))]
pub use rapid_caches::RapidCaches;
#[cfg(feature = "buckets")]
#[cfg_attr(docsrs, doc(cfg(feature = "buckets")))]
mod relocate_bucket_request;
#[cfg(feature = "buckets")]
#[cfg_attr(docsrs, doc(cfg(feature = "buckets")))]
pub use relocate_bucket_request::{
    RelocateBucketRequest, RelocateBucketRequestDestinationCustomPlacementConfig,
};

#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
mod rewrite_response;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
pub use rewrite_response::RewriteResponse;
#[cfg(feature = "projects")]
#[cfg_attr(docsrs, doc(cfg(feature = "projects")))]
mod service_account;
#[cfg(feature = "projects")]
#[cfg_attr(docsrs, doc(cfg(feature = "projects")))]
pub use service_account::ServiceAccount;
#[cfg(any(feature = "buckets", feature = "managed-folders", feature = "objects"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "buckets", feature = "managed-folders", feature = "objects")))
)]
mod test_iam_permissions_response;
#[cfg(any(feature = "buckets", feature = "managed-folders", feature = "objects"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "buckets", feature = "managed-folders", feature = "objects")))
)]
pub use test_iam_permissions_response::TestIamPermissionsResponse;
