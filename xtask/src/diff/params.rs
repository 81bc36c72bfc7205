//! A method's parameters: added, removed, moved between setters and positional arguments,
//! retyped, reordered.

use std::collections::BTreeMap;

use codegen::model::{MethodDef, ParamDef};

use super::change::{Action, Change, Item};
use super::rules;
use super::spelling::param_type;
use super::types::deprecation;

/// Compares the parameters of two revisions of the method `method`.
pub(super) fn compare(method: &str, old: &MethodDef, new: &MethodDef, out: &mut Vec<Change>) {
    let by_wire = |m: &MethodDef| -> BTreeMap<String, (ParamDef, bool)> {
        let required = m.required.iter().map(|p| (p.clone(), true));
        let optional = m.optional.iter().map(|p| (p.clone(), false));
        required
            .chain(optional)
            .map(|(p, r)| (p.wire_name.clone(), (p, r)))
            .collect()
    };
    let old_params = by_wire(old);
    let new_params = by_wire(new);
    for (wire, (param, required)) in &old_params {
        match new_params.get(wire) {
            None => out.push(
                Change::new(
                    rules::parameter_removed(*required),
                    Item::Parameter,
                    Action::Removed,
                    &param.rust_name,
                )
                .owner(method)
                .wire(wire),
            ),
            Some((now, now_required)) => {
                compare_param(method, param, *required, now, *now_required, out)
            }
        }
    }
    for (wire, (param, required)) in &new_params {
        if !old_params.contains_key(wire) {
            let kind = if *required { "required" } else { "optional" };
            out.push(
                Change::new(
                    rules::parameter_added(*required),
                    Item::Parameter,
                    Action::Added,
                    &param.rust_name,
                )
                .owner(method)
                .wire(wire)
                .detail(format!(
                    "{kind} `{}`",
                    param_type(&param.ty, param.repeated)
                )),
            );
        }
    }

    // Arguments that stay positional must keep their order.
    let kept = |list: &[ParamDef], other: &BTreeMap<String, (ParamDef, bool)>| -> Vec<String> {
        list.iter()
            .filter(|p| {
                other
                    .get(&p.wire_name)
                    .is_some_and(|(_, required)| *required)
            })
            .map(|p| p.rust_name.clone())
            .collect()
    };
    let (before, after) = (
        kept(&old.required, &new_params),
        kept(&new.required, &old_params),
    );
    if before != after {
        out.push(
            Change::new(
                rules::positional_order_changed(),
                Item::Method,
                Action::Changed,
                method,
            )
            .wire(&new.id)
            .detail(format!("({}) -> ({})", before.join(", "), after.join(", "))),
        );
    }
}

fn compare_param(
    method: &str,
    old: &ParamDef,
    old_required: bool,
    new: &ParamDef,
    new_required: bool,
    out: &mut Vec<Change>,
) {
    let change = |verdict, detail: String| {
        Change::new(verdict, Item::Parameter, Action::Changed, &new.rust_name)
            .owner(method)
            .wire(&new.wire_name)
            .detail(detail)
    };
    if old_required != new_required {
        let detail = if new_required {
            "optional -> required"
        } else {
            "required -> optional"
        };
        out.push(change(
            rules::requiredness_changed(new_required),
            detail.to_owned(),
        ));
    } else if !new_required && old.rust_name != new.rust_name {
        // Positional arguments are unnamed at the call site; only setters can be renamed.
        out.push(change(
            rules::parameter_renamed(),
            format!("`{}` -> `{}`", old.rust_name, new.rust_name),
        ));
    }
    if old.ty != new.ty {
        out.push(change(
            rules::parameter_type_changed(&old.ty, &new.ty),
            format!(
                "`{}` -> `{}`",
                param_type(&old.ty, false),
                param_type(&new.ty, false)
            ),
        ));
    }
    if old.repeated != new.repeated {
        let detail = if new.repeated {
            "now repeated"
        } else {
            "no longer repeated"
        };
        out.push(change(
            rules::repeatedness_changed(new.repeated),
            detail.to_owned(),
        ));
    }
    if old.location != new.location {
        out.push(change(
            rules::location_changed(),
            format!("{:?} -> {:?}", old.location, new.location).to_lowercase(),
        ));
    }
    if old.pattern != new.pattern {
        let show = |p: &Option<String>| match p {
            Some(p) => format!("`{p}`"),
            None => "none".to_owned(),
        };
        out.push(change(
            rules::pattern_changed(),
            format!("pattern {} -> {}", show(&old.pattern), show(&new.pattern)),
        ));
    }
    if old.deprecated != new.deprecated {
        out.push(deprecation(
            change(rules::became_deprecated(), String::new()),
            new.deprecated,
        ));
    }
}
