//! The data types of the Kitchen Sink API: requests, responses and what they contain.

mod empty;
pub use empty::Empty;
#[cfg(feature = "gadgets")]
#[cfg_attr(docsrs, doc(cfg(feature = "gadgets")))]
mod gadget;
#[cfg(feature = "gadgets")]
#[cfg_attr(docsrs, doc(cfg(feature = "gadgets")))]
pub use gadget::Gadget;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
mod http_health_check;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
pub use http_health_check::HttpHealthCheck;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
mod http_health_check2;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
pub use http_health_check2::HttpHealthCheck2;
mod level;
pub use level::Level;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
mod names;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
pub use names::Names;
mod notice;
pub use notice::Notice;
#[cfg(any(feature = "gadgets", feature = "things"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "gadgets", feature = "things"))))]
mod ping;
#[cfg(any(feature = "gadgets", feature = "things"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "gadgets", feature = "things"))))]
pub use ping::Ping;
#[cfg(any(feature = "gadgets", feature = "things"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "gadgets", feature = "things"))))]
mod pong;
#[cfg(any(feature = "gadgets", feature = "things"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "gadgets", feature = "things"))))]
pub use pong::Pong;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
mod result;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
pub use result::Result_;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
mod thing;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
pub use thing::{Thing, ThingModes, ThingNested, ThingNestedInner, ThingRows, ThingState};
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
mod thing_aggregated_list;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
pub use thing_aggregated_list::ThingAggregatedList;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
mod thing_list;
#[cfg(feature = "things")]
#[cfg_attr(docsrs, doc(cfg(feature = "things")))]
pub use thing_list::ThingList;
