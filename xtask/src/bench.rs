//! `cargo xtask bench`: what the generator and the generated crates cost. Prints figures; asserts
//! nothing (speed is measured here, never in tests). Build xtask in release for regen figures worth
//! quoting: `cargo run --release -p xtask -- bench`. `docs/performance.md` explains the method and
//! records the figures.
//!
//! - Always: regen time and peak memory, for `discovery-json/` and for the stress documents.
//! - `--builds`: clean `cargo check` / debug / release builds of the example application
//!   (`bench/seed-app`, the five seed calls), the application crate's own time, its release binary
//!   size and dependency count; and the check / debug / release time of each generated crate on
//!   its own. Takes several minutes on a 2-core machine.
//! - `--tls rustls`: with `--builds`, builds the example application with rustls (the generated
//!   crates' default) instead of its default, the platform's TLS (native-tls).
//! - `--defaults`: with `--builds`, builds the example application with the generated crates' own
//!   default features (rustls, `adc`, every resource), as a user who names only the crate gets them.
//! - `--app-features LIST`: with `--builds`, the example application's features (cargo's
//!   comma-separated list, its own defaults off), to measure one change to the defaults: e.g.
//!   `native-tls,adc,all-resources`. `--tls`, `--defaults` and this are alternatives.
//! - `--release-only`: with `--builds`, only the clean release builds of the application (the
//!   issue's figures): no regen figures, no check or debug build, no per-crate figures.
//! - `--compare DIR`: with `--builds`, measures the application in DIR (the same five calls through
//!   google-apis-rs, kept outside the repository) the same way, in the same run, and prints ratios.
//!   Without it, ratios are against the google-apis-rs figures recorded in [`RECORDED`].
//! - `--crate-rounds N`: with `--builds --compare DIR`, after the two applications' clean release
//!   builds, each generated crate's own release build against google-apis-rs's crate for the same
//!   API: the rustc command cargo runs for the crate (`cargo build -vv`), run again by itself N
//!   times, ours and theirs interleaved, median CPU seconds (rustc's own, user + system) and the
//!   ratio.
//! - `--calls`: runs the call benches of `bench/calls` (`cargo bench -p bench-calls`): call
//!   overhead, decode throughput, concurrency over TLS (1 to 1,000 calls in flight, HTTP/1.1 and
//!   HTTP/2, against plain reqwest; memory per call in flight and of `.items()`) and resumable
//!   uploads.
//! - `--all`: `--builds --calls`.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::regen;

const ROUNDS: usize = 5;

/// How often the application crate alone, and each generated crate alone, is rebuilt; the
/// median is reported.
const REBUILDS: usize = 3;

/// The generated crates, each built alone.
const CRATES: &[&str] = &[
    "google-gmail-v1",
    "google-admin-directory-v1",
    "google-androidenterprise-v1",
    "google-androidmanagement-v1",
];

