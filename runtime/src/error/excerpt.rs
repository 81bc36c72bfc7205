//! Excerpts of a server's answer kept in errors: short, on one place of the body, and never a
//! UTF-8 sequence cut in two.

/// The largest snippet of a body kept in an error, in bytes (before the ellipses).
const SNIPPET_LEN: usize = 200;

/// At most [`SNIPPET_LEN`] bytes of `body` around `offset`, with `…` where text was cut.
pub(crate) fn snippet(body: &[u8], offset: usize) -> String {
    if body.len() <= SNIPPET_LEN {
        return String::from_utf8_lossy(body).into_owned();
    }
    let half = SNIPPET_LEN / 2;
    let mut start = offset.saturating_sub(half).min(body.len() - SNIPPET_LEN);
    let mut end = start + SNIPPET_LEN;
    // Do not cut a UTF-8 sequence in two.
    while start > 0 && is_continuation(body[start]) {
        start -= 1;
    }
    while end < body.len() && is_continuation(body[end]) {
        end += 1;
    }
    let mut out = String::with_capacity(end - start + 8);
    if start > 0 {
        out.push('…');
    }
    out.push_str(&String::from_utf8_lossy(&body[start..end]));
    if end < body.len() {
        out.push('…');
    }
    out
}

fn is_continuation(byte: u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_bounded_and_centred() {
        let short = snippet(b"abc", 1);
        assert_eq!(short, "abc");
        let long: Vec<u8> = (0..1000).map(|i| b'a' + (i % 26) as u8).collect();
        let head = snippet(&long, 0);
        assert!(head.starts_with("abc") && head.ends_with('…'));
        let middle = snippet(&long, 500);
        assert!(middle.starts_with('…') && middle.ends_with('…'));
        assert!(middle.len() <= SNIPPET_LEN + 2 * '…'.len_utf8());
        let tail = snippet(&long, 5000);
        assert!(tail.starts_with('…') && !tail.ends_with('…'));
        let multibyte = "é".repeat(300);
        let cut = snippet(multibyte.as_bytes(), 301);
        assert!(!cut.contains('\u{FFFD}'), "{cut}");
    }
}
