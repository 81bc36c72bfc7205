//! How the generated crate spells the model's types, so reports show what a user writes.

use codegen::model::{ParamTy, Ty};

/// The Rust type of a value of `ty` (schemas by their name in `schemas`).
pub fn rust_type(ty: &Ty) -> String {
    match ty {
        Ty::String => "String".to_owned(),
        Ty::Bool => "bool".to_owned(),
        Ty::I32 => "i32".to_owned(),
        Ty::U32 => "u32".to_owned(),
        Ty::I64 { .. } => "i64".to_owned(),
        Ty::U64 { .. } => "u64".to_owned(),
        Ty::F32 => "f32".to_owned(),
        Ty::F64 => "f64".to_owned(),
        Ty::Bytes => "Vec<u8>".to_owned(),
        Ty::Duration => "Duration".to_owned(),
        Ty::Timestamp => "Timestamp".to_owned(),
        Ty::Any => "serde_json::Value".to_owned(),
        Ty::Named(name) => name.clone(),
        Ty::Vec(inner) => format!("Vec<{}>", rust_type(inner)),
        Ty::Map(inner) => format!("BTreeMap<String, {}>", rust_type(inner)),
    }
}

/// The Rust type of a struct field's value, boxed when it breaks a cycle.
pub fn field_type(ty: &Ty, boxed: bool) -> String {
    if boxed {
        format!("Box<{}>", rust_type(ty))
    } else {
        rust_type(ty)
    }
}

/// How the value travels in JSON, for values whose Rust type hides it.
pub fn wire_form(ty: &Ty) -> String {
    match ty {
        Ty::I64 { as_string: true } | Ty::U64 { as_string: true } => "JSON string".to_owned(),
        Ty::I64 { as_string: false } | Ty::U64 { as_string: false } => "JSON number".to_owned(),
        Ty::Vec(inner) => format!("array of {}", wire_form(inner)),
        Ty::Map(inner) => format!("map of {}", wire_form(inner)),
        other => rust_type(other),
    }
}

/// The Rust type of a parameter's value.
pub fn param_type(ty: &ParamTy, repeated: bool) -> String {
    let one = match ty {
        ParamTy::String => "String".to_owned(),
        ParamTy::Bool => "bool".to_owned(),
        ParamTy::I32 => "i32".to_owned(),
        ParamTy::U32 => "u32".to_owned(),
        ParamTy::I64 => "i64".to_owned(),
        ParamTy::U64 => "u64".to_owned(),
        ParamTy::F32 => "f32".to_owned(),
        ParamTy::F64 => "f64".to_owned(),
        ParamTy::Enum(name) => name.clone(),
    };
    if repeated {
        format!("repeated {one}")
    } else {
        one
    }
}

/// A size in bytes the way people read it: `150 MiB`, `5 TiB`, `1000 bytes`.
pub fn size(bytes: u64) -> String {
    const UNITS: [(&str, u32); 4] = [("TiB", 40), ("GiB", 30), ("MiB", 20), ("KiB", 10)];
    for (unit, shift) in UNITS {
        let factor = 1u64 << shift;
        if bytes >= factor && bytes % factor == 0 {
            return format!("{} {unit}", bytes / factor);
        }
    }
    format!("{bytes} bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_spelled_as_in_the_generated_code() {
        let map = Ty::Map(Box::new(Ty::Vec(Box::new(Ty::Named("User".into())))));
        assert_eq!(rust_type(&map), "BTreeMap<String, Vec<User>>");
        assert_eq!(field_type(&Ty::Named("Node".into()), true), "Box<Node>");
        assert_eq!(rust_type(&Ty::I64 { as_string: true }), "i64");
        assert_eq!(
            param_type(&ParamTy::Enum("View".into()), true),
            "repeated View"
        );
    }

    #[test]
    fn sizes_use_the_largest_exact_binary_unit() {
        assert_eq!(size(157_286_400), "150 MiB");
        assert_eq!(size(52_428_800), "50 MiB");
        assert_eq!(size(5 << 40), "5 TiB");
        assert_eq!(size(1000), "1000 bytes");
    }
}