/// The same five calls through google-apis-rs (google-gmail1, google-androidenterprise1,
/// google-androidmanagement1 7.0.0, default features, tokio), built clean on this project's 2-core
/// machine kind with this method; see docs/performance.md. Used for ratios when `--compare` is not
/// given.
const RECORDED: AppFigures = AppFigures {
    check: Some(Build {
        wall: 19.13,
        cpu: 34.46,
        own: 0.13,
    }),
    debug: Some(Build {
        wall: 27.80,
        cpu: 49.65,
        own: 1.30,
    }),
    release: Some(Build {
        wall: 50.82,
        cpu: 95.16,
        own: 5.81,
    }),
    binary_bytes: Some(5_686_136),
    crates_built: Some(119),
    normal_deps: Some(115),
};

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let mut builds = false;
    let mut calls = false;
    let mut compare: Option<PathBuf> = None;
    let mut tls: Option<&str> = None;
    let mut app_features: Option<String> = None;
    let mut release_only = false;
    let mut crate_rounds: Option<usize> = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--builds" => builds = true,
            "--calls" => calls = true,
            "--all" => (builds, calls) = (true, true),
            "--tls" => {
                tls = match args.next().map(String::as_str) {
                    Some("rustls") => Some("rustls"),
                    Some("native-tls") => Some("native-tls"),
                    _ => return Err("--tls takes rustls or native-tls".to_owned()),
                };
            }
            "--defaults" => app_features = Some("crate-defaults".to_owned()),
            "--app-features" => {
                let list = args.next().ok_or("--app-features needs a feature list")?;
                app_features = Some(list.clone());
            }
            "--release-only" => release_only = true,
            "--crate-rounds" => {
                let rounds = args.next().and_then(|n| n.parse::<usize>().ok());
                crate_rounds = Some(
                    rounds
                        .filter(|&n| n > 0)
                        .ok_or("--crate-rounds takes a number of rounds")?,
                );
            }
            "--compare" => {
                let dir = args.next().ok_or("--compare needs a folder")?;
                compare = Some(PathBuf::from(dir));
            }
            other => {
                let known =
                    "--builds, --calls, --all, --tls TLS, --defaults, --app-features LIST, \
                             --release-only, --compare DIR and --crate-rounds N";
                return Err(format!("bench takes {known}, not `{other}`"));
            }
        }
    }
    if (compare.is_some() || app_features.is_some() || tls.is_some() || release_only) && !builds {
        return Err(
            "--compare, --tls, --defaults, --app-features and --release-only go with --builds"
                .to_owned(),
        );
    }
    if crate_rounds.is_some() && compare.is_none() {
        return Err(
            "--crate-rounds compares with google-apis-rs's crates: give --compare DIR".to_owned(),
        );
    }
    if tls.is_some() && app_features.is_some() {
        return Err("--tls is one choice of --defaults or --app-features: give one".to_owned());
    }
    let app = AppBuild {
        crate_rounds,
        features: app_features.unwrap_or_else(|| tls.unwrap_or("native-tls").to_owned()),
        modes: if release_only {
            &[Mode::Release]
        } else {
            &Mode::ALL
        },
    };
    println!(
        "profile: {}",
        if cfg!(debug_assertions) {
            "debug (use --release for real figures)"
        } else {
            "release"
        }
    );
    print_machine();
    if !release_only {
        regen_figures(root)?;
    }
    if builds {
        build_figures(root, compare.as_deref(), &app)?;
    }
    if calls {
        call_figures(root)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Regeneration

fn regen_figures(root: &Path) -> Result<(), String> {
    let pinned = root.join("discovery-json");
    reset_peak_rss();
    let times = time_rounds(|| regen::generate_all(&pinned).map(|_| ()))?;
    report("regen of discovery-json/ (in memory, formatted)", &times);
    print_peak_rss("regen of discovery-json/");

    let stress = root
        .join("..")
        .join("shared")
        .join("discovery-json")
        .join("stress");
    if stress.is_dir() {
        reset_peak_rss();
        let times = time_rounds(|| regen::generate_all(&stress).map(|_| ()))?;
        report("regen of ../shared/discovery-json/stress/", &times);
        print_peak_rss("regen of the stress documents");
    } else {
        println!("skipped: ../shared/discovery-json/stress/ is absent");
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

fn print_peak_rss(what: &str) {
    match peak_rss_kib() {
        Some(kib) => println!(
            "peak memory of {what} (VmHWM of this process): {:.1} MiB",
            kib as f64 / 1024.0
        ),
        None => println!("peak memory: not available on this platform"),
    }
}

/// The process's peak resident set size in KiB, from `/proc/self/status` (Linux).
fn peak_rss_kib() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Resets the peak resident set size to the current one (Linux 4.0 and later), so that each
/// regen set reports its own peak. Where this is not possible the peak stays the process's.
fn reset_peak_rss() {
    let _ = fs::write("/proc/self/clear_refs", "5");
}

// ---------------------------------------------------------------------------------------------
// Builds

/// One timed build: wall-clock and CPU seconds of the whole clean build, and wall-clock seconds
/// of the application crate's own rebuild.
#[derive(Clone, Copy, Debug)]
struct Build {
    wall: f64,
    cpu: f64,
    own: f64,
}

/// What is measured of an application.
#[derive(Clone, Copy, Debug, Default)]
struct AppFigures {
    check: Option<Build>,
    debug: Option<Build>,
    release: Option<Build>,
    binary_bytes: Option<u64>,
    /// Packages compiled by the clean release build (build scripts and proc-macros included).
    crates_built: Option<usize>,
    /// Packages in `cargo tree -e normal` (the application included).
    normal_deps: Option<usize>,
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Check,
    Debug,
    Release,
}

impl Mode {
    const ALL: [Mode; 3] = [Mode::Check, Mode::Debug, Mode::Release];

    fn name(self) -> &'static str {
        match self {
            Mode::Check => "check",
            Mode::Debug => "debug",
            Mode::Release => "release",
        }
    }

    /// The cargo subcommand and flags.
    fn args(self) -> &'static [&'static str] {
        match self {
            Mode::Check => &["check"],
            Mode::Debug => &["build"],
            Mode::Release => &["build", "--release"],
        }
    }
}

/// A cargo command with the environment every measured build shares: no incremental compilation
/// (a downstream user compiles these crates as dependencies, which cargo never builds
/// incrementally), quiet, the given target folder, and cargo's own release profile: the
/// workspace's (LTO and abort on panic, for the `gapi` people install) is not what a downstream
/// build of these crates gets.
fn cargo(dir: &Path, target: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_PANIC", "unwind")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS");
    command
}

