//! Discovery text to generated text, through one sanitiser. Descriptions become rustdoc that is
//! safe to build and test: code blocks never run as doctests, brackets and angle brackets that
//! are not links are escaped, bare URLs become autolinks, and nothing is read as an indented code
//! block. Single values (titles, ids, paths, patterns...) become one line without control
//! characters, as prose ([`text`]) or as a code span ([`code`]); [`toml_string`] quotes for
//! `Cargo.toml`.

/// `value` on one line: every control character (line breaks, tabs, NUL, ESC...) becomes a space.
pub fn one_line(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A single value inside prose (a title, a revision): one line, Markdown escaped, and backticks
/// shown as they are rather than opening a code span.
pub fn text(value: &str) -> String {
    escape_text(one_line(value).trim()).replace('`', "\\`")
}

/// A single value as a code span: one line, delimited by more backticks than it contains, so
/// that no backtick in it can close the span, and never a code fence (the closing delimiter is
/// on the same line, which a fence's opening line cannot have).
pub fn code(value: &str) -> String {
    let value = one_line(value);
    let mut longest = 0;
    let mut run = 0;
    for c in value.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let ticks = "`".repeat(longest + 1);
    // A space separates a backtick at either end from the delimiter; Markdown strips it.
    let pad = if value.starts_with('`') || value.ends_with('`') || value.trim().is_empty() {
        " "
    } else {
        ""
    };
    format!("{ticks}{pad}{value}{pad}{ticks}")
}

/// A web address for `Reference: ...`: an autolink when it is one, else plain text.
pub fn link(url: &str) -> String {
    let clean = (url.starts_with("https://") || url.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || matches!(c, '<' | '>' | '`'));
    if clean {
        format!("<{url}>")
    } else {
        text(url)
    }
}

/// `value` as a TOML basic string, escaped as the TOML spec asks (quotes, backslashes, every
/// control character), unlike Rust's `{:?}`, whose `\u{1b}` is not TOML.
pub fn toml_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A fence: its character (`` ` `` or `~`) and length.
#[derive(Clone, Copy)]
struct Fence {
    mark: char,
    len: usize,
}

impl Fence {
    fn delimiter(self) -> String {
        self.mark.to_string().repeat(self.len)
    }

    /// Whether `line`, after any container markers, closes this fence. Closing lines are always
    /// written back as the bare delimiter.
    fn closes(self, line: &str) -> bool {
        let rest = strip_containers(line);
        let run = rest.len() - rest.trim_start_matches(self.mark).len();
        run >= self.len && rest[run..].trim().is_empty()
    }
}

/// A code fence opening `line`, once any list markers, block quotes and indentation are
/// stripped: wherever Markdown could read one, a fence opens a block.
fn fence_opening(line: &str) -> Option<Fence> {
    let rest = strip_containers(line);
    let mark = rest.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = rest.len() - rest.trim_start_matches(mark).len();
    // A backtick in the info string makes the line a code span, not a fence (CommonMark).
    let info_has_backtick = mark == '`' && rest[len..].contains('`');
    (len >= 3 && !info_has_backtick).then_some(Fence { mark, len })
}

/// `line` without leading white space, block quote markers and list markers.
fn strip_containers(line: &str) -> &str {
    let mut rest = line.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix('>') {
            rest = after.trim_start();
        } else if let Some(width) = list_marker_width(rest) {
            rest = rest[width..].trim_start();
        } else {
            return rest;
        }
    }
}

/// The first line of `text`'s doc comment, for a summary; none when it opens a code block.
pub fn first_line(text: &str) -> Option<String> {
    doc_lines(text)
        .into_iter()
        .next()
        .filter(|line| fence_opening(line).is_none())
}

/// The lines of a doc comment for `text` (empty when there is nothing to say).
pub fn doc_lines(text: &str) -> Vec<String> {
    let text: String = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\t', "    ")
        .chars()
        .map(|c| if c != '\n' && c.is_control() { ' ' } else { c })
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut fence: Option<Fence> = None;
    // Width of the marker of the list item the current paragraph continues, if any.
    let mut list_indent: Option<usize> = None;
    for raw in text.lines() {
        let trimmed = raw.trim_start();
        if let Some(open) = fence {
            if open.closes(raw) {
                out.push(open.delimiter());
                fence = None;
            } else {
                out.push(raw.trim_end().to_owned());
            }
            continue;
        }
        if let Some(open) = fence_opening(raw) {
            // Whatever the info string said (`rust`, `ignore`, `should_panic`, `json`...), the
            // block is shown as text: rustdoc compiles every block it can read as Rust. The
            // fence moves to the top level, out of any list or quote it was opened in.
            out.push(format!("{}text", open.delimiter()));
            fence = Some(open);
            list_indent = None;
            continue;
        }
        if trimmed.is_empty() {
            list_indent = None;
            out.push(String::new());
            continue;
        }
        let line = escape_inline(trimmed.trim_end());
        let indent = if let Some(width) = list_marker_width(trimmed) {
            list_indent = Some(width);
            0
        } else {
            list_indent.unwrap_or(0)
        };
        if starts_block(trimmed) && list_marker_width(trimmed).is_none() {
            // A heading, table row or quote is kept on its line: wrapping would change it.
            out.push(format!("{}{}", " ".repeat(indent), line));
            continue;
        }
        let continuation = list_indent.unwrap_or(0);
        for (n, piece) in wrap(&line, DOC_WIDTH - continuation)
            .into_iter()
            .enumerate()
        {
            let pad = if n == 0 { indent } else { continuation };
            out.push(format!("{}{}", " ".repeat(pad), piece));
        }
    }
    if let Some(open) = fence {
        out.push(open.delimiter());
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    out
}

/// The width of a line of doc text: with `    /// ` before it (an item inside a module or an
/// impl block), a generated line ends by column 100.
pub const DOC_WIDTH: usize = 92;

/// `line` (one line of prose, already escaped) broken at spaces into lines of at most `width`
/// characters where it can be. A break is only made where the next line cannot start a block of
/// its own (a list item, heading, quote, table row, fence, thematic break or HTML), nor after a
/// backslash (which would make a hard line break), nor inside a run of spaces (a code span keeps
/// its spaces). A word longer than `width` stays whole.
pub fn wrap(line: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while rest.chars().count() > width {
        let bytes = rest.as_bytes();
        let can_break = |i: usize| {
            bytes[i] == b' '
                && i > 0
                && bytes[i - 1] != b' '
                && bytes[i - 1] != b'\\'
                && bytes.get(i + 1).is_some_and(|b| *b != b' ')
                && !starts_block(&rest[i + 1..])
        };
        let limit = rest
            .char_indices()
            .nth(width)
            .map(|(i, _)| i)
            .unwrap_or(rest.len());
        let at = (1..=limit.min(bytes.len() - 1))
            .rev()
            .find(|&i| can_break(i))
            .or_else(|| (limit..bytes.len()).find(|&i| can_break(i)));
        match at {
            Some(i) => {
                out.push(rest[..i].to_owned());
                rest = &rest[i + 1..];
            }
            None => break,
        }
    }
    out.push(rest.to_owned());
    out
}

/// Doc lines (as [`doc_lines`] makes them, or the generator's own) with every line of prose
/// wrapped at [`DOC_WIDTH`]; lines in code blocks, headings, quotes and table rows are kept. A
/// list item's continuation lines go under its text. Lines already short enough are unchanged.
pub fn wrap_lines(lines: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    let mut fence: Option<Fence> = None;
    for line in lines {
        if let Some(open) = fence {
            if open.closes(line) {
                fence = None;
            }
            out.push(line.clone());
            continue;
        }
        if let Some(open) = fence_opening(line) {
            fence = Some(open);
            out.push(line.clone());
            continue;
        }
        let text = line.trim_start();
        let indent = line.len() - text.len();
        if line.chars().count() <= DOC_WIDTH
            || (starts_block(text) && list_marker_width(text).is_none())
        {
            out.push(line.clone());
            continue;
        }
        let under = indent + list_marker_width(text).unwrap_or(0);
        for (n, piece) in wrap(text, DOC_WIDTH - under).into_iter().enumerate() {
            let pad = if n == 0 { indent } else { under };
            out.push(format!("{}{piece}", " ".repeat(pad)));
        }
    }
    out
}

/// Whether a line starting with `text` would open a block in Markdown (a heading, quote, list
/// item, fence, thematic break or setext underline), or be read as a table row, instead of
/// continuing a paragraph.
fn starts_block(text: &str) -> bool {
    let word = text.split(' ').next().unwrap_or_default();
    let hashes = word.len() - word.trim_start_matches('#').len();
    (1..=6).contains(&hashes) && hashes == word.len()
        || text.starts_with('>')
        || text.starts_with('|')
        || text.starts_with('<')
        || text.starts_with("```")
        || text.starts_with("~~~")
        || (!word.is_empty()
            && word
                .chars()
                .all(|c| matches!(c, '-' | '*' | '_' | '=' | '+')))
        || list_marker_width(text).is_some()
        || {
            let digits = word.chars().take_while(|c| c.is_ascii_digit()).count();
            digits > 0 && (word[digits..] == *"." || word[digits..] == *")")
        }
}

/// `- `, `* `, `+ ` or `1. ` at the start of a line: the width of the marker and its space.
fn list_marker_width(line: &str) -> Option<usize> {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ") {
        return Some(2);
    }
    let digits = line.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0
        && digits < 10
        && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
    {
        return Some(digits + 2);
    }
    None
}

/// Escapes one line outside code blocks, leaving code spans (`` `...` ``) as they are.
fn escape_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    while let Some(start) = rest.find('`') {
        let ticks = rest[start..].len() - rest[start..].trim_start_matches('`').len();
        let delimiter = &rest[start..start + ticks];
        let after = &rest[start + ticks..];
        match after.find(delimiter) {
            Some(end) => {
                out.push_str(&escape_text(&rest[..start]));
                out.push_str(&rest[start..start + ticks + end + ticks]);
                rest = &after[end + ticks..];
            }
            None => {
                // An unmatched backtick is plain text.
                out.push_str(&escape_text(&rest[..start + ticks]));
                rest = after;
            }
        }
    }
    out.push_str(&escape_text(rest));
    out
}

