//! Where the two sides of a diff come from: a document, a folder of documents, or the
//! `discovery-json/` folder as a git revision had it.

use std::fs;
use std::path::Path;
use std::process::Command;

use codegen::model::Api;

/// Reads and checks one document; errors name the file.
pub fn load_file(path: &Path) -> Result<Api, String> {
    let json =
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    codegen::model::build(&path.display().to_string(), &json).map_err(|e| e.to_string())
}

/// Every `*.json` document directly in `dir`, in file-name order.
pub fn load_folder(dir: &Path) -> Result<Vec<Api>, String> {
    let mut paths: Vec<_> = fs::read_dir(dir)
        .map_err(|e| format!("cannot read folder {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths.iter().map(|p| load_file(p)).collect()
}

/// `discovery-json/` as commit `rev` of the repository at `root` had it, and as the working
/// tree has it now.
pub fn load_since(root: &Path, rev: &str) -> Result<(Vec<Api>, Vec<Api>), String> {
    let listing = git(root, &["ls-tree", "--name-only", rev, "discovery-json/"])?;
    let mut old = Vec::new();
    for path in listing.lines().filter(|l| l.ends_with(".json")) {
        let json = git(root, &["show", &format!("{rev}:./{path}")])?;
        let label = format!("{rev}:{path}");
        old.push(codegen::model::build(&label, &json).map_err(|e| e.to_string())?);
    }
    let new = load_folder(&root.join("discovery-json"))?;
    Ok((old, new))
}

/// Runs git in `root` and returns what it printed; a failure quotes git's own message.
fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "`git {}` failed in {}: {}",
            args.join(" "),
            root.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    String::from_utf8(output.stdout).map_err(|_| {
        format!(
            "`git {}` printed something that is not UTF-8",
            args.join(" ")
        )
    })
}