/// What one command cost: wall-clock seconds, the CPU seconds of the command and its children,
/// and the CPU seconds the rest of the machine used meanwhile (other users' builds: noise).
#[derive(Clone, Copy, Debug, Default)]
struct Cost {
    wall: f64,
    cpu: f64,
    others: f64,
}

/// Runs `command`, failing with its stderr when it fails; returns stdout and what it cost.
fn run_timed(command: Command) -> Result<(String, Cost), String> {
    let (output, cost) = run_captured(command)?;
    Ok((String::from_utf8_lossy(&output.stdout).into_owned(), cost))
}

/// Runs `command`, failing with its stderr when it fails; returns what it printed and what it
/// cost.
fn run_captured(mut command: Command) -> Result<(std::process::Output, Cost), String> {
    command.stdin(Stdio::null());
    let (busy_before, children_before) = (machine_busy(), children_cpu());
    let started = Instant::now();
    let output = command
        .output()
        .map_err(|e| format!("cannot run {command:?}: {e}"))?;
    let wall = started.elapsed().as_secs_f64();
    let (busy_after, children_after) = (machine_busy(), children_cpu());
    if !output.status.success() {
        return Err(format!(
            "{command:?} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let cpu = children_after - children_before;
    let others = (busy_after - busy_before - cpu).max(0.0);
    Ok((output, Cost { wall, cpu, others }))
}

/// Clock ticks per second of `/proc` (USER_HZ, 100 on every Linux architecture that matters).
const TICKS: f64 = 100.0;

/// CPU seconds used by the waited-for children of this process (`/proc/self/stat` cutime +
/// cstime); 0 where `/proc` is absent.
fn children_cpu() -> f64 {
    let Ok(stat) = fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name, which is in parentheses and may contain spaces.
    let Some(rest) = stat.rsplit_once(')').map(|(_, rest)| rest) else {
        return 0.0;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // cutime and cstime are fields 16 and 17 of the whole line, 14 and 15 after the name.
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(13) + ticks(14)) / TICKS
}

/// CPU seconds the whole machine has been busy since boot (`/proc/stat`, all but idle and
/// iowait); 0 where `/proc` is absent.
fn machine_busy() -> f64 {
    let Ok(stat) = fs::read_to_string("/proc/stat") else {
        return 0.0;
    };
    let Some(line) = stat.lines().next() else {
        return 0.0;
    };
    let values: Vec<f64> = line
        .split_whitespace()
        .skip(1)
        .take(8)
        .filter_map(|v| v.parse().ok())
        .collect();
    if values.len() < 5 {
        return 0.0;
    }
    (values.iter().sum::<f64>() - values[3] - values[4]) / TICKS
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "?".to_owned())
}

fn print_machine() {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    println!(
        "machine: {cores} cores, load average {} (1 min), {rustc}",
        load_average()
    );
}

/// How the example application is built: its features (its own defaults off) and which clean
/// builds are measured; per-crate figures only when all three are.
struct AppBuild {
    /// With `--crate-rounds`: how many times each crate pair is rebuilt.
    crate_rounds: Option<usize>,
    features: String,
    modes: &'static [Mode],
}

fn build_figures(root: &Path, compare: Option<&Path>, app: &AppBuild) -> Result<(), String> {
    let scratch = root.join("target").join("bench-builds");
    fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;

    println!("\n== builds (CARGO_INCREMENTAL=0, fresh target folders under target/bench-builds/)");
    let app_dir = root.join("bench").join("seed-app");
    // The application is its own workspace; seed its lock file from the repository's, so that it
    // builds the versions the workspace pins (cargo drops what it does not need).
    fs::copy(root.join("Cargo.lock"), app_dir.join("Cargo.lock"))
        .map_err(|e| format!("cannot seed bench/seed-app/Cargo.lock: {e}"))?;
    let features = ["--no-default-features", "--features", app.features.as_str()];
    let ours = measure_app(
        &format!("seed-app (this repository), features {}", app.features),
        &app_dir,
        &features,
        app.modes,
        &ours_base(&scratch, app),
    )?;

    let compared = match compare {
        Some(dir) => {
            let dir = dir
                .canonicalize()
                .map_err(|e| format!("{}: {e}", dir.display()))?;
            let target = scratch.join("compare");
            let figures = measure_app("comparison application", &dir, &[], app.modes, &target)?;
            println!("\nratios against the comparison application, measured in this run:");
            print_ratios(&ours, &figures);
            Some((dir, target))
        }
        None => {
            println!(
                "\nratios against google-apis-rs figures recorded on this machine kind \
                 (docs/performance.md; measure again in the same run with --compare DIR):"
            );
            print_ratios(&ours, &RECORDED);
            None
        }
    };
    if let (Some(rounds), Some((dir, target))) = (app.crate_rounds, &compared) {
        let release = Mode::Release.name();
        let ours = (
            app_dir.as_path(),
            &features[..],
            ours_base(&scratch, app).join(release),
        );
        let theirs = (dir.as_path(), &[][..], target.join(release));
        crate_pairs(ours, theirs, rounds)?;
    }

    if app.modes.len() < Mode::ALL.len() {
        return Ok(());
    }
    crate_figures(root, &scratch.join("crates"))
}

/// The example application's target folders for `app`'s features: one per feature list, so that
/// runs of different configurations do not share one.
fn ours_base(scratch: &Path, app: &AppBuild) -> PathBuf {
    scratch.join(format!("seed-app-{}", app.features.replace(',', "+")))
}

/// Each generated crate of the example application and google-apis-rs's crate for the same API.
const CRATE_PAIRS: [(&str, &str); 3] = [
    ("google-gmail-v1", "google-gmail1"),
    ("google-androidenterprise-v1", "google-androidenterprise1"),
    ("google-androidmanagement-v1", "google-androidmanagement1"),
];

/// An application for [`crate_pairs`]: its folder, its cargo feature options, and the target
/// folder its clean release build used.
type PairSide<'a> = (&'a Path, &'a [&'a str], PathBuf);

