//! Cargo features: one per top-level resource, and the features that compile each schema. Users
//! who turn the default features off name resource features in their `Cargo.toml`, so a feature
//! renamed or removed stops their build even when no Rust name changed.

use std::collections::{BTreeMap, BTreeSet};

use codegen::model::Api;

use super::change::{Action, Change, Item};
use super::rules;

pub(super) fn compare(old: &Api, new: &Api, out: &mut Vec<Change>) {
    resource_features(old, new, out);
    schema_gates(old, new, out);
}

fn resource_features(old: &Api, new: &Api, out: &mut Vec<Change>) {
    let old_features: BTreeSet<&str> = old
        .features
        .resources
        .values()
        .map(String::as_str)
        .collect();
    let new_features: BTreeSet<&str> = new
        .features
        .resources
        .values()
        .map(String::as_str)
        .collect();
    for (module, feature) in &old.features.resources {
        if new_features.contains(feature.as_str()) {
            continue;
        }
        match new.features.resources.get(module) {
            // The same resource under a new feature name (a collision moved it, say).
            Some(now) => out.push(
                Change::new(
                    rules::feature_renamed(),
                    Item::Feature,
                    Action::Changed,
                    now,
                )
                .detail(format!("was `{feature}`")),
            ),
            None => out.push(Change::new(
                rules::feature_removed(),
                Item::Feature,
                Action::Removed,
                feature,
            )),
        }
    }
    for (module, feature) in &new.features.resources {
        let renamed = old
            .features
            .resources
            .get(module)
            .is_some_and(|was| !new_features.contains(was.as_str()));
        if !old_features.contains(feature.as_str()) && !renamed {
            out.push(Change::new(
                rules::feature_added(),
                Item::Feature,
                Action::Added,
                feature,
            ));
        }
    }
}

/// The features that compile each schema type, by its Rust name; empty when always compiled.
fn gates(api: &Api) -> BTreeMap<&str, BTreeSet<&str>> {
    api.types
        .iter()
        .map(|t| {
            let features = api
                .features
                .of_schema_file(&t.file)
                .map(|set| set.iter().map(String::as_str).collect())
                .unwrap_or_default();
            (t.name.as_str(), features)
        })
        .collect()
}

fn schema_gates(old: &Api, new: &Api, out: &mut Vec<Change>) {
    let before = gates(old);
    for (name, now) in gates(new) {
        let Some(was) = before.get(name) else {
            continue;
        };
        if *was != now {
            out.push(
                Change::new(
                    rules::schema_gate_changed(),
                    Item::Type,
                    Action::Changed,
                    format!("schemas::{name}"),
                )
                .detail(format!("compiled {} (was {})", show(&now), show(was))),
            );
        }
    }
}

fn show(features: &BTreeSet<&str>) -> String {
    if features.is_empty() {
        return "always".to_owned();
    }
    let names: Vec<String> = features.iter().map(|f| format!("`{f}`")).collect();
    format!("with {}", names.join(" or "))
}
