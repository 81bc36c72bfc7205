//! `cargo xtask layers`: the import circles between the modules of each hand-written crate.
//!
//! A module depends on another when its code names something there: a `use crate::a::B`, a
//! `super::x`, a path `crate::a::b::f()` in an expression or a type. Each name is resolved to the
//! module that defines it, through the re-exports on the way (`crate::Client`, re-exported at the
//! root from `client`, is module `client`); a re-export itself (`pub use child::Item`) is a facade,
//! not a dependency. A module's inline children (`mod tests { .. }`) count as the module itself. `#[cfg(test)]` items
//! are left out: tests may reach anywhere, and so are the tokens of `quote!` (code the generator
//! writes for another crate). A circle is a set of two or more modules each reaching
//! the others (a strongly connected component of that graph), parent and child included: a child
//! that uses its parent while the parent uses the child cannot be read bottom-up.
//!
//! Circles that exist today are listed in `docs/import-cycles.txt`, to be removed; the test
//! `xtask/tests/layers.rs` fails when a circle appears that the list does not hold (or grows).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use syn::visit::Visit;

/// The crates whose modules are checked, by folder relative to the workspace root.
pub const CRATES: &[&str] = &["runtime", "codegen", "xtask", "cli"];

/// Module paths (`call::execute`; the root is `crate`) and, for each, the modules it names.
pub type Graph = BTreeMap<String, BTreeSet<String>>;

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err(format!("layers takes no arguments, not {args:?}"));
    }
    let mut any = false;
    for name in CRATES {
        let graph = crate_graph(&root.join(name).join("src"))?;
        let circles = circles(&graph);
        println!("{name}: {} modules, {} circles", graph.len(), circles.len());
        for circle in &circles {
            any = true;
            println!("  {}", circle.iter().cloned().collect::<Vec<_>>().join(" "));
        }
    }
    if any {
        println!("(docs/import-cycles.txt lists the circles known today)");
    }
    Ok(())
}

/// The module graph of the crate whose sources are under `src`.
pub fn crate_graph(src: &Path) -> Result<Graph, String> {
    let mut files = BTreeMap::new();
    read_sources(src, src, &mut files)?;
    let mut sources = BTreeMap::new();
    for (relative, text) in files {
        if let Some(module) = module_of(&relative) {
            sources.insert(module, (relative, text));
        }
    }
    let modules: BTreeSet<Vec<String>> = sources.keys().cloned().collect();
    let mut named = BTreeMap::new();
    let mut bindings = BTreeMap::new();
    for (module, (relative, text)) in &sources {
        let file = syn::parse_file(text).map_err(|e| format!("{relative}: {e}"))?;
        let mut names = Names {
            module: module.clone(),
            inline: Vec::new(),
            modules: &modules,
            paths: Vec::new(),
            bindings: BTreeMap::new(),
            reexport: false,
        };
        names.visit_file(&file);
        named.insert(module.clone(), names.paths);
        bindings.insert(module.clone(), names.bindings);
    }
    let resolver = Resolver {
        modules: &modules,
        bindings: &bindings,
    };
    let mut graph = Graph::new();
    for (module, paths) in named {
        let own = display(&module);
        let mut found: BTreeSet<String> = paths
            .iter()
            .map(|p| display(&resolver.module_of(p, 0)))
            .collect();
        found.remove(&own);
        graph.insert(own, found);
    }
    Ok(graph)
}

/// Resolves an absolute path to the module that defines what it names, through the `use`
/// bindings on the way: `crate::Client`, re-exported at the root from `client`, is `client`.
struct Resolver<'a> {
    modules: &'a BTreeSet<Vec<String>>,
    bindings: &'a BTreeMap<Vec<String>, BTreeMap<String, Vec<String>>>,
}

impl Resolver<'_> {
    fn module_of(&self, path: &[String], depth: usize) -> Vec<String> {
        let mut deepest = Vec::new();
        let mut at = Vec::new();
        let mut next = None;
        for segment in path {
            at.push(segment.clone());
            if !self.modules.contains(&at) {
                next = Some(segment);
                break;
            }
            deepest = at.clone();
        }
        // A name the module binds with `use` (a re-export, or an import the path goes through).
        if let Some(target) = next.and_then(|name| self.bindings.get(&deepest)?.get(name)) {
            if depth < 8 && target.as_slice() != &path[..deepest.len() + 1] {
                let mut rest = target.clone();
                rest.extend(path[deepest.len() + 1..].iter().cloned());
                return self.module_of(&rest, depth + 1);
            }
        }
        deepest
    }
}

