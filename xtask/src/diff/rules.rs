//! Every judgement of the diff, one small function each: whether a change breaks code written
//! against the previous crate, and why.
//!
//! The yardstick is the contract: schema structs and enums are `#[non_exhaustive]` with a
//! catch-all variant, optional parameters are setters, required ones are positional arguments in
//! `parameterOrder`, the body comes last. So a change is
//! - [`Impact::Breaking`] when code that compiled may stop compiling (something removed or
//!   renamed, a type or an argument list changed), or when a call that used to be sent is now
//!   refused by the crate itself before sending (a lower upload limit, a media type no longer
//!   accepted);
//! - [`Impact::Behaviour`] when signatures stay but the request or the server's expectations
//!   change (a new URL path, a field the server now ignores or requires);
//! - [`Impact::Compatible`] when something is only added or loosened.

use codegen::model::{ParamTy, Ty};

use super::change::{Impact, Verdict};
use super::spelling::{field_type, rust_type};

const fn breaking(reason: &'static str) -> Verdict {
    Verdict {
        impact: Impact::Breaking,
        reason,
    }
}

const fn behaviour(reason: &'static str) -> Verdict {
    Verdict {
        impact: Impact::Behaviour,
        reason,
    }
}

const fn compatible(reason: &'static str) -> Verdict {
    Verdict {
        impact: Impact::Compatible,
        reason,
    }
}

// ---- the API as a whole -------------------------------------------------------------------

pub fn api_added() -> Verdict {
    compatible("a new crate; nothing existing depends on it")
}

pub fn api_removed() -> Verdict {
    breaking("the crate is no longer generated")
}

pub fn endpoint_changed() -> Verdict {
    behaviour("signatures are unchanged; the client's default URL is different")
}

/// The batch endpoint appeared (`old` is `None`), disappeared (`new` is `None`) or moved.
pub fn batch_path_changed(old: Option<&str>, new: Option<&str>) -> Verdict {
    match (old, new) {
        (None, _) => compatible("the API now offers batches"),
        (_, None) => breaking("the batch API is gone, with the code that uses it"),
        _ => behaviour("batches go to a new URL; signatures are unchanged"),
    }
}

pub fn scope_added() -> Verdict {
    compatible("a new scope adds a way to authorise; existing tokens still work")
}

pub fn scope_removed() -> Verdict {
    behaviour("tokens granted only this scope no longer authorise any method")
}

pub fn standard_parameter_added() -> Verdict {
    compatible("a new setter on every call builder")
}

pub fn standard_parameter_removed() -> Verdict {
    breaking("its setter on every call builder is gone")
}

// ---- cargo features -------------------------------------------------------------------------

pub fn feature_added() -> Verdict {
    compatible("a new resource feature, on by default through `all-resources`")
}

pub fn feature_removed() -> Verdict {
    breaking(
        "for users without default features: a `features = [...]` that names it no longer resolves",
    )
}

pub fn feature_renamed() -> Verdict {
    breaking("for users without default features: a `features = [...]` that names the old name no longer resolves")
}

pub fn schema_gate_changed() -> Verdict {
    behaviour(
        "the schema is compiled under other resource features; with the defaults nothing changes",
    )
}

// ---- resources and methods ----------------------------------------------------------------

pub fn resource_added() -> Verdict {
    compatible("a new accessor; existing code is untouched")
}

pub fn resource_removed() -> Verdict {
    breaking("its accessor and every method under it are gone")
}

pub fn accessor_renamed() -> Verdict {
    breaking("code that calls the old accessor no longer compiles")
}

pub fn method_added() -> Verdict {
    compatible("a new method; existing calls are untouched")
}

pub fn method_removed() -> Verdict {
    breaking("code that calls it no longer compiles")
}

pub fn method_renamed() -> Verdict {
    breaking("code that calls it by its old name no longer compiles")
}

pub fn http_method_changed() -> Verdict {
    behaviour("same signature, another HTTP verb; whether it is retried follows the verb")
}

pub fn path_changed() -> Verdict {
    behaviour("same signature; the crate sends the call to the new URL path")
}

pub fn api_version_changed() -> Verdict {
    behaviour("same signature; the call asks the server for another interface version (`X-Goog-Api-Version`)")
}

pub fn reserved_expansion_changed() -> Verdict {
    behaviour("same signatures; `{+name}` path values are encoded differently on the wire")
}

pub fn method_scope_added() -> Verdict {
    compatible("one more scope authorises the call")
}

