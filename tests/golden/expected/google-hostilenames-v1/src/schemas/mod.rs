//! The data types of the Hostile Names API: requests, responses and what they contain.

mod timestamp;
pub use timestamp::Timestamp;
#[cfg(feature = "v4k")]
#[cfg_attr(docsrs, doc(cfg(feature = "v4k")))]
mod v1st_place;
#[cfg(feature = "v4k")]
#[cfg_attr(docsrs, doc(cfg(feature = "v4k")))]
pub use v1st_place::{V1stPlace, V1stPlaceMode, V1stPlaceV2nd};
