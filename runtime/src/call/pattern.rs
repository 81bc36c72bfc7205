//! Checks of parameter values against the discovery `pattern`s that describe resource names.
//!
//! Google's path patterns are, with few exceptions, segment templates written as regexes:
//! `^enterprises/[^/]+/devices/[^/]+$`, `^.*$`, sometimes ending in `/.*$`. Those are checked here
//! segment by segment, in time linear in the value and with no recursion, so no value can make a
//! check slow or deep. Every other shape (character classes, counted repetitions, alternatives,
//! unanchored patterns: mostly compute's name rules) is not checked client-side; the server checks
//! it, and a call is never refused for a pattern this module cannot read.

/// One `/`-separated piece of a segment template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Segment<'p> {
    /// Exactly this text.
    Literal(&'p str),
    /// `[^/]+`: one non-empty segment.
    One,
    /// `.*` as the last piece: the rest of the value, slashes included, without a line feed.
    Rest,
}

/// The segments of `pattern`, when it is a segment template: `^` and `$` around `/`-separated
/// pieces, each a literal of letters, digits, `-` and `_`, or `[^/]+`, or (last) `.*`.
fn template(pattern: &str) -> Option<Vec<Segment<'_>>> {
    let mut rest = pattern.strip_prefix('^')?.strip_suffix('$')?;
    let mut segments = Vec::new();
    loop {
        let (segment, after) = if let Some(after) = rest.strip_prefix("[^/]+") {
            (Segment::One, after)
        } else if rest == ".*" {
            (Segment::Rest, "")
        } else {
            let len = rest
                .bytes()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
                .count();
            if len == 0 {
                return None;
            }
            (Segment::Literal(&rest[..len]), &rest[len..])
        };
        segments.push(segment);
        if after.is_empty() {
            return Some(segments);
        }
        rest = after.strip_prefix('/')?;
    }
}

/// The character a regex `.` does not match, in RE2 (which Google's servers use) and Rust's
/// regex crates alike: the line feed.
fn is_line_terminator(c: char) -> bool {
    c == '\n'
}