/// Escapes prose: keeps `[text](https://...)` links, turns bare URLs into `<...>` autolinks,
/// and escapes every other `[`, `]`, `<` and `>`.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if rest.starts_with('[') {
            if let Some((link, len)) = markdown_link(rest) {
                out.push_str(&link);
                i += len;
                continue;
            }
            out.push_str("\\[");
            i += 1;
        } else if rest.starts_with(']') {
            out.push_str("\\]");
            i += 1;
        } else if rest.starts_with('<') {
            out.push_str("&lt;");
            i += 1;
        } else if rest.starts_with('>') {
            out.push_str("&gt;");
            i += 1;
        } else if rest.starts_with("http://") || rest.starts_with("https://") {
            // Even glued to the word before it (`inhttps://...`), rustdoc sees a bare URL.
            let len = url_length(rest);
            out.push('<');
            out.push_str(&rest[..len]);
            out.push('>');
            i += len;
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// A `[text](url)` link to an absolute web address at the start of `text`, escaped, with the
/// number of bytes it spans. Links to anything else would be read by rustdoc as paths.
fn markdown_link(text: &str) -> Option<(String, usize)> {
    let close = text.find("](")?;
    let label = &text[1..close];
    if label.contains('[') || label.contains(']') {
        return None;
    }
    let target_start = close + 2;
    let target_len = text[target_start..].find(')')?;
    let target = &text[target_start..target_start + target_len];
    let absolute = target.starts_with("https://") || target.starts_with("http://");
    if !absolute
        || target.contains(char::is_whitespace)
        || target.contains('<')
        || target.contains('>')
    {
        return None;
    }
    let label = escape_text(label);
    Some((
        format!("[{label}]({target})"),
        target_start + target_len + 1,
    ))
}

/// How far a bare URL runs: to white space or a character that cannot end one.
fn url_length(text: &str) -> usize {
    let end = text
        .find(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '<' | '>' | '"' | '`' | '[' | ']' | '{' | '}' | '|' | '\\' | '^'
                )
        })
        .unwrap_or(text.len());
    let mut url = &text[..end];
    // Sentence punctuation after a URL is not part of it; nor is an unbalanced closing parenthesis.
    loop {
        let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '*']);
        let trimmed = if trimmed.ends_with(')')
            && trimmed.matches('(').count() < trimmed.matches(')').count()
        {
            &trimmed[..trimmed.len() - 1]
        } else {
            trimmed
        };
        if trimmed.len() == url.len() {
            break;
        }
        url = trimmed;
    }
    url.len()
}

