//! The `products` resource.

use crate::runtime::{batch, http, Call, CallOptions, Client, Error, MethodInfo};

/// The `products` resource: its methods and nested resources.
#[derive(Debug, Clone)]
pub struct ProductsResource {
    pub(crate) client: Client,
}

impl ProductsResource {
    /// Approves the specified product and the relevant app permissions, if any. The maximum number
    /// of products that you can approve per enterprise customer is 1,000. To learn how to use
    /// managed Google Play to design and create a store layout to display approved products to your
    /// users, see Store Layout Design. **Note:** This item has been deprecated. New integrations
    /// cannot use this method and can refer to our new recommendations.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/approve` (method
    /// id `androidenterprise.products.approve`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `product_id`: The ID of the product.
    /// - `body`: the request body, a [`crate::schemas::ProductsApproveRequest`].
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn approve(
        &self,
        enterprise_id: impl Into<String>,
        product_id: impl Into<String>,
        body: crate::schemas::ProductsApproveRequest,
    ) -> ApproveCall {
        let mut call = Call::new(&self.client, &APPROVE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("productId", product_id.into());
        call.json_body(&body);
        ApproveCall { call }
    }

    /// Generates a URL that can be rendered in an iframe to display the permissions (if any) of a
    /// product. An enterprise admin must view these permissions and accept them on behalf of their
    /// organization in order to approve that product. Admins should accept the displayed
    /// permissions by interacting with a separate UI element in the EMM console, which in turn
    /// should trigger the use of this URL as the approvalUrlInfo.approvalUrl property in a
    /// Products.approve call to approve the product. This URL can only be used to display
    /// permissions for up to 1 day. **Note:** This item has been deprecated. New integrations
    /// cannot use this method and can refer to our new recommendations.
    ///
    /// `POST
    /// androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/generateApprovalUrl`
    /// (method id `androidenterprise.products.generateApprovalUrl`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `product_id`: The ID of the product.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn generate_approval_url(
        &self,
        enterprise_id: impl Into<String>,
        product_id: impl Into<String>,
    ) -> GenerateApprovalUrlCall {
        let mut call = Call::new(&self.client, &GENERATE_APPROVAL_URL_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("productId", product_id.into());
        GenerateApprovalUrlCall { call }
    }

    /// Retrieves details of a product for display to an enterprise admin.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}` (method id
    /// `androidenterprise.products.get`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `product_id`: The ID of the product, e.g. "app:com.google.android.gm".
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get(
        &self,
        enterprise_id: impl Into<String>,
        product_id: impl Into<String>,
    ) -> GetCall {
        let mut call = Call::new(&self.client, &GET_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("productId", product_id.into());
        GetCall { call }
    }

    /// Retrieves the schema that defines the configurable properties for this product. All products
    /// have a schema, but this schema may be empty if no managed configurations have been defined.
    /// This schema can be used to populate a UI that allows an admin to configure the product. To
    /// apply a managed configuration based on the schema obtained using this API, see Managed
    /// Configurations through Play.
    ///
    /// `GET
    /// androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/appRestrictionsSchema`
    /// (method id `androidenterprise.products.getAppRestrictionsSchema`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `product_id`: The ID of the product.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get_app_restrictions_schema(
        &self,
        enterprise_id: impl Into<String>,
        product_id: impl Into<String>,
    ) -> GetAppRestrictionsSchemaCall {
        let mut call = Call::new(&self.client, &GET_APP_RESTRICTIONS_SCHEMA_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("productId", product_id.into());
        GetAppRestrictionsSchemaCall {
            call,
        }
    }

    /// Retrieves the Android app permissions required by this app.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/permissions`
    /// (method id `androidenterprise.products.getPermissions`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `product_id`: The ID of the product.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn get_permissions(
        &self,
        enterprise_id: impl Into<String>,
        product_id: impl Into<String>,
    ) -> GetPermissionsCall {
        let mut call = Call::new(&self.client, &GET_PERMISSIONS_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("productId", product_id.into());
        GetPermissionsCall { call }
    }

    /// Finds approved products that match a query, or all approved products if there is no query.
    /// **Note:** This item has been deprecated. New integrations cannot use this method and can
    /// refer to our new recommendations.
    ///
    /// `GET androidenterprise/v1/enterprises/{enterpriseId}/products` (method id
    /// `androidenterprise.products.list`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn list(&self, enterprise_id: impl Into<String>) -> ListCall {
        let mut call = Call::new(&self.client, &LIST_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        ListCall { call }
    }

    /// Unapproves the specified product (and the relevant app permissions, if any) **Note:** This
    /// item has been deprecated. New integrations cannot use this method and can refer to our new
    /// recommendations.
    ///
    /// `POST androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/unapprove`
    /// (method id `androidenterprise.products.unapprove`)
    ///
    /// Arguments, in order:
    /// - `enterprise_id`: The ID of the enterprise.
    /// - `product_id`: The ID of the product.
    ///
    /// Scopes (any one of them):
    /// - `https://www.googleapis.com/auth/androidenterprise`
    #[inline]
    pub fn unapprove(
        &self,
        enterprise_id: impl Into<String>,
        product_id: impl Into<String>,
    ) -> UnapproveCall {
        let mut call = Call::new(&self.client, &UNAPPROVE_METHOD);
        call.path_param("enterpriseId", enterprise_id.into());
        call.path_param("productId", product_id.into());
        UnapproveCall { call }
    }
}

static APPROVE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.products.approve",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/approve",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.products.approve`, made by [`ProductsResource::approve`]: set
/// optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ApproveCall {
    call: Call,
}

impl ApproveCall {
    /// Sends the request and waits for the answer of `androidenterprise.products.approve`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for ApproveCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ApproveCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}

static GENERATE_APPROVAL_URL_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.products.generateApprovalUrl",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/generateApprovalUrl",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.products.generateApprovalUrl`, made by
/// [`ProductsResource::generate_approval_url`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GenerateApprovalUrlCall {
    call: Call,
}

impl GenerateApprovalUrlCall {
    /// The BCP 47 language code used for permission names and descriptions in the returned iframe,
    /// for instance "en-US".
    ///
    /// Optional parameter. Sent as `languageCode`.
    #[inline]
    pub fn language_code(mut self, value: impl Into<String>) -> Self {
        self.call.query("languageCode", value.into());
        self
    }

