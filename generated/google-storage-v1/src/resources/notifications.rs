//! The `notifications` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `notifications` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct NotificationsResource {
    pub(crate) client: Client,
}

impl NotificationsResource {
    /// Permanently deletes a notification subscription.
    ///
    /// `DELETE storage/v1/b/{bucket}/notificationConfigs/{notification}` (method id
    /// `storage.notifications.delete`)
    ///
    /// Arguments, in order:
    /// - `bucket`: The parent bucket of the notification.
    /// - `notification`: ID of the notification to delete.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn delete(
        &self,
        bucket: impl Into<String>,
        notification: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("notification", notification.into());
        DeleteCall { call }
    }

    /// View a notification configuration.
    ///
    /// `GET storage/v1/b/{bucket}/notificationConfigs/{notification}` (method id
    /// `storage.notifications.get`)
    ///
    /// Arguments, in order:
    /// - `bucket`: The parent bucket of the notification.
    /// - `notification`: Notification ID
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn get(
        &self,
        bucket: impl Into<String>,
        notification: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("bucket", bucket.into());
        call.path_param("notification", notification.into());
        GetCall { call }
    }

    /// Creates a notification subscription for a given bucket.
    ///
    /// `POST storage/v1/b/{bucket}/notificationConfigs` (method id `storage.notifications.insert`)
    ///
    /// Arguments, in order:
    /// - `bucket`: The parent bucket of the notification.
    /// - `body`: the request body, a [`crate::schemas::Notification`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    #[inline]
    pub fn insert(
        &self,
        bucket: impl Into<String>,
        body: crate::schemas::Notification,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("bucket", bucket.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves a list of notification subscriptions for a given bucket.
    ///
    /// `GET storage/v1/b/{bucket}/notificationConfigs` (method id `storage.notifications.list`)
    ///
    /// Arguments, in order:
    /// - `bucket`: Name of a Google Cloud Storage bucket.
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
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "storage.notifications.delete",
    http_method: http::Method::DELETE,
    path: "b/{bucket}/notificationConfigs/{notification}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.notifications.delete`, made by [`NotificationsResource::delete`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    ///
    /// Optional parameter. Sent as `userProject`.
    #[inline]
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
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

    /// Sends the request and waits for the answer of `storage.notifications.delete`.
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

static GET_METHOD: MethodInfo = MethodInfo {
    id: "storage.notifications.get",
    http_method: http::Method::GET,
    path: "b/{bucket}/notificationConfigs/{notification}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.notifications.get`, made by [`NotificationsResource::get`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    ///
    /// Optional parameter. Sent as `userProject`.
    #[inline]
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
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

    /// Sends the request and waits for the answer of `storage.notifications.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Notification, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Notification;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "storage.notifications.insert",
    http_method: http::Method::POST,
    path: "b/{bucket}/notificationConfigs",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.notifications.insert`, made by [`NotificationsResource::insert`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    ///
    /// Optional parameter. Sent as `userProject`.
    #[inline]
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
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

    /// Sends the request and waits for the answer of `storage.notifications.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Notification, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::Notification;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "storage.notifications.list",
    http_method: http::Method::GET,
    path: "b/{bucket}/notificationConfigs",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};

/// A call of `storage.notifications.list`, made by [`NotificationsResource::list`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    ///
    /// Optional parameter. Sent as `userProject`.
    #[inline]
    pub fn user_project(mut self, value: impl Into<String>) -> Self {
        self.call.query("userProject", value.into());
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

    /// Sends the request and waits for the answer of `storage.notifications.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Notifications, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Notifications;
    fn into_call(self) -> Call {
        self.call
    }
}