#[cfg(test)]
mod tests {
    use super::{code, doc_lines, link, text, toml_string, wrap, wrap_lines, DOC_WIDTH};

    fn doc(text: &str) -> String {
        doc_lines(text).join("\n")
    }

    #[test]
    fn brackets_that_are_not_links_are_escaped() {
        assert_eq!(doc("a [b] c"), "a \\[b\\] c");
        assert_eq!(
            doc("see [docs](https://x.test/a)."),
            "see [docs](https://x.test/a)."
        );
        assert_eq!(
            doc("[Foo](Bar) and [x][y]"),
            "\\[Foo\\](Bar) and \\[x\\]\\[y\\]"
        );
    }

    #[test]
    fn html_like_text_is_escaped_outside_code() {
        assert_eq!(
            doc("projects/<project>/x `a<b>`"),
            "projects/&lt;project&gt;/x `a<b>`"
        );
    }

    #[test]
    fn bare_urls_become_autolinks_without_trailing_punctuation() {
        assert_eq!(
            doc("Go to https://x.test/a(b)."),
            "Go to <https://x.test/a(b)>."
        );
        assert_eq!(doc("(see https://x.test/a)"), "(see <https://x.test/a>)");
    }

    #[test]
    fn urls_glued_to_a_word_still_become_autolinks() {
        assert_eq!(doc("as inhttps://x.test/a."), "as in<https://x.test/a>.");
    }

