//! Small pieces of Rust shared by the emitters: identifiers, doc attributes, types, formatting.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::docs::{doc_lines, wrap, wrap_lines, DOC_WIDTH};
use crate::model::{Api, Ty, TypeKind};

/// An identifier the model has already made valid.
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// `#[doc = "..."]` attributes, one per line.
pub fn doc_attrs(text: &str) -> TokenStream {
    lines_to_attrs(&doc_lines(text))
}

/// `#[doc = "..."]` attributes for one paragraph of the generator's own prose (already
/// rustdoc-safe), wrapped at the doc width.
pub fn prose_attrs(text: &str) -> TokenStream {
    lines_to_attrs(&wrap(text.trim(), DOC_WIDTH))
}

/// `#[doc = "..."]` attributes from lines already made rustdoc-safe.
pub fn lines_to_attrs(lines: &[String]) -> TokenStream {
    let lines = wrap_lines(lines);
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

/// Formats a file's tokens with prettyplease, then spaces its items out ([`space_items`]). The tokens come from this crate's own emitters, so
/// a parse failure is a bug in the generator, reported with the file's name.
pub fn format_file(name: &str, tokens: TokenStream) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generator bug: {name} is not valid Rust: {e}"))?;
    Ok(space_items(&prettyplease::unparse(&file)))
}

/// Words that start an item (after its doc comments and attributes), and so may follow a blank
/// line; a statement inside a function body starts with none of them.
const ITEM_STARTS: &[&str] = &[
    "///",
    "#[",
    "pub ",
    "pub(",
    "fn ",
    "async fn ",
    "impl ",
    "impl<",
    "struct ",
    "enum ",
    "mod ",
    "static ",
    "const ",
    "type ",
    "trait ",
    "use ",
];

/// prettyplease's output with a blank line between items, as a person writes Rust: after the
/// module's inner docs and attributes, and wherever an item at some indentation ends (a `}` or
/// `};` line) and the next line at that indentation starts an item, or a one-line item is
/// followed by a documented one. One-line items in a row (`mod a;`, `pub use a::A;`) stay
/// together.
///
/// Safe on any text the generator puts in strings: `quote` escapes every line break inside a
/// literal (`\n`), and doc text becomes `///` lines, so every line of the output is a line of
/// code or a comment, never the inside of a string.
pub fn space_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        if let Some(prev) = previous {
            if needs_blank_line(prev, line) {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

fn needs_blank_line(prev: &str, line: &str) -> bool {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let (p, t) = (prev.trim(), line.trim());
    if p.is_empty() || t.is_empty() {
        return false;
    }
    let inner_attribute = |l: &str| l.starts_with("//!") || l.starts_with("#![");
    if inner_attribute(p) {
        return !inner_attribute(t);
    }
    // A comment line (doc text) ends nothing, whatever its last character.
    if p.starts_with("//") {
        return false;
    }
    indent(prev) == indent(line)
        && ((p == "}" || p == "};") && ITEM_STARTS.iter().any(|start| t.starts_with(start))
            || p.ends_with(';') && t.starts_with("///"))
}

#[cfg(test)]
mod tests {
    use super::space_items;

    #[test]
    fn items_are_spaced_and_statements_are_not() {
        let dense = "//! Docs.\n#![allow(x)]\nuse a::B;\nuse c::D;\npub struct A {\n    x: u8,\n}\nimpl A {\n    pub fn f(&self) {\n        if true {\n            g();\n        }\n        let y = 1;\n    }\n    /// Docs.\n    pub fn h(&self) {}\n}\n#[cfg(x)]\nmod m;\n#[cfg(x)]\npub use m::M;\n";
        assert_eq!(
            space_items(dense),
            "//! Docs.\n#![allow(x)]\n\nuse a::B;\nuse c::D;\npub struct A {\n    x: u8,\n}\n\nimpl A {\n    pub fn f(&self) {\n        if true {\n            g();\n        }\n        let y = 1;\n    }\n\n    /// Docs.\n    pub fn h(&self) {}\n}\n\n#[cfg(x)]\nmod m;\n#[cfg(x)]\npub use m::M;\n"
        );
    }

    #[test]
    fn a_brace_or_semicolon_inside_a_doc_comment_is_only_text() {
        let text = "/// }\n/// pub fn evil() {}\n/// let x = 1;\n/// More.\npub struct A;\n";
        assert_eq!(space_items(text), text);
    }
}