/// Each pair of [`CRATE_PAIRS`]: the crate's own release build, ours against theirs, `rounds`
/// times interleaved; median CPU of rustc alone and the ratio.
fn crate_pairs(ours: PairSide<'_>, theirs: PairSide<'_>, rounds: usize) -> Result<(), String> {
    println!(
        "\neach crate's own release build, rustc alone (user + system CPU), ours and google-apis-rs's \
         interleaved, median of {rounds}:"
    );
    println!(
        "  {:<30} {:>9} {:<28} {:>9} {:>7}",
        "ours", "CPU s", "google-apis-rs", "CPU s", "ratio"
    );
    for (our_crate, their_crate) in CRATE_PAIRS {
        let our_rustc = rustc_command(ours.0, &ours.2, ours.1, our_crate)?;
        let their_rustc = rustc_command(theirs.0, &theirs.2, theirs.1, their_crate)?;
        let (mut our_cpu, mut their_cpu) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            our_cpu.push(run_timed(shell(ours.0, &our_rustc))?.1.cpu);
            their_cpu.push(run_timed(shell(theirs.0, &their_rustc))?.1.cpu);
        }
        let (our_cpu, their_cpu) = (median(our_cpu), median(their_cpu));
        println!(
            "  {our_crate:<30} {our_cpu:>9.2} {their_crate:<28} {their_cpu:>9.2} {:>7.2}",
            our_cpu / their_cpu
        );
    }
    Ok(())
}

