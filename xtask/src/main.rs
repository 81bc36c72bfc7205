//! `cargo xtask`: the maintainer's tool. Run `cargo xtask help` for the commands.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  regen [--check]   generate every crate under generated/ from discovery-json/
                    (--check: change nothing; fail, naming the files, if generated/ is stale)
  check-corpus DIR [--compile N]
                    generate each document of DIR alone and report; then build the N
                    largest crates with clippy, warnings denied
  check-operations DIR
                    generate DIR/compute.v1.json and run the committed test of its
                    operations (xtask/compute/operations.rs) against a local server
  bench [--builds] [--calls] [--all] [--compare DIR]
                    time regeneration (pinned and stress documents) and its peak memory;
                    --builds: clean builds of bench/seed-app and of each generated crate
                    (--compare DIR: the same for another application, with ratios);
                    --calls: the call benches of bench/calls (overhead, decoding,
                    concurrency over TLS and memory, uploads); --all: both
  fetch [API...] [--root URL] [--force]
                    download the pinned APIs' current documents into discovery-json/,
                    validated, all or nothing; record each revision change in
                    discovery-json/changes/ (--force: accept an older or same revision)
  bump [--note TEXT]
                    record a step in discovery-json/changes/ for every crate whose public API
                    the generator changed (breaking when an item is removed or changed,
                    compatible when items are only added); regen refuses until it is recorded;
                    --note: what changed, in words, for the changelog
  diff OLD NEW | diff --since GIT-REV [--format markdown|json] [--deny-breaking]
                    what changed between two documents or folders (or discovery-json/ since
                    a git revision) as the Rust API sees it, each change judged breaking or not
  bench-diff        time the diff of the two largest documents available
  layers            the import circles between the modules of each hand-written crate
  help              this text
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.first().map(String::as_str) {
        Some("regen") => xtask::regen::run(&root, &args[1..]),
        Some("check-corpus") => xtask::corpus::run(&root, &args[1..]),
        Some("check-operations") => xtask::operations::run(&root, &args[1..]),
        Some("bench") => xtask::bench::run(&root, &args[1..]),
        Some("fetch") => xtask::fetch::run(&root, &args[1..]),
        Some("diff") => xtask::diff::run(&root, &args[1..]),
        Some("bump") => xtask::release::run(&root, &args[1..]),
        Some("bench-diff") => xtask::bench_diff::run(&root, &args[1..]),
        Some("layers") => xtask::layers::run(&root, &args[1..]),
        Some("help") | Some("--help") | Some("-h") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
        None => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: the parent of this crate's folder.
fn workspace_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}