pub fn method_scope_removed() -> Verdict {
    behaviour("a token granted only this scope is no longer accepted for the call")
}

pub fn became_deprecated() -> Verdict {
    compatible("still available; it now carries a deprecation note")
}

pub fn no_longer_deprecated() -> Verdict {
    compatible("no longer marked deprecated")
}

// ---- parameters ---------------------------------------------------------------------------

/// A new parameter: a setter when optional, a new positional argument when required.
pub fn parameter_added(required: bool) -> Verdict {
    if required {
        breaking("a new required argument: every call needs one more positional value")
    } else {
        compatible("a new optional setter; existing calls are untouched")
    }
}

pub fn parameter_removed(was_required: bool) -> Verdict {
    if was_required {
        breaking("one positional argument fewer: existing calls no longer compile")
    } else {
        breaking("its setter is gone; code that sets it no longer compiles")
    }
}

/// An optional parameter became required, or the reverse: either way it moves between the
/// setters and the positional arguments.
pub fn requiredness_changed(now_required: bool) -> Verdict {
    if now_required {
        breaking("the setter became a positional argument: every call must pass it")
    } else {
        breaking("the positional argument became a setter: existing calls pass one value too many")
    }
}

pub fn parameter_type_changed(old: &ParamTy, new: &ParamTy) -> Verdict {
    if old == new {
        compatible("the type is unchanged")
    } else {
        breaking("the argument has another Rust type")
    }
}

pub fn repeatedness_changed(now_repeated: bool) -> Verdict {
    if now_repeated {
        breaking("the parameter now takes a list of values instead of one")
    } else {
        breaking("the parameter now takes one value instead of a list")
    }
}

pub fn parameter_renamed() -> Verdict {
    breaking("its setter has another name")
}

pub fn positional_order_changed() -> Verdict {
    breaking("required arguments come in another order: calls may compile yet pass values to the wrong parameter")
}

pub fn location_changed() -> Verdict {
    behaviour("same signature; the value moves between the URL path and the query")
}

pub fn pattern_changed() -> Verdict {
    behaviour("values are checked against the server's new pattern before sending")
}

// ---- request and response -----------------------------------------------------------------

/// The request body appeared, disappeared or changed type.
pub fn request_changed(old: Option<&Ty>, new: Option<&Ty>) -> Verdict {
    match (old, new) {
        (None, Some(_)) => breaking("the method now takes a body: one more positional argument"),
        (Some(_), None) => breaking("the method no longer takes a body: one argument fewer"),
        (Some(a), Some(b)) if rust_type(a) != rust_type(b) => {
            breaking("the body argument has another Rust type")
        }
        _ => behaviour("same Rust type; only the JSON encoding changed, which the crate handles"),
    }
}

/// The response type appeared, disappeared or changed.
pub fn response_changed(old: Option<&Ty>, new: Option<&Ty>) -> Verdict {
    match (old, new) {
        (None, Some(_)) => breaking("`send()` now returns a value instead of `()`"),
        (Some(_), None) => {
            breaking("`send()` now returns `()`: code that reads the response no longer compiles")
        }
        (Some(a), Some(b)) if rust_type(a) != rust_type(b) => {
            breaking("`send()` returns another Rust type")
        }
        _ => behaviour("same Rust type; only the JSON encoding changed, which the crate handles"),
    }
}

// ---- media and paging ---------------------------------------------------------------------

pub fn upload_added() -> Verdict {
    compatible("new `.upload()` and `.upload_resumable()`; existing calls are untouched")
}

pub fn upload_removed() -> Verdict {
    breaking("`.upload()` and `.upload_resumable()` are gone")
}

/// The largest upload the crate lets through changed (`None`: no limit).
pub fn max_size_changed(old: Option<u64>, new: Option<u64>) -> Verdict {
    match (old, new) {
        (Some(a), Some(b)) if b > a => {
            compatible("larger uploads are allowed; nothing that was sent is refused")
        }
        (Some(_), None) => compatible("the upload limit is lifted"),
        (None, Some(_)) => breaking("uploads over the new limit are now refused before sending"),
        (Some(_), Some(_)) => {
            breaking("uploads between the new and the old limit are now refused before sending")
        }
        (None, None) => compatible("no limit before or after"),
    }
}

pub fn accepted_type_added() -> Verdict {
    compatible("one more media type is accepted")
}

pub fn accepted_type_removed() -> Verdict {
    breaking("uploads of this media type are now refused before sending")
}