/// The command line cargo runs to compile `package` in the application in `dir` (its build script
/// outputs and environment included, as `cargo build -vv` prints it): the package is cleaned and
/// built again to see it.
fn rustc_command(
    dir: &Path,
    target: &Path,
    features: &[&str],
    package: &str,
) -> Result<String, String> {
    let mut clean = cargo(dir, target);
    clean.args(["clean", "--quiet", "--release", "-p", package]);
    run_timed(clean)?;
    let mut build = cargo(dir, target);
    build.args(Mode::Release.args()).args(features).arg("-vv");
    // cargo prints the commands it runs on standard error.
    let (output, _) = run_captured(build)?;
    running_line(&String::from_utf8_lossy(&output.stderr), package)
        .ok_or_else(|| format!("cargo -vv printed no rustc command for {package}"))
}

/// The command of cargo's ``Running `...` `` line that compiles the library `package`.
fn running_line(log: &str, package: &str) -> Option<String> {
    let crate_name = format!("--crate-name {} ", package.replace('-', "_"));
    log.lines().find_map(|line| {
        let command = line
            .trim_start()
            .strip_prefix("Running `")?
            .strip_suffix('`')?;
        (command.contains(&crate_name) && command.contains("--crate-type lib"))
            .then(|| command.to_owned())
    })
}

/// `command` (a line cargo printed, environment assignments and shell quoting included) run by
/// the shell in `dir`.
fn shell(dir: &Path, command: &str) -> Command {
    let mut shell = Command::new("sh");
    shell.current_dir(dir).args(["-c", command]);
    shell.stdout(Stdio::null());
    shell
}

