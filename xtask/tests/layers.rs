//! The import circles between modules of the hand-written crates are exactly the ones
//! `docs/import-cycles.txt` lists: a new circle (or a module joining one) fails here, and so does
//! a circle removed without taking it off the list, so the list only ever shrinks by review.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use xtask::layers;

#[test]
fn import_circles_are_the_listed_ones() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let listed = fs::read_to_string(root.join("docs/import-cycles.txt")).unwrap();
    let listed: BTreeSet<String> = listed
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    let mut found = BTreeSet::new();
    for name in layers::CRATES {
        let graph = layers::crate_graph(&root.join(name).join("src")).unwrap();
        for circle in layers::circles(&graph) {
            let modules: Vec<String> = circle.into_iter().collect();
            found.insert(format!("{name}: {}", modules.join(" ")));
        }
    }
    let new: Vec<&String> = found.difference(&listed).collect();
    let gone: Vec<&String> = listed.difference(&found).collect();
    assert!(
        new.is_empty() && gone.is_empty(),
        "import circles differ from docs/import-cycles.txt (see `cargo xtask layers`)\n\
         new or grown (break them: a lower module must not use a higher one): {new:#?}\n\
         gone or shrunk (take them off the list): {gone:#?}"
    );
}
