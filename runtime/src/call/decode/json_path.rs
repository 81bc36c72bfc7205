//! The JSON path at a byte offset of a JSON text, found by scanning the text itself.
//!
//! A typed second pass (`serde_path_to_error`) would instantiate every response type's whole
//! `Deserialize` tree a second time; this scanner is compiled once and costs nothing until a
//! decode fails. It is lenient: malformed input, offsets past the end and invalid UTF-8 still give
//! a path, never a panic.
//!
//! The path reads like `items[1].id`: object keys joined by `.`, array indices in brackets, keys
//! unescaped and unquoted, and `.` alone for the top-level value.

use std::ops::Range;

use serde_json::error::Category;

/// The path of the value a `serde_json` error of `category` at byte `offset` of `input` is about.
///
/// Where serde_json puts its position differs by kind of error, and this decides what the
/// scanned state means:
/// - data errors (wrong type, bad value, missing field): just after the value whose visitor
///   failed, or at the `[` / `{` of a value rejected by its first byte, or just after the `}` of
///   an object missing a field (also where an error raised outside serde_json's visitors, after
///   the last member was read, ends up: such an error names the object, not the member);
/// - syntax errors: one byte past the offending byte, which is therefore left out of the scan;
/// - end of input: the end.
pub(crate) fn at(input: &[u8], offset: usize, category: Category) -> String {
    let end = match category {
        Category::Syntax => offset.saturating_sub(1),
        Category::Data | Category::Eof | Category::Io => offset,
    };
    let end = end.min(input.len());
    let mut scanner = Scanner {
        input,
        end,
        pos: 0,
        stack: Vec::new(),
        state: State::Value,
    };
    scanner.run();
    scanner.path(category)
}

/// One open object or array, with the member the scan is at.
enum Frame {
    /// The text of the current member's key between its quotes (still escaped), once read.
    Object(Option<Range<usize>>),
    /// The index of the current element: the number of commas seen so far.
    Array(usize),
}

/// Where the scan stopped within the innermost open value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before a value (after `[`, `,` in an array, `:`, or at the top level).
    Value,
    /// Inside a string or scalar value that the scan ended within.
    InValue,
    /// Just after a complete value.
    AfterValue,
    /// Before an object key (after `{` or `,`).
    Key,
    /// Inside an object key that the scan ended within.
    InKey,
    /// After an object key, before its `:`.
    Colon,
}

struct Scanner<'a> {
    input: &'a [u8],
    /// The scan looks at `input[..end]` only.
    end: usize,
    pos: usize,
    stack: Vec<Frame>,
    state: State,
}

