//! A small backtracking matcher for the regular expressions discovery documents give as parameter
//! `pattern`s.
//!
//! Those patterns use a small part of regex syntax: anchors, literals, `.`, classes such as
//! `[^/]` and `[-a-z0-9]`, `\d`/`\w`/`\s` and their negations, groups (`(...)`, `(?:...)`),
//! alternation and greedy repetition (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`). A general regex
//! crate would be the largest dependency left in the runtime for checks the server repeats anyway,
//! so this handles that part and refuses the rest (lookaround, backreferences, flags), which the
//! caller treats as "accept every value".
//!
//! Matching is bounded: a repetition of one character is counted in a loop rather than by
//! recursion, and a step budget caps pathological backtracking, after which the value is accepted.

use std::cell::Cell;

/// The most matching steps one check may take before it gives up (and accepts the value).
const STEP_BUDGET: u32 = 200_000;

/// The largest repetition count a pattern may state.
const MAX_REPEAT: u32 = 1_000;

/// A parsed pattern.
#[derive(Debug)]
pub(crate) struct Regex {
    alternatives: Vec<Vec<Node>>,
    /// Whether every alternative starts with `^`, so that only a match from the start counts.
    anchored: bool,
}

#[derive(Debug)]
enum Node {
    Char(char),
    /// `.`: any character but a line feed.
    Any,
    Class(Class),
    /// `^`
    Start,
    /// `$`
    End,
    Group(Vec<Vec<Node>>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
    },
}

#[derive(Debug)]
struct Class {
    negated: bool,
    ranges: Vec<(char, char)>,
}

impl Class {
    fn contains(&self, c: char) -> bool {
        self.ranges.iter().any(|&(low, high)| low <= c && c <= high) != self.negated
    }
}

const DIGIT: &[(char, char)] = &[('0', '9')];
const WORD: &[(char, char)] = &[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];
const SPACE: &[(char, char)] = &[('\t', '\r'), (' ', ' ')];

/// Why a pattern is not handled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unsupported(pub(crate) String);

impl Regex {
    /// Parses `pattern`, or says why it is not handled.
    pub(crate) fn new(pattern: &str) -> Result<Regex, Unsupported> {
        let mut parser = Parser {
            chars: pattern.chars().collect(),
            at: 0,
            depth: 0,
        };
        let alternatives = parser.alternatives()?;
        match parser.peek() {
            None => Ok(Regex {
                anchored: alternatives
                    .iter()
                    .all(|sequence| matches!(sequence.first(), Some(Node::Start))),
                alternatives,
            }),
            Some(c) => Err(parser.error(&format!("unexpected `{c}`"))),
        }
    }

    /// Whether the pattern matches somewhere in `text` (anchors included), or `true` when the
    /// check would take too long.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        let matcher = Matcher {
            chars: text.chars().collect(),
            steps: Cell::new(0),
        };
        let last_start = if self.anchored {
            0
        } else {
            matcher.chars.len()
        };
        for start in 0..=last_start {
            match matcher.alternatives(&self.alternatives, start, &|_| Ok(true)) {
                Ok(true) | Err(OutOfSteps) => return true,
                Ok(false) => {}
            }
        }
        false
    }
}

/// Values made to match a pattern, for tests that compare the matcher with another engine.
#[cfg(test)]
impl Regex {
    pub(crate) fn example(&self, rng: &mut fastrand::Rng) -> String {
        let mut out = String::new();
        example_of_alternatives(&self.alternatives, rng, &mut out);
        out
    }
}

#[cfg(test)]
fn example_of_alternatives(alternatives: &[Vec<Node>], rng: &mut fastrand::Rng, out: &mut String) {
    if let Some(sequence) = alternatives.get(rng.usize(0..alternatives.len())) {
        for node in sequence {
            example_of(node, rng, out);
        }
    }
}

