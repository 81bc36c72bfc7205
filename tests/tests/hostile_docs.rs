//! A hostile discovery document (`golden/hostile.v1.json`): every string the generator uses tries
//! to open a Rust code block that writes a file, or to break `Cargo.toml`. Generated in memory,
//! its crate must show every such block as text, keep control characters out of every file, and
//! write `Cargo.toml` strings that TOML accepts. (The committed crate under
//! `golden/expected/google-hostile-v1` is also compiled, linted and doc-tested by CI.)

use std::fs;
use std::path::Path;

fn hostile() -> codegen::GeneratedCrate {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("golden/hostile.v1.json");
    let json = fs::read_to_string(path).unwrap();
    codegen::generate("hostile.v1.json", &json).unwrap_or_else(|e| panic!("{e}"))
}

/// The text of every `///` and `//!` line of a Rust file, in order.
fn doc_lines(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| {
            let line = line.trim_start();
            let text = line
                .strip_prefix("///")
                .or_else(|| line.strip_prefix("//!"))?;
            Some(text.strip_prefix(' ').unwrap_or(text).to_owned())
        })
        .collect()
}

/// The line without leading white space, block quotes and list markers: where Markdown could
/// still read a fence.
fn strip_containers(line: &str) -> &str {
    let mut rest = line.trim_start();
    loop {
        let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
        if let Some(after) = rest.strip_prefix('>') {
            rest = after.trim_start();
        } else if let Some(after) = ["- ", "* ", "+ "].iter().find_map(|m| rest.strip_prefix(m)) {
            rest = after.trim_start();
        } else if digits > 0
            && (rest[digits..].starts_with(". ") || rest[digits..].starts_with(") "))
        {
            rest = rest[digits + 2..].trim_start();
        } else {
            return rest;
        }
    }
}

/// A fence at the start of `text`: its character and length, and what follows.
fn fence(text: &str) -> Option<(char, usize, &str)> {
    let mark = text.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = text.len() - text.trim_start_matches(mark).len();
    let info = &text[len..];
    (len >= 3 && !(mark == '`' && info.contains('`'))).then_some((mark, len, info))
}

#[test]
fn no_doc_comment_of_the_hostile_crate_opens_a_compiled_code_block() {
    let generated = hostile();
    let mut problems = Vec::new();
    for (path, source) in generated.files.iter().filter(|(p, _)| p.ends_with(".rs")) {
        let lines = doc_lines(source);
        let mut open: Option<(char, usize)> = None;
        for (i, line) in lines.iter().enumerate() {
            let stripped = strip_containers(line);
            if let Some((mark, len)) = open {
                if let Some((m, l, info)) = fence(stripped) {
                    if m == mark && l >= len && info.trim().is_empty() {
                        open = None;
                    }
                }
                continue;
            }
            let Some((mark, len, info)) = fence(stripped) else {
                continue;
            };
            // The generator's own example is the one compiled block, and it is never run.
            let own_example = path == "src/lib.rs"
                && line == "```no_run"
                && lines
                    .get(i + 1)
                    .is_some_and(|next| next.starts_with("# async fn example()"));
            // `toml` is the features section's manifest snippet, which rustdoc never compiles.
            let shown = line == stripped && (info == "text" || info == "toml");
            if !(own_example || shown) {
                problems.push(format!("{path}: doc line `{line}` opens a code block"));
            }
            open = Some((mark, len));
        }
        assert!(open.is_none(), "{path}: a block is left open");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_generated_file_holds_a_control_character() {
    for (path, text) in &hostile().files {
        let found = text.chars().find(|c| c.is_control() && *c != '\n');
        assert_eq!(found, None, "{path} holds a control character");
    }
}

#[test]
fn cargo_toml_strings_use_toml_escapes_only() {
    let generated = hostile();
    let manifest = &generated.files["Cargo.toml"];
    for (number, line) in manifest.lines().enumerate() {
        let mut chars = line.chars();
        let mut in_string = false;
        while let Some(c) = chars.next() {
            match (in_string, c) {
                (false, '#') => break,
                (false, '"') => in_string = true,
                (true, '"') => in_string = false,
                (true, '\\') => {
                    let escape = chars.next();
                    let ok = match escape {
                        Some('b' | 't' | 'n' | 'f' | 'r' | '"' | '\\') => true,
                        Some('u') => {
                            (0..4).all(|_| chars.next().is_some_and(|h| h.is_ascii_hexdigit()))
                        }
                        _ => false,
                    };
                    assert!(
                        ok,
                        "Cargo.toml line {}: `{line}` has an escape TOML does not know",
                        number + 1
                    );
                }
                _ => {}
            }
        }
        assert!(
            !in_string,
            "Cargo.toml line {}: unterminated string",
            number + 1
        );
    }
}
