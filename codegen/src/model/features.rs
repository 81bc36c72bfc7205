//! Cargo features of a generated crate: one per top-level resource, and for each schema file the
//! resources whose methods need it, so that a user who turns on a few resources compiles only
//! those and the schemas they reach.
//!
//! Reachability is computed over schema files, not single types, because a file is what a `cfg`
//! switches on and off: when a file is compiled, everything its types hold must be compiled too.
//! A file is needed by a resource when one of the resource's methods (at any depth below it)
//! takes or returns a type the file holds, or a file already needed holds one of its types.
//! Files that the top-level methods reach, and files that no method reaches (payloads a user
//! decodes by hand, such as notifications), are always compiled, and so is every file they hold.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToKebabCase;

use super::names::NamePool;
use super::{Api, Features, ResourceDef, Ty, TypeDef, TypeKind};

/// Feature names the generated `Cargo.toml` declares for its own use (the runtime's options and
/// the aggregates); a resource whose name comes out as one of them gets `-resource` appended.
pub const RESERVED: &[&str] = &[
    "default",
    "all-resources",
    "rustls",
    "native-tls",
    "adc",
    "service-account",
    "authorized-user",
    "metadata-server",
    "impersonation",
    "external-account",
    "external-account-executable",
    "external-account-aws",
    "external-account-authorized-user",
    "webpki-roots",
    "http2",
    "time",
    "reqwest",
    "testing",
];

/// The features of `api`. Deterministic: names and sets only, in sorted collections.
pub fn features(api: &Api) -> Features {
    let resources = resource_features(&api.root);
    let graph = FileGraph::new(&api.types);

    let mut schema_files: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut reached_by_a_method = BTreeSet::new();
    for child in &api.root.children {
        let feature = &resources[&module_name(child)];
        for file in graph.closure(method_files(child, &graph)) {
            reached_by_a_method.insert(file.clone());
            schema_files
                .entry(file)
                .or_default()
                .insert(feature.clone());
        }
    }
    let mut always: BTreeSet<String> = graph.closure(
        api.root
            .methods
            .iter()
            .flat_map(|m| m.request.iter().chain(&m.response))
            .flat_map(|ty| graph.files_of(ty)),
    );
    reached_by_a_method.extend(always.iter().cloned());
    let unreached = graph
        .files()
        .filter(|f| !reached_by_a_method.contains(*f))
        .cloned();
    always.extend(graph.closure(unreached));
    schema_files.retain(|file, _| !always.contains(file));

    Features {
        resources,
        schema_files,
    }
}

/// One feature per top-level resource: the kebab-case of its module name.
fn resource_features(root: &ResourceDef) -> BTreeMap<String, String> {
    let mut pool = NamePool::with_reserved(RESERVED);
    let mut out = BTreeMap::new();
    for child in &root.children {
        let module = module_name(child);
        let kebab = module.to_kebab_case();
        let name = if pool.is_taken(&kebab) {
            pool.claim(format!("{kebab}-resource"))
        } else {
            pool.claim(kebab)
        };
        out.insert(module, name);
    }
    out
}

fn module_name(resource: &ResourceDef) -> String {
    resource.module_path.last().cloned().unwrap_or_default()
}

/// The schema files holding the request and response types of every method of `resource` and
/// of the resources nested in it.
fn method_files(resource: &ResourceDef, graph: &FileGraph) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for m in &resource.methods {
        for ty in m.request.iter().chain(&m.response) {
            out.extend(graph.files_of(ty));
        }
    }
    for child in &resource.children {
        out.extend(method_files(child, graph));
    }
    out
}

/// Schema files and which files their types refer to.
struct FileGraph {
    /// Rust type name -> the file that holds it.
    file_of_type: BTreeMap<String, String>,
    /// File -> the files its types refer to (fields, array items, map values, alias targets).
    edges: BTreeMap<String, BTreeSet<String>>,
}

impl FileGraph {
    fn new(types: &[TypeDef]) -> Self {
        let file_of_type: BTreeMap<String, String> = types
            .iter()
            .map(|t| (t.name.clone(), t.file.clone()))
            .collect();
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for t in types {
            let targets = edges.entry(t.file.clone()).or_default();
            let mut named = BTreeSet::new();
            match &t.kind {
                TypeKind::Struct(fields) => {
                    for f in fields {
                        named_types(&f.ty, &mut named);
                    }
                }
                TypeKind::Alias(ty) => named_types(ty, &mut named),
                TypeKind::Enum(_) => {}
            }
            targets.extend(named.iter().filter_map(|n| file_of_type.get(*n)).cloned());
        }
        FileGraph {
            file_of_type,
            edges,
        }
    }

    fn files(&self) -> impl Iterator<Item = &String> {
        self.edges.keys()
    }

    /// The files holding the generated types that a value of `ty` is made of, at its top.
    fn files_of(&self, ty: &Ty) -> BTreeSet<String> {
        let mut named = BTreeSet::new();
        named_types(ty, &mut named);
        named
            .into_iter()
            .filter_map(|n| self.file_of_type.get(n))
            .cloned()
            .collect()
    }

    /// `start` and every file reached from it.
    fn closure(&self, start: impl IntoIterator<Item = String>) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<String> = start.into_iter().collect();
        while let Some(file) = stack.pop() {
            if !seen.insert(file.clone()) {
                continue;
            }
            if let Some(targets) = self.edges.get(&file) {
                stack.extend(targets.iter().filter(|t| !seen.contains(*t)).cloned());
            }
        }
        seen
    }
}

/// The generated types `ty` names, through `Vec` and maps.
fn named_types<'t>(ty: &'t Ty, out: &mut BTreeSet<&'t str>) {
    match ty {
        Ty::Named(name) => {
            out.insert(name);
        }
        Ty::Vec(inner) | Ty::Map(inner) => named_types(inner, out),
        _ => {}
    }
}
