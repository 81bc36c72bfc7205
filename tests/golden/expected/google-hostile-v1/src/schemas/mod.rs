//! The data types of the Hostile   \`API\` \`\`\`  \`\`\`rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); \`\`\`: requests, responses and what they contain.

mod level;
pub use level::Level;
#[cfg(feature = "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap")]
#[cfg_attr(
    docsrs,
    doc(cfg(feature = "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap"))
)]
mod thing;
#[cfg(feature = "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap")]
#[cfg_attr(
    docsrs,
    doc(cfg(feature = "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap"))
)]
pub use thing::{Thing, ThingState};
#[cfg(feature = "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap")]
#[cfg_attr(
    docsrs,
    doc(cfg(feature = "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap"))
)]
mod thing_list;
#[cfg(feature = "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap")]
#[cfg_attr(
    docsrs,
    doc(cfg(feature = "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap"))
)]
pub use thing_list::ThingList;
