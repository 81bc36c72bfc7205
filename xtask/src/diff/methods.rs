//! Resources, methods and their parameters, bodies, media and paging, named by the calls a user
//! writes (`client.users().messages().list()`).

use std::collections::{BTreeMap, BTreeSet};

use codegen::model::{Api, MethodDef, ResourceDef};

use super::change::{Action, Change, Item};
use super::spelling::rust_type;
use super::types::{code_list, deprecation};
use super::{media, params, rules};

/// A resource and the chain of accessors that reaches it (`client.users().messages()`).
struct Reached<'a> {
    def: &'a ResourceDef,
    chain: String,
}

/// Every resource of `api` by its dotted discovery path (the top level is `""`).
fn resources(api: &Api) -> BTreeMap<&str, Reached<'_>> {
    fn walk<'a>(def: &'a ResourceDef, chain: String, out: &mut BTreeMap<&'a str, Reached<'a>>) {
        for child in &def.children {
            walk(child, format!("{chain}.{}()", child.accessor), out);
        }
        out.insert(def.wire_path.as_str(), Reached { def, chain });
    }
    let mut out = BTreeMap::new();
    walk(&api.root, "client".to_owned(), &mut out);
    out
}

/// The discovery path of the resource that holds `wire_path`.
fn parent_of(wire_path: &str) -> &str {
    wire_path.rsplit_once('.').map(|(p, _)| p).unwrap_or("")
}

fn call(chain: &str, method: &MethodDef) -> String {
    format!("{chain}.{}()", method.fn_name)
}

pub(super) fn compare(old: &Api, new: &Api, out: &mut Vec<Change>) {
    let old_resources = resources(old);
    let new_resources = resources(new);
    for (path, reached) in &old_resources {
        match new_resources.get(path) {
            // Only the outermost resource that went away is reported; what it held went with it.
            None if new_resources.contains_key(parent_of(path)) => out.push(
                Change::new(
                    rules::resource_removed(),
                    Item::Resource,
                    Action::Removed,
                    &reached.chain,
                )
                .wire(*path)
                .detail(contents(reached.def)),
            ),
            None => {}
            Some(now) => compare_resource(reached, now, out),
        }
    }
    for (path, reached) in &new_resources {
        if !old_resources.contains_key(path) && old_resources.contains_key(parent_of(path)) {
            out.push(
                Change::new(
                    rules::resource_added(),
                    Item::Resource,
                    Action::Added,
                    &reached.chain,
                )
                .wire(*path)
                .detail(contents(reached.def)),
            );
        }
    }
}

/// What a resource holds, for the report of its arrival or departure.
fn contents(def: &ResourceDef) -> String {
    let methods: Vec<String> = def
        .methods
        .iter()
        .map(|m| format!("{}()", m.fn_name))
        .collect();
    let children: Vec<String> = def
        .children
        .iter()
        .map(|c| format!("{}()", c.accessor))
        .collect();
    let mut parts = Vec::new();
    if !methods.is_empty() {
        let names: Vec<&str> = methods.iter().map(String::as_str).collect();
        parts.push(format!("methods {}", code_list(&names)));
    }
    if !children.is_empty() {
        let names: Vec<&str> = children.iter().map(String::as_str).collect();
        parts.push(format!("resources {}", code_list(&names)));
    }
    parts.join("; ")
}

fn compare_resource(old: &Reached<'_>, new: &Reached<'_>, out: &mut Vec<Change>) {
    if old.def.accessor != new.def.accessor {
        out.push(
            Change::new(
                rules::accessor_renamed(),
                Item::Resource,
                Action::Changed,
                &new.chain,
            )
            .wire(&new.def.wire_path)
            .detail(format!("was `{}()`", old.def.accessor)),
        );
    }
    if old.def.deprecated != new.def.deprecated {
        out.push(deprecation(
            Change::new(
                rules::became_deprecated(),
                Item::Resource,
                Action::Changed,
                &new.chain,
            ),
            new.def.deprecated,
        ));
    }
    let new_methods: BTreeMap<&str, &MethodDef> = new
        .def
        .methods
        .iter()
        .map(|m| (m.wire_name.as_str(), m))
        .collect();
    let old_methods: BTreeMap<&str, &MethodDef> = old
        .def
        .methods
        .iter()
        .map(|m| (m.wire_name.as_str(), m))
        .collect();
    for (wire, method) in &old_methods {
        match new_methods.get(wire) {
            None => out.push(
                Change::new(
                    rules::method_removed(),
                    Item::Method,
                    Action::Removed,
                    call(&old.chain, method),
                )
                .wire(&method.id),
            ),
            Some(now) => compare_method(&old.chain, method, &new.chain, now, out),
        }
    }
    for (wire, method) in &new_methods {
        if !old_methods.contains_key(wire) {
            out.push(
                Change::new(
                    rules::method_added(),
                    Item::Method,
                    Action::Added,
                    call(&new.chain, method),
                )
                .wire(&method.id),
            );
        }
    }
}

