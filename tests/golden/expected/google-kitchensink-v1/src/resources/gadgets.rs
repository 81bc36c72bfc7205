//! The `gadgets` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `gadgets` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct GadgetsResource {
    pub(crate) client: Client,
}

impl GadgetsResource {
    /// `GET sink/v1/gadgets/{gadgetId}` (method id `kitchensink.gadgets.get`)
    ///
    /// Arguments, in order:
    /// - `gadget_id`: the `gadgetId` parameter
    #[inline]
    pub fn get(&self, gadget_id: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("gadgetId", gadget_id.into());
        GetCall { call }
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "kitchensink.gadgets.get",
    http_method: http::Method::GET,
    path: "gadgets/{gadgetId}",
    scopes: &[],
    api_version: None,
};

/// A call of `kitchensink.gadgets.get`, made by [`GadgetsResource::get`]: set optional
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
    /// Sends the request and waits for the answer of `kitchensink.gadgets.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Gadget, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Gadget;
    fn into_call(self) -> Call {
        self.call
    }
}