/// Clean check, debug and release builds of the application in `dir`, each in a fresh target
/// folder, then the application crate's own rebuild time, binary size and dependency count.
/// `features` are cargo's feature options for the application; `modes` the clean builds measured.
fn measure_app(
    title: &str,
    dir: &Path,
    features: &[&str],
    modes: &[Mode],
    target_base: &Path,
) -> Result<AppFigures, String> {
    println!("\n{title}: {}", dir.display());
    let manifest = fs::read_to_string(dir.join("Cargo.toml"))
        .map_err(|e| format!("{}: {e}", dir.join("Cargo.toml").display()))?;
    let name = package_name(&manifest).ok_or("no package name in Cargo.toml")?;
    let main_rs = dir.join("src").join("main.rs");

    // Downloads are not build time.
    let mut fetch = cargo(dir, target_base);
    fetch.args(["fetch", "--quiet"]);
    run_timed(fetch)?;

    let mut figures = AppFigures::default();
    for &mode in modes {
        let target = target_base.join(mode.name());
        if target.exists() {
            fs::remove_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
        }
        let load = load_average();
        let mut clean = cargo(dir, &target);
        clean
            .args(mode.args())
            .args(features)
            .args(["--message-format=json", "--quiet"]);
        let (messages, cost) = run_timed(clean)?;
        let built = compiled_packages(&messages);
        // The application crate's own time: rebuild after touching its source, everything else
        // already built (the same as cargo's --timings reports for the crate, plus linking).
        let mut own = Vec::new();
        for _ in 0..REBUILDS {
            touch(&main_rs)?;
            let mut rebuild = cargo(dir, &target);
            rebuild.args(mode.args()).args(features).arg("--quiet");
            own.push(run_timed(rebuild)?.1.wall);
        }
        let build = Build {
            wall: cost.wall,
            cpu: cost.cpu,
            own: median(own),
        };
        println!(
            "  clean {:<7} {:>6.1} s wall, {:>6.1} s CPU; application crate alone {:>5.2} s; \
             {built} packages compiled; others' CPU meanwhile {:.1} s, load before {load}",
            mode.name(),
            build.wall,
            build.cpu,
            build.own,
            cost.others,
        );
        match mode {
            Mode::Check => figures.check = Some(build),
            Mode::Debug => figures.debug = Some(build),
            Mode::Release => {
                figures.release = Some(build);
                figures.crates_built = Some(built);
                let binary = target.join("release").join(&name);
                let bytes = fs::metadata(&binary)
                    .map_err(|e| format!("{}: {e}", binary.display()))?
                    .len();
                figures.binary_bytes = Some(bytes);
            }
        }
    }
    let mut tree = cargo(dir, &target_base.join("release"));
    tree.args(["tree", "-e", "normal", "--prefix", "none", "--quiet"])
        .args(features);
    let (tree, _) = run_timed(tree)?;
    figures.normal_deps = Some(distinct_packages(&tree));
    println!(
        "  release binary {:.2} MB ({} bytes, profile defaults); {} packages in \
         `cargo tree -e normal` (application included)",
        figures.binary_bytes.unwrap_or(0) as f64 / 1e6,
        figures.binary_bytes.unwrap_or(0),
        figures.normal_deps.unwrap_or(0)
    );
    Ok(figures)
}

fn touch(path: &Path) -> Result<(), String> {
    let file = fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    file.set_modified(std::time::SystemTime::now())
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// The `name` of the `[package]` table (the first `name =` line after it).
fn package_name(manifest: &str) -> Option<String> {
    let after = manifest.split("[package]").nth(1)?;
    after.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == "name").then(|| value.trim().trim_matches('"').to_owned())
    })
}

/// Distinct packages that produced an artifact, from cargo's JSON messages.
fn compiled_packages(messages: &str) -> usize {
    messages
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|m| m["reason"] == "compiler-artifact")
        .filter_map(|m| m["package_id"].as_str().map(str::to_owned))
        .collect::<BTreeSet<_>>()
        .len()
}

/// Distinct `name vX.Y.Z` entries of `cargo tree --prefix none` output.
fn distinct_packages(tree: &str) -> usize {
    tree.lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            Some((words.next()?.to_owned(), words.next()?.to_owned()))
        })
        .collect::<BTreeSet<_>>()
        .len()
}

fn print_ratios(ours: &AppFigures, theirs: &AppFigures) {
    fn line(what: &str, ours: Option<f64>, theirs: Option<f64>, unit: &str) {
        match (ours, theirs) {
            (Some(a), Some(b)) if b > 0.0 => println!(
                "  {what:<34} {a:>9.2} {unit:<3} vs {b:>9.2} {unit:<3} ratio {:.2}",
                a / b
            ),
            (Some(a), _) => println!("  {what:<34} {a:>9.2} {unit:<3} (nothing to compare)"),
            _ => {}
        }
    }
    for (mode, a, b) in [
        ("check", ours.check, theirs.check),
        ("debug", ours.debug, theirs.debug),
        ("release", ours.release, theirs.release),
    ] {
        line(
            &format!("clean {mode} build, wall"),
            a.map(|b| b.wall),
            b.map(|b| b.wall),
            "s",
        );
        line(
            &format!("clean {mode} build, CPU"),
            a.map(|b| b.cpu),
            b.map(|b| b.cpu),
            "s",
        );
        line(
            &format!("application crate alone, {mode}"),
            a.map(|b| b.own),
            b.map(|b| b.own),
            "s",
        );
    }
    let mb = |f: &AppFigures| f.binary_bytes.map(|b| b as f64 / 1e6);
    line("release binary", mb(ours), mb(theirs), "MB");
    let n = |v: Option<usize>| v.map(|v| v as f64);
    line(
        "packages compiled (release)",
        n(ours.crates_built),
        n(theirs.crates_built),
        "",
    );
    line(
        "packages in cargo tree -e normal",
        n(ours.normal_deps),
        n(theirs.normal_deps),
        "",
    );
}