    /// Sends the request and waits for the answer of
    /// `androidenterprise.products.generateApprovalUrl`.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<crate::schemas::ProductsGenerateApprovalUrlResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for GenerateApprovalUrlCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GenerateApprovalUrlCall {
    type Response = crate::schemas::ProductsGenerateApprovalUrlResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.products.get",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.products.get`, made by [`ProductsResource::get`]: set optional
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
    /// The BCP47 tag for the user's preferred language (e.g. "en-US", "de").
    ///
    /// Optional parameter. Sent as `language`.
    #[inline]
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.call.query("language", value.into());
        self
    }

    /// Sends the request and waits for the answer of `androidenterprise.products.get`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::Product, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetCall {
    type Response = crate::schemas::Product;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_APP_RESTRICTIONS_SCHEMA_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.products.getAppRestrictionsSchema",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/appRestrictionsSchema",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.products.getAppRestrictionsSchema`, made by
/// [`ProductsResource::get_app_restrictions_schema`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetAppRestrictionsSchemaCall {
    call: Call,
}

impl GetAppRestrictionsSchemaCall {
    /// The BCP47 tag for the user's preferred language (e.g. "en-US", "de").
    ///
    /// Optional parameter. Sent as `language`.
    #[inline]
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.call.query("language", value.into());
        self
    }

    /// Sends the request and waits for the answer of
    /// `androidenterprise.products.getAppRestrictionsSchema`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::AppRestrictionsSchema, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetAppRestrictionsSchemaCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetAppRestrictionsSchemaCall {
    type Response = crate::schemas::AppRestrictionsSchema;
    fn into_call(self) -> Call {
        self.call
    }
}

static GET_PERMISSIONS_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.products.getPermissions",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/permissions",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.products.getPermissions`, made by
/// [`ProductsResource::get_permissions`]: set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetPermissionsCall {
    call: Call,
}