#[cfg(test)]
fn example_of(node: &Node, rng: &mut fastrand::Rng, out: &mut String) {
    const ANY: &[char] = &['a', 'z', 'Q', '0', '7', '/', '-', '_', '.', ':', ' ', 'é'];
    match node {
        Node::Char(c) => out.push(*c),
        Node::Any => out.push(ANY[rng.usize(0..ANY.len())]),
        Node::Class(class) if !class.negated && !class.ranges.is_empty() => {
            let (low, high) = class.ranges[rng.usize(0..class.ranges.len())];
            let c = char::from_u32(rng.u32(u32::from(low)..=u32::from(high))).unwrap_or(low);
            out.push(c);
        }
        Node::Class(class) => {
            if let Some(c) = (0..20)
                .map(|_| ANY[rng.usize(0..ANY.len())])
                .find(|c| class.contains(*c))
            {
                out.push(c);
            }
        }
        Node::Start | Node::End => {}
        Node::Group(alternatives) => example_of_alternatives(alternatives, rng, out),
        Node::Repeat { node, min, max } => {
            let top = max.unwrap_or(min + 3).min(min + 3);
            for _ in 0..rng.u32(*min..=top) {
                example_of(node, rng, out);
            }
        }
    }
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    depth: u32,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek();
        self.at += usize::from(c.is_some());
        c
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        self.at += usize::from(found);
        found
    }

    fn error(&self, what: &str) -> Unsupported {
        Unsupported(format!("{what} at character {}", self.at))
    }

    fn alternatives(&mut self) -> Result<Vec<Vec<Node>>, Unsupported> {
        let mut alternatives = vec![self.sequence()?];
        while self.eat('|') {
            alternatives.push(self.sequence()?);
        }
        Ok(alternatives)
    }

    fn sequence(&mut self) -> Result<Vec<Node>, Unsupported> {
        let mut nodes = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            nodes.push(self.repetition(atom)?);
        }
        Ok(nodes)
    }

    fn atom(&mut self) -> Result<Node, Unsupported> {
        let Some(c) = self.next() else {
            return Err(self.error("unexpected end"));
        };
        Ok(match c {
            '^' => Node::Start,
            '$' => Node::End,
            '.' => Node::Any,
            '[' => Node::Class(self.class()?),
            '\\' => self.escape()?,
            '(' => {
                if self.eat('?') && !self.eat(':') {
                    return Err(self.error("group flags, names and lookaround"));
                }
                self.depth += 1;
                if self.depth > 50 {
                    return Err(self.error("groups nested too deep"));
                }
                let alternatives = self.alternatives()?;
                self.depth -= 1;
                if !self.eat(')') {
                    return Err(self.error("an unclosed group"));
                }
                Node::Group(alternatives)
            }
            '*' | '+' | '?' | '{' | ')' => return Err(self.error(&format!("a stray `{c}`"))),
            c => Node::Char(c),
        })
    }

    fn escape(&mut self) -> Result<Node, Unsupported> {
        let Some(c) = self.next() else {
            return Err(self.error("a trailing `\\`"));
        };
        let class = |negated, ranges: &[(char, char)]| {
            Node::Class(Class {
                negated,
                ranges: ranges.to_vec(),
            })
        };
        Ok(match c {
            'd' => class(false, DIGIT),
            'D' => class(true, DIGIT),
            'w' => class(false, WORD),
            'W' => class(true, WORD),
            's' => class(false, SPACE),
            'S' => class(true, SPACE),
            'n' => Node::Char('\n'),
            't' => Node::Char('\t'),
            'r' => Node::Char('\r'),
            c if c.is_ascii_punctuation() => Node::Char(c),
            c => return Err(self.error(&format!("the escape `\\{c}`"))),
        })
    }

    fn class(&mut self) -> Result<Class, Unsupported> {
        let negated = self.eat('^');
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.next() else {
                return Err(self.error("an unclosed class"));
            };
            if c == ']' && !first {
                break;
            }
            first = false;
            let low = match c {
                '\\' => match self.next() {
                    Some('d') => {
                        ranges.extend_from_slice(DIGIT);
                        continue;
                    }
                    Some('w') => {
                        ranges.extend_from_slice(WORD);
                        continue;
                    }
                    Some('s') => {
                        ranges.extend_from_slice(SPACE);
                        continue;
                    }
                    Some(c) if c.is_ascii_punctuation() => c,
                    _ => return Err(self.error("an escape in a class")),
                },
                '[' => return Err(self.error("a nested class")),
                c => c,
            };
            // `a-z` is a range; a `-` first, last or after a range is itself.
            let is_range = self.peek() == Some('-')
                && self.chars.get(self.at + 1).is_some_and(|&next| next != ']');
            if !is_range {
                ranges.push((low, low));
                continue;
            }
            self.at += 1;
            let high = match self.next() {
                Some('\\') => match self.next() {
                    Some(c) if c.is_ascii_punctuation() => c,
                    _ => return Err(self.error("an escape in a class")),
                },
                Some(c) => c,
                None => return Err(self.error("an unclosed class")),
            };
            if high < low {
                return Err(self.error("a reversed range"));
            }
            ranges.push((low, high));
        }
        Ok(Class { negated, ranges })
    }

    fn repetition(&mut self, node: Node) -> Result<Node, Unsupported> {
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => return self.counted(node),
            _ => return Ok(node),
        };
        self.at += 1;
        self.repeat(node, min, max)
    }

    fn counted(&mut self, node: Node) -> Result<Node, Unsupported> {
        self.at += 1;
        let min = self.number()?;
        let max = if self.eat(',') {
            if self.peek() == Some('}') {
                None
            } else {
                Some(self.number()?)
            }
        } else {
            Some(min)
        };
        if !self.eat('}') || max.is_some_and(|max| max < min) {
            return Err(self.error("a malformed `{n,m}`"));
        }
        self.repeat(node, min, max)
    }

    fn number(&mut self) -> Result<u32, Unsupported> {
        let start = self.at;
        let mut value: u32 = 0;
        while let Some(digit) = self.peek().and_then(|c| c.to_digit(10)) {
            value = value.saturating_mul(10).saturating_add(digit);
            self.at += 1;
        }
        if self.at == start || value > MAX_REPEAT {
            return Err(self.error("a repetition count"));
        }
        Ok(value)
    }

    fn repeat(&mut self, node: Node, min: u32, max: Option<u32>) -> Result<Node, Unsupported> {
        if matches!(node, Node::Start | Node::End | Node::Repeat { .. }) {
            return Err(self.error("a repeated anchor or repetition"));
        }
        // A lazy `?` suffix changes which match is found, not whether there is one.
        self.eat('?');
        Ok(Node::Repeat {
            node: Box::new(node),
            min,
            max,
        })
    }
}

