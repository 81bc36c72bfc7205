//! The command line of `cargo xtask diff`: which inputs, which format, whether to fail.

use std::path::{Path, PathBuf};

use super::{compare_sets, inputs, markdown, Report};

/// How to print the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Json,
}

/// The parsed arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub sides: Sides,
    pub format: Format,
    pub deny_breaking: bool,
}

/// What is compared with what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sides {
    Paths(PathBuf, PathBuf),
    Since(String),
}

const USAGE: &str = "usage: cargo xtask diff (OLD NEW | --since GIT-REV) [--format markdown|json] [--deny-breaking]";

pub fn parse(args: &[String]) -> Result<Options, String> {
    let mut paths = Vec::new();
    let mut since = None;
    let mut format = Format::Markdown;
    let mut deny_breaking = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next().cloned())
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match flag {
            "--format" => {
                format = match value("--format")?.as_str() {
                    "markdown" | "md" => Format::Markdown,
                    "json" => Format::Json,
                    other => {
                        return Err(format!(
                            "--format takes `markdown` or `json`, not `{other}`"
                        ))
                    }
                }
            }
            "--since" => since = Some(value("--since")?),
            "--deny-breaking" => deny_breaking = true,
            other if other.starts_with('-') && other.len() > 1 => {
                return Err(format!("unknown option `{other}`\n{USAGE}"))
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    let sides = match (since, <[PathBuf; 2]>::try_from(paths)) {
        (Some(rev), Err(paths)) if paths.is_empty() => Sides::Since(rev),
        (None, Ok([old, new])) => Sides::Paths(old, new),
        _ => return Err(format!("give two paths or `--since GIT-REV`\n{USAGE}")),
    };
    Ok(Options {
        sides,
        format,
        deny_breaking,
    })
}

/// Runs `cargo xtask diff` for the workspace at `root`.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let options = parse(args)?;
    let report = Report::new(diff(root, &options.sides)?);
    let text = match options.format {
        Format::Markdown => markdown::report(&report.apis),
        Format::Json => report.to_json(),
    };
    write_stdout(&text)?;
    if options.deny_breaking && report.breaking > 0 {
        return Err(format!(
            "{} breaking change{} (--deny-breaking)",
            report.breaking,
            if report.breaking == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

/// Prints `text`; a reader that stopped early (`| head`) is not an error.
fn write_stdout(text: &str) -> Result<(), String> {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write the report: {e}"))
        }
        _ => Ok(()),
    }
}

/// Loads both sides and compares them.
pub fn diff(root: &Path, sides: &Sides) -> Result<Vec<super::ApiDiff>, String> {
    let (old, new) = match sides {
        Sides::Since(rev) => inputs::load_since(root, rev)?,
        Sides::Paths(old, new) => match (old.is_dir(), new.is_dir()) {
            (true, true) => (inputs::load_folder(old)?, inputs::load_folder(new)?),
            (false, false) => (vec![inputs::load_file(old)?], vec![inputs::load_file(new)?]),
            _ => {
                return Err(format!(
                    "{} and {} must both be files or both be folders",
                    old.display(),
                    new.display()
                ))
            }
        },
    };
    if let (Sides::Paths(..), [one_old], [one_new]) = (sides, old.as_slice(), new.as_slice()) {
        // Two files are compared whatever their names: the caller chose them.
        return Ok(vec![super::compare(one_old, one_new)]);
    }
    Ok(compare_sets(&old, &new))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn two_paths_and_flags() {
        let options = parse(&args(&[
            "a.json",
            "b.json",
            "--format=json",
            "--deny-breaking",
        ]))
        .unwrap();
        assert_eq!(
            options.sides,
            Sides::Paths("a.json".into(), "b.json".into())
        );
        assert_eq!(options.format, Format::Json);
        assert!(options.deny_breaking);
    }

    #[test]
    fn since_takes_no_paths() {
        let options = parse(&args(&["--since", "HEAD~1"])).unwrap();
        assert_eq!(options.sides, Sides::Since("HEAD~1".into()));
        assert_eq!(options.format, Format::Markdown);
        assert!(parse(&args(&["--since", "HEAD", "a.json"])).is_err());
    }

    #[test]
    fn mistakes_are_named() {
        assert!(parse(&args(&["a.json"])).unwrap_err().contains("two paths"));
        assert!(parse(&args(&["a", "b", "--format", "yaml"]))
            .unwrap_err()
            .contains("yaml"));
        assert!(parse(&args(&["a", "b", "--color"]))
            .unwrap_err()
            .contains("--color"));
        assert!(parse(&args(&["--since"]))
            .unwrap_err()
            .contains("needs a value"));
    }
}
