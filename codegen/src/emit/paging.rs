//! `.pages()` and `.items()` on the builders of list methods (the runtime's `paging`).

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::code;
use super::tokens::{ident, lines_to_attrs, rust_type};
use crate::model::MethodDef;

/// The builder methods of a list method, or nothing for a method that does not page.
pub fn builder_methods(m: &MethodDef) -> TokenStream {
    let (Some(paging), Some(response)) = (&m.paging, &m.response) else {
        return quote!();
    };
    let response_name = match response {
        crate::model::Ty::Named(name) => format!("[`{name}`](crate::schemas::{name})"),
        _ => "the answer".to_owned(),
    };
    let response = rust_type(response);
    let next = ident(&paging.next_token_field);
    let pages_doc = lines_to_attrs(&[
        format!(
            "Every page of the list, as a stream of {response_name}: the call is sent, then sent again with `pageToken` set to each `nextPageToken` the server answers, every other parameter as set here, until an answer has none."
        ),
        String::new(),
        "A page is fetched when the stream is read to it (with `futures::TryStreamExt`: `while let Some(page) = pages.try_next().await? { .. }`). An error is the stream's last item; a token the server sends a second time ends the stream with an error, so a faulty server cannot make it loop forever.".to_owned(),
    ]);
    let mut out = quote! {
        #pages_doc
        #[inline]
        pub fn pages(self) -> crate::runtime::Pages<#response> {
            self.call.pages::<#response>(|page| page.#next.as_deref())
        }
    };
    if let Some(list) = &paging.items {
        let field_ident = ident(&list.field);
        let value = rust_type(&list.item);
        let (item, take, what) = if list.map {
            (
                quote!((String, #value)),
                quote!(page.#field_ident.unwrap_or_default().into_iter().collect()),
                format!(
                    "The entries of the map {} on every page, as one stream of `(key, value)` pairs",
                    code(&list.field)
                ),
            )
        } else {
            (
                value,
                quote!(page.#field_ident.unwrap_or_default()),
                format!(
                    "The elements of {} on every page, as one stream",
                    code(&list.field)
                ),
            )
        };
        let doc = lines_to_attrs(&[
            format!("{what}: the pages of [`pages`](Self::pages), fetched as the stream is read, taken apart in order. A page without {} adds nothing; an error is the stream's last item.", code(&list.field)),
        ]);
        out.extend(quote! {
            #doc
            #[inline]
            pub fn items(self) -> crate::runtime::Items<#response, #item> {
                self.call.items::<#response, #item>(
                    |page| page.#next.as_deref(),
                    |page| #take,
                )
            }
        });
    }
    out
}