pub fn upload_path_changed() -> Verdict {
    behaviour("same signature; uploads go to the new URL path")
}

pub fn download_added() -> Verdict {
    compatible("a new `.download()`")
}

pub fn download_removed() -> Verdict {
    breaking("`.download()` is gone")
}

pub fn paging_added() -> Verdict {
    compatible("a new `.pages()` stream")
}

pub fn paging_removed() -> Verdict {
    breaking("`.pages()` (and `.items()`) are gone")
}

/// What `.items()` streams changed: `None` means the method has no `.items()`.
pub fn page_items_changed(old: Option<&Ty>, new: Option<&Ty>) -> Verdict {
    match (old, new) {
        (None, Some(_)) => compatible("a new `.items()` stream"),
        (Some(_), None) => breaking("`.items()` is gone"),
        _ => breaking("`.items()` yields another Rust type"),
    }
}

// ---- schema types -------------------------------------------------------------------------

pub fn type_added() -> Verdict {
    compatible("a new type; existing code is untouched")
}

pub fn type_removed() -> Verdict {
    breaking("code that names the type no longer compiles")
}

pub fn type_renamed() -> Verdict {
    breaking("code that names the type by its old name no longer compiles")
}

pub fn type_kind_changed() -> Verdict {
    breaking("the type changed between struct, enum and alias")
}

/// The Rust type of a value (a field, an alias, an array item) changed, or only its JSON
/// encoding did (an `int64` that moved between string and number keeps the Rust type `i64`).
pub fn value_type_changed(old: &Ty, old_boxed: bool, new: &Ty, new_boxed: bool) -> Verdict {
    if field_type(old, old_boxed) != field_type(new, new_boxed) {
        breaking("the value has another Rust type")
    } else if old != new {
        behaviour("same Rust type; only the JSON encoding changed, which the crate handles")
    } else {
        compatible("the type is unchanged")
    }
}

pub fn field_added() -> Verdict {
    compatible("structs are non-exhaustive: a new field breaks no code")
}

pub fn field_removed() -> Verdict {
    breaking("code that reads or sets the field no longer compiles")
}

pub fn field_renamed() -> Verdict {
    breaking("the field (and its setter) has another Rust name")
}

pub fn json_name_changed() -> Verdict {
    behaviour("same Rust field; it is sent and read under another JSON name")
}

/// The field became read-only (`now` true) or writable.
pub fn read_only_changed(now: bool) -> Verdict {
    if now {
        behaviour("still in the struct, but the server now ignores it in requests")
    } else {
        compatible("the server now accepts it in requests")
    }
}

/// The methods for which the server requires the field changed; `added` tells whether some
/// method now requires it.
pub fn required_for_changed(added: bool) -> Verdict {
    if added {
        behaviour("calls that leave it unset may now be rejected by the server")
    } else {
        compatible("fewer calls require it")
    }
}

pub fn enum_value_added() -> Verdict {
    compatible("enums are non-exhaustive and keep unknown values: a new variant breaks no code")
}

pub fn enum_value_removed() -> Verdict {
    breaking("code that names the variant no longer compiles")
}

pub fn variant_renamed() -> Verdict {
    breaking("the variant for this value has another Rust name")
}

#[cfg(test)]
mod tests {
    use super::*;
    use Impact::*;

    fn named(name: &str) -> Ty {
        Ty::Named(name.to_owned())
    }

    #[test]
    fn additions_break_nothing() {
        for verdict in [
            api_added(),
            resource_added(),
            method_added(),
            parameter_added(false),
            type_added(),
            field_added(),
            enum_value_added(),
            scope_added(),
            method_scope_added(),
            standard_parameter_added(),
            upload_added(),
            accepted_type_added(),
            download_added(),
            paging_added(),
            became_deprecated(),
        ] {
            assert_eq!(verdict.impact, Compatible, "{}", verdict.reason);
        }
    }

    #[test]
    fn removals_and_renames_break_code() {
        for verdict in [
            api_removed(),
            resource_removed(),
            accessor_renamed(),
            method_removed(),
            method_renamed(),
            parameter_removed(true),
            parameter_removed(false),
            parameter_renamed(),
            type_removed(),
            type_renamed(),
            type_kind_changed(),
            field_removed(),
            field_renamed(),
            enum_value_removed(),
            variant_renamed(),
            standard_parameter_removed(),
            upload_removed(),
            download_removed(),
            paging_removed(),
        ] {
            assert_eq!(verdict.impact, Breaking, "{}", verdict.reason);
        }
    }

