use crate::runtime::wire;

/// Represents that the device has completed enrollment. User should be in the launcher at this
/// point, device at this point will be compliant and all setup steps have been completed.
/// Intentionally empty.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EnrollmentCompleteEvent {
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}