impl GetPermissionsCall {
    /// Sends the request and waits for the answer of `androidenterprise.products.getPermissions`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ProductPermissions, Error> {
        self.call.send().await
    }
}

impl CallOptions for GetPermissionsCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for GetPermissionsCall {
    type Response = crate::schemas::ProductPermissions;
    fn into_call(self) -> Call {
        self.call
    }
}

static LIST_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.products.list",
    http_method: http::Method::GET,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/products",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.products.list`, made by [`ProductsResource::list`]: set
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
    /// Specifies whether to search among all products (false) or among only products that have been
    /// approved (true). Only "true" is supported, and should be specified.
    ///
    /// Optional parameter. Sent as `approved`.
    #[inline]
    pub fn approved(mut self, value: bool) -> Self {
        self.call.query("approved", value.to_string());
        self
    }

    /// The BCP47 tag for the user's preferred language (e.g. "en-US", "de"). Results are returned
    /// in the language best matching the preferred language.
    ///
    /// Optional parameter. Sent as `language`.
    #[inline]
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.call.query("language", value.into());
        self
    }

    /// Defines how many results the list operation should return. The default number depends on the
    /// resource collection.
    ///
    /// Optional parameter. Sent as `maxResults`.
    #[inline]
    pub fn max_results(mut self, value: u32) -> Self {
        self.call.query("maxResults", value.to_string());
        self
    }

    /// The search query as typed in the Google Play store search box. If omitted, all approved apps
    /// will be returned (using the pagination parameters), including apps that are not available in
    /// the store (e.g. unpublished apps).
    ///
    /// Optional parameter. Sent as `query`.
    #[inline]
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.call.query("query", value.into());
        self
    }

    /// Defines the token of the page to return, usually taken from TokenPagination. This can only
    /// be used if token paging is enabled.
    ///
    /// Optional parameter. Sent as `token`.
    #[inline]
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.call.query("token", value.into());
        self
    }

    /// Sends the request and waits for the answer of `androidenterprise.products.list`.
    #[inline]
    pub async fn send(self) -> Result<crate::schemas::ProductsListResponse, Error> {
        self.call.send().await
    }
}

impl CallOptions for ListCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for ListCall {
    type Response = crate::schemas::ProductsListResponse;
    fn into_call(self) -> Call {
        self.call
    }
}

static UNAPPROVE_METHOD: MethodInfo = MethodInfo {
    id: "androidenterprise.products.unapprove",
    http_method: http::Method::POST,
    path: "androidenterprise/v1/enterprises/{enterpriseId}/products/{productId}/unapprove",
    scopes: &["https://www.googleapis.com/auth/androidenterprise"],
    api_version: None,
};

/// A call of `androidenterprise.products.unapprove`, made by [`ProductsResource::unapprove`]:
/// set optional parameters, then `send` it.
///
/// The standard parameters and per-call options (`fields`, `quota_user`, `scopes`, `retry`,
/// ...) come from [`CallOptions`].
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UnapproveCall {
    call: Call,
}

impl UnapproveCall {
    /// Sends the request and waits for the answer of `androidenterprise.products.unapprove`.
    #[inline]
    pub async fn send(self) -> Result<(), Error> {
        self.call.send_empty().await
    }
}

impl CallOptions for UnapproveCall {
    fn call_mut(&mut self) -> &mut Call {
        &mut self.call
    }
}

impl batch::Batchable for UnapproveCall {
    type Response = ();
    fn into_call(self) -> Call {
        self.call
    }
}
