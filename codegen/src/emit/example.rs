//! The method the crate's documentation shows being called (README, crate docs, the features
//! table): the first GET whose arguments are all plain strings.

use crate::model::{Api, MethodDef, ParamTy, ResourceDef};

/// The method the example calls, with the accessors that lead to it from `Client`.
pub fn example_call(api: &Api) -> Option<(Vec<String>, &MethodDef)> {
    example_method(&api.root, Vec::new())
}

/// The first GET method (depth first, in name order) whose arguments are all strings.
fn example_method(resource: &ResourceDef, path: Vec<String>) -> Option<(Vec<String>, &MethodDef)> {
    let simple = |m: &&MethodDef| {
        m.http_method == "GET"
            && m.request.is_none()
            && !m.deprecated
            && m.required
                .iter()
                .all(|p| p.ty == ParamTy::String && !p.repeated && p.pattern.is_none())
    };
    if let Some(m) = resource.methods.iter().find(simple) {
        return Some((path, m));
    }
    resource.children.iter().find_map(|c| {
        let mut p = path.clone();
        p.push(c.accessor.clone());
        example_method(c, p)
    })
}
