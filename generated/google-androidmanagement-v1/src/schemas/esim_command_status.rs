use crate::runtime::{impl_open_enum, wire};

/// Status and error details (if present) of an ADD_ESIM or REMOVE_ESIM command.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EsimCommandStatus {
    /// Output only. Information about the eSIM added or removed. This is populated only when the
    /// eSIM operation status is SUCCESS.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub esim_info: Option<crate::schemas::EsimInfo>,
    /// Output only. Details of the error if the status is set to INTERNAL_ERROR.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub internal_error_details: Option<crate::schemas::InternalErrorDetails>,
    /// Output only. Status of an ADD_ESIM or REMOVE_ESIM command.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub status: Option<crate::schemas::EsimCommandStatusStatus>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl EsimCommandStatus {
    /// Sets `esimInfo` (chainable).
    pub fn set_esim_info(mut self, value: impl Into<crate::schemas::EsimInfo>) -> Self {
        self.esim_info = Some(value.into());
        self.unknown_fields.remove("esimInfo");
        self
    }

    /// Sends `esimInfo` as JSON `null`, which clears it on the server (chainable); `set_esim_info`
    /// takes it back.
    #[inline]
    pub fn clear_esim_info(mut self) -> Self {
        self.esim_info = None;
        self.unknown_fields.insert("esimInfo".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `internalErrorDetails` (chainable).
    pub fn set_internal_error_details(
        mut self,
        value: impl Into<crate::schemas::InternalErrorDetails>,
    ) -> Self {
        self.internal_error_details = Some(value.into());
        self.unknown_fields.remove("internalErrorDetails");
        self
    }

    /// Sends `internalErrorDetails` as JSON `null`, which clears it on the server (chainable);
    /// `set_internal_error_details` takes it back.
    #[inline]
    pub fn clear_internal_error_details(mut self) -> Self {
        self.internal_error_details = None;
        self.unknown_fields
            .insert("internalErrorDetails".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `status` (chainable).
    pub fn set_status(
        mut self,
        value: impl Into<crate::schemas::EsimCommandStatusStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self.unknown_fields.remove("status");
        self
    }

    /// Sends `status` as JSON `null`, which clears it on the server (chainable); `set_status` takes
    /// it back.
    #[inline]
    pub fn clear_status(mut self) -> Self {
        self.status = None;
        self.unknown_fields.insert("status".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for EsimCommandStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.esim_info {
            map.serialize_entry("esimInfo", value)?;
        }
        if let Some(value) = &self.internal_error_details {
            map.serialize_entry("internalErrorDetails", value)?;
        }
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for EsimCommandStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for EsimCommandStatus {
    const NAME: &'static str = "EsimCommandStatus";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "esimInfo" => self.esim_info = map.next_value()?,
            "internalErrorDetails" => self.internal_error_details = map.next_value()?,
            "status" => self.status = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. Status of an ADD_ESIM or REMOVE_ESIM command.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum EsimCommandStatusStatus {
    /// Unspecified. This value is not used.
    ///
    /// `STATUS_UNSPECIFIED` on the wire.
    #[default]
    StatusUnspecified,
    /// The eSIM operation was successfully performed on the device.
    ///
    /// `SUCCESS` on the wire.
    Success,
    /// The eSIM operation is in progress.
    ///
    /// `IN_PROGRESS` on the wire.
    InProgress,
    /// The user needs to take an action for the eSIM operation to proceed. When ADD_ESIM is issued,
    /// this can happen when the device requires user consent to install or activate the eSIM, or
    /// when the eSIM profile requires a confirmation code that was not provided in
    /// confirmation_code.
    ///
    /// `PENDING_USER_ACTION` on the wire.
    PendingUserAction,
    /// The eSIM operation cannot be executed when setup is in progress.
    ///
    /// `ERROR_SETUP_IN_PROGRESS` on the wire.
    ErrorSetupInProgress,
    /// The user has denied the eSIM operation.
    ///
    /// `ERROR_USER_DENIED` on the wire.
    ErrorUserDenied,
    /// An error has occurred while trying to add or remove the eSIM on the device, see
    /// internal_error_details.
    ///
    /// `INTERNAL_ERROR` on the wire.
    InternalError,
    /// For a REMOVE_ESIM command, the iccId of the eSIM to be removed was not found on the device.
    /// This could either mean the eSIM does not belong to the enterprise or the eSIM corresponding
    /// to the iccId is not present on the device.
    ///
    /// `ERROR_ICC_ID_NOT_FOUND` on the wire.
    ErrorIccIdNotFound,
    /// The ADD_ESIM command failed when attempting to add a new eSIM with its activation state set
    /// to ACTIVATED since multiple eSIM slots on the device contain active eSIM profiles and there
    /// is no free eSIM slot available. To resolve this, the new eSIM can be added with its
    /// activation state as NOT_ACTIVATED for later manual activation, or the user must first
    /// deactivate an existing active eSIM for the operation to proceed.
    ///
    /// `ERROR_MULTIPLE_ACTIVE_ESIMS_NO_AVAILABLE_SLOT` on the wire.
    ErrorMultipleActiveEsimsNoAvailableSlot,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for EsimCommandStatusStatus {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::StatusUnspecified => "STATUS_UNSPECIFIED",
            Self::Success => "SUCCESS",
            Self::InProgress => "IN_PROGRESS",
            Self::PendingUserAction => "PENDING_USER_ACTION",
            Self::ErrorSetupInProgress => "ERROR_SETUP_IN_PROGRESS",
            Self::ErrorUserDenied => "ERROR_USER_DENIED",
            Self::InternalError => "INTERNAL_ERROR",
            Self::ErrorIccIdNotFound => "ERROR_ICC_ID_NOT_FOUND",
            Self::ErrorMultipleActiveEsimsNoAvailableSlot => {
                "ERROR_MULTIPLE_ACTIVE_ESIMS_NO_AVAILABLE_SLOT"
            }
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "STATUS_UNSPECIFIED" => Self::StatusUnspecified,
            "SUCCESS" => Self::Success,
            "IN_PROGRESS" => Self::InProgress,
            "PENDING_USER_ACTION" => Self::PendingUserAction,
            "ERROR_SETUP_IN_PROGRESS" => Self::ErrorSetupInProgress,
            "ERROR_USER_DENIED" => Self::ErrorUserDenied,
            "INTERNAL_ERROR" => Self::InternalError,
            "ERROR_ICC_ID_NOT_FOUND" => Self::ErrorIccIdNotFound,
            "ERROR_MULTIPLE_ACTIVE_ESIMS_NO_AVAILABLE_SLOT" => {
                Self::ErrorMultipleActiveEsimsNoAvailableSlot
            }
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(EsimCommandStatusStatus);
