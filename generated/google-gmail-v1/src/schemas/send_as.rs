use crate::runtime::{impl_open_enum, wire};

/// Settings associated with a send-as alias, which can be either the primary login address
/// associated with the account or a custom "from" address. Send-as aliases correspond to the
/// "Send Mail As" feature in the web interface. The send-as alias must be a valid email
/// address.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SendAs {
    /// A name that appears in the "From:" header for mail sent using this alias. For custom "from"
    /// addresses, when this is empty, Gmail will populate the "From:" header with the name that is
    /// used for the primary address associated with the account. If the admin has disabled the
    /// ability for users to update their name format, requests to update this field for the primary
    /// login will silently fail.
    pub display_name: Option<String>,
    /// Whether this address is selected as the default "From:" address in situations such as
    /// composing a new message or sending a vacation auto-reply. Every Gmail account has exactly
    /// one default send-as address, so the only legal value that clients may write to this field is
    /// `true`. Changing this from `false` to `true` for an address will result in this field
    /// becoming `false` for the other previous default address.
    pub is_default: Option<bool>,
    /// Whether this address is the primary address used to login to the account. Every Gmail
    /// account has exactly one primary address, and it cannot be deleted from the collection of
    /// send-as aliases. This field is read-only.
    pub is_primary: Option<bool>,
    /// An optional email address that is included in a "Reply-To:" header for mail sent using this
    /// alias. If this is empty, Gmail will not generate a "Reply-To:" header.
    pub reply_to_address: Option<String>,
    /// The email address that appears in the "From:" header for mail sent using this alias. This is
    /// read-only for all operations except create.
    pub send_as_email: Option<String>,
    /// An optional HTML signature that is included in messages composed with this alias in the
    /// Gmail web UI. This signature is added to new emails only.
    pub signature: Option<String>,
    /// An optional SMTP service that will be used as an outbound relay for mail sent using this
    /// alias. If this is empty, outbound mail will be sent directly from Gmail's servers to the
    /// destination SMTP service. This setting only applies to custom "from" aliases.
    pub smtp_msa: Option<crate::schemas::SmtpMsa>,
    /// Whether Gmail should treat this address as an alias for the user's primary email address.
    /// This setting only applies to custom "from" aliases.
    pub treat_as_alias: Option<bool>,
    /// Indicates whether this address has been verified for use as a send-as alias. Read-only. This
    /// setting only applies to custom "from" aliases.
    pub verification_status: Option<crate::schemas::SendAsVerificationStatus>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl SendAs {
    /// Sets `displayName` (chainable).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self.unknown_fields.remove("displayName");
        self
    }

    /// Sends `displayName` as JSON `null`, which clears it on the server (chainable);
    /// `set_display_name` takes it back.
    #[inline]
    pub fn clear_display_name(mut self) -> Self {
        self.display_name = None;
        self.unknown_fields.insert("displayName".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isDefault` (chainable).
    pub fn set_is_default(mut self, value: impl Into<bool>) -> Self {
        self.is_default = Some(value.into());
        self.unknown_fields.remove("isDefault");
        self
    }

    /// Sends `isDefault` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_default` takes it back.
    #[inline]
    pub fn clear_is_default(mut self) -> Self {
        self.is_default = None;
        self.unknown_fields.insert("isDefault".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `isPrimary` (chainable).
    pub fn set_is_primary(mut self, value: impl Into<bool>) -> Self {
        self.is_primary = Some(value.into());
        self.unknown_fields.remove("isPrimary");
        self
    }

    /// Sends `isPrimary` as JSON `null`, which clears it on the server (chainable);
    /// `set_is_primary` takes it back.
    #[inline]
    pub fn clear_is_primary(mut self) -> Self {
        self.is_primary = None;
        self.unknown_fields.insert("isPrimary".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `replyToAddress` (chainable).
    pub fn set_reply_to_address(mut self, value: impl Into<String>) -> Self {
        self.reply_to_address = Some(value.into());
        self.unknown_fields.remove("replyToAddress");
        self
    }

    /// Sends `replyToAddress` as JSON `null`, which clears it on the server (chainable);
    /// `set_reply_to_address` takes it back.
    #[inline]
    pub fn clear_reply_to_address(mut self) -> Self {
        self.reply_to_address = None;
        self.unknown_fields.insert("replyToAddress".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `sendAsEmail` (chainable).
    pub fn set_send_as_email(mut self, value: impl Into<String>) -> Self {
        self.send_as_email = Some(value.into());
        self.unknown_fields.remove("sendAsEmail");
        self
    }

    /// Sends `sendAsEmail` as JSON `null`, which clears it on the server (chainable);
    /// `set_send_as_email` takes it back.
    #[inline]
    pub fn clear_send_as_email(mut self) -> Self {
        self.send_as_email = None;
        self.unknown_fields.insert("sendAsEmail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `signature` (chainable).
    pub fn set_signature(mut self, value: impl Into<String>) -> Self {
        self.signature = Some(value.into());
        self.unknown_fields.remove("signature");
        self
    }

    /// Sends `signature` as JSON `null`, which clears it on the server (chainable); `set_signature`
    /// takes it back.
    #[inline]
    pub fn clear_signature(mut self) -> Self {
        self.signature = None;
        self.unknown_fields.insert("signature".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `smtpMsa` (chainable).
    pub fn set_smtp_msa(mut self, value: impl Into<crate::schemas::SmtpMsa>) -> Self {
        self.smtp_msa = Some(value.into());
        self.unknown_fields.remove("smtpMsa");
        self
    }

    /// Sends `smtpMsa` as JSON `null`, which clears it on the server (chainable); `set_smtp_msa`
    /// takes it back.
    #[inline]
    pub fn clear_smtp_msa(mut self) -> Self {
        self.smtp_msa = None;
        self.unknown_fields.insert("smtpMsa".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `treatAsAlias` (chainable).
    pub fn set_treat_as_alias(mut self, value: impl Into<bool>) -> Self {
        self.treat_as_alias = Some(value.into());
        self.unknown_fields.remove("treatAsAlias");
        self
    }

    /// Sends `treatAsAlias` as JSON `null`, which clears it on the server (chainable);
    /// `set_treat_as_alias` takes it back.
    #[inline]
    pub fn clear_treat_as_alias(mut self) -> Self {
        self.treat_as_alias = None;
        self.unknown_fields.insert("treatAsAlias".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `verificationStatus` (chainable).
    pub fn set_verification_status(
        mut self,
        value: impl Into<crate::schemas::SendAsVerificationStatus>,
    ) -> Self {
        self.verification_status = Some(value.into());
        self.unknown_fields.remove("verificationStatus");
        self
    }

    /// Sends `verificationStatus` as JSON `null`, which clears it on the server (chainable);
    /// `set_verification_status` takes it back.
    #[inline]
    pub fn clear_verification_status(mut self) -> Self {
        self.verification_status = None;
        self.unknown_fields
            .insert("verificationStatus".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for SendAs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.display_name {
            map.serialize_entry("displayName", value)?;
        }
        if let Some(value) = &self.is_default {
            map.serialize_entry("isDefault", value)?;
        }
        if let Some(value) = &self.is_primary {
            map.serialize_entry("isPrimary", value)?;
        }
        if let Some(value) = &self.reply_to_address {
            map.serialize_entry("replyToAddress", value)?;
        }
        if let Some(value) = &self.send_as_email {
            map.serialize_entry("sendAsEmail", value)?;
        }
        if let Some(value) = &self.signature {
            map.serialize_entry("signature", value)?;
        }
        if let Some(value) = &self.smtp_msa {
            map.serialize_entry("smtpMsa", value)?;
        }
        if let Some(value) = &self.treat_as_alias {
            map.serialize_entry("treatAsAlias", value)?;
        }
        if let Some(value) = &self.verification_status {
            map.serialize_entry("verificationStatus", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SendAs {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for SendAs {
    const NAME: &'static str = "SendAs";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "displayName" => self.display_name = map.next_value()?,
            "isDefault" => self.is_default = map.next_value()?,
            "isPrimary" => self.is_primary = map.next_value()?,
            "replyToAddress" => self.reply_to_address = map.next_value()?,
            "sendAsEmail" => self.send_as_email = map.next_value()?,
            "signature" => self.signature = map.next_value()?,
            "smtpMsa" => self.smtp_msa = map.next_value()?,
            "treatAsAlias" => self.treat_as_alias = map.next_value()?,
            "verificationStatus" => self.verification_status = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Indicates whether this address has been verified for use as a send-as alias. Read-only. This
/// setting only applies to custom "from" aliases.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum SendAsVerificationStatus {
    /// Unspecified verification status.
    ///
    /// `verificationStatusUnspecified` on the wire.
    #[default]
    VerificationStatusUnspecified,
    /// The address is ready to use as a send-as alias.
    ///
    /// `accepted` on the wire.
    Accepted,
    /// The address is awaiting verification by the owner.
    ///
    /// `pending` on the wire.
    Pending,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for SendAsVerificationStatus {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::VerificationStatusUnspecified => "verificationStatusUnspecified",
            Self::Accepted => "accepted",
            Self::Pending => "pending",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "verificationStatusUnspecified" => Self::VerificationStatusUnspecified,
            "accepted" => Self::Accepted,
            "pending" => Self::Pending,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(SendAsVerificationStatus);
