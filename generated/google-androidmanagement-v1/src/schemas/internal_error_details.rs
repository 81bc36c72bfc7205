use crate::runtime::{impl_open_enum, wire};

/// Internal error details if present for the ADD_ESIM or REMOVE_ESIM command.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct InternalErrorDetails {
    /// Output only. Integer representation of the error code as specified here
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#EXTRA_EMBEDDED_SUBSCRIPTION_DETAILED_CODE>).
    /// See also, OPERATION_SMDX_SUBJECT_REASON_CODE. See error_code_detail for more details.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub error_code: Option<i64>,
    /// Output only. The error code detail corresponding to the error_code.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub error_code_detail: Option<crate::schemas::InternalErrorDetailsErrorCodeDetail>,
    /// Output only. Integer representation of the operation code as specified here
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#EXTRA_EMBEDDED_SUBSCRIPTION_DETAILED_CODE>).
    /// See operation_code_detail for more details.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub operation_code: Option<i64>,
    /// Output only. The operation code detail corresponding to the operation_code.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub operation_code_detail: Option<
        crate::schemas::InternalErrorDetailsOperationCodeDetail,
    >,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl InternalErrorDetails {
    /// Sets `errorCode` (chainable).
    pub fn set_error_code(mut self, value: impl Into<i64>) -> Self {
        self.error_code = Some(value.into());
        self.unknown_fields.remove("errorCode");
        self
    }

    /// Sends `errorCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_error_code` takes it back.
    #[inline]
    pub fn clear_error_code(mut self) -> Self {
        self.error_code = None;
        self.unknown_fields.insert("errorCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `errorCodeDetail` (chainable).
    pub fn set_error_code_detail(
        mut self,
        value: impl Into<crate::schemas::InternalErrorDetailsErrorCodeDetail>,
    ) -> Self {
        self.error_code_detail = Some(value.into());
        self.unknown_fields.remove("errorCodeDetail");
        self
    }

    /// Sends `errorCodeDetail` as JSON `null`, which clears it on the server (chainable);
    /// `set_error_code_detail` takes it back.
    #[inline]
    pub fn clear_error_code_detail(mut self) -> Self {
        self.error_code_detail = None;
        self.unknown_fields
            .insert("errorCodeDetail".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `operationCode` (chainable).
    pub fn set_operation_code(mut self, value: impl Into<i64>) -> Self {
        self.operation_code = Some(value.into());
        self.unknown_fields.remove("operationCode");
        self
    }

    /// Sends `operationCode` as JSON `null`, which clears it on the server (chainable);
    /// `set_operation_code` takes it back.
    #[inline]
    pub fn clear_operation_code(mut self) -> Self {
        self.operation_code = None;
        self.unknown_fields.insert("operationCode".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `operationCodeDetail` (chainable).
    pub fn set_operation_code_detail(
        mut self,
        value: impl Into<crate::schemas::InternalErrorDetailsOperationCodeDetail>,
    ) -> Self {
        self.operation_code_detail = Some(value.into());
        self.unknown_fields.remove("operationCodeDetail");
        self
    }

    /// Sends `operationCodeDetail` as JSON `null`, which clears it on the server (chainable);
    /// `set_operation_code_detail` takes it back.
    #[inline]
    pub fn clear_operation_code_detail(mut self) -> Self {
        self.operation_code_detail = None;
        self.unknown_fields
            .insert("operationCodeDetail".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for InternalErrorDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if self.error_code.is_some() {
            map.serialize_entry(
                "errorCode",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.error_code),
            )?;
        }
        if let Some(value) = &self.error_code_detail {
            map.serialize_entry("errorCodeDetail", value)?;
        }
        if self.operation_code.is_some() {
            map.serialize_entry(
                "operationCode",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.operation_code),
            )?;
        }
        if let Some(value) = &self.operation_code_detail {
            map.serialize_entry("operationCodeDetail", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for InternalErrorDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for InternalErrorDetails {
    const NAME: &'static str = "InternalErrorDetails";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "errorCode" => {
                self.error_code = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "errorCodeDetail" => self.error_code_detail = map.next_value()?,
            "operationCode" => {
                self.operation_code = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "operationCodeDetail" => self.operation_code_detail = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// Output only. The error code detail corresponding to the error_code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum InternalErrorDetailsErrorCodeDetail {
    /// Error code detail is unspecified. The error_code is not recognized by Android Management
    /// API. However, see error_code
    ///
    /// `ERROR_CODE_DETAIL_UNSPECIFIED` on the wire.
    #[default]
    ErrorCodeDetailUnspecified,
    /// See EuiccManager.ERROR_TIME_OUT
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_TIME_OUT>)
    /// for details.
    ///
    /// `ERROR_TIME_OUT` on the wire.
    ErrorTimeOut,
    /// See EuiccManager.ERROR_EUICC_MISSING
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_EUICC_MISSING>)
    /// for details.
    ///
    /// `ERROR_EUICC_MISSING` on the wire.
    ErrorEuiccMissing,
    /// See EuiccManager.ERROR_UNSUPPORTED_VERSION
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_UNSUPPORTED_VERSION>)
    /// for details.
    ///
    /// `ERROR_UNSUPPORTED_VERSION` on the wire.
    ErrorUnsupportedVersion,
    /// See EuiccManager.ERROR_ADDRESS_MISSING
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_ADDRESS_MISSING>)
    /// for details.
    ///
    /// `ERROR_ADDRESS_MISSING` on the wire.
    ErrorAddressMissing,
    /// The confirmation code is invalid. When ADD_ESIM is issued, this is reported when the carrier
    /// rejects the provided confirmation_code. See EuiccManager.ERROR_INVALID_CONFIRMATION_CODE
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_INVALID_CONFIRMATION_CODE>)
    /// for details.
    ///
    /// `ERROR_INVALID_CONFIRMATION_CODE` on the wire.
    ErrorInvalidConfirmationCode,
    /// See EuiccManager.ERROR_CERTIFICATE_ERROR
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_CERTIFICATE_ERROR>)
    /// for details.
    ///
    /// `ERROR_CERTIFICATE_ERROR` on the wire.
    ErrorCertificateError,
    /// See EuiccManager.ERROR_NO_PROFILES_AVAILABLE
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_NO_PROFILES_AVAILABLE>)
    /// for details.
    ///
    /// `ERROR_NO_PROFILES_AVAILABLE` on the wire.
    ErrorNoProfilesAvailable,
    /// See EuiccManager.ERROR_CONNECTION_ERROR
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_CONNECTION_ERROR>)
    /// for details.
    ///
    /// `ERROR_CONNECTION_ERROR` on the wire.
    ErrorConnectionError,
    /// See EuiccManager.ERROR_INVALID_RESPONSE
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_INVALID_RESPONSE>)
    /// for details.
    ///
    /// `ERROR_INVALID_RESPONSE` on the wire.
    ErrorInvalidResponse,
    /// See EuiccManager.ERROR_CARRIER_LOCKED
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_CARRIER_LOCKED>)
    /// for details.
    ///
    /// `ERROR_CARRIER_LOCKED` on the wire.
    ErrorCarrierLocked,
    /// See EuiccManager.ERROR_DISALLOWED_BY_PPR
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_DISALLOWED_BY_PPR>)
    /// for details.
    ///
    /// `ERROR_DISALLOWED_BY_PPR` on the wire.
    ErrorDisallowedByPpr,
    /// See EuiccManager.ERROR_INVALID_ACTIVATION_CODE
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_INVALID_ACTIVATION_CODE>)
    /// for details.
    ///
    /// `ERROR_INVALID_ACTIVATION_CODE` on the wire.
    ErrorInvalidActivationCode,
    /// See EuiccManager.ERROR_INCOMPATIBLE_CARRIER
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_INCOMPATIBLE_CARRIER>)
    /// for details.
    ///
    /// `ERROR_INCOMPATIBLE_CARRIER` on the wire.
    ErrorIncompatibleCarrier,
    /// See EuiccManager.ERROR_OPERATION_BUSY
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_OPERATION_BUSY>)
    /// for details.
    ///
    /// `ERROR_OPERATION_BUSY` on the wire.
    ErrorOperationBusy,
    /// See EuiccManager.ERROR_INSTALL_PROFILE
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_INSTALL_PROFILE>)
    /// for details.
    ///
    /// `ERROR_INSTALL_PROFILE` on the wire.
    ErrorInstallProfile,
    /// See EuiccManager.ERROR_EUICC_INSUFFICIENT_MEMORY
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_EUICC_INSUFFICIENT_MEMORY>)
    /// for details.
    ///
    /// `ERROR_EUICC_INSUFFICIENT_MEMORY` on the wire.
    ErrorEuiccInsufficientMemory,
    /// See EuiccManager.ERROR_INVALID_PORT
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_INVALID_PORT>)
    /// for details.
    ///
    /// `ERROR_INVALID_PORT` on the wire.
    ErrorInvalidPort,
    /// See EuiccManager.ERROR_SIM_MISSING
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#ERROR_SIM_MISSING>)
    /// for details.
    ///
    /// `ERROR_SIM_MISSING` on the wire.
    ErrorSimMissing,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for InternalErrorDetailsErrorCodeDetail {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ErrorCodeDetailUnspecified => "ERROR_CODE_DETAIL_UNSPECIFIED",
            Self::ErrorTimeOut => "ERROR_TIME_OUT",
            Self::ErrorEuiccMissing => "ERROR_EUICC_MISSING",
            Self::ErrorUnsupportedVersion => "ERROR_UNSUPPORTED_VERSION",
            Self::ErrorAddressMissing => "ERROR_ADDRESS_MISSING",
            Self::ErrorInvalidConfirmationCode => "ERROR_INVALID_CONFIRMATION_CODE",
            Self::ErrorCertificateError => "ERROR_CERTIFICATE_ERROR",
            Self::ErrorNoProfilesAvailable => "ERROR_NO_PROFILES_AVAILABLE",
            Self::ErrorConnectionError => "ERROR_CONNECTION_ERROR",
            Self::ErrorInvalidResponse => "ERROR_INVALID_RESPONSE",
            Self::ErrorCarrierLocked => "ERROR_CARRIER_LOCKED",
            Self::ErrorDisallowedByPpr => "ERROR_DISALLOWED_BY_PPR",
            Self::ErrorInvalidActivationCode => "ERROR_INVALID_ACTIVATION_CODE",
            Self::ErrorIncompatibleCarrier => "ERROR_INCOMPATIBLE_CARRIER",
            Self::ErrorOperationBusy => "ERROR_OPERATION_BUSY",
            Self::ErrorInstallProfile => "ERROR_INSTALL_PROFILE",
            Self::ErrorEuiccInsufficientMemory => "ERROR_EUICC_INSUFFICIENT_MEMORY",
            Self::ErrorInvalidPort => "ERROR_INVALID_PORT",
            Self::ErrorSimMissing => "ERROR_SIM_MISSING",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "ERROR_CODE_DETAIL_UNSPECIFIED" => Self::ErrorCodeDetailUnspecified,
            "ERROR_TIME_OUT" => Self::ErrorTimeOut,
            "ERROR_EUICC_MISSING" => Self::ErrorEuiccMissing,
            "ERROR_UNSUPPORTED_VERSION" => Self::ErrorUnsupportedVersion,
            "ERROR_ADDRESS_MISSING" => Self::ErrorAddressMissing,
            "ERROR_INVALID_CONFIRMATION_CODE" => Self::ErrorInvalidConfirmationCode,
            "ERROR_CERTIFICATE_ERROR" => Self::ErrorCertificateError,
            "ERROR_NO_PROFILES_AVAILABLE" => Self::ErrorNoProfilesAvailable,
            "ERROR_CONNECTION_ERROR" => Self::ErrorConnectionError,
            "ERROR_INVALID_RESPONSE" => Self::ErrorInvalidResponse,
            "ERROR_CARRIER_LOCKED" => Self::ErrorCarrierLocked,
            "ERROR_DISALLOWED_BY_PPR" => Self::ErrorDisallowedByPpr,
            "ERROR_INVALID_ACTIVATION_CODE" => Self::ErrorInvalidActivationCode,
            "ERROR_INCOMPATIBLE_CARRIER" => Self::ErrorIncompatibleCarrier,
            "ERROR_OPERATION_BUSY" => Self::ErrorOperationBusy,
            "ERROR_INSTALL_PROFILE" => Self::ErrorInstallProfile,
            "ERROR_EUICC_INSUFFICIENT_MEMORY" => Self::ErrorEuiccInsufficientMemory,
            "ERROR_INVALID_PORT" => Self::ErrorInvalidPort,
            "ERROR_SIM_MISSING" => Self::ErrorSimMissing,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(InternalErrorDetailsErrorCodeDetail);

/// Output only. The operation code detail corresponding to the operation_code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum InternalErrorDetailsOperationCodeDetail {
    /// Operation code detail is unspecified. The operation_code is not recognized by Android
    /// Management API. However, see operation_code.
    ///
    /// `OPERATION_CODE_DETAIL_UNSPECIFIED` on the wire.
    #[default]
    OperationCodeDetailUnspecified,
    /// See EuiccManager.OPERATION_SYSTEM
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#OPERATION_SYSTEM>)
    /// for details.
    ///
    /// `OPERATION_SYSTEM` on the wire.
    OperationSystem,
    /// See EuiccManager.OPERATION_SIM_SLOT
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#OPERATION_SIM_SLOT>)
    /// for details.
    ///
    /// `OPERATION_SIM_SLOT` on the wire.
    OperationSimSlot,
    /// See EuiccManager.OPERATION_EUICC_CARD
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#OPERATION_EUICC_CARD>)
    /// for details.
    ///
    /// `OPERATION_EUICC_CARD` on the wire.
    OperationEuiccCard,
    /// See EuiccManager.OPERATION_SMDX
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#OPERATION_SMDX>)
    /// for details.
    ///
    /// `OPERATION_SMDX` on the wire.
    OperationSmdx,
    /// See EuiccManager.OPERATION_SWITCH
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#OPERATION_SWITCH>)
    /// for details.
    ///
    /// `OPERATION_SWITCH` on the wire.
    OperationSwitch,
    /// See EuiccManager.OPERATION_DOWNLOAD
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#OPERATION_DOWNLOAD>)
    /// for details.
    ///
    /// `OPERATION_DOWNLOAD` on the wire.
    OperationDownload,
    /// See EuiccManager.OPERATION_METADATA
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#OPERATION_METADATA>)
    /// for details.
    ///
    /// `OPERATION_METADATA` on the wire.
    OperationMetadata,
    /// See EuiccManager.OPERATION_EUICC_GSMA
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#OPERATION_EUICC_GSMA>)
    /// for details.
    ///
    /// `OPERATION_EUICC_GSMA` on the wire.
    OperationEuiccGsma,
    /// See EuiccManager.OPERATION_APDU
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#OPERATION_APDU>)
    /// for details.
    ///
    /// `OPERATION_APDU` on the wire.
    OperationApdu,
    /// See EuiccManager.OPERATION_SMDX_SUBJECT_REASON_CODE
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#OPERATION_SMDX_SUBJECT_REASON_CODE>)
    /// for details. Note that, in this case, error_code is the least significant 3 bytes of the
    /// EXTRA_EMBEDDED_SUBSCRIPTION_DETAILED_CODE
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#EXTRA_EMBEDDED_SUBSCRIPTION_DETAILED_CODE>)
    /// specifying the subject code and the reason code as indicated here
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#OPERATION_SMDX_SUBJECT_REASON_CODE>).
    /// The most significant byte of the integer is zeroed out. For example, a Subject Code of
    /// 8.11.1 and a Reason Code of 5.1 is represented in error_code as 0000 0000 1000 1011 0001
    /// 0000 0101 0001 in binary, which is 9113681 in decimal.
    ///
    /// `OPERATION_SMDX_SUBJECT_REASON_CODE` on the wire.
    OperationSmdxSubjectReasonCode,
    /// See EuiccManager.OPERATION_HTTP
    /// (<https://developer.android.com/reference/android/telephony/euicc/EuiccManager#OPERATION_HTTP>)
    /// for details.
    ///
    /// `OPERATION_HTTP` on the wire.
    OperationHttp,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for InternalErrorDetailsOperationCodeDetail {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::OperationCodeDetailUnspecified => "OPERATION_CODE_DETAIL_UNSPECIFIED",
            Self::OperationSystem => "OPERATION_SYSTEM",
            Self::OperationSimSlot => "OPERATION_SIM_SLOT",
            Self::OperationEuiccCard => "OPERATION_EUICC_CARD",
            Self::OperationSmdx => "OPERATION_SMDX",
            Self::OperationSwitch => "OPERATION_SWITCH",
            Self::OperationDownload => "OPERATION_DOWNLOAD",
            Self::OperationMetadata => "OPERATION_METADATA",
            Self::OperationEuiccGsma => "OPERATION_EUICC_GSMA",
            Self::OperationApdu => "OPERATION_APDU",
            Self::OperationSmdxSubjectReasonCode => "OPERATION_SMDX_SUBJECT_REASON_CODE",
            Self::OperationHttp => "OPERATION_HTTP",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "OPERATION_CODE_DETAIL_UNSPECIFIED" => Self::OperationCodeDetailUnspecified,
            "OPERATION_SYSTEM" => Self::OperationSystem,
            "OPERATION_SIM_SLOT" => Self::OperationSimSlot,
            "OPERATION_EUICC_CARD" => Self::OperationEuiccCard,
            "OPERATION_SMDX" => Self::OperationSmdx,
            "OPERATION_SWITCH" => Self::OperationSwitch,
            "OPERATION_DOWNLOAD" => Self::OperationDownload,
            "OPERATION_METADATA" => Self::OperationMetadata,
            "OPERATION_EUICC_GSMA" => Self::OperationEuiccGsma,
            "OPERATION_APDU" => Self::OperationApdu,
            "OPERATION_SMDX_SUBJECT_REASON_CODE" => Self::OperationSmdxSubjectReasonCode,
            "OPERATION_HTTP" => Self::OperationHttp,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(InternalErrorDetailsOperationCodeDetail);
