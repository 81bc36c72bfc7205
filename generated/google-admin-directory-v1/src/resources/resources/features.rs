//! The `resources.features` resource.

use crate::runtime::{
    batch, http, Call, CallOptions, Client, Error, Items, MethodInfo, Pages,
};

/// The `resources.features` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct FeaturesResource {
    pub(crate) client: Client,
}

impl FeaturesResource {
    /// Deletes a feature.
    ///
    /// `DELETE admin/directory/v1/customer/{customer}/resources/features/{featureKey}` (method id
    /// `directory.resources.features.delete`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `feature_key`: The unique ID of the feature to delete.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn delete(
        &self,
        customer: impl Into<String>,
        feature_key: impl Into<String>,
    ) -> DeleteCall {
        let mut call = Call::new(&self.client, &DELETE_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("featureKey", feature_key.into());
        DeleteCall { call }
    }

    /// Retrieves a feature.
    ///
    /// `GET admin/directory/v1/customer/{customer}/resources/features/{featureKey}` (method id
    /// `directory.resources.features.get`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `feature_key`: The unique ID of the feature to retrieve.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar.readonly`
    #[inline]
    pub fn get(
        &self,
        customer: impl Into<String>,
        feature_key: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("featureKey", feature_key.into());
        GetCall { call }
    }

    /// Inserts a feature.
    ///
    /// `POST admin/directory/v1/customer/{customer}/resources/features` (method id
    /// `directory.resources.features.insert`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `body`: the request body, a [`crate::schemas::Feature`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn insert(
        &self,
        customer: impl Into<String>,
        body: crate::schemas::Feature,
    ) -> InsertCall {
        let mut call = Call::new(&self.client, &INSERT_METHOD);
        call.path_param("customer", customer.into());
        call.json_body(&body);
        InsertCall { call }
    }

    /// Retrieves a list of features for an account.
    ///
    /// `GET admin/directory/v1/customer/{customer}/resources/features` (method id
    /// `directory.resources.features.list`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar.readonly`
    #[inline]
    pub fn list(&self, customer: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("customer", customer.into());
        ListCall { call }
    }

    /// Patches a feature.
    ///
    /// `PATCH admin/directory/v1/customer/{customer}/resources/features/{featureKey}` (method id
    /// `directory.resources.features.patch`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `feature_key`: The unique ID of the feature to update.
    /// - `body`: the request body, a [`crate::schemas::Feature`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn patch(
        &self,
        customer: impl Into<String>,
        feature_key: impl Into<String>,
        body: crate::schemas::Feature,
    ) -> PatchCall {
        let mut call = Call::new(&self.client, &PATCH_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("featureKey", feature_key.into());
        call.json_body(&body);
        PatchCall { call }
    }

    /// Renames a feature.
    ///
    /// `POST admin/directory/v1/customer/{customer}/resources/features/{oldName}/rename` (method id
    /// `directory.resources.features.rename`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `old_name`: The unique ID of the feature to rename.
    /// - `body`: the request body, a [`crate::schemas::FeatureRename`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn rename(
        &self,
        customer: impl Into<String>,
        old_name: impl Into<String>,
        body: crate::schemas::FeatureRename,
    ) -> RenameCall {
        let mut call = Call::new(&self.client, &RENAME_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("oldName", old_name.into());
        call.json_body(&body);
        RenameCall { call }
    }

    /// Updates a feature.
    ///
    /// `PUT admin/directory/v1/customer/{customer}/resources/features/{featureKey}` (method id
    /// `directory.resources.features.update`)
    ///
    /// Arguments, in order:
    /// - `customer`: The unique ID for the customer's Google Workspace account. As an account
    ///   administrator, you
    /// - `feature_key`: The unique ID of the feature to update.
    /// - `body`: the request body, a [`crate::schemas::Feature`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/admin.directory.resource.calendar`
    #[inline]
    pub fn update(
        &self,
        customer: impl Into<String>,
        feature_key: impl Into<String>,
        body: crate::schemas::Feature,
    ) -> UpdateCall {
        let mut call = Call::new(&self.client, &UPDATE_METHOD);
        call.path_param("customer", customer.into());
        call.path_param("featureKey", feature_key.into());
        call.json_body(&body);
        UpdateCall { call }
    }
}

static DELETE_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.features.delete",
    http_method: http::Method::DELETE,
    path: "admin/directory/v1/customer/{customer}/resources/features/{featureKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.features.delete`, made by [`FeaturesResource::delete`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteCall {
    call: Call,
}

