//! Randomised hostile input for the tests of the parsers of server answers: a fuzz run inside
//! the test suite, seeded so that a failure repeats, run in CI with everything else.
//!
//! Each parser's own tests use it to build thousands of inputs out of the fragments its format is
//! made of (so that the inputs get deep into the parser, not only past its first byte), plus
//! random bytes, truncations and single-byte changes; then check that the parser never panics and
//! keeps its invariants. Each run prints what it tried (`--nocapture` shows it).

/// A seeded source of hostile input.
pub(crate) struct HostileInput {
    rng: fastrand::Rng,
    /// The longest input made so far, in bytes.
    pub(crate) longest: usize,
    /// How many inputs were made.
    pub(crate) cases: usize,
}

impl HostileInput {
    pub(crate) fn new(seed: u64) -> Self {
        HostileInput {
            rng: fastrand::Rng::with_seed(seed),
            longest: 0,
            cases: 0,
        }
    }

    pub(crate) fn rng(&mut self) -> &mut fastrand::Rng {
        &mut self.rng
    }

    /// Up to `pieces` fragments, each one of `fragments`, a random byte, or a run of one byte.
    pub(crate) fn soup(&mut self, fragments: &[&[u8]], pieces: usize) -> Vec<u8> {
        let mut out = Vec::new();
        for _ in 0..self.rng.usize(0..=pieces) {
            match self.rng.u8(0..10) {
                0 => out.push(self.rng.u8(..)),
                1 => {
                    let byte = self.rng.u8(..);
                    let run = self.rng.usize(1..64);
                    out.extend(std::iter::repeat(byte).take(run));
                }
                _ => out.extend_from_slice(fragments[self.rng.usize(0..fragments.len())]),
            }
        }
        self.mangled(out)
    }

    /// `input` cut short, with a byte changed, removed or added, or as it is.
    pub(crate) fn mangled(&mut self, mut input: Vec<u8>) -> Vec<u8> {
        if !input.is_empty() {
            match self.rng.u8(0..6) {
                0 => input.truncate(self.rng.usize(0..input.len())),
                1 => {
                    let at = self.rng.usize(0..input.len());
                    input[at] = self.rng.u8(..);
                }
                2 => {
                    input.remove(self.rng.usize(0..input.len()));
                }
                3 => input.insert(self.rng.usize(0..=input.len()), self.rng.u8(..)),
                _ => {}
            }
        }
        self.cases += 1;
        self.longest = self.longest.max(input.len());
        input
    }

    /// Text made of `fragments`, valid UTF-8 (invalid sequences replaced).
    pub(crate) fn text(&mut self, fragments: &[&[u8]], pieces: usize) -> String {
        String::from_utf8_lossy(&self.soup(fragments, pieces)).into_owned()
    }

    /// Says what the run tried.
    pub(crate) fn report(&self, target: &str) {
        println!(
            "fuzz {target}: {} cases, longest input {} bytes, no panic",
            self.cases, self.longest
        );
    }
}
