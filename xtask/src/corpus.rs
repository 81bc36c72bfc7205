//! `cargo xtask check-corpus DIR [--compile N]`: proves the generator on a folder of discovery
//! documents. Each document is generated alone (a failure names the file and JSON path, a panic
//! of the generator is that document's failure with the panic's message, and neither stops the
//! others); then the N largest crates are built with clippy, warnings denied, in a
//! scratch workspace under `target/`, and their check times reported.

use std::fmt::Write as _;
use std::fs;
use std::panic::UnwindSafe;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

struct Outcome {
    file: String,
    result: Result<codegen::GeneratedCrate, String>,
    millis: f64,
}

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let (dir, compile) = match args {
        [dir] => (PathBuf::from(dir), 0),
        [dir, flag, n] if flag == "--compile" => (
            PathBuf::from(dir),
            n.parse()
                .map_err(|_| format!("--compile takes a number, not `{n}`"))?,
        ),
        _ => return Err("usage: cargo xtask check-corpus DIR [--compile N]".to_owned()),
    };
    let documents = crate::json_documents(&dir)?;

    let mut outcomes = Vec::new();
    for path in &documents {
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let started = Instant::now();
        let result = fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))
            .and_then(|json| generate_guarded(&file, &json, codegen::generate));
        outcomes.push(Outcome {
            file,
            result,
            millis: started.elapsed().as_secs_f64() * 1000.0,
        });
    }

    println!(
        "{:<28} {:>6} {:>9} {:>8} {:>8} {:>6}",
        "document", "result", "time ms", "schemas", "methods", "files"
    );
    for o in &outcomes {
        match &o.result {
            Ok(c) => println!(
                "{:<28} {:>6} {:>9.1} {:>8} {:>8} {:>6}",
                o.file,
                "ok",
                o.millis,
                c.schema_count,
                c.method_count,
                c.files.len()
            ),
            Err(_) => println!("{:<28} {:>6} {:>9.1}", o.file, "FAILED", o.millis),
        }
        for warning in o.result.iter().flat_map(|c| &c.warnings) {
            println!("  warning: {warning}");
        }
    }
    let failures: Vec<String> = outcomes
        .iter()
        .filter_map(|o| o.result.as_ref().err().map(|e| format!("  {e}")))
        .collect();
    let generated = outcomes.len() - failures.len();
    println!("{generated} of {} documents generated", outcomes.len());

    let mut compile_failures = Vec::new();
    if compile > 0 {
        let mut crates: Vec<&codegen::GeneratedCrate> = outcomes
            .iter()
            .filter_map(|o| o.result.as_ref().ok())
            .collect();
        crates.sort_by_key(|c| std::cmp::Reverse(c.schema_count + c.method_count));
        crates.truncate(compile);
        let scratch = root.join("target").join("check-corpus");
        write_scratch_workspace(root, &scratch, &crates, &[])?;
        println!(
            "\n{:<34} {:>8} {:>8} {:>10}  result (clippy, then rustdoc)",
            "crate", "schemas", "methods", "clippy s"
        );
        for c in crates {
            let started = Instant::now();
            let clippy = cargo_in(
                root,
                &scratch,
                &[
                    "clippy",
                    "--quiet",
                    "-p",
                    &c.crate_name,
                    "--",
                    "-D",
                    "warnings",
                ],
                None,
            )?;
            let seconds = started.elapsed().as_secs_f64();
            let doc = if clippy.status.success() {
                Some(cargo_in(
                    root,
                    &scratch,
                    &["doc", "--quiet", "--no-deps", "-p", &c.crate_name],
                    Some("-D warnings"),
                )?)
            } else {
                None
            };
            let result = match &doc {
                None => "FAILED clippy",
                Some(doc) if !doc.status.success() => "FAILED rustdoc",
                Some(_) => "ok, no warnings",
            };
            println!(
                "{:<34} {:>8} {:>8} {:>10.1}  {result}",
                c.crate_name, c.schema_count, c.method_count, seconds
            );
            let failed = doc
                .as_ref()
                .filter(|d| !d.status.success())
                .unwrap_or(&clippy);
            if !failed.status.success() {
                let stderr = String::from_utf8_lossy(&failed.stderr);
                let excerpt: String = stderr.lines().take(40).fold(String::new(), |mut s, l| {
                    let _ = writeln!(s, "    {l}");
                    s
                });
                compile_failures.push(format!("  {}:\n{excerpt}", c.crate_name));
            }
        }
    }

    if failures.is_empty() && compile_failures.is_empty() {
        return Ok(());
    }
    let mut message = String::new();
    if !failures.is_empty() {
        let _ = writeln!(
            message,
            "{} documents failed to generate:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
    if !compile_failures.is_empty() {
        let _ = writeln!(
            message,
            "{} crates failed clippy or rustdoc:\n{}",
            compile_failures.len(),
            compile_failures.join("\n")
        );
    }
    Err(message)
}

/// Generates one document with `generate`; a panic becomes this document's error, so one bad
/// document cannot hide the verdict on the others.
pub fn generate_guarded<G>(
    file: &str,
    json: &str,
    generate: G,
) -> Result<codegen::GeneratedCrate, String>
where
    G: FnOnce(&str, &str) -> Result<codegen::GeneratedCrate, codegen::Error> + UnwindSafe,
{
    match std::panic::catch_unwind(move || generate(file, json)) {
        Ok(result) => result.map_err(|e| e.to_string()),
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".to_owned());
            Err(format!(
                "{file}: the generator panicked (a generator bug): {message}"
            ))
        }
    }
}

