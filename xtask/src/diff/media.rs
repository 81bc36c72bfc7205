//! A method's media upload: its limit, accepted types and upload paths.

use std::collections::BTreeSet;

use codegen::model::MediaUploadDef;

use super::change::{Action, Change, Item};
use super::rules;
use super::spelling::size;

pub(super) fn compare_upload(
    method: &str,
    old: Option<&MediaUploadDef>,
    new: Option<&MediaUploadDef>,
    out: &mut Vec<Change>,
) {
    let upload = |verdict, action, detail: String| {
        Change::new(verdict, Item::Upload, action, method).detail(detail)
    };
    let (old, new) = match (old, new) {
        (None, None) => return,
        (None, Some(_)) => {
            out.push(upload(rules::upload_added(), Action::Added, String::new()));
            return;
        }
        (Some(_), None) => {
            out.push(upload(
                rules::upload_removed(),
                Action::Removed,
                String::new(),
            ));
            return;
        }
        (Some(old), Some(new)) => (old, new),
    };
    if old.max_size != new.max_size {
        let show = |s: Option<u64>| s.map(size).unwrap_or_else(|| "no limit".to_owned());
        out.push(upload(
            rules::max_size_changed(old.max_size, new.max_size),
            Action::Changed,
            format!("max size {} -> {}", show(old.max_size), show(new.max_size)),
        ));
    }
    for (label, a, b) in [
        ("simple", &old.simple_path, &new.simple_path),
        ("resumable", &old.resumable_path, &new.resumable_path),
    ] {
        if a != b {
            let show = |p: &Option<String>| match p {
                Some(p) => format!("`{p}`"),
                None => "none".to_owned(),
            };
            out.push(upload(
                rules::upload_path_changed(),
                Action::Changed,
                format!("{label} upload path {} -> {}", show(a), show(b)),
            ));
        }
    }
    let old_accept: BTreeSet<&String> = old.accept.iter().collect();
    let new_accept: BTreeSet<&String> = new.accept.iter().collect();
    for mime in old_accept.difference(&new_accept) {
        out.push(
            Change::new(
                rules::accepted_type_removed(),
                Item::AcceptedType,
                Action::Removed,
                *mime,
            )
            .owner(method),
        );
    }
    for mime in new_accept.difference(&old_accept) {
        out.push(
            Change::new(
                rules::accepted_type_added(),
                Item::AcceptedType,
                Action::Added,
                *mime,
            )
            .owner(method),
        );
    }
}
