//! The public API of a crate as a sorted list of lines, one per item a user can name: modules,
//! types, fields, variants, functions and methods with their signatures, trait impls, and cargo
//! features. Two listings that differ tell a release tool that users see a change; a removed or
//! changed line can break their code, an added line cannot.
//!
//! Read from the crate's sources with `syn`, so a change of the generator shows just like a change
//! of the document. What the listing leaves out, on purpose: documentation, `cfg` gates (a schema
//! moving to another feature is a change of features, which `cargo xtask diff` reports), other
//! attributes, items that are not `pub` or are `#[doc(hidden)]`, and the bodies of functions.
//! A private module's items are listed under its parent, where a `pub use` shows them (the
//! generated `schemas` keep one file per schema that way).
//!
//! [`of_crate_with_plumbing`] lists the `#[doc(hidden)]` items too, and exported macros: the
//! surface that generated code compiles against, which must follow the same versioning rule as
//! what users are offered even though users never name it.

use std::collections::{BTreeMap, BTreeSet};

use quote::ToTokens;

/// The public API of the crate whose files (`src/...` and `Cargo.toml`, by path relative to the
/// crate's folder) are `files`. `Err` names a file that is not valid Rust.
pub fn of_crate(files: &BTreeMap<String, String>) -> Result<Vec<String>, String> {
    listing(files, false)
}

/// Like [`of_crate`], with the `#[doc(hidden)]` items and `#[macro_export]` macros as well: the
/// plumbing a generated crate calls (`Call`, `MethodInfo`, serde adapters, `impl_open_enum!`).
pub fn of_crate_with_plumbing(files: &BTreeMap<String, String>) -> Result<Vec<String>, String> {
    listing(files, true)
}

fn listing(files: &BTreeMap<String, String>, plumbing: bool) -> Result<Vec<String>, String> {
    let mut parsed = BTreeMap::new();
    for (path, text) in files {
        if let Some(module) = module_of(path) {
            let mut file: syn::File = syn::parse_file(text).map_err(|e| format!("{path}: {e}"))?;
            if plumbing {
                syn::visit_mut::VisitMut::visit_file_mut(&mut Unhide, &mut file);
            }
            Unimport::of(&file).expand(&mut file);
            parsed.insert(module, file);
        }
    }
    let mut lines = BTreeSet::new();
    // Private modules: only what the parent re-exports from them (`pub use child::{A, B}`) is
    // shown, under the parent's path. Hidden ones: nothing.
    let mut private = BTreeSet::new();
    let mut hidden_modules = BTreeSet::new();
    let mut exported: BTreeMap<Vec<String>, BTreeSet<String>> = BTreeMap::new();
    for (module, file) in &parsed {
        for item in &file.items {
            if let syn::Item::Mod(m) = item {
                let mut child = module.clone();
                child.push(m.ident.to_string());
                if hidden(&m.attrs) {
                    hidden_modules.insert(child);
                } else if !is_pub(&m.vis) {
                    private.insert(child);
                }
            }
        }
        for item in &file.items {
            if let syn::Item::Use(u) = item {
                if is_pub(&u.vis) && !hidden(&u.attrs) {
                    if let syn::UseTree::Path(p) = &u.tree {
                        let mut child = module.clone();
                        child.push(p.ident.to_string());
                        leaves(&p.tree, exported.entry(child).or_default());
                    }
                }
            }
        }
    }
    // Where each type a reachable module defines is listed, by name: an impl written in a module
    // no path reaches names its type as that module imports it (`impl Call` after `use
    // super::Call`), and is listed under the type's own path.
    let mut defined: BTreeMap<String, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, file) in &parsed {
        let Some(shown) = listed_path(module, &private, &hidden_modules, &exported) else {
            continue;
        };
        for item in &file.items {
            let name = match item {
                syn::Item::Struct(x) if is_pub(&x.vis) => &x.ident,
                syn::Item::Enum(x) if is_pub(&x.vis) => &x.ident,
                _ => continue,
            };
            defined
                .entry(name.to_string())
                .or_default()
                .insert(shown.clone());
        }
    }
    for (module, file) in &parsed {
        if (1..=module.len()).any(|n| hidden_modules.contains(&module[..n])) {
            continue;
        }
        // Every private module on the way must re-export what is listed; the innermost decides.
        let mut filter: Option<&BTreeSet<String>> = None;
        let mut reachable = true;
        for n in 1..=module.len() {
            if private.contains(&module[..n]) {
                match exported.get(&module[..n]) {
                    Some(names) => filter = Some(names),
                    None => reachable = false,
                }
            }
        }
        if !reachable {
            // An impl adds its methods to its type wherever it is written: those of a module no
            // path reaches (the generated `operations`) are listed under the type's own path.
            let impls: Vec<syn::Item> = file
                .items
                .iter()
                .filter_map(|item| match item {
                    syn::Item::Impl(i) => {
                        let mut i = i.clone();
                        at_own_path(&mut i.self_ty, &defined).then_some(syn::Item::Impl(i))
                    }
                    _ => None,
                })
                .collect();
            items("", &impls, &BTreeSet::new(), None, &mut lines);
            continue;
        }
        let shown: Vec<&str> = module
            .iter()
            .enumerate()
            .filter(|(n, _)| !private.contains(&module[..=*n]))
            .map(|(_, s)| s.as_str())
            .collect();
        let private_children: BTreeSet<String> = private
            .iter()
            .filter(|p| p.len() == module.len() + 1 && p[..module.len()] == module[..])
            .filter_map(|p| p.last().cloned())
            .collect();
        let filter = filter.filter(|names| !names.contains("*"));
        items(
            &shown.join("::"),
            &file.items,
            &private_children,
            filter,
            &mut lines,
        );
    }
    // Exported macros live at the crate root, whatever module (private or not) defines them; each
    // rule's matcher is how callers invoke it.
    for file in parsed.values() {
        for item in &file.items {
            if let syn::Item::Macro(m) = item {
                if let (Some(name), true) =
                    (&m.ident, macro_exported(&m.attrs) && !hidden(&m.attrs))
                {
                    for matcher in macro_matchers(&m.mac.tokens) {
                        lines.insert(format!("macro {name}!: {matcher}"));
                    }
                }
            }
        }
    }
    if let Some(manifest) = files.get("Cargo.toml") {
        lines.extend(
            features(manifest)
                .into_iter()
                .map(|f| format!("feature {f}")),
        );
    }
    Ok(lines.into_iter().collect())
}

