use crate::runtime::{impl_open_enum, wire};

/// Configuration for communication with an SMTP service.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SmtpMsa {
    /// The hostname of the SMTP service. Required.
    pub host: Option<String>,
    /// The password that will be used for authentication with the SMTP service. This is a
    /// write-only field that can be specified in requests to create or update SendAs settings; it
    /// is never populated in responses.
    pub password: Option<String>,
    /// The port of the SMTP service. Required.
    pub port: Option<i32>,
    /// The protocol that will be used to secure communication with the SMTP service. Required.
    pub security_mode: Option<crate::schemas::SmtpMsaSecurityMode>,
    /// The username that will be used for authentication with the SMTP service. This is a
    /// write-only field that can be specified in requests to create or update SendAs settings; it
    /// is never populated in responses.
    pub username: Option<String>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SmtpMsa {
    /// Sets `host` (chainable).
    pub fn set_host(mut self, value: impl Into<String>) -> Self {
        self.host = Some(value.into());
        self.unknown_fields.remove("host");
        self
    }

    /// Sends `host` as JSON `null`, which clears it on the server (chainable); `set_host` takes it
    /// back.
    #[inline]
    pub fn clear_host(mut self) -> Self {
        self.host = None;
        self.unknown_fields.insert("host".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `password` (chainable).
    pub fn set_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self.unknown_fields.remove("password");
        self
    }

    /// Sends `password` as JSON `null`, which clears it on the server (chainable); `set_password`
    /// takes it back.
    #[inline]
    pub fn clear_password(mut self) -> Self {
        self.password = None;
        self.unknown_fields.insert("password".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `port` (chainable).
    pub fn set_port(mut self, value: impl Into<i32>) -> Self {
        self.port = Some(value.into());
        self.unknown_fields.remove("port");
        self
    }

    /// Sends `port` as JSON `null`, which clears it on the server (chainable); `set_port` takes it
    /// back.
    #[inline]
    pub fn clear_port(mut self) -> Self {
        self.port = None;
        self.unknown_fields.insert("port".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `securityMode` (chainable).
    pub fn set_security_mode(
        mut self,
        value: impl Into<crate::schemas::SmtpMsaSecurityMode>,
    ) -> Self {
        self.security_mode = Some(value.into());
        self.unknown_fields.remove("securityMode");
        self
    }

    /// Sends `securityMode` as JSON `null`, which clears it on the server (chainable);
    /// `set_security_mode` takes it back.
    #[inline]
    pub fn clear_security_mode(mut self) -> Self {
        self.security_mode = None;
        self.unknown_fields.insert("securityMode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `username` (chainable).
    pub fn set_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self.unknown_fields.remove("username");
        self
    }

    /// Sends `username` as JSON `null`, which clears it on the server (chainable); `set_username`
    /// takes it back.
    #[inline]
    pub fn clear_username(mut self) -> Self {
        self.username = None;
        self.unknown_fields.insert("username".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for SmtpMsa {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.host {
            map.serialize_entry("host", value)?;
        }
        if let Some(value) = &self.password {
            map.serialize_entry("password", value)?;
        }
        if let Some(value) = &self.port {
            map.serialize_entry("port", value)?;
        }
        if let Some(value) = &self.security_mode {
            map.serialize_entry("securityMode", value)?;
        }
        if let Some(value) = &self.username {
            map.serialize_entry("username", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SmtpMsa {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SmtpMsa {
    const NAME: &'static str = "SmtpMsa";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "host" => self.host = map.next_value()?,
            "password" => self.password = map.next_value()?,
            "port" => self.port = map.next_value()?,
            "securityMode" => self.security_mode = map.next_value()?,
            "username" => self.username = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The protocol that will be used to secure communication with the SMTP service. Required.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SmtpMsaSecurityMode {
    /// Unspecified security mode.
    ///
    /// `securityModeUnspecified` on the wire.
    #[default]
    SecurityModeUnspecified,
    /// Communication with the remote SMTP service is unsecured. Requires port 25.
    ///
    /// `none` on the wire.
    None,
    /// Communication with the remote SMTP service is secured using SSL.
    ///
    /// `ssl` on the wire.
    Ssl,
    /// Communication with the remote SMTP service is secured using STARTTLS.
    ///
    /// `starttls` on the wire.
    Starttls,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for SmtpMsaSecurityMode {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::SecurityModeUnspecified => "securityModeUnspecified",
            Self::None => "none",
            Self::Ssl => "ssl",
            Self::Starttls => "starttls",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "securityModeUnspecified" => Self::SecurityModeUnspecified,
            "none" => Self::None,
            "ssl" => Self::Ssl,
            "starttls" => Self::Starttls,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(SmtpMsaSecurityMode);
