//! The `serviceaccountkeys` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `serviceaccountkeys` resource: its methods and nested resources. Deprecated.
#[derive(Debug, Clone)]
pub struct ServiceaccountkeysResource {
    pub(crate) client: Client,
}

impl ServiceaccountkeysResource {
    /// Removes and invalidates the specified credentials for the service account associated with
    /// this enterprise. The calling service account must have been retrieved by calling
    /// Enterprises.GetServiceAccount and must have been set as the enterprise service account by
    /// calling Enterprises.SetAccount.
    ///
    /// `DELETE androidenterprise/v1/enterprises/{enterpriseId}/serviceAccountKeys/{keyId}` (method
    /// id `androidenterprise.serviceaccountkeys.delete`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `key_id`: The ID of the key.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[deprecated]
    #[inline]
    pub fn delete(
        &self,
        enterprise_id: impl Into<String>,
        key_id: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("keyId", key_id.into());
        DeleteCall { call }
    }

    /// Generates new credentials for the service account associated with this enterprise. The
    /// calling service account must have been retrieved by calling Enterprises.GetServiceAccount
    /// and must have been set as the enterprise service account by calling Enterprises.SetAccount.
    /// Only the type of the key should be populated in the resource to be inserted.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/serviceAccountKeys` (method id
    /// `androidenterprise.serviceaccountkeys.insert`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `body`: the request body, a [`crate::schemas::ServiceAccountKey`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[deprecated]
    #[inline]
    pub fn insert(
        &self,
        enterprise_id: impl Into<String>,
        body: crate::schemas::ServiceAccountKey,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Lists all active credentials for the service account associated with this enterprise. Only
    /// the ID and key type are returned. The calling service account must have been retrieved by
    /// calling Enterprises.GetServiceAccount and must have been set as the enterprise service
    /// account by calling Enterprises.SetAccount.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/serviceAccountKeys` (method id
    /// `androidenterprise.serviceaccountkeys.list`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[deprecated]
    #[inline]
    pub fn list(&self, enterprise_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        ListCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.serviceaccountkeys.delete",
    http_method: http::Method::DELETE,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/serviceAccountKeys/{keyId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.serviceaccountkeys.delete`, made by
/// [`ServiceaccountkeysResource::delete`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `androidenterprise.serviceaccountkeys.delete`.
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

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.serviceaccountkeys.insert",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/serviceAccountKeys",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.serviceaccountkeys.insert`, made by
/// [`ServiceaccountkeysResource::insert`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `androidenterprise.serviceaccountkeys.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ServiceAccountKey, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::ServiceAccountKey;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.serviceaccountkeys.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/serviceAccountKeys",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.serviceaccountkeys.list`, made by
/// [`ServiceaccountkeysResource::list`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Sends the request and waits for the answer of `androidenterprise.serviceaccountkeys.list`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ServiceAccountKeysListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ServiceAccountKeysListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}
