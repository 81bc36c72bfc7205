//! One `use` of the runtime's items at the top of each generated file, as a person writes it.
//!
//! The emitters name the runtime's items by their full path (`crate::runtime::Call`), which is
//! always right wherever a fragment lands. Once a file's tokens are complete, [`runtime_use`]
//! shortens every such path to its first name after `runtime::` (`Call`, `wire::UnknownFields`,
//! `http::Method::GET`) and declares those names in one `use crate::runtime::{...};` after the
//! file's inner doc. A name the file defines itself (a schema called `Error`, a resource module
//! called `batch`) keeps the full path, so the `use` never clashes with the file's own items.
//!
//! Paths inside string literals are shortened too when the literal is a path (serde's
//! `with = "crate::runtime::wire::As::<...>"`, resolved in the module's scope). In doc text, a
//! link whose target is the runtime path of its own label (``[`Error`](crate::runtime::Error)``)
//! loses the target once the label's name is imported, as rustdoc asks; a name used only in docs
//! is not imported (it would be an unused import).

use std::collections::BTreeSet;

use proc_macro2::{Delimiter, Group, Ident, Literal, Spacing, Span, TokenStream, TokenTree};
use quote::quote;

const PREFIX: &str = "crate::runtime::";

/// `tokens` with the runtime's paths shortened and their names declared in one `use`.
pub fn runtime_use(tokens: TokenStream) -> TokenStream {
    let defined = defined_names(&tokens);
    let mut used = BTreeSet::new();
    let body = shorten(tokens, &defined, &mut used);
    if used.is_empty() {
        return body;
    }
    let body: Vec<TokenTree> = plain_links(body, &used).into_iter().collect();
    let inner_end = inner_attributes_end(&body);
    let mut names: Vec<&String> = used.iter().collect();
    // rustfmt's order: modules (lower case) before types.
    names.sort_by_key(|n| (!n.starts_with(|c: char| c.is_ascii_lowercase()), n.as_str()));
    let names = names.iter().map(|n| Ident::new(n, Span::call_site()));
    let inner: TokenStream = body[..inner_end].iter().cloned().collect();
    let rest: TokenStream = body[inner_end..].iter().cloned().collect();
    quote! {
        #inner
        use crate::runtime::{#(#names),*};
        #rest
    }
}

/// The names the file's own items take at its top level (types, modules, statics, functions).
fn defined_names(tokens: &TokenStream) -> BTreeSet<String> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut out = BTreeSet::new();
    for pair in trees.windows(2) {
        if let (TokenTree::Ident(keyword), TokenTree::Ident(name)) = (&pair[0], &pair[1]) {
            let keyword = keyword.to_string();
            if matches!(
                keyword.as_str(),
                "struct" | "enum" | "type" | "mod" | "static" | "const" | "fn" | "trait" | "union"
            ) {
                out.insert(name.to_string());
            }
        }
    }
    out
}

/// Where the leading `#![...]` attributes (the file's inner doc) end.
fn inner_attributes_end(trees: &[TokenTree]) -> usize {
    let mut at = 0;
    while let [TokenTree::Punct(hash), TokenTree::Punct(bang), TokenTree::Group(group), ..] =
        &trees[at..]
    {
        if hash.as_char() != '#' || bang.as_char() != '!' || group.delimiter() != Delimiter::Bracket
        {
            break;
        }
        at += 3;
    }
    at
}

fn shorten(
    tokens: TokenStream,
    defined: &BTreeSet<String>,
    used: &mut BTreeSet<String>,
) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::with_capacity(trees.len());
    let mut i = 0;
    while i < trees.len() {
        if let Some(name) = runtime_path_at(&trees, i) {
            if !defined.contains(&name) {
                used.insert(name);
                // Drop `crate :: runtime ::`, keep the name and what follows.
                i += 6;
                continue;
            }
        }
        out.push(match &trees[i] {
            TokenTree::Group(group) => {
                let mut new = Group::new(group.delimiter(), shorten(group.stream(), defined, used));
                new.set_span(group.span());
                TokenTree::Group(new)
            }
            TokenTree::Literal(literal) => {
                TokenTree::Literal(shorten_literal(literal, defined, used))
            }
            other => other.clone(),
        });
        i += 1;
    }
    out.into_iter().collect()
}

/// The name after `crate::runtime::` when a path of the runtime starts at `trees[i]` (and is not
/// itself the tail of a longer path).
fn runtime_path_at(trees: &[TokenTree], i: usize) -> Option<String> {
    let ident = |t: &TokenTree, text: &str| matches!(t, TokenTree::Ident(x) if x == text);
    let colons = |a: &TokenTree, b: &TokenTree| {
        matches!((a, b), (TokenTree::Punct(x), TokenTree::Punct(y))
            if x.as_char() == ':' && x.spacing() == Spacing::Joint && y.as_char() == ':')
    };
    let window = trees.get(i..i + 7)?;
    let after_colons = i >= 2 && colons(&trees[i - 2], &trees[i - 1]);
    let is_path = ident(&window[0], "crate")
        && colons(&window[1], &window[2])
        && ident(&window[3], "runtime")
        && colons(&window[4], &window[5])
        && !after_colons;
    match &window[6] {
        TokenTree::Ident(name) if is_path => Some(name.to_string()),
        _ => None,
    }
}

