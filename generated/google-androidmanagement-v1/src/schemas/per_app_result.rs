use crate::runtime::{impl_open_enum, wire};

/// The result of an attempt to clear the data of a single app.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PerAppResult {
    /// The result of an attempt to clear the data of a single app.
    pub clearing_result: Option<crate::schemas::PerAppResultClearingResult>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl PerAppResult {
    /// Sets `clearingResult` (chainable).
    pub fn set_clearing_result(
        mut self,
        value: impl Into<crate::schemas::PerAppResultClearingResult>,
    ) -> Self {
        self.clearing_result = Some(value.into());
        self.unknown_fields.remove("clearingResult");
        self
    }

    /// Sends `clearingResult` as JSON `null`, which clears it on the server (chainable);
    /// `set_clearing_result` takes it back.
    #[inline]
    pub fn clear_clearing_result(mut self) -> Self {
        self.clearing_result = None;
        self.unknown_fields.insert("clearingResult".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for PerAppResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.clearing_result {
            map.serialize_entry("clearingResult", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PerAppResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for PerAppResult {
    const NAME: &'static str = "PerAppResult";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "clearingResult" => self.clearing_result = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The result of an attempt to clear the data of a single app.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum PerAppResultClearingResult {
    /// Unspecified result.
    ///
    /// `CLEARING_RESULT_UNSPECIFIED` on the wire.
    #[default]
    ClearingResultUnspecified,
    /// This app’s data was successfully cleared.
    ///
    /// `SUCCESS` on the wire.
    Success,
    /// This app’s data could not be cleared because the app was not found.
    ///
    /// `APP_NOT_FOUND` on the wire.
    AppNotFound,
    /// This app’s data could not be cleared because the app is protected. For example, this may
    /// apply to apps critical to the functioning of the device, such as Google Play Store.
    ///
    /// `APP_PROTECTED` on the wire.
    AppProtected,
    /// This app’s data could not be cleared because the device API level does not support this
    /// command.
    ///
    /// `API_LEVEL` on the wire.
    ApiLevel,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for PerAppResultClearingResult {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::ClearingResultUnspecified => "CLEARING_RESULT_UNSPECIFIED",
            Self::Success => "SUCCESS",
            Self::AppNotFound => "APP_NOT_FOUND",
            Self::AppProtected => "APP_PROTECTED",
            Self::ApiLevel => "API_LEVEL",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "CLEARING_RESULT_UNSPECIFIED" => Self::ClearingResultUnspecified,
            "SUCCESS" => Self::Success,
            "APP_NOT_FOUND" => Self::AppNotFound,
            "APP_PROTECTED" => Self::AppProtected,
            "API_LEVEL" => Self::ApiLevel,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(PerAppResultClearingResult);