/// The circles of `graph`: its strongly connected components of two or more modules, sorted.
pub fn circles(graph: &Graph) -> Vec<BTreeSet<String>> {
    // Tarjan's algorithm, iteratively deep enough for any crate we write.
    struct State<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        next: usize,
        out: Vec<BTreeSet<String>>,
    }
    fn visit<'g>(state: &mut State<'g>, node: &'g str) {
        state.index.insert(node, state.next);
        state.low.insert(node, state.next);
        state.next += 1;
        state.stack.push(node);
        state.on_stack.insert(node);
        let graph = state.graph;
        for next in graph.get(node).into_iter().flatten() {
            let next = next.as_str();
            if !graph.contains_key(next) {
                continue;
            }
            if !state.index.contains_key(next) {
                visit(state, next);
                let low = state.low[node].min(state.low[next]);
                state.low.insert(node, low);
            } else if state.on_stack.contains(next) {
                let low = state.low[node].min(state.index[next]);
                state.low.insert(node, low);
            }
        }
        if state.low[node] == state.index[node] {
            let mut component = BTreeSet::new();
            while let Some(top) = state.stack.pop() {
                state.on_stack.remove(top);
                component.insert(top.to_owned());
                if top == node {
                    break;
                }
            }
            if component.len() > 1 {
                state.out.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    for node in graph.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.out.sort();
    state.out
}

/// Collects the modules a file's code names.
struct Names<'m> {
    /// The file's module.
    module: Vec<String>,
    /// Inline modules entered inside the file (`mod tests { .. }`).
    inline: Vec<String>,
    modules: &'m BTreeSet<Vec<String>>,
    /// Every path into the crate that the file names, made absolute (`crate::...` segments).
    paths: Vec<Vec<String>>,
    /// The names the file's own `use` items bind (outside inline modules), to absolute paths.
    bindings: BTreeMap<String, Vec<String>>,
    /// Inside a `pub use`.
    reexport: bool,
}

impl Names<'_> {
    /// Makes a path's leading segments (`crate`, `super`, `self` or a child module's name)
    /// absolute; `None` for a path that does not start inside the crate.
    fn absolute(&self, segments: &[String]) -> Option<Vec<String>> {
        let first = segments.first()?;
        let mut here: Vec<String> = self.module.clone();
        here.extend(self.inline.iter().cloned());
        let (mut absolute, rest) = match first.as_str() {
            "crate" => (Vec::new(), &segments[1..]),
            "super" | "self" => {
                let mut at = here.clone();
                let mut n = 0;
                while let Some(s) = segments.get(n) {
                    match s.as_str() {
                        "super" => {
                            at.pop();
                        }
                        "self" => {}
                        _ => break,
                    }
                    n += 1;
                }
                (at, &segments[n..])
            }
            // A child module named without `self::` (`use execute::send` from `call`).
            _ => {
                let mut child = here.clone();
                child.push(first.clone());
                if !self.modules.contains(&child) {
                    return None;
                }
                (here, segments)
            }
        };
        // Inside this file's inline modules, a path is this file's.
        if !self.modules.contains(&absolute) {
            absolute = self.known_prefix(&absolute);
        }
        absolute.extend(rest.iter().cloned());
        Some(absolute)
    }

    fn path(&mut self, segments: &[String]) {
        if let Some(absolute) = self.absolute(segments) {
            self.paths.push(absolute);
        }
    }

    /// The deepest file module that `path` is in (a path inside this file's inline modules is
    /// this file's module).
    fn known_prefix(&self, path: &[String]) -> Vec<String> {
        (0..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|p| self.modules.contains(p))
            .unwrap_or_default()
    }

    /// A `use` of `path` under `name`: a path the file names, and a binding others may go through.
    fn bind(&mut self, name: String, path: &[String]) {
        if let Some(absolute) = self.absolute(path) {
            if self.inline.is_empty() && name != "self" {
                self.bindings.insert(name, absolute.clone());
            }
            if !self.reexport {
                self.paths.push(absolute);
            }
        }
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let mut full = prefix.clone();
                full.push(n.ident.to_string());
                self.bind(n.ident.to_string(), &full);
            }
            syn::UseTree::Rename(r) => {
                let mut full = prefix.clone();
                full.push(r.ident.to_string());
                self.bind(r.rename.to_string(), &full);
            }
            syn::UseTree::Glob(_) => self.path(prefix),
            syn::UseTree::Group(g) => {
                for item in &g.items {
                    self.use_tree(prefix, item);
                }
            }
        }
    }
}

fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.meta
                .require_list()
                .is_ok_and(|l| l.tokens.to_string().trim() == "test")
    })
}

impl<'ast> Visit<'ast> for Names<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs = match item {
            syn::Item::Mod(m) => &m.attrs,
            syn::Item::Fn(f) => &f.attrs,
            syn::Item::Impl(i) => &i.attrs,
            syn::Item::Use(u) => &u.attrs,
            _ => return syn::visit::visit_item(self, item),
        };
        if !is_test_only(attrs) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        if m.content.is_some() {
            self.inline.push(m.ident.to_string());
            syn::visit::visit_item_mod(self, m);
            self.inline.pop();
        }
    }

    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        // A re-export (`pub use child::Item`) makes a facade, not a dependency: it binds the name
        // for paths that go through it, and is no edge of its own.
        self.reexport = !matches!(u.vis, syn::Visibility::Inherited);
        self.use_tree(&mut Vec::new(), &u.tree);
        self.reexport = false;
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.leading_colon.is_none() && path.segments.len() > 1 {
            let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
            self.path(&segments);
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // The tokens of `quote!` are the code a generator writes, not its own: `crate::` there is
        // the generated crate.
        if QUOTING_MACROS.iter().any(|name| mac.path.is_ident(name)) {
            return;
        }
        // A path inside a macro's arguments (`format!("{}", crate::x::y())`) is not parsed by syn;
        // the common case, expressions separated by commas, is.
        if let Ok(args) = mac.parse_body_with(
            syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated,
        ) {
            for arg in &args {
                self.visit_expr(arg);
            }
        }
        syn::visit::visit_macro(self, mac);
    }
}

