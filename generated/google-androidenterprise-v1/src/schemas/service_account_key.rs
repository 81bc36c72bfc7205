use crate::runtime::{impl_open_enum, wire};

/// *Deprecated:* New integrations cannot use this method and can refer to our new
/// recommendations
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ServiceAccountKey {
    /// The body of the private key credentials file, in string format. This is only populated when
    /// the ServiceAccountKey is created, and is not stored by Google. When type is "pkcs12", the
    /// contents of the data field is base64 encoded and has the password "notasecret".
    pub data: Option<String>,
    /// An opaque, unique identifier for this ServiceAccountKey. Assigned by the server.
    pub id: Option<String>,
    /// Public key data for the credentials file. This is an X.509 cert. If you are using the
    /// googleCredentials key type, this is identical to the cert that can be retrieved by using the
    /// X.509 cert url inside of the credentials file.
    pub public_data: Option<String>,
    /// The file format of the generated key data.
    ///
    /// Required by: `androidenterprise.serviceaccountkeys.insert`.
    pub type_: Option<crate::schemas::ServiceAccountKeyType>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl ServiceAccountKey {
    /// Sets `data` (chainable).
    pub fn set_data(mut self, value: impl Into<String>) -> Self {
        self.data = Some(value.into());
        self.unknown_fields.remove("data");
        self
    }

    /// Sends `data` as JSON `null`, which clears it on the server (chainable); `set_data` takes it
    /// back.
    #[inline]
    pub fn clear_data(mut self) -> Self {
        self.data = None;
        self.unknown_fields.insert("data".to_owned(), serde_json::Value::Null);
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

    /// Sets `publicData` (chainable).
    pub fn set_public_data(mut self, value: impl Into<String>) -> Self {
        self.public_data = Some(value.into());
        self.unknown_fields.remove("publicData");
        self
    }

    /// Sends `publicData` as JSON `null`, which clears it on the server (chainable);
    /// `set_public_data` takes it back.
    #[inline]
    pub fn clear_public_data(mut self) -> Self {
        self.public_data = None;
        self.unknown_fields.insert("publicData".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `type` (chainable).
    pub fn set_type(
        mut self,
        value: impl Into<crate::schemas::ServiceAccountKeyType>,
    ) -> Self {
        self.type_ = Some(value.into());
        self.unknown_fields.remove("type");
        self
    }

    /// Sends `type` as JSON `null`, which clears it on the server (chainable); `set_type` takes it
    /// back.
    #[inline]
    pub fn clear_type(mut self) -> Self {
        self.type_ = None;
        self.unknown_fields.insert("type".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for ServiceAccountKey {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.data {
            map.serialize_entry("data", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.public_data {
            map.serialize_entry("publicData", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServiceAccountKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for ServiceAccountKey {
    const NAME: &'static str = "ServiceAccountKey";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "data" => self.data = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "publicData" => self.public_data = map.next_value()?,
            "type" => self.type_ = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The file format of the generated key data.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum ServiceAccountKeyType {
    /// Google Credentials File format.
    ///
    /// `googleCredentials` on the wire.
    #[default]
    GoogleCredentials,
    /// PKCS12 format. The password for the PKCS12 file is 'notasecret'. For more information,
    /// see <https://tools.ietf.org/html/rfc7292>. The data for keys of this type are base64 encoded
    /// according to RFC 4648 Section 4. See <http://tools.ietf.org/html/rfc4648#section-4>.
    ///
    /// `pkcs12` on the wire.
    Pkcs12,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for ServiceAccountKeyType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::GoogleCredentials => "googleCredentials",
            Self::Pkcs12 => "pkcs12",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "googleCredentials" => Self::GoogleCredentials,
            "pkcs12" => Self::Pkcs12,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(ServiceAccountKeyType);
