//! The `4k` resource.

use crate::runtime::{
    bytes, http, impl_open_enum, wire, Call, CallOptions, Client, Error, MediaUpload,
    MethodInfo,
};

/// The `4k` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct V4kResource {
    pub(crate) client: Client,
}

impl V4kResource {
    /// `POST hostile/v1/4k/{5id}:2fa` (method id `hostilenames.4k.2fa`)
    ///
    /// Arguments, in order:
    /// - `v5id`: the `5id` parameter
    /// - `body`: the request body, a [`crate::schemas::V1stPlace`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/hostile`
    #[inline]
    pub fn v2fa(
        &self,
        v5id: impl Into<String>,
        body: crate::schemas::V1stPlace,
    ) -> V2faCall {
        let mut call = Call::new(&self.client, &V2FA_METHOD);
        call.path_param("5id", v5id.into());
        call.json_body(&body);
        V2faCall { call }
    }
}

static V2FA_METHOD: MethodInfo = MethodInfo {
    id: "hostilenames.4k.2fa",
    http_method: http::Method::POST,
    path: "4k/{5id}:2fa",
    scopes: &["https://www.googleapis.com/auth/hostile"],
    api_version: None,
};

static V2FA_UPLOAD: MediaUpload = MediaUpload {
    simple_path: Some("/upload/hostile/v1/4k/{5id}:2fa"),
    resumable_path: None,
    accept: &["*/*"],
    max_size: None,
    multipart: true,
};

/// A call of `hostilenames.4k.2fa`, made by [`V4kResource::v2fa`]: set optional parameters,
/// then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct V2faCall {
    call: Call,
}

impl V2faCall {
    /// Optional parameter. Sent as `6max`.
    #[inline]
    pub fn v6max(mut self, value: i32) -> Self {
        self.call.query("6max", value.to_string());
        self
    }

    /// Optional parameter. Sent as `7level`.
    #[inline]
    pub fn v7level(mut self, value: V7level) -> Self {
        self.call.query("7level", value.as_str().to_owned());
        self
    }

    /// Attaches `data` as the media of this call, sent whole in one request by `send`, as
    /// `multipart/related`: the request body as metadata, then the media. Suits media small enough
    /// to hold in memory and to send again if the request fails.
    ///
    /// Accepted: `*/*`. A `content_type` or size outside that makes `send` return
    /// [`Error::InvalidArgument`] before anything is sent.
    pub fn upload(mut self, data: impl Into<bytes::Bytes>, content_type: &str) -> Self {
        self.call.upload(&V2FA_UPLOAD, data.into(), content_type);
        self
    }

    /// Sends the request and waits for the answer of `hostilenames.4k.2fa`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::V1stPlace, Error> {
        self.call.send().await
    }
}

impl CallOptions for V2faCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum V7level {
    /// `8bit` on the wire.
    #[default]
    V8bit,
    /// `16bit` on the wire.
    V16bit,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for V7level {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::V8bit => "8bit",
            Self::V16bit => "16bit",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "8bit" => Self::V8bit,
            "16bit" => Self::V16bit,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(V7level);