/// Macros whose arguments are code for another crate (the generator's output), not paths of this
/// one.
const QUOTING_MACROS: &[&str] = &["quote", "quote_spanned", "parse_quote"];

fn display(module: &[String]) -> String {
    if module.is_empty() {
        "crate".to_owned()
    } else {
        module.join("::")
    }
}

/// The module path of a source file relative to `src/`: `lib.rs`/`main.rs` is the root,
/// `a/mod.rs` and `a.rs` are `a`, `a/b.rs` is `a::b`. Files under `bin/` are left out.
fn module_of(relative: &str) -> Option<Vec<String>> {
    let rest = relative.strip_suffix(".rs")?;
    if rest.starts_with("bin/") {
        return None;
    }
    let mut parts: Vec<String> = rest.split('/').map(str::to_owned).collect();
    let root = parts.len() == 1 && (parts[0] == "lib" || parts[0] == "main");
    if root || parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    Some(parts)
}

fn read_sources(base: &Path, dir: &Path, out: &mut BTreeMap<String, String>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            read_sources(base, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path
                .strip_prefix(base)
                .map_err(|e| e.to_string())?
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let text = fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            out.insert(relative, text);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph_of(files: &[(&str, &str)]) -> Graph {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        crate_graph(dir.path()).unwrap()
    }

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn uses_paths_and_super_are_edges_resolved_to_the_deepest_module() {
        let graph = graph_of(&[
            ("lib.rs", "mod a; mod b; pub use a::A; use b::B;"),
            (
                "a.rs",
                "mod inner; pub struct A; fn f() -> crate::b::B { todo() }",
            ),
            (
                "a/inner.rs",
                "use super::A; fn g() { let _ = crate::b::nested::h(); }",
            ),
            ("b.rs", "pub mod nested; pub struct B;"),
            (
                "b/nested.rs",
                "pub fn h() {} #[cfg(test)] mod tests { use crate::a::A; }",
            ),
        ]);
        assert_eq!(graph["crate"], set(&["b"]), "a re-export is no edge");
        assert_eq!(graph["a"], set(&["b"]));
        assert_eq!(graph["a::inner"], set(&["a", "b::nested"]));
        assert_eq!(
            graph["b"],
            set(&[]),
            "a child named in `pub mod` is not an edge"
        );
        assert_eq!(graph["b::nested"], set(&[]), "test-only code is left out");
        assert_eq!(circles(&graph), Vec::<BTreeSet<String>>::new());
    }

    #[test]
    fn a_parent_and_a_child_that_use_each_other_are_a_circle() {
        let graph = graph_of(&[
            (
                "lib.rs",
                "mod call; mod transport; fn main() { call::run(); }",
            ),
            (
                "call.rs",
                "mod execute; pub struct Call; pub fn run() { execute::send(); }",
            ),
            (
                "call/execute.rs",
                "use super::Call; pub fn send() { crate::transport::go() }",
            ),
            (
                "transport.rs",
                "pub fn go() { let _ = format!(\"{:?}\", crate::call::Call); }",
            ),
        ]);
        assert_eq!(
            circles(&graph),
            vec![set(&["call", "call::execute", "transport"])]
        );
    }

    #[test]
    fn a_name_reexported_at_the_root_is_the_module_that_defines_it() {
        let graph = graph_of(&[
            ("lib.rs", "mod client; mod call; pub use client::Client;"),
            ("client.rs", "pub struct Client;"),
            (
                "call.rs",
                "use crate::Client; pub fn f(c: &crate::Client) {}",
            ),
        ]);
        assert_eq!(graph["call"], set(&["client"]));
        assert_eq!(graph["crate"], set(&[]));
        assert!(circles(&graph).is_empty());
    }

    #[test]
    fn paths_inside_quote_are_the_generated_crates_not_edges() {
        let graph = graph_of(&[
            ("lib.rs", "mod emit; pub fn run() { emit::go(); }"),
            (
                "emit.rs",
                "pub fn go() { let _ = quote!(crate::runtime::Call); }",
            ),
        ]);
        assert_eq!(graph["emit"], set(&[]));
        assert!(circles(&graph).is_empty());
    }

    #[test]
    fn super_inside_an_inline_module_is_the_file_itself() {
        let graph = graph_of(&[
            ("lib.rs", "mod a;"),
            (
                "a.rs",
                "pub struct X; mod helpers { use super::X; use super::super::a::X as Y; }",
            ),
        ]);
        assert_eq!(graph["a"], set(&[]));
    }
}