/// Runs cargo in the scratch workspace, with its own target folder under this repository's.
pub(crate) fn cargo_in(
    root: &Path,
    scratch: &Path,
    args: &[&str],
    rustdoc_flags: Option<&str>,
) -> Result<std::process::Output, String> {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    command.args(args).current_dir(scratch).env(
        "CARGO_TARGET_DIR",
        root.join("target").join("check-corpus-target"),
    );
    if let Some(flags) = rustdoc_flags {
        command.env("RUSTDOCFLAGS", flags);
    }
    command
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))
}

/// A workspace holding just `crates` (and the members `extra`, whose files the caller writes),
/// using this repository's runtime.
pub(crate) fn write_scratch_workspace(
    root: &Path,
    scratch: &Path,
    crates: &[&codegen::GeneratedCrate],
    extra: &[&str],
) -> Result<(), String> {
    let io = |e: std::io::Error| format!("cannot write {}: {e}", scratch.display());
    if scratch.exists() {
        fs::remove_dir_all(scratch).map_err(io)?;
    }
    let manifest = fs::read_to_string(root.join("Cargo.toml"))
        .map_err(|e| format!("cannot read Cargo.toml: {e}"))?;
    // The workspace's own dependency table, with the runtime's path made absolute.
    let dependencies = manifest
        .split_once("[workspace.dependencies]")
        .map(|(_, rest)| rest.split("\n[").next().unwrap_or_default().to_owned())
        .ok_or("Cargo.toml has no [workspace.dependencies]")?
        .replace(
            "path = \"runtime\"",
            &format!("path = {:?}", root.join("runtime").display().to_string()),
        )
        .replace(
            "path = \"codegen\"",
            &format!("path = {:?}", root.join("codegen").display().to_string()),
        );
    let members: Vec<String> = crates
        .iter()
        .map(|c| c.crate_name.as_str())
        .chain(extra.iter().copied())
        .map(|name| format!("{name:?}"))
        .collect();
    let workspace = format!(
        "[workspace]\nresolver = \"2\"\nmembers = [{}]\n\n[workspace.package]\nedition = \"2021\"\nlicense = \"Apache-2.0\"\nrust-version = \"1.80\"\nrepository = \"https://example.invalid/check-corpus\"\npublish = false\n\n[workspace.dependencies]{dependencies}",
        members.join(", ")
    );
    fs::create_dir_all(scratch).map_err(io)?;
    fs::write(scratch.join("Cargo.toml"), workspace).map_err(io)?;
    if let Ok(lock) = fs::read(root.join("Cargo.lock")) {
        fs::write(scratch.join("Cargo.lock"), lock).map_err(io)?;
    }
    for c in crates {
        for (relative, text) in &c.files {
            let path = scratch.join(&c.crate_name).join(relative);
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir).map_err(io)?;
            }
            fs::write(path, text).map_err(io)?;
        }
    }
    Ok(())
}
