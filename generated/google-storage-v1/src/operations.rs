//! How the long-running operations of this API are polled: plumbing for the call
//! builders' `poller()`.

/// How a poller follows a [`crate::schemas::GoogleLongrunningOperation`].
#[allow(dead_code)]
pub(crate) static GOOGLE_LONGRUNNING_OPERATION_SHAPE: crate::runtime::operation::Shape = crate::runtime::operation::Shape::LongRunning(crate::runtime::operation::PollMethods {
    get: Some(&STORAGE_BUCKETS_OPERATIONS_GET_METHOD),
    wait: None,
    wait_has_body: false,
});
#[allow(dead_code)]
static STORAGE_BUCKETS_OPERATIONS_GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "storage.buckets.operations.get",
    http_method: crate::runtime::http::Method::GET,
    path: "b/{bucket}/operations/{operationId}",
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
    api_version: None,
};