    #[test]
    fn a_new_required_parameter_changes_the_signature() {
        assert_eq!(parameter_added(true).impact, Breaking);
        assert_eq!(parameter_added(false).impact, Compatible);
    }

    #[test]
    fn moving_between_setter_and_argument_breaks_either_way() {
        assert_eq!(requiredness_changed(true).impact, Breaking);
        assert_eq!(requiredness_changed(false).impact, Breaking);
        assert_eq!(repeatedness_changed(true).impact, Breaking);
        assert_eq!(repeatedness_changed(false).impact, Breaking);
        assert_eq!(positional_order_changed().impact, Breaking);
    }

    #[test]
    fn parameter_types_compare_by_rust_type() {
        assert_eq!(
            parameter_type_changed(&ParamTy::String, &ParamTy::I64).impact,
            Breaking
        );
        assert_eq!(
            parameter_type_changed(&ParamTy::Enum("A".into()), &ParamTy::Enum("B".into())).impact,
            Breaking
        );
    }

    #[test]
    fn value_types_compare_by_rust_type_then_by_encoding() {
        let as_string = Ty::I64 { as_string: true };
        let as_number = Ty::I64 { as_string: false };
        assert_eq!(
            value_type_changed(&Ty::String, false, &Ty::I32, false).impact,
            Breaking
        );
        assert_eq!(
            value_type_changed(&named("A"), false, &named("A"), true).impact,
            Breaking
        );
        assert_eq!(
            value_type_changed(&Ty::Vec(Box::new(Ty::String)), false, &Ty::String, false).impact,
            Breaking
        );
        assert_eq!(
            value_type_changed(&as_string, false, &as_number, false).impact,
            Behaviour
        );
        assert_eq!(
            value_type_changed(&as_string, false, &as_string, false).impact,
            Compatible
        );
    }

    #[test]
    fn request_and_response_changes_change_signatures() {
        let a = named("A");
        let b = named("B");
        assert_eq!(request_changed(None, Some(&a)).impact, Breaking);
        assert_eq!(request_changed(Some(&a), None).impact, Breaking);
        assert_eq!(request_changed(Some(&a), Some(&b)).impact, Breaking);
        assert_eq!(response_changed(None, Some(&a)).impact, Breaking);
        assert_eq!(response_changed(Some(&a), None).impact, Breaking);
        assert_eq!(response_changed(Some(&a), Some(&b)).impact, Breaking);
    }

    #[test]
    fn a_lower_upload_limit_breaks_a_higher_one_does_not() {
        assert_eq!(max_size_changed(Some(50), Some(150)).impact, Compatible);
        assert_eq!(max_size_changed(Some(150), Some(50)).impact, Breaking);
        assert_eq!(max_size_changed(None, Some(50)).impact, Breaking);
        assert_eq!(max_size_changed(Some(50), None).impact, Compatible);
        assert_eq!(accepted_type_removed().impact, Breaking);
    }

    #[test]
    fn wire_level_changes_keep_signatures() {
        for verdict in [
            path_changed(),
            http_method_changed(),
            upload_path_changed(),
            location_changed(),
            pattern_changed(),
            endpoint_changed(),
            json_name_changed(),
            read_only_changed(true),
            required_for_changed(true),
            method_scope_removed(),
            scope_removed(),
            api_version_changed(),
            reserved_expansion_changed(),
        ] {
            assert_eq!(verdict.impact, Behaviour, "{}", verdict.reason);
        }
        assert_eq!(read_only_changed(false).impact, Compatible);
        assert_eq!(required_for_changed(false).impact, Compatible);
    }

    #[test]
    fn batches_and_items_follow_presence() {
        assert_eq!(batch_path_changed(None, Some("batch")).impact, Compatible);
        assert_eq!(batch_path_changed(Some("batch"), None).impact, Breaking);
        assert_eq!(batch_path_changed(Some("a"), Some("b")).impact, Behaviour);
        let a = named("A");
        assert_eq!(page_items_changed(None, Some(&a)).impact, Compatible);
        assert_eq!(page_items_changed(Some(&a), None).impact, Breaking);
        assert_eq!(
            page_items_changed(Some(&a), Some(&Ty::String)).impact,
            Breaking
        );
    }

    #[test]
    fn every_reason_is_one_line() {
        for verdict in [
            positional_order_changed(),
            response_changed(Some(&Ty::Any), None),
        ] {
            assert!(!verdict.reason.contains('\n'));
            assert!(!verdict.reason.ends_with('.'));
        }
    }
}