impl Scanner<'_> {
    fn byte(&self, at: usize) -> Option<u8> {
        if at < self.end {
            self.input.get(at).copied()
        } else {
            None
        }
    }

    fn run(&mut self) {
        while let Some(b) = self.byte(self.pos) {
            match b {
                b' ' | b'\t' | b'\n' | b'\r' => self.pos += 1,
                b'{' => {
                    self.pos += 1;
                    self.stack.push(Frame::Object(None));
                    self.state = State::Key;
                }
                b'[' => {
                    self.pos += 1;
                    self.stack.push(Frame::Array(0));
                    self.state = State::Value;
                }
                b'}' | b']' => {
                    self.pos += 1;
                    // An unmatched bracket in malformed text is ignored rather than trusted.
                    let matches = matches!(
                        (self.stack.last(), b),
                        (Some(Frame::Object(_)), b'}') | (Some(Frame::Array(_)), b']')
                    );
                    if matches {
                        self.stack.pop();
                        self.state = State::AfterValue;
                    }
                }
                b':' => {
                    self.pos += 1;
                    self.state = State::Value;
                }
                b',' => {
                    self.pos += 1;
                    match self.stack.last_mut() {
                        Some(Frame::Array(index)) => {
                            *index = index.saturating_add(1);
                            self.state = State::Value;
                        }
                        Some(Frame::Object(key)) => {
                            *key = None;
                            self.state = State::Key;
                        }
                        None => {}
                    }
                }
                b'"' => {
                    self.pos += 1;
                    let start = self.pos;
                    let closed = self.skip_string();
                    let is_key = self.state == State::Key;
                    self.state = match (self.stack.last_mut(), is_key, closed) {
                        (Some(Frame::Object(key)), true, true) => {
                            *key = Some(start..self.pos.saturating_sub(1));
                            State::Colon
                        }
                        (Some(Frame::Object(_)), true, false) => State::InKey,
                        (_, _, true) => State::AfterValue,
                        (_, _, false) => State::InValue,
                    };
                }
                _ => {
                    // A number, a literal, or stray bytes: all run to the next delimiter.
                    let start = self.pos;
                    while let Some(b) = self.byte(self.pos) {
                        if is_delimiter(b) {
                            break;
                        }
                        self.pos += 1;
                    }
                    // A token cut by the end of the scan may be whole all the same: serde_json
                    // may have stopped at the byte after it. Not if that byte is a digit, which
                    // serde_json only stops at to reject a leading zero.
                    let token = self.input.get(start..self.pos).unwrap_or_default();
                    let whole = is_whole_scalar(token)
                        && !self.input.get(self.pos).is_some_and(u8::is_ascii_digit);
                    self.state = if self.pos < self.end || whole {
                        State::AfterValue
                    } else {
                        State::InValue
                    };
                }
            }
        }
    }

    /// Moves past a string whose opening quote is behind `pos`; false when the scan ends first.
    fn skip_string(&mut self) -> bool {
        loop {
            let Some(b) = self.byte(self.pos) else {
                return false;
            };
            self.pos += 1;
            match b {
                b'"' => return true,
                // serde_json takes the four bytes after `\u` whatever they are, even a quote.
                b'\\' if self.byte(self.pos) == Some(b'u') => self.pos = self.pos.saturating_add(5),
                b'\\' => self.pos = self.pos.saturating_add(1),
                _ => {}
            }
        }
    }

    /// The first byte at or after the end of the scan that is not whitespace.
    fn next_byte(&self) -> Option<u8> {
        self.input
            .get(self.end..)
            .unwrap_or_default()
            .iter()
            .copied()
            .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    }

    fn path(&self, category: Category) -> String {
        let Some((innermost, outer)) = self.stack.split_last() else {
            return ".".to_owned();
        };
        let mut path = String::new();
        for frame in outer {
            self.push_segment(&mut path, frame);
        }
        let data = category == Category::Data;
        let include_member = match (self.state, innermost) {
            (State::InValue, _) => true,
            (State::Key | State::InKey, _) => false,
            // A data error just after a value or key is about that value (or that key, when it is
            // unknown or repeated); a syntax error there is about the punctuation of the enclosing
            // object or array, or its end.
            (State::AfterValue | State::Colon, _) => data,
            (State::Value, Frame::Object(_)) => true,
            // Before an array element, a data error is about the element only if that element is
            // an array or object rejected by its first byte; any other element there means the
            // array itself was rejected on entry (by a visitor without `visit_seq`). A syntax
            // error is about the element unless there is none (a trailing comma, or the end).
            (State::Value, Frame::Array(_)) => match self.next_byte() {
                Some(b'[' | b'{') => true,
                Some(b']') | None => false,
                Some(_) => !data,
            },
        };
        if include_member {
            self.push_segment(&mut path, innermost);
        }
        if path.is_empty() {
            ".".to_owned()
        } else {
            path
        }
    }

    fn push_segment(&self, path: &mut String, frame: &Frame) {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&unescape(self.input.get(key.clone()).unwrap_or_default()));
            }
            Frame::Object(None) => {}
            Frame::Array(index) => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b' ' | b'\t' | b'\n' | b'\r' | b'{' | b'}' | b'[' | b']' | b':' | b',' | b'"'
    )
}