/// The public API of one Rust source file, as if it were a crate root: for hand-written crates
/// (the runtime) whose listing a test keeps. `module` names the file's module path.
pub fn of_source(module: &str, text: &str) -> Result<Vec<String>, String> {
    let file: syn::File = syn::parse_file(text).map_err(|e| format!("{module}: {e}"))?;
    let mut lines = BTreeSet::new();
    items(module, &file.items, &BTreeSet::new(), None, &mut lines);
    Ok(lines.into_iter().collect())
}

/// The names a `use` tree brings in (`*` for a glob), by their original names.
fn leaves(tree: &syn::UseTree, out: &mut BTreeSet<String>) {
    match tree {
        syn::UseTree::Path(p) => leaves(&p.tree, out),
        syn::UseTree::Name(n) => {
            out.insert(n.ident.to_string());
        }
        syn::UseTree::Rename(r) => {
            out.insert(r.ident.to_string());
        }
        syn::UseTree::Glob(_) => {
            out.insert("*".to_owned());
        }
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| leaves(t, out)),
    }
}

/// The module path of a source file: `src/lib.rs` is the root, `src/a/mod.rs` and `src/a.rs` are
/// `a`, `src/a/b.rs` is `a::b`. `None` for files that are not Rust sources.
fn module_of(path: &str) -> Option<Vec<String>> {
    let rest = path.strip_prefix("src/")?.strip_suffix(".rs")?;
    let mut parts: Vec<String> = rest.split('/').map(str::to_owned).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    Some(parts)
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

/// Turns every `#[doc(hidden)]` into a plain `#[doc]`, so that the plumbing listing shows what the
/// public one leaves out, through the same rules.
struct Unhide;

impl syn::visit_mut::VisitMut for Unhide {
    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if hidden(std::slice::from_ref(attr)) {
            *attr = syn::parse_quote!(#[doc]);
        }
    }
}

/// The names a generated file imports with its private `use crate::runtime::{...}`, by the path
/// they stand for: the listing writes the runtime's types at their full path, so a line does not
/// change when a file starts or stops importing a name (`Call` and `crate::runtime::Call` are the
/// same type). Other imports are left as written (the runtime's own listing names its types as
/// its sources do).
struct Unimport {
    imported: BTreeMap<String, syn::Path>,
}

impl Unimport {
    fn of(file: &syn::File) -> Self {
        fn walk(
            prefix: &mut Vec<syn::Ident>,
            tree: &syn::UseTree,
            out: &mut BTreeMap<String, syn::Path>,
        ) {
            let full = |prefix: &[syn::Ident], last: &syn::Ident| -> syn::Path {
                let segments = prefix.iter().chain(std::iter::once(last));
                syn::parse_quote!(#(#segments)::*)
            };
            match tree {
                syn::UseTree::Path(p) => {
                    prefix.push(p.ident.clone());
                    walk(prefix, &p.tree, out);
                    prefix.pop();
                }
                syn::UseTree::Name(n) => {
                    out.insert(n.ident.to_string(), full(prefix, &n.ident));
                }
                syn::UseTree::Rename(r) => {
                    out.insert(r.rename.to_string(), full(prefix, &r.ident));
                }
                syn::UseTree::Group(g) => {
                    for item in &g.items {
                        walk(prefix, item, out);
                    }
                }
                syn::UseTree::Glob(_) => {}
            }
        }
        let mut imported = BTreeMap::new();
        for item in &file.items {
            if let syn::Item::Use(u) = item {
                let from_runtime = matches!(&u.tree, syn::UseTree::Path(p) if p.ident == "crate"
                    && matches!(&*p.tree, syn::UseTree::Path(r) if r.ident == "runtime"));
                if from_runtime && !is_pub(&u.vis) {
                    walk(&mut Vec::new(), &u.tree, &mut imported);
                }
            }
        }
        Unimport { imported }
    }

    fn expand(&mut self, file: &mut syn::File) {
        if !self.imported.is_empty() {
            syn::visit_mut::VisitMut::visit_file_mut(self, file);
        }
    }
}

impl syn::visit_mut::VisitMut for Unimport {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        syn::visit_mut::visit_path_mut(self, path);
        if path.leading_colon.is_some() {
            return;
        }
        let Some(first) = path.segments.first() else {
            return;
        };
        if let Some(full) = self.imported.get(&first.ident.to_string()) {
            let mut segments = full.segments.clone();
            // The imported name's own segment keeps its generic arguments, if any.
            segments.pop();
            segments.extend(path.segments.iter().cloned());
            path.segments = segments;
        }
    }

    fn visit_item_use_mut(&mut self, _: &mut syn::ItemUse) {}
}

/// The path `module`'s items are listed under (its private modules left out), or `None` when no
/// path reaches it: hidden, or private and not re-exported by its parent.
fn listed_path(
    module: &[String],
    private: &BTreeSet<Vec<String>>,
    hidden_modules: &BTreeSet<Vec<String>>,
    exported: &BTreeMap<Vec<String>, BTreeSet<String>>,
) -> Option<Vec<String>> {
    let mut shown = Vec::new();
    for n in 1..=module.len() {
        if hidden_modules.contains(&module[..n]) {
            return None;
        }
        if private.contains(&module[..n]) {
            exported.get(&module[..n])?;
        } else {
            shown.push(module[n - 1].clone());
        }
    }
    Some(shown)
}

/// Writes an impl's self type as `crate::` and the path its type is listed under, when the type
/// is written so already or is the one type of its name that a reachable module defines; whether
/// it could be.
fn at_own_path(self_ty: &mut syn::Type, defined: &BTreeMap<String, BTreeSet<Vec<String>>>) -> bool {
    let syn::Type::Path(p) = self_ty else {
        return false;
    };
    if p.path.segments.first().is_some_and(|s| s.ident == "crate") {
        return true;
    }
    let Some(last) = p.path.segments.last().cloned() else {
        return false;
    };
    let Some(places) = defined.get(&last.ident.to_string()) else {
        return false;
    };
    let [place] = places.iter().collect::<Vec<_>>()[..] else {
        return false;
    };
    let module = place.iter().map(|s| syn::Ident::new(s, last.ident.span()));
    let path: syn::Path = syn::parse_quote!(crate #(:: #module)* :: #last);
    p.path = path;
    true
}

/// `#[doc(hidden)]`: plumbing for generated code, not part of what users are offered.
fn hidden(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("doc")
            && a.meta
                .require_list()
                .is_ok_and(|l| l.tokens.to_string().trim() == "hidden")
    })
}

