//! Schema types and parameter enums: types added, removed, renamed or changed in kind; struct
//! fields; enum values; alias targets.

use std::collections::{BTreeMap, BTreeSet};

use codegen::model::{Api, FieldDef, ResourceDef, TypeDef, TypeKind, VariantDef};

use super::change::{Action, Change, Item};
use super::rules;
use super::spelling::{field_type, rust_type, wire_form};

/// Every type of `api` by the path a user writes: `schemas::User`,
/// `resources::users::messages::Format`.
fn all_types(api: &Api) -> BTreeMap<String, &TypeDef> {
    fn walk<'a>(resource: &'a ResourceDef, out: &mut BTreeMap<String, &'a TypeDef>) {
        let mut module = String::from("resources::");
        for segment in &resource.module_path {
            module.push_str(segment);
            module.push_str("::");
        }
        for def in &resource.enums {
            out.insert(format!("{module}{}", def.name), def);
        }
        for child in &resource.children {
            walk(child, out);
        }
    }
    let mut out: BTreeMap<String, &TypeDef> = api
        .types
        .iter()
        .map(|def| (format!("schemas::{}", def.name), def))
        .collect();
    walk(&api.root, &mut out);
    out
}

/// The module part of a type path: `schemas` or `resources::users`.
fn module_of(path: &str) -> &str {
    path.rsplit_once("::").map(|(m, _)| m).unwrap_or("")
}

pub(super) fn compare(old: &Api, new: &Api, out: &mut Vec<Change>) {
    let old_types = all_types(old);
    let new_types = all_types(new);
    let mut removed: Vec<&String> = old_types
        .keys()
        .filter(|k| !new_types.contains_key(*k))
        .collect();
    let mut added: Vec<&String> = new_types
        .keys()
        .filter(|k| !old_types.contains_key(*k))
        .collect();

    // A type that kept its discovery origin but not its Rust name was renamed.
    let added_by_origin: BTreeMap<(&str, &str), &String> = added
        .iter()
        .map(|p| ((module_of(p), new_types[*p].origin.as_str()), *p))
        .collect();
    let mut renamed = Vec::new();
    for old_path in &removed {
        let key = (module_of(old_path), old_types[*old_path].origin.as_str());
        if let Some(new_path) = added_by_origin.get(&key) {
            renamed.push(((*old_path).clone(), (*new_path).clone()));
        }
    }
    let renamed_old: BTreeSet<&String> = renamed.iter().map(|(o, _)| o).collect();
    let renamed_new: BTreeSet<&String> = renamed.iter().map(|(_, n)| n).collect();
    removed.retain(|p| !renamed_old.contains(p));
    added.retain(|p| !renamed_new.contains(p));
    for (old_path, new_path) in &renamed {
        out.push(
            Change::new(rules::type_renamed(), Item::Type, Action::Changed, new_path)
                .wire(short_origin(&new_types[new_path].origin, new_path))
                .detail(format!("was `{old_path}`")),
        );
    }

    for path in removed {
        out.push(
            Change::new(rules::type_removed(), Item::Type, Action::Removed, path)
                .wire(short_origin(&old_types[path].origin, path)),
        );
    }
    for path in added {
        out.push(
            Change::new(rules::type_added(), Item::Type, Action::Added, path)
                .wire(short_origin(&new_types[path].origin, path)),
        );
    }
    for (path, old_def) in &old_types {
        if let Some(new_def) = new_types.get(path) {
            compare_type(path, old_def, new_def, out);
        }
    }
}

/// The origin worth showing: the schema key for a top-level schema, nothing for a promoted
/// inline schema (its JSON path says little to a reader).
fn short_origin<'a>(origin: &'a str, path: &str) -> &'a str {
    let same_name = path.rsplit("::").next() == Some(origin);
    if same_name || origin.starts_with('$') || origin.contains(' ') {
        ""
    } else {
        origin
    }
}

