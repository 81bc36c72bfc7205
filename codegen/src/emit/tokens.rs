//! Small pieces of Rust shared by the emitters: identifiers, doc attributes, types, formatting.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::docs::doc_lines;
use crate::model::{Api, Ty, TypeKind};

/// An identifier the model has already made valid.
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// `#[doc = "..."]` attributes, one per line.
pub fn doc_attrs(text: &str) -> TokenStream {
    lines_to_attrs(&doc_lines(text))
}

/// `#[doc = "..."]` attributes from lines already made rustdoc-safe.
pub fn lines_to_attrs(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote! { #( #[doc = #lines] )* }
}

/// The Rust type of a value of `ty` (schemas are reached through `crate::schemas`).
pub fn rust_type(ty: &Ty) -> TokenStream {
    match ty {
        Ty::String => quote!(String),
        Ty::Bool => quote!(bool),
        Ty::I32 => quote!(i32),
        Ty::U32 => quote!(u32),
        Ty::I64 { .. } => quote!(i64),
        Ty::U64 { .. } => quote!(u64),
        Ty::F32 => quote!(f32),
        Ty::F64 => quote!(f64),
        Ty::Bytes => quote!(Vec<u8>),
        Ty::Duration => quote!(crate::runtime::Duration),
        Ty::Timestamp => quote!(crate::runtime::Timestamp),
        Ty::Any => quote!(serde_json::Value),
        Ty::Named(name) => {
            let name = ident(name);
            quote!(crate::schemas::#name)
        }
        Ty::Vec(inner) => {
            let inner = rust_type(inner);
            quote!(Vec<#inner>)
        }
        Ty::Map(inner) => {
            let inner = rust_type(inner);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
    }
}

/// The serde_with adapter for a value of `ty`, when its wire form is not serde's default
/// (64-bit integers as strings, bytes as base64), looking through type aliases.
pub fn wire_adapter(api: &Api, ty: &Ty) -> Option<TokenStream> {
    fn walk(api: &Api, ty: &Ty, depth: usize) -> Option<TokenStream> {
        if depth > api.types.len() {
            return None;
        }
        match ty {
            Ty::I64 { as_string: true } => Some(quote!(crate::runtime::wire::I64)),
            Ty::U64 { as_string: true } => Some(quote!(crate::runtime::wire::U64)),
            Ty::Bytes => Some(quote!(crate::runtime::wire::Base64)),
            Ty::Vec(inner) => walk(api, inner, depth + 1).map(|a| quote!(Vec<#a>)),
            Ty::Map(inner) => walk(api, inner, depth + 1)
                .map(|a| quote!(std::collections::BTreeMap<crate::runtime::wire::Same, #a>)),
            Ty::Named(name) => match api.type_def(name).map(|t| &t.kind) {
                Some(TypeKind::Alias(target)) => walk(api, target, depth + 1),
                _ => None,
            },
            _ => None,
        }
    }
    walk(api, ty, 0)
}

/// Formats a file's tokens with prettyplease. The tokens come from this crate's own emitters, so
/// a parse failure is a bug in the generator, reported with the file's name.
pub fn format_file(name: &str, tokens: TokenStream) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generator bug: {name} is not valid Rust: {e}"))?;
    Ok(prettyplease::unparse(&file))
}