/// Tokens as one line of text, spaced close to how Rust is written, and without the trailing
/// commas that only say the formatter broke a line.
fn text(tokens: &impl ToTokens) -> String {
    normalized(&tokens.to_token_stream().to_string())
}

/// A listing line in its one spelling: spaced close to how Rust is written, without the trailing
/// commas a formatter adds where it breaks a line (`Items<A, B,>` is `Items<A, B>`), so a line
/// does not depend on how long the source's lines were. Lines recorded before this rule read the
/// same through it.
pub fn normalized(line: &str) -> String {
    const SPACING: &[(&str, &str)] = &[
        (" :: ", "::"),
        (":: ", "::"),
        (" ,", ","),
        (",)", ")"),
        (",>", ">"),
        ("< ", "<"),
        (" <", "<"),
        (" >", ">"),
        ("& ", "&"),
        (" : ", ": "),
        ("( ", "("),
        (" )", ")"),
        ("$ ", "$"),
    ];
    let mut out = line.to_owned();
    loop {
        let before = out.len();
        for (from, to) in SPACING {
            out = out.replace(from, to);
        }
        if out.len() == before {
            break;
        }
    }
    out.trim_end_matches(',').to_owned()
}

fn path(module: &str, name: &str) -> String {
    if module.is_empty() {
        name.to_owned()
    } else {
        format!("{module}::{name}")
    }
}

