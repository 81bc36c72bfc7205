//! The resources and methods of the Cloud Storage JSON API, reached from [`crate::Client`].

#[cfg(feature = "anywhere-caches")]
#[cfg_attr(docsrs, doc(cfg(feature = "anywhere-caches")))]
pub mod anywhere_caches;
#[cfg(feature = "bucket-access-controls")]
#[cfg_attr(docsrs, doc(cfg(feature = "bucket-access-controls")))]
pub mod bucket_access_controls;
#[cfg(feature = "buckets")]
#[cfg_attr(docsrs, doc(cfg(feature = "buckets")))]
pub mod buckets;
#[cfg(feature = "default-object-access-controls")]
#[cfg_attr(docsrs, doc(cfg(feature = "default-object-access-controls")))]
pub mod default_object_access_controls;
#[cfg(feature = "folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "folders")))]
pub mod folders;
#[cfg(feature = "managed-folders")]
#[cfg_attr(docsrs, doc(cfg(feature = "managed-folders")))]
pub mod managed_folders;
#[cfg(feature = "notifications")]
#[cfg_attr(docsrs, doc(cfg(feature = "notifications")))]
pub mod notifications;
#[cfg(feature = "object-access-controls")]
#[cfg_attr(docsrs, doc(cfg(feature = "object-access-controls")))]
pub mod object_access_controls;
#[cfg(feature = "objects")]
#[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
pub mod objects;
#[cfg(feature = "operations")]
#[cfg_attr(docsrs, doc(cfg(feature = "operations")))]
pub mod operations;
#[cfg(feature = "projects")]
#[cfg_attr(docsrs, doc(cfg(feature = "projects")))]
pub mod projects;
#[cfg(feature = "rapid-caches")]
#[cfg_attr(docsrs, doc(cfg(feature = "rapid-caches")))]
pub mod rapid_caches;
impl crate::Client {
    /// The `anywhereCaches` resource.
    #[cfg(feature = "anywhere-caches")]
    #[cfg_attr(docsrs, doc(cfg(feature = "anywhere-caches")))]
    pub fn anywhere_caches(&self) -> anywhere_caches::AnywhereCachesResource {
        anywhere_caches::AnywhereCachesResource {
            client: self.client.clone(),
        }
    }

    /// The `bucketAccessControls` resource.
    #[cfg(feature = "bucket-access-controls")]
    #[cfg_attr(docsrs, doc(cfg(feature = "bucket-access-controls")))]
    pub fn bucket_access_controls(
        &self,
    ) -> bucket_access_controls::BucketAccessControlsResource {
        bucket_access_controls::BucketAccessControlsResource {
            client: self.client.clone(),
        }
    }

    /// The `buckets` resource.
    #[cfg(feature = "buckets")]
    #[cfg_attr(docsrs, doc(cfg(feature = "buckets")))]
    pub fn buckets(&self) -> buckets::BucketsResource {
        buckets::BucketsResource {
            client: self.client.clone(),
        }
    }

    /// The `defaultObjectAccessControls` resource.
    #[cfg(feature = "default-object-access-controls")]
    #[cfg_attr(docsrs, doc(cfg(feature = "default-object-access-controls")))]
    pub fn default_object_access_controls(
        &self,
    ) -> default_object_access_controls::DefaultObjectAccessControlsResource {
        default_object_access_controls::DefaultObjectAccessControlsResource {
            client: self.client.clone(),
        }
    }

    /// The `folders` resource.
    #[cfg(feature = "folders")]
    #[cfg_attr(docsrs, doc(cfg(feature = "folders")))]
    pub fn folders(&self) -> folders::FoldersResource {
        folders::FoldersResource {
            client: self.client.clone(),
        }
    }

    /// The `managedFolders` resource.
    #[cfg(feature = "managed-folders")]
    #[cfg_attr(docsrs, doc(cfg(feature = "managed-folders")))]
    pub fn managed_folders(&self) -> managed_folders::ManagedFoldersResource {
        managed_folders::ManagedFoldersResource {
            client: self.client.clone(),
        }
    }

    /// The `notifications` resource.
    #[cfg(feature = "notifications")]
    #[cfg_attr(docsrs, doc(cfg(feature = "notifications")))]
    pub fn notifications(&self) -> notifications::NotificationsResource {
        notifications::NotificationsResource {
            client: self.client.clone(),
        }
    }

    /// The `objectAccessControls` resource.
    #[cfg(feature = "object-access-controls")]
    #[cfg_attr(docsrs, doc(cfg(feature = "object-access-controls")))]
    pub fn object_access_controls(
        &self,
    ) -> object_access_controls::ObjectAccessControlsResource {
        object_access_controls::ObjectAccessControlsResource {
            client: self.client.clone(),
        }
    }

    /// The `objects` resource.
    #[cfg(feature = "objects")]
    #[cfg_attr(docsrs, doc(cfg(feature = "objects")))]
    pub fn objects(&self) -> objects::ObjectsResource {
        objects::ObjectsResource {
            client: self.client.clone(),
        }
    }

    /// The `operations` resource.
    #[cfg(feature = "operations")]
    #[cfg_attr(docsrs, doc(cfg(feature = "operations")))]
    pub fn operations(&self) -> operations::OperationsResource {
        operations::OperationsResource {
            client: self.client.clone(),
        }
    }

    /// The `projects` resource.
    #[cfg(feature = "projects")]
    #[cfg_attr(docsrs, doc(cfg(feature = "projects")))]
    pub fn projects(&self) -> projects::ProjectsResource {
        projects::ProjectsResource {
            client: self.client.clone(),
        }
    }

    /// The `rapidCaches` resource.
    #[cfg(feature = "rapid-caches")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rapid-caches")))]
    pub fn rapid_caches(&self) -> rapid_caches::RapidCachesResource {
        rapid_caches::RapidCachesResource {
            client: self.client.clone(),
        }
    }
}
