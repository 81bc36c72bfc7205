//! The `folders` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages, Poller,
};

/// The `folders` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct FoldersResource {
    pub(crate) client: Client,
}

impl FoldersResource {
    /// Permanently deletes a folder. Only applicable to buckets with hierarchical namespace
    /// enabled.
    ///
    /// `DELETE storage/v1/b/{bucket}/folders/{folder}` (method id `storage.folders.delete`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the folder resides.
    /// - `folder`: Name of a folder.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn delete(
        &self,
        bucket: impl Into<String>,
        folder: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("folder", folder.into());
        DeleteCall { call }
    }

    /// Deletes a folder recursively. Only applicable to buckets with hierarchical namespace
    /// enabled.
    ///
    /// `POST storage/v1/b/{bucket}/folders/{folder}/deleteRecursive` (method id
    /// `storage.folders.deleteRecursive`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the folder resides.
    /// - `folder`: Name of a folder.
    ///
    /// Answers with a long-running operation: `.poller().until_done().await` waits for its end.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn delete_recursive(
        &self,
        bucket: impl Into<String>,
        folder: impl Into<String>,
    ) -> DeleteRecursiveCall {
        let mut call = Call::new(&self.client, &DELETE_RECURSIVE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("folder", folder.into());
        DeleteRecursiveCall { call }
    }

    /// Returns metadata for the specified folder. Only applicable to buckets with hierarchical
    /// namespace enabled.
    ///
    /// `GET storage/v1/b/{bucket}/folders/{folder}` (method id `storage.folders.get`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the folder resides.
    /// - `folder`: Name of a folder.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn get(&self, bucket: impl Into<String>, folder: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("folder", folder.into());
        GetCall { call }
    }

    /// Creates a new folder. Only applicable to buckets with hierarchical namespace enabled.
    ///
    /// `POST storage/v1/b/{bucket}/folders` (method id `storage.folders.insert`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the folder resides.
    /// - `body`: the request body, a [`crate::schemas::Folder`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn insert(
        &self,
        bucket: impl Into<String>,
        body: crate::schemas::Folder,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("bucket", bucket.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves a list of folders matching the criteria. Only applicable to buckets with
    /// hierarchical namespace enabled.
    ///
    /// `GET storage/v1/b/{bucket}/folders` (method id `storage.folders.list`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which to look for folders.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn list(&self, bucket: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("bucket", bucket.into());
        ListCall { call }
    }

    /// Renames a source folder to a destination folder. Only applicable to buckets with
    /// hierarchical namespace enabled.
    ///
    /// `POST storage/v1/b/{bucket}/folders/{sourceFolder}/renameTo/folders/{destinationFolder}`
    /// (method id `storage.folders.rename`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of the bucket in which the folders are in.
    /// - `source_folder`: Name of the source folder.
    /// - `destination_folder`: Name of the destination folder.
    ///
    /// Answers with a long-running operation: `.poller().until_done().await` waits for its end.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn rename(
        &self,
        bucket: impl Into<String>,
        source_folder: impl Into<String>,
        destination_folder: impl Into<String>,
    ) -> RenameCall {
        let mut call = Call::new(&self.client, &RENAME_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("sourceFolder", source_folder.into());
        call.path_param("destinationFolder", destination_folder.into());
        RenameCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "storage.folders.delete",
    http_method: http::Method::DELETE,
    path: "b/{bucket}/folders/{folder}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.folders.delete`, made by [`FoldersResource::delete`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// If set, only deletes the folder if its metageneration matches this value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// If set, only deletes the folder if its metageneration does not match this value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.folders.delete`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DeleteCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_RECURSIVE_METHOD: MethodInfo = MethodInfo {
    id: "storage.folders.deleteRecursive",
    http_method: http::Method::POST,
    path: "b/{bucket}/folders/{folder}/deleteRecursive",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.folders.deleteRecursive`, made by [`FoldersResource::delete_recursive`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteRecursiveCall {
    call: Call,
}

impl DeleteRecursiveCall {
    /// If set, only deletes the folder if its metageneration matches this value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// If set, only deletes the folder if its metageneration does not match this value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the call and follows the long-running operation it starts: `.until_done().await`
    /// returns the operation once it is done, or
    /// [`Error::Operation`]
    /// with Google's code, message and details if it failed; `.states()` streams every state.
    /// It asks with `storage.buckets.operations.get`.
    #[inline]
    pub fn poller(self) -> Poller<crate::schemas::GoogleLongrunningOperation> {
        Poller::new(self.call, &crate::operations::GOOGLE_LONGRUNNING_OPERATION_SHAPE)
    }

    /// Sends the request and waits for the answer of `storage.folders.deleteRecursive`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::GoogleLongrunningOperation, Error> {
        self.call.send().await
    }
}

impl CallOptions for DeleteRecursiveCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DeleteRecursiveCall {
    type Response = crate::schemas::GoogleLongrunningOperation;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "storage.folders.get",
    http_method: http::Method::GET,
    path: "b/{bucket}/folders/{folder}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.folders.get`, made by [`FoldersResource::get`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Makes the return of the folder metadata conditional on whether the folder's current
    /// metageneration matches the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationMatch`.
    #[inline]
    pub fn if_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the return of the folder metadata conditional on whether the folder's current
    /// metageneration does not match the given value.
    ///
    /// Optional parameter. Sent as `ifMetagenerationNotMatch`.
    #[inline]
    pub fn if_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifMetagenerationNotMatch", value.to_string());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.folders.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Folder, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Folder;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "storage.folders.insert",
    http_method: http::Method::POST,
    path: "b/{bucket}/folders",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.folders.insert`, made by [`FoldersResource::insert`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// If true, any parent folder which doesn't exist will be created automatically.
    ///
    /// Optional parameter. Sent as `recursive`.
    #[inline]
    pub fn recursive(mut self, value: bool) -> Self {
        self.call.query("recursive", value.to_string());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the request and waits for the answer of `storage.folders.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Folder, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::Folder;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "storage.folders.list",
    http_method: http::Method::GET,
    path: "b/{bucket}/folders",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.folders.list`, made by [`FoldersResource::list`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Returns results in a directory-like mode. The only supported value is '/'. If set, items
    /// will only contain folders that either exactly match the prefix, or are one level below the
    /// prefix.
    ///
    /// Optional parameter. Sent as `delimiter`.
    #[inline]
    pub fn delimiter(mut self, value: impl Into<String>) -> Self {
        self.call.query("delimiter", value.into());
        self
    }

    /// Filter results to folders whose names are lexicographically before endOffset. If startOffset
    /// is also set, the folders listed will have names between startOffset (inclusive) and
    /// endOffset (exclusive).
    ///
    /// Optional parameter. Sent as `endOffset`.
    #[inline]
    pub fn end_offset(mut self, value: impl Into<String>) -> Self {
        self.call.query("endOffset", value.into());
        self
    }

    /// Maximum number of items to return in a single page of responses.
    ///
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// A previously-returned page token representing part of the larger set of results to view.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Filter results to folders whose paths begin with this prefix. If set, the value must either
    /// be an empty string or end with a '/'.
    ///
    /// Optional parameter. Sent as `prefix`.
    #[inline]
    pub fn prefix(mut self, value: impl Into<String>) -> Self {
        self.call.query("prefix", value.into());
        self
    }

    /// Filter results to folders whose names are lexicographically equal to or after startOffset.
    /// If endOffset is also set, the folders listed will have names between startOffset (inclusive)
    /// and endOffset (exclusive).
    ///
    /// Optional parameter. Sent as `startOffset`.
    #[inline]
    pub fn start_offset(mut self, value: impl Into<String>) -> Self {
        self.call.query("startOffset", value.into());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Every page of the list, as a stream of [`Folders`](crate::schemas::Folders): the call is
    /// sent, then sent again with `pageToken` set to each `nextPageToken` the server answers, every
    /// other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::Folders> {
        self.call
            .pages::<crate::schemas::Folders>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `items` on every page, as one stream: the pages of [`pages`](Self::pages),
    /// fetched as the stream is read, taken apart in order. A page without `items` adds nothing; an
    /// error is the stream's last item.
    #[inline]
    pub fn items(self) -> Items<crate::schemas::Folders, crate::schemas::Folder> {
        self.call
            .items::<
                crate::schemas::Folders,
                crate::schemas::Folder,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.items.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `storage.folders.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Folders, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Folders;
    fn into_call(self) -> Call {
        self.call
    }
}

static RENAME_METHOD: MethodInfo = MethodInfo {
    id: "storage.folders.rename",
    http_method: http::Method::POST,
    path: "b/{bucket}/folders/{sourceFolder}/renameTo/folders/{destinationFolder}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.folders.rename`, made by [`FoldersResource::rename`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct RenameCall {
    call: Call,
}

impl RenameCall {
    /// Makes the operation conditional on whether the source object's current metageneration
    /// matches the given value.
    ///
    /// Optional parameter. Sent as `ifSourceMetagenerationMatch`.
    #[inline]
    pub fn if_source_metageneration_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceMetagenerationMatch", value.to_string());
        self
    }

    /// Makes the operation conditional on whether the source object's current metageneration does
    /// not match the given value.
    ///
    /// Optional parameter. Sent as `ifSourceMetagenerationNotMatch`.
    #[inline]
    pub fn if_source_metageneration_not_match(mut self, value: i64) -> Self {
        self.call.query("ifSourceMetagenerationNotMatch", value.to_string());
        self
    }

    /// Deprecated. Please use quotaUser instead.
    ///
    /// Standard parameter, accepted by every method. Sent as `userIp`.
    #[inline]
    pub fn user_ip(mut self, value: impl Into<String>) -> Self {
        self.call.query("userIp", value.into());
        self
    }

    /// Sends the call and follows the long-running operation it starts: `.until_done().await`
    /// returns the operation once it is done, or
    /// [`Error::Operation`]
    /// with Google's code, message and details if it failed; `.states()` streams every state.
    /// It asks with `storage.buckets.operations.get`.
    #[inline]
    pub fn poller(self) -> Poller<crate::schemas::GoogleLongrunningOperation> {
        Poller::new(self.call, &crate::operations::GOOGLE_LONGRUNNING_OPERATION_SHAPE)
    }

    /// Sends the request and waits for the answer of `storage.folders.rename`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::GoogleLongrunningOperation, Error> {
        self.call.send().await
    }
}

impl CallOptions for RenameCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for RenameCall {
    type Response = crate::schemas::GoogleLongrunningOperation;
    fn into_call(self) -> Call {
        self.call
    }
}