/// Each generated crate alone: its dependencies built first, then the crate cleaned and rebuilt
/// (median of [`REBUILDS`]), for `cargo check`, a debug and a release build.
fn crate_figures(root: &Path, target: &Path) -> Result<(), String> {
    println!("\ngenerated crates, each alone (dependencies already built; median of {REBUILDS}):");
    for mode in Mode::ALL {
        let mut deps = cargo(root, target);
        deps.args(mode.args()).arg("--quiet");
        for name in CRATES {
            deps.args(["-p", name]);
        }
        run_timed(deps)?;
    }
    println!(
        "  {:<30} {:>9} {:>9} {:>9}",
        "crate", "check s", "debug s", "release s"
    );
    for name in CRATES {
        let mut row = Vec::new();
        for mode in Mode::ALL {
            let mut times = Vec::new();
            for _ in 0..REBUILDS {
                let mut clean = cargo(root, target);
                clean.args(["clean", "--quiet", "-p", name]);
                if mode == Mode::Release {
                    clean.arg("--release");
                }
                run_timed(clean)?;
                let mut build = cargo(root, target);
                build.args(mode.args()).args(["--quiet", "-p", name]);
                times.push(run_timed(build)?.1.wall);
            }
            row.push(median(times));
        }
        println!(
            "  {:<30} {:>9.2} {:>9.2} {:>9.2}",
            name, row[0], row[1], row[2]
        );
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Calls

/// The call benches of `bench/calls`, in release, each with its own report.
fn call_figures(root: &Path) -> Result<(), String> {
    println!("\n== calls (cargo bench -p bench-calls)");
    for bench in CALL_BENCHES {
        let status = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
            .current_dir(root)
            .args(["bench", "--quiet", "-p", "bench-calls", "--bench", bench])
            .stdin(Stdio::null())
            .status()
            .map_err(|e| format!("cannot run cargo bench: {e}"))?;
        if !status.success() {
            return Err(format!("cargo bench --bench {bench} failed"));
        }
    }
    Ok(())
}

/// The bench targets of `bench/calls`, in the order `--calls` runs them.
const CALL_BENCHES: [&str; 4] = ["call_overhead", "decode", "concurrency", "upload"];

#[cfg(test)]
mod tests {
    use super::running_line;

    #[test]
    fn the_library_command_of_the_package_is_found_in_cargos_log() {
        let log = "\
       Fresh serde v1.0.228
     Running `CARGO=/bin/cargo /bin/rustc --crate-name build_script_build --crate-type bin x/build.rs`
     Running `CARGO=/bin/cargo CARGO_PKG_NAME=google-gmail-v1 /bin/rustc --crate-name google_gmail_v1 --edition=2021 src/lib.rs --crate-type lib -C opt-level=3`
     Running `CARGO=/bin/cargo /bin/rustc --crate-name google_gmail_v1_extra --crate-type lib`
   Compiling seed-app v0.1.0";
        assert_eq!(
            running_line(log, "google-gmail-v1").as_deref(),
            Some(
                "CARGO=/bin/cargo CARGO_PKG_NAME=google-gmail-v1 /bin/rustc --crate-name \
                 google_gmail_v1 --edition=2021 src/lib.rs --crate-type lib -C opt-level=3"
            )
        );
        assert_eq!(running_line(log, "build-script"), None);
        assert_eq!(running_line(log, "google-storage-v1"), None);
    }
}