fn kind_name(kind: &TypeKind) -> &'static str {
    match kind {
        TypeKind::Struct(_) => "struct",
        TypeKind::Enum(_) => "enum",
        TypeKind::Alias(_) => "type alias",
    }
}

fn compare_type(path: &str, old: &TypeDef, new: &TypeDef, out: &mut Vec<Change>) {
    match (&old.kind, &new.kind) {
        (TypeKind::Struct(a), TypeKind::Struct(b)) => compare_fields(path, a, b, out),
        (TypeKind::Enum(a), TypeKind::Enum(b)) => compare_variants(path, a, b, out),
        (TypeKind::Alias(a), TypeKind::Alias(b)) => {
            if a != b {
                out.push(
                    Change::new(
                        rules::value_type_changed(a, false, b, false),
                        Item::Type,
                        Action::Changed,
                        path,
                    )
                    .detail(type_detail(a, false, b, false)),
                );
            }
        }
        (a, b) => out.push(
            Change::new(
                rules::type_kind_changed(),
                Item::Type,
                Action::Changed,
                path,
            )
            .detail(format!("{} -> {}", kind_name(a), kind_name(b))),
        ),
    }
}

/// "`String` -> `i64`", or the change of JSON encoding when the Rust type is the same.
fn type_detail(
    old: &codegen::model::Ty,
    old_boxed: bool,
    new: &codegen::model::Ty,
    new_boxed: bool,
) -> String {
    let (a, b) = (field_type(old, old_boxed), field_type(new, new_boxed));
    if a != b {
        format!("`{a}` -> `{b}`")
    } else {
        format!(
            "`{}` sent as {} -> {}",
            rust_type(new),
            wire_form(old),
            wire_form(new)
        )
    }
}

fn compare_fields(owner: &str, old: &[FieldDef], new: &[FieldDef], out: &mut Vec<Change>) {
    let old_by_json: BTreeMap<&str, &FieldDef> =
        old.iter().map(|f| (f.json_name.as_str(), f)).collect();
    let new_by_json: BTreeMap<&str, &FieldDef> =
        new.iter().map(|f| (f.json_name.as_str(), f)).collect();
    let mut removed: Vec<&FieldDef> = old
        .iter()
        .filter(|f| !new_by_json.contains_key(f.json_name.as_str()))
        .collect();
    let mut added: Vec<&FieldDef> = new
        .iter()
        .filter(|f| !old_by_json.contains_key(f.json_name.as_str()))
        .collect();

    // Same Rust field under another JSON name.
    let same_rust: Vec<(&FieldDef, &FieldDef)> = removed
        .iter()
        .filter_map(|r| added.iter().find(|a| a.name == r.name).map(|a| (*r, *a)))
        .collect();
    for (r, a) in same_rust {
        removed.retain(|f| f.json_name != r.json_name);
        added.retain(|f| f.json_name != a.json_name);
        out.push(
            Change::new(
                rules::json_name_changed(),
                Item::Field,
                Action::Changed,
                &a.name,
            )
            .owner(owner)
            .detail(format!("JSON `{}` -> `{}`", r.json_name, a.json_name)),
        );
        compare_field(owner, r, a, out);
    }

    for field in removed {
        out.push(
            Change::new(
                rules::field_removed(),
                Item::Field,
                Action::Removed,
                &field.name,
            )
            .owner(owner)
            .wire(&field.json_name),
        );
    }
    for field in added {
        out.push(
            Change::new(
                rules::field_added(),
                Item::Field,
                Action::Added,
                &field.name,
            )
            .owner(owner)
            .wire(&field.json_name)
            .detail(format!("`{}`", field_type(&field.ty, field.boxed))),
        );
    }
    for (json, old_field) in &old_by_json {
        if let Some(new_field) = new_by_json.get(json) {
            compare_field(owner, old_field, new_field, out);
        }
    }
}