/// Whether `token` is a complete JSON literal or number.
fn is_whole_scalar(token: &[u8]) -> bool {
    if matches!(token, b"true" | b"false" | b"null") {
        return true;
    }
    fn digits(s: &[u8]) -> (&[u8], usize) {
        let n = s.iter().take_while(|b| b.is_ascii_digit()).count();
        (s.get(n..).unwrap_or_default(), n)
    }
    let unsigned = token.strip_prefix(b"-").unwrap_or(token);
    let (mut rest, n) = digits(unsigned);
    // JSON has no leading zeros: serde_json rejects the digit after one.
    if n == 0 || (n > 1 && unsigned.first() == Some(&b'0')) {
        return false;
    }
    if let Some(fraction) = rest.strip_prefix(b".") {
        let (after, n) = digits(fraction);
        if n == 0 {
            return false;
        }
        rest = after;
    }
    if let Some(exponent) = rest.strip_prefix(b"e").or_else(|| rest.strip_prefix(b"E")) {
        let exponent = exponent
            .strip_prefix(b"+")
            .or_else(|| exponent.strip_prefix(b"-"))
            .unwrap_or(exponent);
        let (after, n) = digits(exponent);
        if n == 0 {
            return false;
        }
        rest = after;
    }
    rest.is_empty()
}

