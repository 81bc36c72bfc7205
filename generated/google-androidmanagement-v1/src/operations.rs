//! How the long-running operations of this API are polled: plumbing for the call
//! builders' `poller()`.

/// How a poller follows a [`crate::schemas::Operation`].
#[allow(dead_code)]
pub(crate) static OPERATION_SHAPE: crate::runtime::operation::Shape = crate::runtime::operation::Shape::LongRunning(crate::runtime::operation::PollMethods {
    get: Some(&ANDROIDMANAGEMENT_ENTERPRISES_DEVICES_OPERATIONS_GET_METHOD),
    wait: None,
    wait_has_body: false,
});
#[cfg(feature = "enterprises")]
#[cfg_attr(docsrs, doc(cfg(feature = "enterprises")))]
impl crate::schemas::Operation {
    /// Asks the server to cancel this operation, with
    /// `androidmanagement.enterprises.devices.operations.cancel`.
    /// Best effort: a poller still following the operation then ends with
    /// [`Error::Operation`](crate::runtime::Error::Operation) whose `code` is 1 (`CANCELLED`)
    /// when the server stopped it, or as usual when it was too late. An operation without a
    /// `name` is refused before anything is sent.
    pub async fn cancel(
        &self,
        client: &crate::Client,
    ) -> Result<(), crate::runtime::Error> {
        let mut call = crate::runtime::Call::new(
            &client.client,
            &ANDROIDMANAGEMENT_ENTERPRISES_DEVICES_OPERATIONS_CANCEL_METHOD,
        );
        call.path_param("name", self.name.clone().unwrap_or_default());
        call.send_empty().await
    }
}

#[allow(dead_code)]
static ANDROIDMANAGEMENT_ENTERPRISES_DEVICES_OPERATIONS_CANCEL_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.devices.operations.cancel",
    http_method: crate::runtime::http::Method::POST,
    path: "v1/{+name}:cancel",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

#[allow(dead_code)]
static ANDROIDMANAGEMENT_ENTERPRISES_DEVICES_OPERATIONS_GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "androidmanagement.enterprises.devices.operations.get",
    http_method: crate::runtime::http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};
