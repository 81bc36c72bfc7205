//! How the long-running operations of this API are polled: plumbing for the call
//! builders' `poller()`.

/// How a poller follows a [`crate::schemas::Operation`].
#[allow(dead_code)]
pub(crate) static OPERATION_SHAPE: crate::runtime::operation::Shape = crate::runtime::operation::Shape::LongRunning(crate::runtime::operation::PollMethods {
    get: Some(&ANDROIDMANAGEMENT_ENTERPRISES_DEVICES_OPERATIONS_GET_METHOD),
    wait: None,
    wait_has_body: false,
});
#[allow(dead_code)]
static ANDROIDMANAGEMENT_ENTERPRISES_DEVICES_OPERATIONS_GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.devices.operations.get",
    http_method: crate::runtime::http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};
