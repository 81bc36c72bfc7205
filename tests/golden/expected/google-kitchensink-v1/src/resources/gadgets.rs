//! The `gadgets` resource.

/// The `gadgets` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct GadgetsResource {
    pub(crate) client: crate::runtime::Client,
}

impl GadgetsResource {
    /// `GET sink/v1/gadgets/{gadgetId}` (method id `kitchensink.gadgets.get`)
    ///
    /// Arguments, in order:
    /// - `gadget_id`: the `gadgetId` parameter
    pub fn get(&self, gadget_id: impl Into<String>) -> GetCall {
        let mut call = crate::runtime::Call::new(&self.client, &GET_METHOD);
        call.path_param("gadgetId", gadget_id.into());
        GetCall { call }
    }
}

static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
    id: "kitchensink.gadgets.get",
    http_method: crate::runtime::http::Method::GET,
    path: "gadgets/{gadgetId}",
    scopes: &[],
    api_version: None,
};

/// A call of `kitchensink.gadgets.get`, made by [`GadgetsResource::get`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`](crate::CallOptions).
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: crate::runtime::Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `kitchensink.gadgets.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Gadget, crate::runtime::Error> {
        self.call.send().await
    }
}

impl crate::runtime::CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut crate::runtime::Call {
        &mut self.call
    }
}

impl crate::runtime::batch::Batchable for GetCall {
    type Response = crate::schemas::Gadget;
    fn into_call(self) -> crate::runtime::Call {
        self.call
    }
}
