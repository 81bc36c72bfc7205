//! The `enterprises.enrollmentTokens` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `enterprises.enrollmentTokens` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct EnrollmentTokensResource {
    pub(crate) client: Client,
}

impl EnrollmentTokensResource {
    /// Creates an enrollment token for a given enterprise. It's up to the caller's responsibility
    /// to manage the lifecycle of newly created tokens and deleting them when they're not intended
    /// to be used anymore.
    ///
    /// `POST v1/{+parent}/enrollmentTokens` (method id
    /// `androidmanagement.enterprises.enrollmentTokens.create`)
    ///
    /// Arguments, in order:
    /// - `parent`: The name of the enterprise in the form enterprises/{enterpriseId}. Must match
    ///   `^enterprises/[^/]+$`.
    /// - `body`: the request body, a [`crate::schemas::EnrollmentToken`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn create(
        &self,
        parent: impl Into<String>,
        body: crate::schemas::EnrollmentToken,
    ) -> CreateCall {
        let mut call = Call::new(&self.client, &CREATE_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^enterprises/[^/]+$");
        call.path_param("parent", parent);
        call.json_body(&body);
        CreateCall { call }
    }

    /// Deletes an enrollment token. This operation invalidates the token, preventing its future
    /// use.
    ///
    /// `DELETE v1/{+name}` (method id `androidmanagement.enterprises.enrollmentTokens.delete`)
    ///
    /// Arguments, in order:
    /// - `name`: The name of the enrollment token in the form Must match
    ///   `^enterprises/[^/]+/enrollmentTokens/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn delete(&self, name: impl Into<String>) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/enrollmentTokens/[^/]+$");
        call.path_param("name", name);
        DeleteCall { call }
    }

    /// Gets an active, unexpired enrollment token. A partial view of the enrollment token is
    /// returned. Only the following fields are populated: name, expirationTimestamp,
    /// allowPersonalUsage, value, qrCode. This method is meant to help manage active enrollment
    /// tokens lifecycle. For security reasons, it's recommended to delete active enrollment tokens
    /// as soon as they're not intended to be used anymore.
    ///
    /// `GET v1/{+name}` (method id `androidmanagement.enterprises.enrollmentTokens.get`)
    ///
    /// Arguments, in order:
    /// - `name`: Required. The name of the enrollment token in the form Must match
    ///   `^enterprises/[^/]+/enrollmentTokens/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn get(&self, name: impl Into<String>) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        let name: String = name.into();
        call.check_pattern("name", &name, "^enterprises/[^/]+/enrollmentTokens/[^/]+$");
        call.path_param("name", name);
        GetCall { call }
    }

    /// Lists active, unexpired enrollment tokens for a given enterprise. The list items contain
    /// only a partial view of EnrollmentToken object. Only the following fields are populated:
    /// name, expirationTimestamp, allowPersonalUsage, value, qrCode. This method is meant to help
    /// manage active enrollment tokens lifecycle. For security reasons, it's recommended to delete
    /// active enrollment tokens as soon as they're not intended to be used anymore.
    ///
    /// `GET v1/{+parent}/enrollmentTokens` (method id
    /// `androidmanagement.enterprises.enrollmentTokens.list`)
    ///
    /// Arguments, in order:
    /// - `parent`: Required. The name of the enterprise in the form enterprises/{enterpriseId}.
    ///   Must match `^enterprises/[^/]+$`.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidmanagement`
    #[inline]
    pub fn list(&self, parent: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        let parent: String = parent.into();
        call.check_pattern("parent", &parent, "^enterprises/[^/]+$");
        call.path_param("parent", parent);
        ListCall { call }
    }
}

static CREATE_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.enrollmentTokens.create",
    http_method: http::Method::POST,
    path: "v1/{+parent}/enrollmentTokens",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.enrollmentTokens.create`, made by
/// [`EnrollmentTokensResource::create`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateCall {
    call: Call,
}

impl CreateCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.enrollmentTokens.create`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::EnrollmentToken, Error> {
        self.call.send().await
    }
}

impl CallOptions for CreateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for CreateCall {
    type Response = crate::schemas::EnrollmentToken;
    fn into_call(self) -> Call {
        self.call
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.enrollmentTokens.delete",
    http_method: http::Method::DELETE,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.enrollmentTokens.delete`, made by
/// [`EnrollmentTokensResource::delete`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.enrollmentTokens.delete`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Empty, Error> {
        self.call.send().await
    }
}

impl CallOptions for DeleteCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for DeleteCall {
    type Response = crate::schemas::Empty;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.enrollmentTokens.get",
    http_method: http::Method::GET,
    path: "v1/{+name}",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.enrollmentTokens.get`, made by
/// [`EnrollmentTokensResource::get`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.enrollmentTokens.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::EnrollmentToken, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::EnrollmentToken;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidmanagement.enterprises.enrollmentTokens.list",
    http_method: http::Method::GET,
    path: "v1/{+parent}/enrollmentTokens",
    scopes: &["https://www.googleapis.com/auth/androidmanagement"],
    api_version: None,
};

/// A call of `androidmanagement.enterprises.enrollmentTokens.list`, made by
/// [`EnrollmentTokensResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// The requested page size. The service may return fewer than this value. If unspecified, at
    /// most 10 items will be returned. The maximum value is 100; values above 100 will be coerced
    /// to 100.
    ///
    /// Optional parameter. Sent as `pageSize`.
    #[inline]
    pub fn page_size(mut self, value: i32) -> Self {
        self.call.query("pageSize", value.to_string());
        self
    }

    /// A token identifying a page of results returned by the server.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of
    /// [`ListEnrollmentTokensResponse`](crate::schemas::ListEnrollmentTokensResponse): the call is
    /// sent, then sent again with `pageToken` set to each `nextPageToken` the server answers, every
    /// other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::ListEnrollmentTokensResponse> {
        self.call
            .pages::<
                crate::schemas::ListEnrollmentTokensResponse,
            >(|page| page.next_page_token.as_deref())
    }

    /// The elements of `enrollment_tokens` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `enrollment_tokens` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(
        self,
    ) -> Items<
        crate::schemas::ListEnrollmentTokensResponse,
        crate::schemas::EnrollmentToken,
    > {
        self.call
            .items::<
                crate::schemas::ListEnrollmentTokensResponse,
                crate::schemas::EnrollmentToken,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.enrollment_tokens.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of
    /// `androidmanagement.enterprises.enrollmentTokens.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ListEnrollmentTokensResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ListEnrollmentTokensResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
