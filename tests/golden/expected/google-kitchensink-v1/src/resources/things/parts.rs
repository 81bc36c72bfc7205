//! The `things.parts` resource.

use crate::runtime::{
    batch, http, impl_open_enum, wire, Call, CallOptions, Client, Error, MethodInfo,
};

/// The `things.parts` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct PartsResource {
    pub(crate) client: Client,
}

impl PartsResource {
    /// `GET sink/v1/things/{thing-id}/parts/{part.id}` (method id `kitchensink.things.parts.type`)
    ///
    /// Arguments, in order:
    /// - `thing_id`: the `thing-id` parameter
    /// - `part_id`: the `part.id` parameter
    #[inline]
    pub fn type_(
        &self,
        thing_id: impl Into<String>,
        part_id: impl Into<String>,
    ) -> TypeCall {
        let mut call = Call::new(&self.client, &TYPE_METHOD);
        call.path_param("thing-id", thing_id.into());
        call.path_param("part.id", part_id.into());
        TypeCall { call }
    }
}

static TYPE_METHOD: MethodInfo = MethodInfo {
    id: "kitchensink.things.parts.type",
    http_method: http::Method::GET,
    path: "things/{thing-id}/parts/{part.id}",
    scopes: &[],
    api_version: None,
};

/// A call of `kitchensink.things.parts.type`, made by [`PartsResource::type_`]: set optional
/// parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct TypeCall {
    call: Call,
}

impl TypeCall {
    /// Optional parameter. Sent as `level`.
    #[inline]
    pub fn level(mut self, value: Level) -> Self {
        self.call.query("level", value.as_str().to_owned());
        self
    }

    /// Sends the request and waits for the answer of `kitchensink.things.parts.type`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Level, Error> {
        self.call.send().await
    }
}

impl CallOptions for TypeCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for TypeCall {
    type Response = crate::schemas::Level;
    fn into_call(self) -> Call {
        self.call
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Level {
    /// `LOW` on the wire.
    #[default]
    Low,
    /// `HIGH` on the wire.
    High,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for Level {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::Low => "LOW",
            Self::High => "HIGH",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "LOW" => Self::Low,
            "HIGH" => Self::High,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(Level);