fn compare_method(
    old_chain: &str,
    old: &MethodDef,
    new_chain: &str,
    new: &MethodDef,
    out: &mut Vec<Change>,
) {
    let name = call(new_chain, new);
    let method_change = |verdict, detail: String| {
        Change::new(verdict, Item::Method, Action::Changed, &name)
            .wire(&new.id)
            .detail(detail)
    };
    if old.fn_name != new.fn_name {
        out.push(method_change(
            rules::method_renamed(),
            format!("was `{}`", call(old_chain, old)),
        ));
    }
    if old.http_method != new.http_method {
        out.push(method_change(
            rules::http_method_changed(),
            format!("{} -> {}", old.http_method, new.http_method),
        ));
    }
    if old.path != new.path {
        out.push(method_change(
            rules::path_changed(),
            format!("path `{}` -> `{}`", old.path, new.path),
        ));
    }
    if old.api_version != new.api_version {
        let show = |v: &Option<String>| match v {
            Some(v) => format!("`{v}`"),
            None => "none".to_owned(),
        };
        out.push(method_change(
            rules::api_version_changed(),
            format!(
                "apiVersion {} -> {}",
                show(&old.api_version),
                show(&new.api_version)
            ),
        ));
    }
    if old.deprecated != new.deprecated {
        out.push(deprecation(
            method_change(rules::became_deprecated(), String::new()),
            new.deprecated,
        ));
    }
    if old.supports_media_download != new.supports_media_download {
        let (verdict, detail) = if new.supports_media_download {
            (rules::download_added(), "now offers `.download()`")
        } else {
            (rules::download_removed(), "no longer offers `.download()`")
        };
        out.push(method_change(verdict, detail.to_owned()));
    }
    compare_paging(old, new, &method_change, out);
    compare_scopes(&name, &old.scopes, &new.scopes, out);
    params::compare(&name, old, new, out);
    if old.request != new.request {
        out.push(
            Change::new(
                rules::request_changed(old.request.as_ref(), new.request.as_ref()),
                Item::Request,
                Action::Changed,
                &name,
            )
            .detail(body_detail(old.request.as_ref(), new.request.as_ref())),
        );
    }
    if old.response != new.response {
        out.push(
            Change::new(
                rules::response_changed(old.response.as_ref(), new.response.as_ref()),
                Item::Response,
                Action::Changed,
                &name,
            )
            .detail(body_detail(old.response.as_ref(), new.response.as_ref())),
        );
    }
    media::compare_upload(
        &name,
        old.media_upload.as_ref(),
        new.media_upload.as_ref(),
        out,
    );
}

fn body_detail(old: Option<&codegen::model::Ty>, new: Option<&codegen::model::Ty>) -> String {
    let show = |ty: Option<&codegen::model::Ty>| match ty {
        Some(ty) => format!("`{}`", rust_type(ty)),
        None => "none".to_owned(),
    };
    format!("{} -> {}", show(old), show(new))
}

fn compare_paging(
    old: &MethodDef,
    new: &MethodDef,
    method_change: &dyn Fn(crate::diff::Verdict, String) -> Change,
    out: &mut Vec<Change>,
) {
    match (&old.paging, &new.paging) {
        (None, Some(_)) => out.push(method_change(
            rules::paging_added(),
            "now offers `.pages()`".to_owned(),
        )),
        (Some(_), None) => out.push(method_change(
            rules::paging_removed(),
            "no longer offers `.pages()`".to_owned(),
        )),
        (Some(a), Some(b)) => {
            // What `.items()` yields: the element type, or `(String, V)` for a map.
            let items = |p: &codegen::model::Paging| {
                p.items.as_ref().map(|list| (list.item.clone(), list.map))
            };
            let (a, b) = (items(a), items(b));
            if a != b {
                let show = |yields: &Option<(codegen::model::Ty, bool)>| match yields {
                    Some((ty, false)) => format!("`{}`", rust_type(ty)),
                    Some((ty, true)) => format!("`(String, {})`", rust_type(ty)),
                    None => "nothing".to_owned(),
                };
                let detail = format!("`.items()` yields {} -> {}", show(&a), show(&b));
                let (a, b) = (a.map(|(ty, _)| ty), b.map(|(ty, _)| ty));
                out.push(method_change(
                    rules::page_items_changed(a.as_ref(), b.as_ref()),
                    detail,
                ));
            }
        }
        (None, None) => {}
    }
}

fn compare_scopes(method: &str, old: &[String], new: &[String], out: &mut Vec<Change>) {
    let old: BTreeSet<&String> = old.iter().collect();
    let new: BTreeSet<&String> = new.iter().collect();
    for scope in old.difference(&new) {
        out.push(
            Change::new(
                rules::method_scope_removed(),
                Item::Scope,
                Action::Removed,
                *scope,
            )
            .owner(method),
        );
    }
    for scope in new.difference(&old) {
        out.push(
            Change::new(
                rules::method_scope_added(),
                Item::Scope,
                Action::Added,
                *scope,
            )
            .owner(method),
        );
    }
}