/// Whether `value` fits `segments`.
fn fits(segments: &[Segment<'_>], value: &str) -> bool {
    let mut parts = value.split('/');
    for (i, segment) in segments.iter().enumerate() {
        let Some(part) = parts.next() else {
            return false;
        };
        match segment {
            Segment::Literal(literal) if part != *literal => return false,
            Segment::One if part.is_empty() => return false,
            Segment::Rest => {
                // What `.*` matches starts where this part starts and runs to the end.
                let start = value.split('/').take(i).map(|p| p.len() + 1).sum::<usize>();
                return !value[start..].chars().any(is_line_terminator);
            }
            _ => {}
        }
    }
    parts.next().is_none()
}

/// Whether `value` matches `pattern`, as a regex with the pattern's anchors would say, for the
/// patterns this module reads (see the module documentation); `true` for every other pattern.
pub(crate) fn matches(pattern: &str, value: &str) -> bool {
    match template(pattern) {
        Some(segments) => fits(&segments, value),
        None => true,
    }
}

/// Whether [`matches`] checks values against `pattern` at all.
#[cfg(test)]
pub(crate) fn is_checked(pattern: &str) -> bool {
    template(pattern).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_names() {
        let p = "^enterprises/[^/]+$";
        assert!(matches(p, "enterprises/e1"));
        assert!(!matches(p, "enterprises/e1/devices/d1"));
        assert!(!matches(p, "enterprises/"));
        assert!(!matches(p, "x/enterprises/e1"));
        assert!(!matches(p, "enterprises"));
        assert!(!matches(p, "Enterprises/e1"));
        let nested = "^enterprises/[^/]+/devices/[^/]+/operations/.*$";
        assert!(matches(nested, "enterprises/e/devices/d/operations/a/b"));
        assert!(matches(nested, "enterprises/e/devices/d/operations/"));
        assert!(!matches(nested, "enterprises/e/devices/d/operations"));
        assert!(!matches(nested, "enterprises/e/devices/d/operations/a\nb"));
        assert!(matches("^.*$", "anything / at all"));
        assert!(!matches("^.*$", "two\nlines"));
        // `[^/]` takes any character but `/`, line breaks included, as a regex does; a `.*`
        // after it looks at its own part only.
        assert!(matches("^a/[^/]+$", "a/x\ny"));
        assert!(matches("^a/[^/]+/b/.*$", "a/x\ny/b/rest/of/it"));
        assert!(matches("^a/[^/]+/.*$", "a/x\n/rest"));
        assert!(!matches("^a/[^/]+/b/.*$", "a/xy/b/rest\n"));
    }

    #[test]
    fn other_shapes_are_left_to_the_server() {
        for pattern in [
            "[0-9]+",
            "^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$",
            "^UA-(\\d+)-(\\d+)$",
            "^(unclosed$",
            "^a.b/[^/]+$",
            "^a/[^/]*$",
            "^.*/a$",
            "",
            "^$",
        ] {
            assert!(!is_checked(pattern), "{pattern}");
            assert!(matches(pattern, "anything"), "{pattern}");
        }
    }

    /// Every pattern this module checks means the same here as in a regex engine, on values made
    /// to match it and on mutations of them; among them every pattern of the pinned documents
    /// (and of the stress documents, when they are beside the repository).
    #[test]
    fn agrees_with_a_regex_engine() {
        let mut patterns = corpus_patterns();
        patterns.extend(["^.*$", "^a/[^/]+/b/.*$", "^x_y-z/[^/]+$"].map(str::to_owned));
        let checked: Vec<&String> = patterns.iter().filter(|p| is_checked(p)).collect();
        assert!(checked.len() >= 5, "found only {checked:?}");
        let mut rng = fastrand::Rng::with_seed(11);
        let alphabet: Vec<char> = "ab/z-09_.:AZ é\n\u{2028}".chars().collect();
        let mut cases = 0;
        for pattern in checked {
            let regex =
                regex_lite::Regex::new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"));
            for _ in 0..300 {
                let mut text: Vec<char> = example(pattern, &mut rng).chars().collect();
                for _ in 0..rng.usize(0..3) {
                    let at = rng.usize(0..=text.len());
                    match rng.u8(0..3) {
                        0 => text.insert(at, alphabet[rng.usize(0..alphabet.len())]),
                        1 if at < text.len() => {
                            text.remove(at);
                        }
                        _ if at < text.len() => text[at] = alphabet[rng.usize(0..alphabet.len())],
                        _ => {}
                    }
                }
                let text: String = text.into_iter().collect();
                assert_eq!(
                    matches(pattern, &text),
                    regex.is_match(&text),
                    "{pattern} on {text:?}"
                );
                cases += 1;
            }
        }
        assert!(cases > 1000);
    }

    /// A value that fits a segment template.
    fn example(pattern: &str, rng: &mut fastrand::Rng) -> String {
        let segments = template(pattern).unwrap_or_default();
        let word = |rng: &mut fastrand::Rng| -> String {
            (0..rng.usize(1..6))
                .map(|_| ['a', 'Z', '0', '-', '_', '.', 'é'][rng.usize(0..7)])
                .collect()
        };
        segments
            .iter()
            .map(|segment| match segment {
                Segment::Literal(literal) => (*literal).to_owned(),
                Segment::One => word(rng),
                Segment::Rest => (0..rng.usize(0..3))
                    .map(|_| word(rng))
                    .collect::<Vec<_>>()
                    .join("/"),
            })
            .collect::<Vec<_>>()
            .join("/")
    }

    /// A value of a mebibyte against every pattern, on a thread with a 64 KiB stack: the check
    /// neither recurses nor backtracks.
    #[test]
    fn long_values_on_a_small_stack() {
        let mut patterns = corpus_patterns();
        patterns.push("^projects/[^/]+/locations/[^/]+/resources/.*$".to_owned());
        let handle = std::thread::Builder::new()
            .stack_size(64 << 10)
            .spawn(move || {
                let long_segment = "a.".repeat(512 << 10);
                let many_segments = "a/".repeat(512 << 10);
                let started = std::time::Instant::now();
                let mut checks = 0;
                for pattern in &patterns {
                    for value in [&long_segment, &many_segments] {
                        std::hint::black_box(matches(pattern, value));
                        checks += 1;
                    }
                }
                (checks, started.elapsed())
            })
            .expect("a thread");
        let (checks, elapsed) = handle.join().expect("no stack overflow");
        println!("{checks} checks of 1 MiB values in {elapsed:?}");
        assert!(checks >= 2);
    }

    /// The `pattern`s of the discovery documents the tests can find.
    fn corpus_patterns() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut files = Vec::new();
        for dir in ["discovery-json", "../shared/discovery-json/stress"] {
            if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
                files.extend(entries.flatten().map(|entry| entry.path()));
            }
        }
        let mut patterns = std::collections::BTreeSet::new();
        for file in files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "json"))
        {
            let Ok(text) = std::fs::read_to_string(file) else {
                continue;
            };
            let Ok(document) = serde_json::from_str::<serde_json::Value>(&text) else {
                continue;
            };
            collect_patterns(&document, &mut patterns);
        }
        patterns.into_iter().collect()
    }

    fn collect_patterns(value: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(pattern)) = map.get("pattern") {
                    out.insert(pattern.clone());
                }
                map.values().for_each(|v| collect_patterns(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect_patterns(v, out)),
            _ => {}
        }
    }
}