impl DeleteCall {
    /// Sends the request and waits for the answer of `directory.resources.features.delete`.
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

static GET_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.features.get",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/resources/features/{featureKey}",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.resource.calendar",
        "https://www.googleapis.com/auth/admin.directory.resource.calendar.readonly",
    ],
    api_version: None,
};

/// A call of `directory.resources.features.get`, made by [`FeaturesResource::get`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetCall {
    call: Call,
}

impl GetCall {
    /// Sends the request and waits for the answer of `directory.resources.features.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Feature, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Feature;
    fn into_call(self) -> Call {
        self.call
    }
}

static INSERT_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.features.insert",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customer}/resources/features",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.features.insert`, made by [`FeaturesResource::insert`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct InsertCall {
    call: Call,
}

impl InsertCall {
    /// Sends the request and waits for the answer of `directory.resources.features.insert`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Feature, Error> {
        self.call.send().await
    }
}

impl CallOptions for InsertCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for InsertCall {
    type Response = crate::schemas::Feature;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.features.list",
    http_method: http::Method::GET,
    path: "admin/directory/v1/customer/{customer}/resources/features",
    scopes: &[
        "https://www.googleapis.com/auth/admin.directory.resource.calendar",
        "https://www.googleapis.com/auth/admin.directory.resource.calendar.readonly",
    ],
    api_version: None,
};

/// A call of `directory.resources.features.list`, made by [`FeaturesResource::list`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListCall {
    call: Call,
}

impl ListCall {
    /// Maximum number of results to return.
    ///
    /// Optional parameter. Sent as `maxResults`.
    #[inline]
    pub fn max_results(mut self, value: i32) -> Self {
        self.call.query("maxResults", value.to_string());
        self
    }

    /// Token to specify the next page in the list.
    ///
    /// Optional parameter. Sent as `pageToken`.
    #[inline]
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.call.query("pageToken", value.into());
        self
    }

    /// Every page of the list, as a stream of [`Features`](crate::schemas::Features): the call is
    /// sent, then sent again with `pageToken` set to each `nextPageToken` the server answers, every
    /// other parameter as set here, until an answer has none.
    ///
    /// A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let
    /// Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token
    /// the server sends a second time ends the stream with an error, so a faulty server cannot make
    /// it loop forever.
    #[inline]
    pub fn pages(self) -> Pages<crate::schemas::Features> {
        self.call
            .pages::<crate::schemas::Features>(|page| page.next_page_token.as_deref())
    }

    /// The elements of `features` on every page, as one stream: the pages of
    /// [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without
    /// `features` adds nothing; an error is the stream's last item.
    #[inline]
    pub fn items(self) -> Items<crate::schemas::Features, crate::schemas::Feature> {
        self.call
            .items::<
                crate::schemas::Features,
                crate::schemas::Feature,
            >(
                |page| page.next_page_token.as_deref(),
                |page| page.features.unwrap_or_default(),
            )
    }

    /// Sends the request and waits for the answer of `directory.resources.features.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Features, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::Features;
    fn into_call(self) -> Call {
        self.call
    }
}

static PATCH_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.features.patch",
    http_method: http::Method::PATCH,
    path: "admin/directory/v1/customer/{customer}/resources/features/{featureKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.features.patch`, made by [`FeaturesResource::patch`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PatchCall {
    call: Call,
}

impl PatchCall {
    /// Sends the request and waits for the answer of `directory.resources.features.patch`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Feature, Error> {
        self.call.send().await
    }
}

impl CallOptions for PatchCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for PatchCall {
    type Response = crate::schemas::Feature;
    fn into_call(self) -> Call {
        self.call
    }
}

static RENAME_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.features.rename",
    http_method: http::Method::POST,
    path: "admin/directory/v1/customer/{customer}/resources/features/{oldName}/rename",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.features.rename`, made by [`FeaturesResource::rename`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct RenameCall {
    call: Call,
}

impl RenameCall {
    /// Sends the request and waits for the answer of `directory.resources.features.rename`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for RenameCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for RenameCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static UPDATE_METHOD: MethodInfo = MethodInfo {
    id: "directory.resources.features.update",
    http_method: http::Method::PUT,
    path: "admin/directory/v1/customer/{customer}/resources/features/{featureKey}",
    scopes: &["https://www.googleapis.com/auth/admin.directory.resource.calendar"],
    api_version: None,
};

/// A call of `directory.resources.features.update`, made by [`FeaturesResource::update`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateCall {
    call: Call,
}

impl UpdateCall {
    /// Sends the request and waits for the answer of `directory.resources.features.update`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Feature, Error> {
        self.call.send().await
    }
}

impl CallOptions for UpdateCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UpdateCall {
    type Response = crate::schemas::Feature;
    fn into_call(self) -> Call {
        self.call
    }
}
