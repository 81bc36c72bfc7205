//! `cargo xtask bench-diff`: how long `diff` takes on the two largest documents at hand. Prints
//! figures and asserts nothing (speed is measured here, never in tests). For figures worth
//! quoting, build in release: `cargo run --release -p xtask -- bench-diff`.
//!
//! The documents considered are `discovery-json/`, the fixtures of xtask's tests and, when the
//! shared corpus sits beside the workspace, its largest document
//! `../shared/discovery-json/stress/compute.v1.json`. The two largest are diffed against each
//! other (old = the smaller); each is also diffed against itself, a full walk that finds nothing;
//! and the largest fixture with an older revision is diffed against that revision, a real
//! revision change.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::diff::{self, markdown};

const DEFAULT_ROUNDS: usize = 5;

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let rounds = match args {
        [] => DEFAULT_ROUNDS,
        [flag, n] if flag == "--rounds" => n
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| format!("--rounds takes a positive number, not `{n}`"))?,
        _ => return Err(format!("bench-diff takes only `--rounds N`, not {args:?}")),
    };
    println!(
        "profile: {}",
        if cfg!(debug_assertions) {
            "debug (cargo run --release -p xtask -- bench-diff for real figures)"
        } else {
            "release"
        }
    );
    let mut candidates = json_files(&root.join("discovery-json"))?;
    collect_json(&root.join("xtask/tests/fixtures"), &mut candidates)?;
    let compute = root.join("../shared/discovery-json/stress/compute.v1.json");
    if compute.is_file() {
        println!("stress document {}: present, included", compute.display());
        candidates.push(compute);
    } else {
        println!(
            "stress document {}: absent, so the largest are the project's own",
            compute.display()
        );
    }
    let (larger, smaller) = two_largest(candidates)?;
    let texts = [read(&smaller)?, read(&larger)?];
    for (path, text) in [&smaller, &larger].iter().zip(&texts) {
        println!("document: {} ({} bytes)", path.display(), text.len());
    }

    let build = |text: &str, path: &Path| {
        codegen::model::build(&path.display().to_string(), text).map_err(|e| e.to_string())
    };
    let old = build(&texts[0], &smaller)?;
    let new = build(&texts[1], &larger)?;
    let changes = diff::compare(&old, &new).changes.len();

    report(
        &format!("model of {}", name(&smaller)),
        &time(rounds, || build(&texts[0], &smaller).map(|_| ()))?,
    );
    report(
        &format!("model of {}", name(&larger)),
        &time(rounds, || build(&texts[1], &larger).map(|_| ()))?,
    );
    report(
        &format!(
            "compare {} -> {} ({changes} changes)",
            name(&smaller),
            name(&larger)
        ),
        &time(rounds, || {
            diff::compare(&old, &new);
            Ok(())
        })?,
    );
    for (api, path) in [(&old, &smaller), (&new, &larger)] {
        report(
            &format!("compare {} with itself", name(path)),
            &time(rounds, || {
                diff::compare(api, api);
                Ok(())
            })?,
        );
    }
    if let Some((old_path, new_path)) = largest_history(root) {
        let old = build(&read(&old_path)?, &old_path)?;
        let new = build(&read(&new_path)?, &new_path)?;
        let changes = diff::compare(&old, &new).changes.len();
        report(
            &format!(
                "compare {} -> {} ({changes} changes)",
                name(&old_path),
                name(&new_path)
            ),
            &time(rounds, || {
                diff::compare(&old, &new);
                Ok(())
            })?,
        );
    }
    report(
        "end to end: both models, compare, markdown",
        &time(rounds, || {
            let old = build(&texts[0], &smaller)?;
            let new = build(&texts[1], &larger)?;
            markdown::report(&[diff::compare(&old, &new)]);
            Ok(())
        })?,
    );
    Ok(())
}

/// The largest pinned fixture that has an older revision among the fixtures: a real revision
/// change of a large document.
fn largest_history(root: &Path) -> Option<(PathBuf, PathBuf)> {
    let fixtures = root.join("xtask/tests/fixtures");
    let mut pinned = json_files(&fixtures.join("pinned")).ok()?;
    pinned.sort_by_key(|p| std::cmp::Reverse(fs::metadata(p).map(|m| m.len()).unwrap_or(0)));
    pinned.into_iter().find_map(|new| {
        let old = fixtures.join("history/2023-09").join(new.file_name()?);
        old.is_file().then_some((old, new))
    })
}

fn name(path: &Path) -> String {
    let parent = path
        .parent()
        .and_then(|p| p.file_name())
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!("{parent}/{file}")
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn json_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_file() && path.extension().is_some_and(|x| x == "json") {
            out.push(path);
        }
    }
    Ok(out)
}

fn collect_json(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    if !dir.is_dir() {
        return Ok(());
    }
    out.extend(json_files(dir)?);
    for entry in fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect_json(&path, out)?;
        }
    }
    Ok(())
}

/// The two largest distinct documents (a fixture that is a copy of a pinned document counts
/// once), larger first.
fn two_largest(paths: Vec<PathBuf>) -> Result<(PathBuf, PathBuf), String> {
    let mut sized: Vec<(u64, PathBuf)> = paths
        .into_iter()
        .filter_map(|p| fs::metadata(&p).ok().map(|m| (m.len(), p)))
        .collect();
    sized.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    sized.dedup_by(|a, b| a.0 == b.0 && a.1.file_name() == b.1.file_name());
    match <[_; 2]>::try_from(sized.into_iter().take(2).collect::<Vec<_>>()) {
        Ok([(_, larger), (_, smaller)]) => Ok((larger, smaller)),
        Err(_) => Err("bench-diff needs at least two documents".to_owned()),
    }
}

/// Runs `work` `rounds` times and returns each duration, sorted.
fn time(
    rounds: usize,
    mut work: impl FnMut() -> Result<(), String>,
) -> Result<Vec<Duration>, String> {
    let mut times = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let started = Instant::now();
        work()?;
        times.push(started.elapsed());
    }
    times.sort();
    Ok(times)
}

fn report(label: &str, times: &[Duration]) {
    let median = times[times.len() / 2];
    let min = times[0];
    println!(
        "  {label:<70} median {:>9.2} ms, min {:>9.2} ms ({} rounds)",
        median.as_secs_f64() * 1000.0,
        min.as_secs_f64() * 1000.0,
        times.len()
    );
}