/// A string literal that is a path of the runtime (serde's `with = "..."`), shortened; any other
/// literal as it is.
fn shorten_literal(
    literal: &Literal,
    defined: &BTreeSet<String>,
    used: &mut BTreeSet<String>,
) -> Literal {
    let text = literal.to_string();
    let Some(content) = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .filter(|t| t.starts_with(PREFIX) && !t.contains('\\'))
    else {
        return literal.clone();
    };
    let mut out = String::with_capacity(content.len());
    let mut rest = content;
    while let Some(at) = rest.find(PREFIX) {
        out.push_str(&rest[..at]);
        let after = &rest[at + PREFIX.len()..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        if defined.contains(name) {
            out.push_str(PREFIX);
        } else {
            used.insert(name.to_owned());
        }
        rest = after;
    }
    out.push_str(rest);
    let mut new = Literal::string(&out);
    new.set_span(literal.span());
    new
}

/// `tokens` with every doc link to `crate::runtime::X` labelled `X` made a plain ``[`X`]``, for
/// the `X` whose first name is in `used` (imported, so the label alone resolves to it).
fn plain_links(tokens: TokenStream, used: &BTreeSet<String>) -> TokenStream {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => {
                let mut new = Group::new(group.delimiter(), plain_links(group.stream(), used));
                new.set_span(group.span());
                TokenTree::Group(new)
            }
            TokenTree::Literal(literal) => {
                let Ok(text) =
                    syn::parse2::<syn::LitStr>(TokenTree::Literal(literal.clone()).into())
                else {
                    return TokenTree::Literal(literal);
                };
                let text = text.value();
                let plain = plain_links_in(&text, used);
                if plain == text {
                    return TokenTree::Literal(literal);
                }
                let mut new = Literal::string(&plain);
                new.set_span(literal.span());
                TokenTree::Literal(new)
            }
            other => other,
        })
        .collect()
}

fn plain_links_in(text: &str, used: &BTreeSet<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("[`") {
        out.push_str(&rest[..start]);
        let link = &rest[start..];
        let label_end = link[2..].find("`](").map(|i| i + 2);
        let plain = label_end.and_then(|end| {
            let label = &link[2..end];
            let target = format!("`]({PREFIX}{label})");
            let first = label.split("::").next().unwrap_or(label);
            (link[end..].starts_with(&target) && used.contains(first))
                .then(|| (format!("[`{label}`]"), end + target.len()))
        });
        match plain {
            Some((plain, len)) => {
                out.push_str(&plain);
                rest = &link[len..];
            }
            None => {
                out.push_str("[`");
                rest = &link[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::runtime_use;
    use quote::quote;

    fn formatted(tokens: proc_macro2::TokenStream) -> String {
        prettyplease::unparse(&syn::parse2(runtime_use(tokens)).unwrap())
    }

    #[test]
    fn paths_of_the_runtime_become_one_use_after_the_inner_doc() {
        let text = formatted(quote! {
            #![doc = " A file."]
            pub struct GetCall {
                call: crate::runtime::Call,
            }
            static GET_METHOD: crate::runtime::MethodInfo = crate::runtime::MethodInfo {
                http_method: crate::runtime::http::Method::GET,
            };
            pub struct Thing {
                #[serde(with = "crate::runtime::wire::As::<Option<crate::runtime::wire::I64>>")]
                pub size: Option<i64>,
                /// See [`Error`](crate::runtime::Error), [`Call`](crate::runtime::Call) and
                /// [`http::Method`](crate::runtime::http::Method).
                pub other: crate::schemas::Other,
            }
        });
        assert_eq!(
            text,
            "//! A file.\n\
             use crate::runtime::{http, wire, Call, MethodInfo};\n\
             pub struct GetCall {\n    call: Call,\n}\n\
             static GET_METHOD: MethodInfo = MethodInfo {\n    http_method: http::Method::GET,\n};\n\
             pub struct Thing {\n    #[serde(with = \"wire::As::<Option<wire::I64>>\")]\n    \
             pub size: Option<i64>,\n    /// See [`Error`](crate::runtime::Error), [`Call`] and\n    \
             /// [`http::Method`].\n    \
             pub other: crate::schemas::Other,\n}\n"
        );
    }

    #[test]
    fn a_name_the_file_defines_keeps_the_full_path() {
        let text = formatted(quote! {
            pub mod batch;
            pub struct Error {
                pub at: crate::runtime::Timestamp,
            }
            impl crate::runtime::batch::Batchable for Error {}
            fn f() -> Result<(), crate::runtime::Error> {}
        });
        assert!(
            text.starts_with("use crate::runtime::Timestamp;\n"),
            "{text}"
        );
        assert!(
            text.contains("impl crate::runtime::batch::Batchable for Error"),
            "{text}"
        );
        assert!(text.contains("Result<(), crate::runtime::Error>"), "{text}");
    }

    #[test]
    fn a_file_without_runtime_paths_is_unchanged() {
        let tokens = quote! { pub struct A { pub b: crate::schemas::B } };
        assert_eq!(runtime_use(tokens.clone()).to_string(), tokens.to_string());
    }
}
