use crate::runtime::wire;

/// An event generated when new permissions are added to an app.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NewPermissionsEvent {
    /// The set of permissions that the enterprise admin has already approved for this application.
    /// Use Permissions.Get on the EMM API to retrieve details about these permissions.
    #[serde(
        rename = "approvedPermissions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub approved_permissions: Option<Vec<String>>,
    /// The id of the product (e.g. "app:com.google.android.gm") for which new permissions were
    /// added. This field will always be present.
    #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// The set of permissions that the app is currently requesting. Use Permissions.Get on the EMM
    /// API to retrieve details about these permissions.
    #[serde(
        rename = "requestedPermissions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_permissions: Option<Vec<String>>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}

impl NewPermissionsEvent {
    /// Sets `approvedPermissions` (chainable).
    pub fn set_approved_permissions(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.approved_permissions = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("approvedPermissions");
        self
    }

    /// Sends `approvedPermissions` as JSON `null`, which clears it on the server (chainable);
    /// `set_approved_permissions` takes it back.
    #[inline]
    pub fn clear_approved_permissions(mut self) -> Self {
        self.approved_permissions = None;
        self.unknown_fields
            .insert("approvedPermissions".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `productId` (chainable).
    pub fn set_product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
        self.unknown_fields.remove("productId");
        self
    }

    /// Sends `productId` as JSON `null`, which clears it on the server (chainable);
    /// `set_product_id` takes it back.
    #[inline]
    pub fn clear_product_id(mut self) -> Self {
        self.product_id = None;
        self.unknown_fields.insert("productId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `requestedPermissions` (chainable).
    pub fn set_requested_permissions(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.requested_permissions = Some(value.into_iter().map(Into::into).collect());
        self.unknown_fields.remove("requestedPermissions");
        self
    }

    /// Sends `requestedPermissions` as JSON `null`, which clears it on the server (chainable);
    /// `set_requested_permissions` takes it back.
    #[inline]
    pub fn clear_requested_permissions(mut self) -> Self {
        self.requested_permissions = None;
        self.unknown_fields
            .insert("requestedPermissions".to_owned(), serde_json::Value::Null);
        self
    }
}
