//! `cargo xtask regen [--check]`: every document in `discovery-json/` to its crate under
//! `generated/`, all or nothing. Each crate also gets a `CHANGELOG.md` naming its version and
//! revision, from the history `fetch` and `bump` record (see [`crate::changelog`]), and the
//! version that history gives it (see [`crate::release`]). A crate whose public API differs from
//! its recorded listing is refused until `cargo xtask bump` records the step; a new crate (a
//! document just added to `discovery-json/`) has nothing to break, so `regen` records its first
//! listing itself, and `--check` names the listing it would write.
//!
//! Every crate is generated in memory first; only when all succeeded is anything written, into a
//! fresh folder beside `generated/` that then takes its place. `--check` compares instead of
//! writing.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// All generated files, by path relative to `generated/`.
pub type Tree = BTreeMap<String, String>;

/// What `regen` makes: the tree, one summary line per API (and its warnings), and the first
/// listings of new crates, by path, to record beside their documents.
pub struct Output {
    pub tree: Tree,
    pub summaries: Vec<String>,
    pub first_listings: BTreeMap<PathBuf, String>,
}

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => return Err(format!("regen takes only `--check`, not {args:?}")),
    };
    let started = Instant::now();
    let Output {
        tree,
        summaries,
        first_listings,
    } = generate_all(&root.join("discovery-json"))?;
    let generated = root.join("generated");
    if check {
        let mut problems = compare(&tree, &generated)?;
        problems.extend(first_listings.keys().map(|path| {
            format!(
                "  missing: {} (a new crate's first listing)",
                path.display()
            )
        }));
        if !problems.is_empty() {
            return Err(format!(
                "generated/ does not match the generator's output; run `cargo xtask regen`:\n{}",
                problems.join("\n")
            ));
        }
        for warning in summaries.iter().filter(|l| l.starts_with("  warning: ")) {
            println!("{warning}");
        }
        println!("generated/ is up to date ({} files)", tree.len());
        return Ok(());
    }
    write_all(&tree, &generated)?;
    for (path, text) in &first_listings {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    for line in summaries {
        println!("{line}");
    }
    for path in first_listings.keys() {
        println!(
            "recorded the first public API listing of a new crate: {}",
            path.display()
        );
    }
    println!("wrote {} files in {:.2?}", tree.len(), started.elapsed());
    Ok(())
}

/// Generates every crate in memory: the whole tree, one summary line per API followed by a line
/// for each warning (what its crate leaves out), and the listings new crates need recorded.
pub fn generate_all(discovery_dir: &Path) -> Result<Output, String> {
    let documents = crate::json_documents(discovery_dir)?;
    let mut tree = Tree::new();
    let mut summaries = Vec::new();
    let mut first_listings = BTreeMap::new();
    let mut crates: BTreeMap<String, String> = BTreeMap::new();
    for path in documents {
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let json = fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        // The version comes from the committed history that `fetch` and `bump` keep.
        let history = crate::history::read_history(discovery_dir, &file)?;
        let version = crate::history::version(history.as_deref()).map_err(|e| {
            format!(
                "{}: {e}",
                crate::history::history_path(discovery_dir, &file).display()
            )
        })?;
        let release = codegen::Release {
            version: version.to_string(),
            publish: true,
        };
        let generated =
            codegen::generate_release(&file, &json, &release).map_err(|e| e.to_string())?;
        if let Some(listing) = check_listing(discovery_dir, &file, &generated, history.is_none())? {
            let path = crate::release::listing_path(discovery_dir, &file);
            first_listings.insert(path, crate::release::listing_text(&listing));
        }
        if let Some(other) = crates.insert(generated.crate_name.clone(), file.clone()) {
            return Err(format!(
                "{file} and {other} both make crate {}",
                generated.crate_name
            ));
        }
        summaries.push(format!(
            "{:<34} revision {}: {} schemas, {} methods, {} files",
            generated.crate_name,
            generated.revision,
            generated.schema_count,
            generated.method_count,
            generated.files.len()
        ));
        summaries.extend(generated.warnings.iter().map(|w| format!("  warning: {w}")));
        for (relative, text) in generated.files {
            tree.insert(format!("{}/{relative}", generated.crate_name), text);
        }
        let (changelog, _) = crate::changelog::crate_changelog(
            &generated.crate_name,
            &file,
            &generated.revision,
            history.as_deref(),
        )?;
        tree.insert(format!("{}/CHANGELOG.md", generated.crate_name), changelog);
    }
    Ok(Output {
        tree,
        summaries,
        first_listings,
    })
}

