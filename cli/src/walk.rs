//! Finding a method in the model from the words of a command line: `users settings cse keypairs
//! create` walks down the resources to the method.

use codegen::model::{Api, MethodDef, ResourceDef};
use heck::ToKebabCase;

use crate::failure::Failure;

/// Where the words lead.
pub enum Found<'a> {
    /// A method, its resource (whose enums its parameters use), and how many words named it.
    Method {
        resource: &'a ResourceDef,
        method: &'a MethodDef,
        used: usize,
    },
    /// A resource (or the API itself), when the words stop before a method.
    Resource(&'a ResourceDef),
}

/// Whether `word` names `wire` (as written, or in kebab-case).
pub fn names(word: &str, wire: &str) -> bool {
    word == wire || word == wire.to_kebab_case()
}

/// Follows `words` from the top of `api`.
pub fn find<'a>(api: &'a Api, words: &[&str]) -> Result<Found<'a>, Failure> {
    let mut resource = &api.root;
    for (i, word) in words.iter().enumerate() {
        let child = resource.children.iter().find(|c| names(word, &c.wire_name));
        let method = resource.methods.iter().find(|m| names(word, &m.wire_name));
        // A resource and a method may share a name: the resource is meant when the next word
        // names something in it, else the method.
        let into_child = match (child, method, words.get(i + 1)) {
            (Some(_), None, _) => true,
            (Some(c), Some(_), Some(next)) => {
                c.children.iter().any(|r| names(next, &r.wire_name))
                    || c.methods.iter().any(|m| names(next, &m.wire_name))
            }
            _ => false,
        };
        if let (true, Some(child)) = (into_child, child) {
            resource = child;
            continue;
        }
        if let Some(method) = method {
            return Ok(Found::Method {
                resource,
                method,
                used: i + 1,
            });
        }
        let choices: Vec<&str> = resource
            .children
            .iter()
            .map(|c| c.wire_name.as_str())
            .chain(resource.methods.iter().map(|m| m.wire_name.as_str()))
            .collect();
        let place = if resource.wire_path.is_empty() {
            format!("the {} API", api.name)
        } else {
            format!("`{}`", resource.wire_path)
        };
        return Err(Failure::usage(format!(
            "{place} has no resource or method `{word}`{} (it has: {})",
            crate::suggest::did_you_mean(word, choices.iter().copied()),
            choices.join(", ")
        )));
    }
    Ok(Found::Resource(resource))
}

/// Finds a method by its dotted path below the API (`users.aliases.insert`) or its id
/// (`admin.users.aliases.insert`).
pub fn by_path<'a>(
    api: &'a Api,
    dotted: &str,
) -> Result<(&'a ResourceDef, &'a MethodDef), Failure> {
    let words: Vec<&str> = dotted.split('.').filter(|w| !w.is_empty()).collect();
    match find(api, &words)? {
        Found::Method {
            resource,
            method,
            used,
        } if used == words.len() => Ok((resource, method)),
        Found::Method { method, .. } => Err(Failure::usage(format!(
            "`{dotted}`: `{}` is a method and has nothing below it",
            method.id
        ))),
        Found::Resource(r) => Err(Failure::usage(format!(
            "`{dotted}` names a resource (`{}`), not a method",
            r.wire_path
        ))),
    }
}

/// Every method of `resource` and below, depth first in the model's (sorted) order.
pub fn all_methods(resource: &ResourceDef) -> Vec<(&ResourceDef, &MethodDef)> {
    let mut out: Vec<_> = resource.methods.iter().map(|m| (resource, m)).collect();
    for child in &resource.children {
        out.extend(all_methods(child));
    }
    out
}
