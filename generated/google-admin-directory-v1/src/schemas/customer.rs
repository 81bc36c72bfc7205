use crate::runtime::{wire, Timestamp};
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Customer {
    /// The customer's secondary contact email address. This email address cannot be on the same
    /// domain as the `customerDomain`
    pub alternate_email: Option<String>,
    /// The customer's creation time (Readonly)
    pub customer_creation_time: Option<Timestamp>,
    /// The customer's primary domain name string. Do not include the `www` prefix when creating a
    /// new customer.
    pub customer_domain: Option<String>,
    /// ETag of the resource.
    pub etag: Option<String>,
    /// The unique ID for the customer's Google Workspace account. (Readonly)
    pub id: Option<String>,
    /// Identifies the resource as a customer. Value: `admin#directory#customer`
    pub kind: Option<String>,
    /// The customer's ISO 639-2 language code. See the [Language
    /// Codes](https://developers.google.com/workspace/admin/directory/v1/languages) page for the
    /// list of supported codes. Valid language codes outside the supported set will be accepted by
    /// the API but may lead to unexpected behavior. The default value is `en`.
    pub language: Option<String>,
    /// The customer's contact phone number in [E.164](https://en.wikipedia.org/wiki/E.164) format.
    pub phone_number: Option<String>,
    /// The customer's postal address information.
    pub postal_address: Option<crate::schemas::CustomerPostalAddress>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl Customer {
    /// Sets `alternateEmail` (chainable).
    pub fn set_alternate_email(mut self, value: impl Into<String>) -> Self {
        self.alternate_email = Some(value.into());
        self.unknown_fields.remove("alternateEmail");
        self
    }

    /// Sends `alternateEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_alternate_email` takes it back.
    #[inline]
    pub fn clear_alternate_email(mut self) -> Self {
        self.alternate_email = None;
        self.unknown_fields.insert("alternateEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customerCreationTime` (chainable).
    pub fn set_customer_creation_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.customer_creation_time = Some(value.into());
        self.unknown_fields.remove("customerCreationTime");
        self
    }

    /// Sends `customerCreationTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_customer_creation_time` takes it back.
    #[inline]
    pub fn clear_customer_creation_time(mut self) -> Self {
        self.customer_creation_time = None;
        self.unknown_fields
            .insert("customerCreationTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `customerDomain` (chainable).
    pub fn set_customer_domain(mut self, value: impl Into<String>) -> Self {
        self.customer_domain = Some(value.into());
        self.unknown_fields.remove("customerDomain");
        self
    }

    /// Sends `customerDomain` as JSON `null`, which clears it on the server (chainable);
    /// `set_customer_domain` takes it back.
    #[inline]
    pub fn clear_customer_domain(mut self) -> Self {
        self.customer_domain = None;
        self.unknown_fields.insert("customerDomain".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `etag` (chainable).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self.unknown_fields.remove("etag");
        self
    }

    /// Sends `etag` as JSON `null`, which clears it on the server (chainable); `set_etag` takes it
    /// back.
    #[inline]
    pub fn clear_etag(mut self) -> Self {
        self.etag = None;
        self.unknown_fields.insert("etag".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `id` (chainable).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self.unknown_fields.remove("id");
        self
    }

    /// Sends `id` as JSON `null`, which clears it on the server (chainable); `set_id` takes it
    /// back.
    #[inline]
    pub fn clear_id(mut self) -> Self {
        self.id = None;
        self.unknown_fields.insert("id".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `kind` (chainable).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self.unknown_fields.remove("kind");
        self
    }

    /// Sends `kind` as JSON `null`, which clears it on the server (chainable); `set_kind` takes it
    /// back.
    #[inline]
    pub fn clear_kind(mut self) -> Self {
        self.kind = None;
        self.unknown_fields.insert("kind".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `language` (chainable).
    pub fn set_language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self.unknown_fields.remove("language");
        self
    }

    /// Sends `language` as JSON `null`, which clears it on the server (chainable); `set_language`
    /// takes it back.
    #[inline]
    pub fn clear_language(mut self) -> Self {
        self.language = None;
        self.unknown_fields.insert("language".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `phoneNumber` (chainable).
    pub fn set_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self.unknown_fields.remove("phoneNumber");
        self
    }

    /// Sends `phoneNumber` as JSON `null`, which clears it on the server (chainable);
    /// `set_phone_number` takes it back.
    #[inline]
    pub fn clear_phone_number(mut self) -> Self {
        self.phone_number = None;
        self.unknown_fields.insert("phoneNumber".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `postalAddress` (chainable).
    pub fn set_postal_address(
        mut self,
        value: impl Into<crate::schemas::CustomerPostalAddress>,
    ) -> Self {
        self.postal_address = Some(value.into());
        self.unknown_fields.remove("postalAddress");
        self
    }

    /// Sends `postalAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_postal_address` takes it back.
    #[inline]
    pub fn clear_postal_address(mut self) -> Self {
        self.postal_address = None;
        self.unknown_fields.insert("postalAddress".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for Customer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.alternate_email {
            map.serialize_entry("alternateEmail", value)?;
        }
        if let Some(value) = &self.customer_creation_time {
            map.serialize_entry("customerCreationTime", value)?;
        }
        if let Some(value) = &self.customer_domain {
            map.serialize_entry("customerDomain", value)?;
        }
        if let Some(value) = &self.etag {
            map.serialize_entry("etag", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("kind", value)?;
        }
        if let Some(value) = &self.language {
            map.serialize_entry("language", value)?;
        }
        if let Some(value) = &self.phone_number {
            map.serialize_entry("phoneNumber", value)?;
        }
        if let Some(value) = &self.postal_address {
            map.serialize_entry("postalAddress", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Customer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for Customer {
    const NAME: &'static str = "Customer";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "alternateEmail" => self.alternate_email = map.next_value()?,
            "customerCreationTime" => self.customer_creation_time = map.next_value()?,
            "customerDomain" => self.customer_domain = map.next_value()?,
            "etag" => self.etag = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "kind" => self.kind = map.next_value()?,
            "language" => self.language = map.next_value()?,
            "phoneNumber" => self.phone_number = map.next_value()?,
            "postalAddress" => self.postal_address = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}
