//! Long-running operations, request ids, attempt tags and the data wrapper, against a local
//! server scripted after Google's documented behaviour.
//!
//! The methods are written by hand as a generated crate would emit them.

mod attempts;
mod poller;
mod script;