fn compare_field(owner: &str, old: &FieldDef, new: &FieldDef, out: &mut Vec<Change>) {
    let change = |verdict, detail: String| {
        Change::new(verdict, Item::Field, Action::Changed, &new.name)
            .owner(owner)
            .wire(&new.json_name)
            .detail(detail)
    };
    if old.name != new.name {
        out.push(change(
            rules::field_renamed(),
            format!("`{}` -> `{}`", old.name, new.name),
        ));
    }
    if old.ty != new.ty || old.boxed != new.boxed {
        out.push(change(
            rules::value_type_changed(&old.ty, old.boxed, &new.ty, new.boxed),
            type_detail(&old.ty, old.boxed, &new.ty, new.boxed),
        ));
    }
    if old.read_only != new.read_only {
        let detail = if new.read_only {
            "became read-only"
        } else {
            "no longer read-only"
        };
        out.push(change(
            rules::read_only_changed(new.read_only),
            detail.to_owned(),
        ));
    }
    if old.deprecated != new.deprecated {
        out.push(deprecation(
            change(rules::became_deprecated(), String::new()),
            new.deprecated,
        ));
    }
    let old_required: BTreeSet<&String> = old.required_by.iter().collect();
    let new_required: BTreeSet<&String> = new.required_by.iter().collect();
    let now: Vec<&str> = new_required
        .difference(&old_required)
        .map(|s| s.as_str())
        .collect();
    let no_longer: Vec<&str> = old_required
        .difference(&new_required)
        .map(|s| s.as_str())
        .collect();
    if !now.is_empty() {
        out.push(change(
            rules::required_for_changed(true),
            format!("now required by {}", code_list(&now)),
        ));
    }
    if !no_longer.is_empty() {
        out.push(change(
            rules::required_for_changed(false),
            format!("no longer required by {}", code_list(&no_longer)),
        ));
    }
}

fn compare_variants(owner: &str, old: &[VariantDef], new: &[VariantDef], out: &mut Vec<Change>) {
    let old_by_value: BTreeMap<&str, &VariantDef> =
        old.iter().map(|v| (v.value.as_str(), v)).collect();
    let new_by_value: BTreeMap<&str, &VariantDef> =
        new.iter().map(|v| (v.value.as_str(), v)).collect();
    for (value, variant) in &old_by_value {
        match new_by_value.get(value) {
            None => out.push(
                Change::new(
                    rules::enum_value_removed(),
                    Item::EnumValue,
                    Action::Removed,
                    &variant.name,
                )
                .owner(owner)
                .wire(*value),
            ),
            Some(now) => {
                if now.name != variant.name {
                    out.push(
                        Change::new(
                            rules::variant_renamed(),
                            Item::EnumValue,
                            Action::Changed,
                            &now.name,
                        )
                        .owner(owner)
                        .wire(*value)
                        .detail(format!("`{}` -> `{}`", variant.name, now.name)),
                    );
                }
                if now.deprecated != variant.deprecated {
                    out.push(deprecation(
                        Change::new(
                            rules::became_deprecated(),
                            Item::EnumValue,
                            Action::Changed,
                            &now.name,
                        )
                        .owner(owner)
                        .wire(*value),
                        now.deprecated,
                    ));
                }
            }
        }
    }
    for (value, variant) in &new_by_value {
        if !old_by_value.contains_key(value) {
            out.push(
                Change::new(
                    rules::enum_value_added(),
                    Item::EnumValue,
                    Action::Added,
                    &variant.name,
                )
                .owner(owner)
                .wire(*value),
            );
        }
    }
}

/// A deprecation change, told the right way round.
pub(super) fn deprecation(change: Change, now_deprecated: bool) -> Change {
    if now_deprecated {
        change.detail("became deprecated")
    } else {
        let verdict = rules::no_longer_deprecated();
        Change {
            impact: verdict.impact,
            reason: verdict.reason.to_owned(),
            ..change
        }
        .detail("no longer deprecated")
    }
}

/// `a`, `b` and `c`, for details.
pub(super) fn code_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
