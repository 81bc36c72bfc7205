//! What belongs to the API as a whole: its URLs, batch endpoint, scopes and the standard
//! parameters every call builder offers.

use std::collections::BTreeMap;

use codegen::model::Api;

use super::change::{Action, Change, Item};
use super::rules;

pub(super) fn compare(old: &Api, new: &Api, out: &mut Vec<Change>) {
    for (key, a, b) in [
        ("rootUrl", &old.root_url, &new.root_url),
        ("servicePath", &old.service_path, &new.service_path),
    ] {
        if a != b {
            out.push(
                Change::new(rules::endpoint_changed(), Item::Api, Action::Changed, key)
                    .detail(format!("`{a}` -> `{b}`")),
            );
        }
    }
    if old.fully_encode_reserved != new.fully_encode_reserved {
        out.push(
            Change::new(
                rules::reserved_expansion_changed(),
                Item::Api,
                Action::Changed,
                "fullyEncodeReservedExpansion",
            )
            .detail(format!(
                "{} -> {}",
                old.fully_encode_reserved, new.fully_encode_reserved
            )),
        );
    }
    if old.batch_path != new.batch_path {
        let show = |p: &Option<String>| match p {
            Some(p) => format!("`{p}`"),
            None => "none".to_owned(),
        };
        out.push(
            Change::new(
                rules::batch_path_changed(old.batch_path.as_deref(), new.batch_path.as_deref()),
                Item::Api,
                Action::Changed,
                "batchPath",
            )
            .detail(format!(
                "{} -> {}",
                show(&old.batch_path),
                show(&new.batch_path)
            )),
        );
    }
    for scope in old.scopes.keys().filter(|s| !new.scopes.contains_key(*s)) {
        out.push(Change::new(
            rules::scope_removed(),
            Item::Scope,
            Action::Removed,
            scope,
        ));
    }
    for scope in new.scopes.keys().filter(|s| !old.scopes.contains_key(*s)) {
        out.push(Change::new(
            rules::scope_added(),
            Item::Scope,
            Action::Added,
            scope,
        ));
    }
    let by_wire = |api: &Api| -> BTreeMap<String, String> {
        api.standard_params
            .iter()
            .map(|p| (p.wire_name.clone(), p.rust_name.clone()))
            .collect()
    };
    let (old_params, new_params) = (by_wire(old), by_wire(new));
    for (wire, rust) in &old_params {
        if !new_params.contains_key(wire) {
            out.push(
                Change::new(
                    rules::standard_parameter_removed(),
                    Item::Parameter,
                    Action::Removed,
                    rust,
                )
                .owner("every call")
                .wire(wire),
            );
        }
    }
    for (wire, rust) in &new_params {
        if !old_params.contains_key(wire) {
            out.push(
                Change::new(
                    rules::standard_parameter_added(),
                    Item::Parameter,
                    Action::Added,
                    rust,
                )
                .owner("every call")
                .wire(wire),
            );
        }
    }
}
