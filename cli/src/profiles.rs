//! Where `gapi` keeps what it stores between runs, and the profiles `gapi auth login` writes.
//!
//! Folders: `GAPI_CONFIG_DIR` when set, else `$XDG_CONFIG_HOME/gapi`, else `~/.config/gapi`
//! (`%APPDATA%\gapi` on Windows). A profile is `profiles/NAME.json` there: an `authorized_user`
//! credentials file (the format gcloud and Google's libraries read, so it can also be given with
//! `--credentials`) with the account's e-mail address and the scopes granted beside it. Files are
//! written readable by the user only (mode 0600, folders 0700), through a temporary file renamed
//! into place, so that a reader never sees half a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::failure::Failure;

/// The profile used when none is named.
pub const DEFAULT: &str = "default";

/// A stored login.
pub struct Profile {
    pub name: String,
    pub path: PathBuf,
    /// The account's e-mail address, when the login said.
    pub account: Option<String>,
    pub scopes: Vec<String>,
}

/// The folder of `gapi`'s files.
pub fn config_dir() -> Result<PathBuf, Failure> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(dir) = var("GAPI_CONFIG_DIR") {
        return Ok(dir);
    }
    if let Some(dir) = var("XDG_CONFIG_HOME") {
        return Ok(dir.join("gapi"));
    }
    if cfg!(windows) {
        if let Some(dir) = var("APPDATA") {
            return Ok(dir.join("gapi"));
        }
    }
    match var("HOME") {
        Some(home) => Ok(home.join(".config").join("gapi")),
        None => Err(Failure::Local(
            "no folder to keep logins and tokens in: set GAPI_CONFIG_DIR, XDG_CONFIG_HOME or HOME"
                .to_owned(),
        )),
    }
}

/// Checks a profile name: letters, digits, `-`, `_` and `.`, not starting with a dot.
pub fn check_name(name: &str) -> Result<(), Failure> {
    let fine = !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if fine {
        Ok(())
    } else {
        Err(Failure::usage(format!(
            "--profile `{}`: a profile name is letters, digits, `-`, `_` and `.`",
            name.escape_debug()
        )))
    }
}

/// The file of profile `name`.
pub fn path(name: &str) -> Result<PathBuf, Failure> {
    check_name(name)?;
    Ok(config_dir()?.join("profiles").join(format!("{name}.json")))
}

/// Reads profile `name`, `None` when there is no such file.
pub fn read(name: &str) -> Result<Option<Profile>, Failure> {
    let path = path(name)?;
    let text = match std::fs::read(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Failure::Local(format!(
                "the profile `{name}` ({}): {e}",
                path.display()
            )))
        }
    };
    let json: serde_json::Value = serde_json::from_slice(&text).unwrap_or_default();
    Ok(Some(Profile {
        name: name.to_owned(),
        account: json
            .get("account")
            .and_then(|a| a.as_str())
            .map(str::to_owned),
        scopes: json
            .get("scopes")
            .and_then(|s| s.as_array())
            .map(|s| {
                s.iter()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
        path,
    }))
}

/// The profile a command uses: the one `--profile` (or `GAPI_PROFILE`) names, which must exist,
/// else `default` if it exists.
pub fn selected(flag: Option<&str>) -> Result<Option<Profile>, Failure> {
    let named = flag.map(str::to_owned).or_else(|| {
        std::env::var("GAPI_PROFILE")
            .ok()
            .filter(|p| !p.trim().is_empty())
    });
    match named {
        Some(name) => match read(&name)? {
            Some(profile) => Ok(Some(profile)),
            None => Err(Failure::usage(format!(
                "there is no profile `{name}`: run `gapi auth login --profile {name}` \
                 (`gapi auth status` lists the profiles)"
            ))),
        },
        None => read(DEFAULT),
    }
}

/// Every stored profile, by name.
pub fn all() -> Result<Vec<Profile>, Failure> {
    let dir = config_dir()?.join("profiles");
    let mut names: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                e.file_name()
                    .to_str()
                    .and_then(|n| n.strip_suffix(".json"))
                    .map(str::to_owned)
            })
            .filter(|n| check_name(n).is_ok())
            .collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    Ok(names
        .iter()
        .filter_map(|n| read(n).ok().flatten())
        .collect())
}

/// Writes `bytes` to `path` readable by the user only: a temporary file in the same folder,
/// renamed into place. The folder is created (mode 0700) when missing.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically(path, bytes, open_private)
}

/// Writes `bytes` to `path` as [`write_private`] does, but readable by others as the umask says
/// (a copy of a public document, not a secret).
pub fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically(path, bytes, |temporary| {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(temporary)
    })
}

fn write_atomically(
    path: &Path,
    bytes: &[u8],
    open: impl Fn(&Path) -> std::io::Result<std::fs::File>,
) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    create_private_dir(dir)?;
    let temporary = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        std::process::id()
    ));
    let result = (|| {
        let mut file = open(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

/// Creates a new file that only the user can read and write; fails if it exists.
pub fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}