    #[test]
    fn code_fences_never_run_as_doctests() {
        assert_eq!(
            doc("x\n```\nfn main() {}\n```"),
            "x\n```text\nfn main() {}\n```"
        );
        assert_eq!(doc("```json\n{}\n```"), "```text\n{}\n```");
        assert_eq!(doc("```\nunclosed"), "```text\nunclosed\n```");
    }

    #[test]
    fn indentation_never_makes_a_code_block() {
        assert_eq!(doc("a\n\n    let x = 1;"), "a\n\nlet x = 1;");
    }

    #[test]
    fn list_items_continue_with_indentation() {
        assert_eq!(doc("- one\ntwo\n\nthree"), "- one\n  two\n\nthree");
        assert_eq!(doc("1. one\ntwo"), "1. one\n   two");
    }

    #[test]
    fn empty_text_has_no_lines() {
        assert!(doc_lines(" \n\n").is_empty());
    }

    #[test]
    fn every_fence_is_shown_as_text_whatever_its_info_string() {
        for info in [
            "rust",
            "ignore",
            "should_panic",
            "no_run",
            "compile_fail",
            "edition2021",
        ] {
            assert_eq!(doc(&format!("```{info}\nx();\n```")), "```text\nx();\n```");
        }
        assert_eq!(doc("~~~rust\nx();\n~~~"), "~~~text\nx();\n~~~");
        // A backtick line inside a tilde block neither closes it nor opens another.
        assert_eq!(
            doc("~~~\n```\nx();\n```\n~~~"),
            "~~~text\n```\nx();\n```\n~~~"
        );
        assert_eq!(doc("````\n```\nx\n````"), "````text\n```\nx\n````");
        // A code span at the start of a line is not a fence.
        assert_eq!(doc("```` ```rust ```` b"), "```` ```rust ```` b");
    }

