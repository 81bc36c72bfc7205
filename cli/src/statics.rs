//! What the runtime's `'static` call descriptions are made from: kept for the whole run.

/// Keeps `text` for the rest of the run: the runtime's call descriptions are `'static`, made for
/// generated code, and a command line makes one call and exits.
pub fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}
