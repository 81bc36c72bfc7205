use crate::runtime::wire;

/// The work profile or company-owned device failed to wipe when requested. This could be user
/// initiated or admin initiated e.g. delete was received. Intentionally empty.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WipeFailureEvent {
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    #[serde(flatten)]
    pub unknown_fields: wire::UnknownFields,
}
