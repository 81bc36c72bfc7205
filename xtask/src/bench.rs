//! `cargo xtask bench`: how long regeneration takes and how much memory it needs. Prints figures;
//! asserts nothing (speed is measured here, never in tests). Build xtask in release for figures
//! worth quoting: `cargo run --release -p xtask -- bench`.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::regen;

const ROUNDS: usize = 5;

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err(format!("bench takes no arguments, not {args:?}"));
    }
    println!(
        "profile: {}",
        if cfg!(debug_assertions) {
            "debug (use --release for real figures)"
        } else {
            "release"
        }
    );
    let pinned = root.join("discovery-json");
    let times = time_rounds(|| regen::generate_all(&pinned).map(|_| ()))?;
    report("regen of discovery-json/ (in memory, formatted)", &times);

    let stress = root
        .join("..")
        .join("shared")
        .join("discovery-json")
        .join("stress");
    if stress.is_dir() {
        let times = time_rounds(|| regen::generate_all(&stress).map(|_| ()))?;
        report("regen of ../shared/discovery-json/stress/", &times);
    } else {
        println!("skipped: ../shared/discovery-json/stress/ is absent");
    }
    match peak_rss_kib() {
        Some(kib) => println!(
            "peak memory of this process (VmHWM): {:.1} MiB",
            kib as f64 / 1024.0
        ),
        None => println!("peak memory: not available on this platform"),
    }
    Ok(())
}

fn time_rounds(mut work: impl FnMut() -> Result<(), String>) -> Result<Vec<Duration>, String> {
    let mut times = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let started = Instant::now();
        work()?;
        times.push(started.elapsed());
    }
    times.sort();
    Ok(times)
}

fn report(what: &str, sorted: &[Duration]) {
    println!(
        "{what}: min {:.3} s, median {:.3} s, max {:.3} s over {} rounds",
        sorted[0].as_secs_f64(),
        sorted[sorted.len() / 2].as_secs_f64(),
        sorted[sorted.len() - 1].as_secs_f64(),
        sorted.len()
    );
}

/// The process's peak resident set size in KiB, from `/proc/self/status` (Linux).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