/// The text of a JSON string's contents; what is malformed or not UTF-8 becomes U+FFFD.
fn unescape(raw: &[u8]) -> String {
    let mut out = Vec::with_capacity(raw.len());
    let mut rest = raw;
    while let Some((&b, tail)) = rest.split_first() {
        rest = tail;
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let Some((&escaped, tail)) = rest.split_first() else {
            break;
        };
        rest = tail;
        let plain = match escaped {
            b'b' => b'\x08',
            b'f' => b'\x0c',
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let (c, tail) = unicode_escape(rest);
                rest = tail;
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                continue;
            }
            other => other,
        };
        out.push(plain);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The character of a `\u` escape whose `\u` precedes `s`, joining a surrogate pair, and what
/// follows it.
fn unicode_escape(s: &[u8]) -> (char, &[u8]) {
    const BAD: char = char::REPLACEMENT_CHARACTER;
    let (high, rest) = hex4(s);
    let Some(high) = high else {
        return (BAD, rest);
    };
    if !(0xD800..0xDC00).contains(&high) {
        return (char::from_u32(high).unwrap_or(BAD), rest);
    }
    if let Some(after) = rest.strip_prefix(b"\\u") {
        if let (Some(low @ 0xDC00..=0xDFFF), after) = hex4(after) {
            let c = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
            return (char::from_u32(c).unwrap_or(BAD), after);
        }
    }
    // A lone surrogate; what follows is read on its own.
    (BAD, rest)
}

/// The value of the four hex digits that start `s` (`None` if they are not), and what follows
/// them; like serde_json, four bytes are taken either way.
fn hex4(s: &[u8]) -> (Option<u32>, &[u8]) {
    let (digits, rest) = s.split_at(s.len().min(4));
    let value = if digits.len() == 4 {
        digits
            .iter()
            .try_fold(0, |v, &d| Some(v * 16 + char::from(d).to_digit(16)?))
    } else {
        None
    };
    (value, rest)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use std::collections::BTreeMap;

    use super::*;

    /// The path this module finds for the error of decoding `json` as `T`.
    fn path_of<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        let error = serde_json::from_str::<T>(json).expect_err("the input must not decode");
        let offset = super::super::byte_offset(json.as_bytes(), error.line(), error.column());
        at(json.as_bytes(), offset, error.classify())
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: Option<u32>,
        #[serde(default)]
        tags: Vec<String>,
        #[serde(default)]
        child: Option<Box<Item>>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct List {
        #[serde(default)]
        items: Vec<Item>,
        #[serde(default)]
        labels: BTreeMap<String, u32>,
        #[serde(default)]
        kind: Option<Kind>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Named {
        name: String,
        #[serde(default)]
        size: u32,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Holder {
        #[serde(default)]
        named: Vec<Named>,
        #[serde(default)]
        one: Option<Named>,
    }

    #[derive(Debug, Deserialize)]
    enum Kind {
        Plain,
        Fancy,
    }

    #[test]
    fn a_scalar_of_the_wrong_type_is_named() {
        assert_eq!(
            path_of::<List>(r#"{"items":[{"id":1},{"id":"x"}]}"#),
            "items[1].id"
        );
        assert_eq!(path_of::<List>(r#"{"items":[{"id":-1}]}"#), "items[0].id");
        assert_eq!(
            path_of::<List>(r#"{"items":[{"id":null,"tags":[true]}]}"#),
            "items[0].tags[0]"
        );
        assert_eq!(
            path_of::<List>(r#"{"items":[{"tags":["a", 2 ]}]}"#),
            "items[0].tags[1]"
        );
        assert_eq!(
            path_of::<List>("{\n  \"items\": [\n    {\"id\": 4.5}\n  ]\n}"),
            "items[0].id"
        );
    }

    #[test]
    fn an_array_or_object_of_the_wrong_type_is_named() {
        assert_eq!(
            path_of::<List>(r#"{"items":[{"id":{"a":1}}]}"#),
            "items[0].id"
        );
        assert_eq!(
            path_of::<List>(r#"{"items":[{"id":[1,2]}]}"#),
            "items[0].id"
        );
        assert_eq!(path_of::<List>(r#"{"items":{"id":1}}"#), "items");
        assert_eq!(
            path_of::<List>(r#"{"items":[{"tags":[["a"]]}]}"#),
            "items[0].tags[0]"
        );
        assert_eq!(path_of::<List>(r#"{"items":[{}, [ ]]}"#), "items[1]");
        assert_eq!(
            path_of::<List>(r#"{"items":[{"tags":[{"a":1}]}]}"#),
            "items[0].tags[0]"
        );
        assert_eq!(path_of::<List>(r#"{"items":"none"}"#), "items");
        assert_eq!(path_of::<List>(r#"[1]"#), "[0]");
        assert_eq!(path_of::<List>(r#""x""#), ".");
    }

    #[test]
    fn an_array_rejected_on_entry_is_named_itself() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Number {
            #[serde(deserialize_with = "any_number")]
            n: u64,
        }
        fn any_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
            struct V;
            impl serde::de::Visitor<'_> for V {
                type Value = u64;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a number")
                }
                fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<u64, E> {
                    Ok(v)
                }
            }
            d.deserialize_any(V)
        }
        assert_eq!(path_of::<Number>(r#"{"n":[1,2]}"#), "n");
        assert_eq!(path_of::<Number>(r#"{"n":[]}"#), "n");
        assert_eq!(path_of::<Number>(r#"{"n":{"a":1}}"#), "n");
        assert_eq!(path_of::<Number>(r#"{"n":{}}"#), "n");
    }

    #[test]
    fn a_missing_field_names_its_object() {
        assert_eq!(
            path_of::<Holder>(r#"{"named":[{"name":"a"},{"size":1}]}"#),
            "named[1]"
        );
        assert_eq!(path_of::<Holder>(r#"{"one":{"size":1} }"#), "one");
        assert_eq!(path_of::<Holder>(r#"{"one":{}}"#), "one");
        assert_eq!(path_of::<Named>(r#"{"size":1}"#), ".");
        assert_eq!(path_of::<Named>("{}"), ".");
    }

    #[test]
    fn an_unknown_variant_or_field_is_named() {
        assert_eq!(path_of::<List>(r#"{"kind":"Odd"}"#), "kind");
        assert_eq!(
            path_of::<List>(r#"{"kind":"Plain","items":[{"id":"1"}]}"#),
            "items[0].id"
        );

        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Strict {
            #[serde(default)]
            a: u32,
        }
        assert_eq!(path_of::<Vec<Strict>>(r#"[{"a":1},{"b":2}]"#), "[1].b");
    }

    #[test]
    fn a_duplicate_field_is_named() {
        assert_eq!(path_of::<Named>(r#"{"name":"a","name":"b"}"#), "name");
    }

    #[test]
    fn keys_are_unescaped_and_unquoted() {
        assert_eq!(
            path_of::<List>(r#"{"labels":{"a.b":1,"c\"d":"x"}}"#),
            r#"labels.c"d"#
        );
        assert_eq!(path_of::<List>(r#"{"labels":{"a\\":"x"}}"#), r"labels.a\");
        assert_eq!(
            path_of::<List>(r#"{"labels":{"\u00e9\n":"x"}}"#),
            "labels.é\n"
        );
        assert_eq!(
            path_of::<List>(r#"{"labels":{"\ud83d\ude00":"x"}}"#),
            "labels.😀"
        );
        assert_eq!(path_of::<List>(r#"{"labels":{"a.b":"x"}}"#), "labels.a.b");
        assert_eq!(path_of::<List>(r#"{"labels":{"[0]":"x"}}"#), "labels.[0]");
        // Braces, brackets and commas inside strings are text, not structure.
        assert_eq!(
            path_of::<List>(r#"{"labels":{"}]{[,:":1, "x":"\"}"}}"#),
            "labels.x"
        );
        assert_eq!(
            path_of::<List>(r#"{"items":[{"tags":["]}", "\\"]}, {"id":"}"}]}"#),
            "items[1].id"
        );
    }

    #[test]
    fn deep_nesting_is_followed() {
        let depth = 40;
        let json = format!(
            "{}{{\"id\":\"deep\"}}{}",
            "{\"child\":".repeat(depth),
            "}".repeat(depth)
        );
        let expected = ["child"; 40].join(".") + ".id";
        assert_eq!(path_of::<Item>(&json), expected);

        let arrays = format!("{}\"abc", "[".repeat(30));
        assert_eq!(path_of::<serde_json::Value>(&arrays), "[0]".repeat(30));
    }

    #[test]
    fn syntax_errors_and_the_end_of_input() {
        assert_eq!(path_of::<List>(r#"{"items":[{"id":1}"#), "items");
        assert_eq!(path_of::<List>(r#"{"items":[{"id":1} {"#), "items");
        assert_eq!(path_of::<List>(r#"{"items":[{"id":1},,"#), "items[1]");
        assert_eq!(path_of::<List>(r#"{"items":[{"id":"1"#), "items[0].id");
        assert_eq!(path_of::<List>(r#"{"items":[{"id":"#), "items[0].id");
        assert_eq!(path_of::<List>(r#"{"items":[{"id":tru}]}"#), "items[0].id");
        assert_eq!(path_of::<List>(r#"{"items":[{"id":1x}]}"#), "items[0]");
        assert_eq!(path_of::<List>(r#"{"items":[{"id":1.}]}"#), "items[0].id");
        assert_eq!(path_of::<List>(r#"{"items":[{"id":01}]}"#), "items[0].id");
        assert_eq!(path_of::<Vec<u32>>(r#"[1, 2"#), ".");
        assert_eq!(path_of::<Vec<u32>>(r#"[1, 2."#), "[1]");
        assert_eq!(path_of::<List>(r#"{"items":[{"id": }]}"#), "items[0].id");
        assert_eq!(path_of::<List>(r#"{"items":[{"id":1,}]}"#), "items[0]");
        assert_eq!(path_of::<List>(r#"{"items":[{},]}"#), "items");
        assert_eq!(path_of::<List>(r#"{"labels":{"a" 1}}"#), "labels");
        assert_eq!(path_of::<List>(r#"{"labels":{"a":"\q"}}"#), "labels.a");
        assert_eq!(path_of::<List>("{\"labels\":{\"a\u{1}\":1}}"), "labels");
        assert_eq!(path_of::<List>(r#"{} x"#), ".");
        assert_eq!(path_of::<List>(r#"{"items":[]} {"#), ".");
        assert_eq!(path_of::<List>(r#"{"#), ".");
        assert_eq!(path_of::<List>(r#"  "#), ".");
    }

    #[test]
    fn whole_scalars_are_told_from_cut_ones() {
        for whole in [
            "true", "false", "null", "0", "-0", "12", "-1.5", "1e9", "2.5E-3", "1e+2",
        ] {
            assert!(is_whole_scalar(whole.as_bytes()), "{whole}");
        }
        for cut in [
            "", "tru", "nul", "-", "01", "1.", "1e", "1e+", ".5", "1x", "--1",
        ] {
            assert!(!is_whole_scalar(cut.as_bytes()), "{cut}");
        }
    }

    #[test]
    fn offsets_and_bytes_outside_json_do_not_matter() {
        for category in [
            Category::Data,
            Category::Syntax,
            Category::Eof,
            Category::Io,
        ] {
            assert_eq!(at(b"", 0, category), ".");
            assert_eq!(at(b"", 10, category), ".");
            assert_eq!(at(br#"{"a":[tru"#, usize::MAX, category), "a[0]");
            assert_eq!(at(b"\xff\xfe{\"\xff\":[", 100, category), "\u{FFFD}");
            assert_eq!(at(b"]]}}", 4, category), ".");
            assert_eq!(at(br#"{"a\u"#, 100, category), ".");
            assert_eq!(at(br#"{"a\ud800"#, 100, category), ".");
            assert_eq!(at(br#"{"\ud800x":"v"#, 100, category), "\u{FFFD}x");
            assert_eq!(at(br#"{"\ud800\u0041":"v"#, 100, category), "\u{FFFD}A");
            assert_eq!(at(br#"{"\udc00\u0041x":"v"#, 100, category), "\u{FFFD}Ax");
            // Like serde_json, a bad `\u` escape takes four bytes, here including the closing quote.
            assert_eq!(at(br#"{"\uzz":"v"#, 100, category), "\u{FFFD}");
        }
    }

    /// Truncations and single-byte changes of a sample document: the scanner must give some path
    /// for every one of them, at every offset.
    #[test]
    fn never_panics_on_mangled_input() {
        let sample: &[u8] = br#"{"items":[{"id":1,"tags":["a\"b","\\","\u00e9\ud83d\ude00"]},
            {"id":null,"child":{"id":2}}],"labels":{"k.1":3,"":4},"kind":"Plain","n":-1.5e3,"t":true}"#;
        let replacements = b"{}[]\",:\\u0a \n\xff\x00";
        let mut inputs: Vec<Vec<u8>> = (0..=sample.len()).map(|n| sample[..n].to_vec()).collect();
        for i in 0..sample.len() {
            for &r in replacements {
                let mut mangled = sample.to_vec();
                if let Some(b) = mangled.get_mut(i) {
                    *b = r;
                }
                inputs.push(mangled);
            }
            let mut removed = sample.to_vec();
            removed.remove(i);
            inputs.push(removed);
        }
        for input in &inputs {
            for offset in (0..=input.len() + 2).step_by(3) {
                for category in [Category::Data, Category::Syntax, Category::Eof] {
                    let path = at(input, offset, category);
                    assert!(!path.is_empty());
                }
            }
            if let Err(e) = serde_json::from_slice::<List>(input) {
                let offset = super::super::byte_offset(input, e.line(), e.column());
                assert!(!at(input, offset, e.classify()).is_empty());
            }
        }
    }

    /// A random value of `List`'s shape, `depth` levels of `child` deep at most.
    fn random_list(rng: &mut fastrand::Rng, depth: usize) -> serde_json::Value {
        use serde_json::json;
        fn key(rng: &mut fastrand::Rng) -> String {
            [
                "a",
                "k.1",
                "",
                "é",
                "with space",
                "q\"uote",
                "back\\slash",
                "\u{1F600}",
            ][rng.usize(0..8)]
            .to_owned()
                + &rng.u8(0..10).to_string()
        }
        fn item(rng: &mut fastrand::Rng, depth: usize) -> serde_json::Value {
            let mut item = serde_json::Map::new();
            if rng.bool() {
                item.insert("id".into(), json!(rng.u32(..)));
            }
            if rng.bool() {
                let tags: Vec<String> = (0..rng.usize(0..4)).map(|_| key(rng)).collect();
                item.insert("tags".into(), json!(tags));
            }
            if depth > 0 && rng.bool() {
                item.insert("child".into(), item_value(rng, depth - 1));
            }
            serde_json::Value::Object(item)
        }
        fn item_value(rng: &mut fastrand::Rng, depth: usize) -> serde_json::Value {
            item(rng, depth)
        }
        let items: Vec<serde_json::Value> =
            (0..rng.usize(0..4)).map(|_| item(rng, depth)).collect();
        let labels: serde_json::Map<String, serde_json::Value> = (0..rng.usize(0..4))
            .map(|_| (key(rng), json!(rng.u32(..))))
            .collect();
        {
            let kind = ["Plain", "Fancy"][rng.usize(0..2)];
            json!({"items": items, "labels": labels, "kind": kind})
        }
    }

    /// Every leaf and container of `value`, as JSON pointers.
    fn pointers(value: &serde_json::Value, at: String, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    let escaped = k.replace('~', "~0").replace('/', "~1");
                    let here = format!("{at}/{escaped}");
                    out.push(here.clone());
                    pointers(v, here, out);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    let here = format!("{at}/{i}");
                    out.push(here.clone());
                    pointers(v, here, out);
                }
            }
            _ => {}
        }
    }

    /// The scanner against `serde_path_to_error` on documents with one value of the wrong type
    /// somewhere: both must name the same path. A serde_json upgrade that moves where its errors
    /// point fails here.
    #[test]
    fn agrees_with_serde_path_to_error() {
        use serde_json::json;
        let wrong = [
            json!("text"),
            json!(-1),
            json!(1.5),
            json!(true),
            json!([1]),
            json!({"x": 1}),
            json!("Odd"),
            json!(4_294_967_296_u64),
        ];
        let mut rng = fastrand::Rng::with_seed(6);
        let (mut compared, mut deepest, mut longest) = (0, 0, 0);
        for round in 0..4_000 {
            let depth = rng.usize(0..12);
            let mut document = random_list(&mut rng, depth);
            let mut places = Vec::new();
            pointers(&document, String::new(), &mut places);
            if places.is_empty() {
                continue;
            }
            let place = &places[rng.usize(0..places.len())];
            if let Some(slot) = document.pointer_mut(place) {
                *slot = wrong[rng.usize(0..wrong.len())].clone();
            }
            let text = if round % 2 == 0 {
                serde_json::to_string(&document)
            } else {
                serde_json::to_string_pretty(&document)
            }
            .expect("serializes");
            let theirs = match serde_path_to_error::deserialize::<_, List>(
                &mut serde_json::Deserializer::from_str(&text),
            ) {
                Ok(_) => continue,
                Err(e) => e.path().to_string(),
            };
            let error = serde_json::from_str::<List>(&text).expect_err("fails as above");
            if error.classify() != Category::Data {
                continue;
            }
            // About a key (an object where an enum's name belongs, an unknown field): this
            // module names the key itself, on purpose, where serde_path_to_error names the value
            // that holds it.
            let message = error.to_string();
            if message.starts_with("unknown variant") || message.starts_with("unknown field") {
                continue;
            }
            assert_eq!(path_of::<List>(&text), theirs, "{text}");
            compared += 1;
            deepest = deepest.max(place.matches('/').count());
            longest = longest.max(text.len());
        }
        assert!(compared > 1_000, "{compared}");
        println!(
            "JSON path against serde_path_to_error: {compared} documents, deepest fault {deepest} levels, longest {longest} bytes"
        );
    }
}