/// Refuses a crate whose public API is not the one recorded for its current version. A new crate
/// (no history and no listing) gets `Some(listing)`: the first listing, to record.
fn check_listing(
    discovery_dir: &Path,
    file: &str,
    generated: &codegen::GeneratedCrate,
    new_crate: bool,
) -> Result<Option<Vec<String>>, String> {
    let listing = crate::release::crate_listing(discovery_dir, generated)?;
    let path = crate::release::listing_path(discovery_dir, file);
    let recorded = match crate::release::read_listing(discovery_dir, file)? {
        Some(recorded) => recorded,
        None if new_crate => return Ok(Some(listing)),
        None => {
            return Err(format!(
                "{} is missing: {} has a recorded history but no public API listing; run \
                 `cargo xtask bump`",
                path.display(),
                generated.crate_name
            ))
        }
    };
    if recorded == listing {
        return Ok(None);
    }
    let (removed, added) = crate::history::listing_changes(&recorded, &listing);
    let sample: Vec<String> = removed
        .iter()
        .map(|l| format!("  - {l}"))
        .chain(added.iter().map(|l| format!("  + {l}")))
        .take(6)
        .collect();
    Err(format!(
        "the public API of {} differs from {} ({} removed or changed, {} added), so its version \
         would not say so; run `cargo xtask bump` to record the step:\n{}",
        generated.crate_name,
        path.display(),
        removed.len(),
        added.len(),
        sample.join("\n")
    ))
}

/// Writes `tree` as the new `generated/`: into a sibling folder first, then swapped in, so a
/// failure leaves the old `generated/` as it was.
fn write_all(tree: &Tree, generated: &Path) -> Result<(), String> {
    let parent = generated
        .parent()
        .ok_or("generated/ has no parent folder")?;
    let staging = parent.join(".generated.new");
    let old = parent.join(".generated.old");
    for leftover in [&staging, &old] {
        if leftover.exists() {
            fs::remove_dir_all(leftover)
                .map_err(|e| format!("cannot remove {}: {e}", leftover.display()))?;
        }
    }
    let written = (|| -> std::io::Result<()> {
        for (relative, text) in tree {
            let path = staging.join(relative);
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir)?;
            }
            fs::write(&path, text)?;
        }
        Ok(())
    })();
    if let Err(e) = written {
        let _ = fs::remove_dir_all(&staging);
        return Err(format!(
            "cannot write {}: {e}; generated/ is unchanged",
            staging.display()
        ));
    }
    if generated.exists() {
        fs::rename(generated, &old)
            .map_err(|e| format!("cannot move generated/ aside: {e}; generated/ is unchanged"))?;
    }
    if let Err(e) = fs::rename(&staging, generated) {
        let _ = fs::rename(&old, generated);
        return Err(format!(
            "cannot move the new files into generated/: {e}; generated/ is unchanged"
        ));
    }
    if old.exists() {
        fs::remove_dir_all(&old).map_err(|e| format!("cannot remove {}: {e}", old.display()))?;
    }
    Ok(())
}

/// What differs between `tree` and the files under `generated`: one line per file.
pub fn compare(tree: &Tree, generated: &Path) -> Result<Vec<String>, String> {
    let mut on_disk = Tree::new();
    if generated.exists() {
        read_tree(generated, generated, &mut on_disk)?;
    }
    let mut problems = Vec::new();
    for (path, text) in tree {
        match on_disk.get(path) {
            None => problems.push(format!("  missing: generated/{path}")),
            Some(existing) if existing != text => {
                problems.push(format!("  stale or edited: generated/{path}"))
            }
            Some(_) => {}
        }
    }
    for path in on_disk.keys().filter(|p| !tree.contains_key(*p)) {
        problems.push(format!("  not generated (remove it): generated/{path}"));
    }
    Ok(problems)
}

fn read_tree(base: &Path, dir: &Path, out: &mut Tree) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            read_tree(base, &path, out)?;
        } else {
            let relative = path.strip_prefix(base).map_err(|e| e.to_string())?;
            let relative = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let text =
                fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            out.insert(relative, String::from_utf8_lossy(&text).into_owned());
        }
    }
    Ok(())
}