/// Lists `items` of `module`; with `only`, just the items of those names (and impls for them).
fn items(
    module: &str,
    items: &[syn::Item],
    private_children: &BTreeSet<String>,
    only: Option<&BTreeSet<String>>,
    out: &mut BTreeSet<String>,
) {
    let wanted = |name: &syn::Ident| match only {
        Some(names) => names.contains(&name.to_string()),
        None => true,
    };
    for item in items {
        let named = match item {
            syn::Item::Struct(x) => Some(&x.ident),
            syn::Item::Enum(x) => Some(&x.ident),
            syn::Item::Fn(x) => Some(&x.sig.ident),
            syn::Item::Trait(x) => Some(&x.ident),
            syn::Item::Type(x) => Some(&x.ident),
            syn::Item::Const(x) => Some(&x.ident),
            syn::Item::Static(x) => Some(&x.ident),
            syn::Item::Mod(x) => Some(&x.ident),
            syn::Item::Impl(x) => match &*x.self_ty {
                syn::Type::Path(p) => p.path.segments.last().map(|s| &s.ident),
                _ => None,
            },
            _ => None,
        };
        if only.is_some() && !named.is_some_and(wanted) {
            continue;
        }
        match item {
            syn::Item::Struct(s) if is_pub(&s.vis) && !hidden(&s.attrs) => {
                let name = path(module, &s.ident.to_string());
                out.insert(format!("struct {name}{}", text(&s.generics)));
                for (n, field) in s.fields.iter().enumerate() {
                    if is_pub(&field.vis) && !hidden(&field.attrs) {
                        let field_name = field
                            .ident
                            .as_ref()
                            .map(ToString::to_string)
                            .unwrap_or_else(|| n.to_string());
                        out.insert(format!("field {name}.{field_name}: {}", text(&field.ty)));
                    }
                }
            }
            syn::Item::Enum(e) if is_pub(&e.vis) && !hidden(&e.attrs) => {
                let name = path(module, &e.ident.to_string());
                out.insert(format!("enum {name}{}", text(&e.generics)));
                for v in e.variants.iter().filter(|v| !hidden(&v.attrs)) {
                    out.insert(format!("variant {name}::{}{}", v.ident, text(&v.fields)));
                }
            }
            syn::Item::Fn(f) if is_pub(&f.vis) && !hidden(&f.attrs) => {
                out.insert(format!(
                    "fn {}: {}",
                    path(module, &f.sig.ident.to_string()),
                    text(&f.sig)
                ));
            }
            syn::Item::Trait(t) if is_pub(&t.vis) && !hidden(&t.attrs) => {
                let name = path(module, &t.ident.to_string());
                out.insert(format!("trait {name}{}", text(&t.generics)));
                for item in &t.items {
                    if let syn::TraitItem::Fn(f) = item {
                        if !hidden(&f.attrs) {
                            out.insert(format!("fn {name}::{}: {}", f.sig.ident, text(&f.sig)));
                        }
                    }
                }
            }
            syn::Item::Type(t) if is_pub(&t.vis) && !hidden(&t.attrs) => {
                out.insert(format!(
                    "type {} = {}",
                    path(module, &t.ident.to_string()),
                    text(&t.ty)
                ));
            }
            syn::Item::Const(c) if is_pub(&c.vis) && !hidden(&c.attrs) => {
                out.insert(format!(
                    "const {}: {}",
                    path(module, &c.ident.to_string()),
                    text(&c.ty)
                ));
            }
            syn::Item::Static(s) if is_pub(&s.vis) && !hidden(&s.attrs) => {
                out.insert(format!(
                    "static {}: {}",
                    path(module, &s.ident.to_string()),
                    text(&s.ty)
                ));
            }
            syn::Item::Mod(m) if is_pub(&m.vis) && !hidden(&m.attrs) => {
                let name = path(module, &m.ident.to_string());
                out.insert(format!("mod {name}"));
                if let Some((_, inline)) = &m.content {
                    self::items(&name, inline, &BTreeSet::new(), None, out);
                }
            }
            syn::Item::Use(u) if is_pub(&u.vis) && !hidden(&u.attrs) => {
                let first = match &u.tree {
                    syn::UseTree::Path(p) => Some(p.ident.to_string()),
                    _ => None,
                };
                // `pub use child::Item` of a private child shows the child's items, listed there.
                if first.is_some_and(|f| private_children.contains(&f)) {
                    continue;
                }
                out.insert(format!(
                    "use {}: {}",
                    if module.is_empty() { "crate" } else { module },
                    text(&u.tree)
                ));
            }
            syn::Item::Impl(i) if !hidden(&i.attrs) => {
                let self_ty = text(&i.self_ty);
                let owner = match self_ty.strip_prefix("crate::") {
                    Some(absolute) => absolute.to_owned(),
                    None => path(module, &self_ty),
                };
                match &i.trait_ {
                    Some((trait_path, _)) => {
                        out.insert(format!("impl {} for {owner}", text(trait_path)));
                    }
                    None => {
                        for item in &i.items {
                            if let syn::ImplItem::Fn(f) = item {
                                if is_pub(&f.vis) && !hidden(&f.attrs) {
                                    out.insert(format!(
                                        "fn {owner}::{}: {}",
                                        f.sig.ident,
                                        text(&f.sig)
                                    ));
                                }
                            }
                            if let syn::ImplItem::Const(c) = item {
                                if is_pub(&c.vis) && !hidden(&c.attrs) {
                                    out.insert(format!(
                                        "const {owner}::{}: {}",
                                        c.ident,
                                        text(&c.ty)
                                    ));
                                }
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

fn macro_exported(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("macro_export"))
}

/// The matchers of a `macro_rules!` body: `(matcher) => { expansion };` repeated.
fn macro_matchers(tokens: &proc_macro2::TokenStream) -> Vec<String> {
    let mut out = Vec::new();
    let mut expect_matcher = true;
    for tree in tokens.clone() {
        match tree {
            proc_macro2::TokenTree::Group(g) if expect_matcher => {
                out.push(text(&g));
                expect_matcher = false;
            }
            proc_macro2::TokenTree::Punct(p) if p.as_char() == ';' => expect_matcher = true,
            _ => {}
        }
    }
    out
}

/// The names in the `[features]` table of a manifest.
fn features(manifest: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') && !line.starts_with("[\"") {
            inside = line == "[features]";
            continue;
        }
        if !inside || line.starts_with('#') {
            continue;
        }
        if let Some((name, _)) = line.split_once('=') {
            let name = name.trim();
            if !name.is_empty() && !name.starts_with('"') && !name.contains(' ') {
                out.push(name.to_owned());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crate_of(files: &[(&str, &str)]) -> Vec<String> {
        let files = files
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        of_crate(&files).unwrap()
    }

    #[test]
    fn a_private_module_is_listed_under_its_parent() {
        let lines = crate_of(&[
            ("src/lib.rs", "pub mod schemas;"),
            ("src/schemas/mod.rs", "mod label; pub use label::Label;"),
            (
                "src/schemas/label.rs",
                "pub struct Label { pub name: Option<String>, secret: u8 }",
            ),
        ]);
        assert_eq!(
            lines,
            [
                "field schemas::Label.name: Option<String>",
                "mod schemas",
                "struct schemas::Label",
            ]
        );
    }

    #[test]
    fn an_impl_in_a_module_no_path_reaches_is_listed_under_its_type() {
        let lines = crate_of(&[
            ("src/lib.rs", "pub mod schemas; mod operations;"),
            ("src/schemas/mod.rs", "pub struct Op;"),
            (
                "src/operations.rs",
                "impl crate::schemas::Op { pub fn cancel(&self) {} fn mine(&self) {} }
                 pub(crate) static SHAPE: u8 = 0; pub fn unreachable() {}",
            ),
        ]);
        assert_eq!(
            lines,
            [
                "fn schemas::Op::cancel: fn cancel (&self)",
                "mod schemas",
                "struct schemas::Op"
            ]
        );
    }

    #[test]
    fn an_impl_of_an_imported_type_in_a_module_no_path_reaches_is_listed_under_its_type() {
        let lines = crate_of(&[
            ("src/lib.rs", "pub mod call; pub use call::Call;"),
            ("src/call.rs", "mod media; pub struct Call;"),
            (
                "src/call/media.rs",
                "use super::Call; impl Call { pub fn upload(self) -> Self { self } fn mine(&self) {} }",
            ),
        ]);
        assert_eq!(
            lines,
            [
                "fn call::Call::upload: fn upload (self) -> Self",
                "mod call",
                "struct call::Call",
                "use crate: call::Call"
            ]
        );
    }

    #[test]
    fn hidden_and_crate_private_items_are_left_out() {
        let lines = crate_of(&[(
            "src/lib.rs",
            "pub struct A; impl A { pub fn on(self) {} #[doc(hidden)] pub fn plumbing(&self) {} pub(crate) fn mine(&self) {} }",
        )]);
        assert_eq!(lines, ["fn A::on: fn on (self)", "struct A"]);
    }

    #[test]
    fn the_plumbing_listing_adds_hidden_items_and_exported_macros() {
        let files: BTreeMap<String, String> = [(
            "src/lib.rs".to_owned(),
            "pub struct A; impl A { #[doc(hidden)] pub fn plumbing(&self) {} }\n\
             #[doc(hidden)] pub mod wire { pub fn adapter(x: u8) {} }\n\
             mod private;\n\
             macro_rules! private { () => {} }"
                .to_owned(),
        ), (
            "src/private.rs".to_owned(),
            "#[doc(hidden)] #[macro_export] macro_rules! m { ($t:ty) => { }; ($t:ty, $n:expr) => { } }"
                .to_owned(),
        )]
        .into();
        assert_eq!(of_crate(&files).unwrap(), ["struct A"]);
        assert_eq!(
            of_crate_with_plumbing(&files).unwrap(),
            [
                "fn A::plumbing: fn plumbing (&self)",
                "fn wire::adapter: fn adapter (x: u8)",
                "macro m!: ($t: ty)",
                "macro m!: ($t: ty, $n: expr)",
                "mod wire",
                "struct A",
            ]
        );
    }

    #[test]
    fn a_name_imported_from_the_crate_is_listed_at_its_full_path() {
        let imported = crate_of(&[(
            "src/lib.rs",
            "use crate::runtime::{wire, Call}; pub struct A { pub call: Call, pub x: wire::Extra } impl A { pub fn f(&self) -> Result<(), Call> {} }",
        )]);
        let full = crate_of(&[(
            "src/lib.rs",
            "pub struct A { pub call: crate::runtime::Call, pub x: crate::runtime::wire::Extra } impl A { pub fn f(&self) -> Result<(), crate::runtime::Call> {} }",
        )]);
        assert_eq!(imported, full);
        assert!(
            full.contains(&"field A.call: crate::runtime::Call".to_owned()),
            "{full:?}"
        );
    }

    #[test]
    fn a_line_does_not_depend_on_where_the_formatter_broke_it() {
        let short = crate_of(&[("src/lib.rs", "pub fn f(x: Vec<u8>) -> Result<u8, u8> {}")]);
        let broken = crate_of(&[(
            "src/lib.rs",
            "pub fn f(\n    x: Vec<\n        u8,\n    >,\n) -> Result<\n    u8,\n    u8,\n> {}",
        )]);
        assert_eq!(short, broken);
        assert_eq!(
            normalized("fn f: fn f (x: Vec<u8,>,) -> Result<u8, u8,>"),
            "fn f: fn f (x: Vec<u8>) -> Result<u8, u8>"
        );
    }

    #[test]
    fn gates_and_docs_do_not_change_the_listing() {
        let plain = crate_of(&[("src/lib.rs", "pub fn f(x: u8) {}")]);
        let gated = crate_of(&[(
            "src/lib.rs",
            "/// Docs.\n#[cfg(feature = \"users\")]\npub fn f(x: u8) { let _ = x; }",
        )]);
        assert_eq!(plain, gated);
    }

    #[test]
    fn features_are_listed() {
        let lines = crate_of(&[(
            "Cargo.toml",
            "[package]\nname = \"x\"\n[features]\n# comment\ndefault = [\"users\"]\nusers = []\n",
        )]);
        assert_eq!(lines, ["feature default", "feature users"]);
    }
}
