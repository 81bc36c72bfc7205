//! The `gapi` binary, run as a user runs it: each seed method as a command against a local server
//! (the exact request asserted), dry-run output compared with committed snapshots, and bad input
//! refused with one line and exit code 2 before anything is sent.

mod bad_input;
mod daily;
mod directory;
mod documents;
mod dry_run;
mod federation;
#[path = "../../../tests/support/inspecting_proxy.rs"]
mod inspecting_proxy;
mod keyless;
mod login;
mod operations;
mod proxy;
mod safety;
mod seed;
mod support;
