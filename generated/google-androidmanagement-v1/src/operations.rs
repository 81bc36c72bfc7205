//! How the long-running operations of this API are polled: plumbing for the call
//! builders' `poller()`.

use crate::runtime::{http, operation, MethodInfo};

/// How a poller follows a [`crate::schemas::Operation`].
#[allow(dead_code)]
pub(crate) static OPERATION_SHAPE: operation::Shape = operation::Shape::LongRunning(operation::PollMethods {
    get: Some(&ANDROIDMANAGEMENT_ENTERPRISES_DEVICES_OPERATIONS_GET_METHOD),
    wait: None,
    wait_has_body: false,
});
#[allow(dead_code)]
static ANDROIDMANAGEMENT_ENTERPRISES_DEVICES_OPERATIONS_GET_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.devices.operations.get",
    http_method: http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};
