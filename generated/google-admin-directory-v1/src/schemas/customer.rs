#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Customer {
    /// The customer's secondary contact email address. This email address cannot be on the same domain as the `customerDomain`
    #[serde(rename = "alternateEmail", default, skip_serializing_if = "Option::is_none")]
    pub alternate_email: Option<String>,
    /// The customer's creation time (Readonly)
    #[serde(
        rename = "customerCreationTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_creation_time: Option<crate::runtime::Timestamp>,
    /// The customer's primary domain name string. Do not include the `www` prefix when creating a new customer.
    #[serde(rename = "customerDomain", default, skip_serializing_if = "Option::is_none")]
    pub customer_domain: Option<String>,
    /// ETag of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The unique ID for the customer's Google Workspace account. (Readonly)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifies the resource as a customer. Value: `admin#directory#customer`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The customer's ISO 639-2 language code. See the [Language Codes](https://developers.google.com/workspace/admin/directory/v1/languages) page for the list of supported codes. Valid language codes outside the supported set will be accepted by the API but may lead to unexpected behavior. The default value is `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The customer's contact phone number in [E.164](https://en.wikipedia.org/wiki/E.164) format.
    #[serde(rename = "phoneNumber", default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// The customer's postal address information.
    #[serde(rename = "postalAddress", default, skip_serializing_if = "Option::is_none")]
    pub postal_address: Option<crate::schemas::CustomerPostalAddress>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: crate::runtime::wire::UnknownFields,
}
impl Customer {
    /// Sets `alternateEmail` (chainable).
    pub fn set_alternate_email(mut self, value: impl Into<String>) -> Self {
        self.alternate_email = Some(value.into());
        self
    }
    /// Sets `customerCreationTime` (chainable).
    pub fn set_customer_creation_time(
        mut self,
        value: impl Into<crate::runtime::Timestamp>,
    ) -> Self {
        self.customer_creation_time = Some(value.into());
        self
    }
    /// Sets `customerDomain` (chainable).
    pub fn set_customer_domain(mut self, value: impl Into<String>) -> Self {
        self.customer_domain = Some(value.into());
        self
    }
    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets `language` (chainable).
    pub fn set_language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `phoneNumber` (chainable).
    pub fn set_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
    /// Sets `postalAddress` (chainable).
    pub fn set_postal_address(
        mut self,
        value: impl Into<crate::schemas::CustomerPostalAddress>,
    ) -> Self {
        self.postal_address = Some(value.into());
        self
    }
}
