//! The method a command names, and what both its command and its help say of it: its
//! parameters, an enum's values, a value's name, a description's first paragraph. Below
//! [`crate::method`] (the command) and [`crate::help`] (what is shown), which both use it.

use codegen::model::{Api, Location, MethodDef, ParamDef, ParamTy, ResourceDef, TypeKind};

/// A method and where it sits.
#[derive(Clone, Copy)]
pub struct Target<'a> {
    pub api: &'a Api,
    pub resource: &'a ResourceDef,
    pub method: &'a MethodDef,
}

impl<'a> Target<'a> {
    /// Every parameter the method takes: required ones, optional ones, then the API-wide ones it
    /// does not declare itself.
    pub fn params(&self) -> Vec<&'a ParamDef> {
        let own: Vec<&ParamDef> = self
            .method
            .required
            .iter()
            .chain(&self.method.optional)
            .collect();
        let standard = self
            .api
            .standard_params
            .iter()
            .filter(|s| !own.iter().any(|p| p.wire_name == s.wire_name));
        own.iter().copied().chain(standard).collect()
    }

    /// The values an enum parameter accepts.
    pub fn enum_values(&self, param: &ParamDef) -> Vec<&'a str> {
        let ParamTy::Enum(name) = &param.ty else {
            return Vec::new();
        };
        self.resource
            .enums
            .iter()
            .find(|e| &e.name == name)
            .map(|e| match &e.kind {
                TypeKind::Enum(variants) => variants.iter().map(|v| v.value.as_str()).collect(),
                _ => Vec::new(),
            })
            .unwrap_or_default()
    }

    /// Whether `param` goes in the path.
    pub fn in_path(param: &ParamDef) -> bool {
        param.location == Location::Path
    }
}

/// The name of a parameter's value in help and errors.
pub fn value_name(ty: &ParamTy) -> &'static str {
    match ty {
        ParamTy::String => "STRING",
        ParamTy::Bool => "BOOL",
        ParamTy::I32 => "INT32",
        ParamTy::U32 => "UINT32",
        ParamTy::I64 => "INT64",
        ParamTy::U64 => "UINT64",
        ParamTy::F32 | ParamTy::F64 => "NUMBER",
        ParamTy::Enum(_) => "ENUM",
    }
}

/// The first paragraph of a description, on one line.
pub fn first_paragraph(doc: Option<&str>) -> String {
    let doc = doc.unwrap_or_default();
    let para = doc.split("\n\n").next().unwrap_or_default();
    para.split_whitespace().collect::<Vec<_>>().join(" ")
}