    #[test]
    fn fences_in_lists_quotes_and_indentation_open_text_blocks() {
        assert_eq!(doc("- ```rust\nx();\n```"), "```text\nx();\n```");
        assert_eq!(doc("> ```\n> x();\n> ```"), "```text\n> x();\n```");
        assert_eq!(doc("1. - ```\nx();"), "```text\nx();\n```");
        assert_eq!(doc("a\n    ```rust\n    x();"), "a\n```text\n    x();\n```");
    }

    #[test]
    fn control_characters_become_spaces() {
        assert_eq!(doc("a\u{1b}b\0c"), "a b c");
        assert_eq!(doc("a\r```rust\rx();"), "a\n```text\nx();\n```");
    }

    #[test]
    fn values_are_one_line_code_spans_that_cannot_be_closed_early() {
        assert_eq!(code("a.b"), "`a.b`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("```rust"), "```` ```rust ````");
        assert_eq!(code("x\n```rust\ty"), "````x ```rust y````");
        assert_eq!(code(""), "`  `");
    }

    #[test]
    fn values_in_prose_are_escaped_and_on_one_line() {
        assert_eq!(text("Gmail API"), "Gmail API");
        assert_eq!(text("a\n```rust [b]"), "a \\`\\`\\`rust \\[b\\]");
        assert_eq!(link("https://x.test/a"), "<https://x.test/a>");
        assert_eq!(link("https://x.test/\n```"), "<https://x.test/> \\`\\`\\`");
    }

    #[test]
    fn toml_strings_follow_the_toml_spec() {
        assert_eq!(toml_string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(toml_string("\u{1b}\0\n"), r#""\u001B\u0000\n""#);
    }

    #[test]
    fn long_descriptions_are_wrapped_at_the_doc_width() {
        let words = "word ".repeat(60);
        let lines = doc_lines(&words);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(
            lines.iter().all(|l| l.chars().count() <= DOC_WIDTH),
            "{lines:?}"
        );
        assert_eq!(lines.join(" "), words.trim_end());
    }

    #[test]
    fn a_wrapped_line_never_starts_a_block_of_its_own() {
        for marker in [
            "-", "*", "+", "#", ">", "|", "1.", "2)", "---", "===", "```",
        ] {
            let text = format!("{} {marker} tail", "a".repeat(DOC_WIDTH - 2));
            for line in &wrap(&text, DOC_WIDTH)[1..] {
                assert!(!line.starts_with(marker), "{marker}: {line:?}");
            }
        }
        // Nor after a backslash (a hard line break), nor inside a run of spaces.
        let text = format!("{}\\ b  c", "a".repeat(DOC_WIDTH - 1));
        assert_eq!(wrap(&text, DOC_WIDTH), vec![text]);
    }

    #[test]
    fn list_items_wrap_under_their_text_and_tables_stay_whole() {
        let item = format!("- {}", "word ".repeat(30).trim_end());
        let lines = doc_lines(&item);
        assert!(lines[0].starts_with("- word"));
        assert!(
            lines[1..].iter().all(|l| l.starts_with("  word")),
            "{lines:?}"
        );
        let row = format!("| {} |", "cell ".repeat(30));
        assert_eq!(doc_lines(&row).len(), 1);
        let heading = format!("# {}", "word ".repeat(30).trim_end());
        assert_eq!(doc_lines(&heading).len(), 1);
    }

    #[test]
    fn a_word_longer_than_the_width_stays_whole() {
        let url = format!("https://x.test/{}", "a".repeat(120));
        let lines = doc_lines(&format!("see {url} now"));
        assert!(lines.iter().any(|l| l.contains(&url)), "{lines:?}");
    }

    #[test]
    fn the_generators_own_lines_wrap_but_code_blocks_do_not() {
        let long = "word ".repeat(30).trim_end().to_owned();
        let lines = vec![
            format!("- `name`: {long}"),
            "```text".to_owned(),
            long.clone(),
            "```".to_owned(),
        ];
        let wrapped = wrap_lines(&lines);
        assert!(wrapped[1].starts_with("  word"), "{wrapped:?}");
        assert_eq!(&wrapped[wrapped.len() - 3..], &lines[1..]);
        assert_eq!(wrap_lines(&wrapped), wrapped);
    }
}