/// The step budget ran out.
struct OutOfSteps;

type Step<'k> = &'k dyn Fn(usize) -> Result<bool, OutOfSteps>;

struct Matcher {
    chars: Vec<char>,
    steps: Cell<u32>,
}

impl Matcher {
    fn step(&self) -> Result<(), OutOfSteps> {
        let steps = self.steps.get() + 1;
        self.steps.set(steps);
        if steps > STEP_BUDGET {
            Err(OutOfSteps)
        } else {
            Ok(())
        }
    }

    fn alternatives(
        &self,
        alternatives: &[Vec<Node>],
        at: usize,
        then: Step<'_>,
    ) -> Result<bool, OutOfSteps> {
        for sequence in alternatives {
            if self.sequence(sequence, at, then)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn sequence(&self, nodes: &[Node], at: usize, then: Step<'_>) -> Result<bool, OutOfSteps> {
        match nodes.split_first() {
            None => then(at),
            Some((node, rest)) => self.node(node, at, &|next| self.sequence(rest, next, then)),
        }
    }

    /// Whether `node` matches the single character at `at`, when it is a one-character node.
    fn single(&self, node: &Node, at: usize) -> Option<bool> {
        let c = self.chars.get(at).copied();
        match node {
            Node::Char(expected) => Some(c == Some(*expected)),
            Node::Any => Some(c.is_some_and(|c| c != '\n')),
            Node::Class(class) => Some(c.is_some_and(|c| class.contains(c))),
            _ => None,
        }
    }

    fn node(&self, node: &Node, at: usize, then: Step<'_>) -> Result<bool, OutOfSteps> {
        self.step()?;
        if let Some(matched) = self.single(node, at) {
            return if matched { then(at + 1) } else { Ok(false) };
        }
        match node {
            Node::Start => {
                if at == 0 {
                    then(at)
                } else {
                    Ok(false)
                }
            }
            Node::End => {
                if at == self.chars.len() {
                    then(at)
                } else {
                    Ok(false)
                }
            }
            Node::Group(alternatives) => self.alternatives(alternatives, at, then),
            Node::Repeat { node, min, max } => {
                if self.single(node, at).is_some() {
                    self.repeat_single(node, *min, *max, at, then)
                } else {
                    self.repeat(node, *min, *max, 0, at, then)
                }
            }
            Node::Char(_) | Node::Any | Node::Class(_) => Ok(false),
        }
    }

    /// A repeated one-character node: count the run, then try the rest from the longest run down.
    fn repeat_single(
        &self,
        node: &Node,
        min: u32,
        max: Option<u32>,
        at: usize,
        then: Step<'_>,
    ) -> Result<bool, OutOfSteps> {
        let limit = max.map_or(usize::MAX, |max| max as usize);
        let mut run = 0;
        while run < limit && self.single(node, at + run) == Some(true) {
            run += 1;
        }
        let min = min as usize;
        while run >= min {
            self.step()?;
            if then(at + run)? {
                return Ok(true);
            }
            if run == 0 {
                break;
            }
            run -= 1;
        }
        Ok(false)
    }

    /// A repeated group: one more round first (greedy), then the rest of the pattern.
    fn repeat(
        &self,
        node: &Node,
        min: u32,
        max: Option<u32>,
        done: u32,
        at: usize,
        then: Step<'_>,
    ) -> Result<bool, OutOfSteps> {
        if max.map_or(true, |max| done < max) {
            let more = self.node(node, at, &|next| {
                // A round that matched nothing would repeat forever once the minimum is met.
                if next == at && done >= min {
                    return Ok(false);
                }
                self.repeat(node, min, max, done + 1, next, then)
            })?;
            if more {
                return Ok(true);
            }
        }
        if done >= min {
            then(at)
        } else {
            Ok(false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, text: &str) -> bool {
        match Regex::new(pattern) {
            Ok(regex) => regex.is_match(text),
            Err(e) => panic!("{pattern}: {e:?}"),
        }
    }

    #[test]
    fn resource_name_patterns() {
        let p = "^enterprises/[^/]+/devices/[^/]+$";
        assert!(matches(p, "enterprises/e1/devices/d-2"));
        assert!(!matches(p, "enterprises/e1/devices/"));
        assert!(!matches(p, "enterprises/e1/devices/d/x"));
        assert!(!matches(p, "xenterprises/e1/devices/d"));
    }

    #[test]
    fn alternation_groups_and_counts() {
        let p = "^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?|[1-9][0-9]{0,19}$";
        assert!(matches(p, "my-instance-1"));
        assert!(matches(p, "a"));
        assert!(matches(p, "12345"));
        assert!(!matches(&format!("^(?:{p})$"), "-bad"));
        assert!(matches("^UA-(\\d+)-(\\d+)$", "UA-123-4"));
        assert!(!matches("^UA-(\\d+)-(\\d+)$", "UA-123-"));
        assert!(matches("^.{22}$", &"x".repeat(22)));
        assert!(!matches("^.{22}$", &"x".repeat(23)));
        assert!(matches("^\\S{1,66}$", "no-spaces"));
        assert!(!matches("^\\S{1,66}$", "a space"));
    }

    #[test]
    fn unanchored_patterns_match_anywhere() {
        assert!(matches("[0-9]+", "abc123"));
        assert!(!matches("[0-9]+", "abc"));
        assert!(matches("", "anything"));
    }

    #[test]
    fn refuses_what_it_does_not_handle() {
        for pattern in [
            "(?=a)",
            "(?i)a",
            "(?P<n>a)",
            "a\\1",
            "[[:alpha:]]",
            "(a",
            "a)",
            "*a",
            "a{2,1}",
            "a{1001}",
            "[z-a]",
            "a**",
        ] {
            assert!(Regex::new(pattern).is_err(), "{pattern}");
        }
    }

    #[test]
    fn pathological_patterns_give_up_and_accept() {
        let regex = Regex::new("^(a|a)*(a|a)*(a|a)*b$").expect("parses");
        assert!(regex.is_match(&"a".repeat(64)));
        // Long runs of one character are counted, not recursed into.
        assert!(Regex::new("^[^/]+$")
            .expect("parses")
            .is_match(&"x".repeat(1_000_000)));
    }
}
