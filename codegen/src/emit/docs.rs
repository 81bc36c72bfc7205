//! Discovery descriptions to rustdoc that is safe to build and test: code blocks never run as
//! doctests, brackets and angle brackets that are not links are escaped, bare URLs become
//! autolinks, and nothing is read as an indented code block.

/// The lines of a doc comment for `text` (empty when there is nothing to say).
pub fn doc_lines(text: &str) -> Vec<String> {
    let text = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\t', "    ");
    let mut out: Vec<String> = Vec::new();
    let mut fence: Option<String> = None;
    // Width of the marker of the list item the current paragraph continues, if any.
    let mut list_indent: Option<usize> = None;
    for raw in text.lines() {
        let trimmed = raw.trim_start();
        if let Some(closing) = &fence {
            if trimmed.starts_with(closing.as_str())
                && trimmed.trim_start_matches('`').trim().is_empty()
            {
                out.push(closing.clone());
                fence = None;
            } else {
                out.push(raw.trim_end().to_owned());
            }
            continue;
        }
        if trimmed.starts_with("```") {
            let ticks = trimmed.len() - trimmed.trim_start_matches('`').len();
            let lang = trimmed[ticks..].trim();
            // Only Rust code blocks are compiled as doctests; mark the others as plain text.
            let lang = if lang.is_empty() || lang.starts_with("rust") {
                "text"
            } else {
                lang
            };
            out.push(format!("{}{}", "`".repeat(ticks), lang.replace('`', "")));
            fence = Some("`".repeat(ticks));
            list_indent = None;
            continue;
        }
        if trimmed.is_empty() {
            list_indent = None;
            out.push(String::new());
            continue;
        }
        let line = escape_inline(trimmed.trim_end());
        if let Some(width) = list_marker_width(trimmed) {
            list_indent = Some(width);
            out.push(line);
        } else if let Some(width) = list_indent {
            out.push(format!("{}{}", " ".repeat(width), line));
        } else {
            out.push(line);
        }
    }
    if let Some(closing) = fence {
        out.push(closing);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    out
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
    use super::doc_lines;

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
        assert_eq!(doc("```json\n{}\n```"), "```json\n{}\n```");
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
}
