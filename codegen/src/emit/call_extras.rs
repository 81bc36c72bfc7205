//! What a call builder offers beyond `send`: `.pages()` and `.items()` for lists, `.upload()` and
//! `.upload_resumable()` for media uploads, `.download()` for media downloads, and the
//! `Batchable` impl that lets the call join a batch.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::code;
use super::tokens::{ident, prose_attrs, rust_type};
use crate::model::{Api, MethodDef};

/// Items that sit beside the builder at module level (the `MediaUpload` static).
pub fn module_items(m: &MethodDef) -> TokenStream {
    let Some(media) = &m.media_upload else {
        return quote!();
    };
    let name = ident(&upload_static(m));
    let option = |p: &Option<String>| match p {
        Some(p) => quote!(Some(#p)),
        None => quote!(None),
    };
    let simple = option(&media.simple_path);
    let resumable = option(&media.resumable_path);
    let accept = &media.accept;
    let max_size = match media.max_size {
        Some(n) => quote!(Some(#n)),
        None => quote!(None),
    };
    let multipart = media.multipart;
    quote! {
        static #name: crate::runtime::MediaUpload = crate::runtime::MediaUpload {
            simple_path: #simple,
            resumable_path: #resumable,
            accept: &[#(#accept),*],
            max_size: #max_size,
            multipart: #multipart,
        };
    }
}

fn upload_static(m: &MethodDef) -> String {
    format!("{}_UPLOAD", m.static_name.trim_end_matches("_METHOD"))
}

/// Methods added to the builder's `impl` block.
pub fn builder_methods(m: &MethodDef) -> TokenStream {
    let mut out = TokenStream::new();
    if let (Some(paging), Some(response)) = (&m.paging, &m.response) {
        let response = rust_type(response);
        let next = ident(&paging.next_token_field);
        out.extend(quote! {
            /// Every page of the answer, as a stream: the call is repeated with each
            /// `nextPageToken` (keeping every other parameter) until the server sends none.
            #[inline]
            pub fn pages(self) -> crate::runtime::Pages<#response> {
                self.call.pages::<#response>(|page| page.#next.as_deref())
            }
        });
        if let Some(list) = &paging.items {
            let field = &list.field;
            let field_ident = ident(field);
            let value = rust_type(&list.item);
            let (item, take, doc) = if list.map {
                (
                    quote!((String, #value)),
                    quote!(page.#field_ident.unwrap_or_default().into_iter().collect()),
                    format!(" The entries of the map {} on every page, as one stream of `(key, value)` pairs.", code(field)),
                )
            } else {
                (
                    value,
                    quote!(page.#field_ident.unwrap_or_default()),
                    format!(
                        " The elements of {} on every page, as one stream.",
                        code(field)
                    ),
                )
            };
            let doc = prose_attrs(&doc);
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
    }
    if let Some(media) = &m.media_upload {
        let spec = ident(&upload_static(m));
        let accept = if media.accept.is_empty() {
            "any type".to_owned()
        } else {
            media
                .accept
                .iter()
                .map(|a| code(a))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let limit = media
            .max_size
            .map(|n| format!(", at most {n} bytes"))
            .unwrap_or_default();
        if media.simple_path.is_some() {
            let doc = prose_attrs(&format!(
                " Attaches `data` as the media of this call, sent in one request by `send` (multipart/related with the request body, if the call has one). Accepted: {accept}{limit}; anything else is refused before sending."
            ));
            out.extend(quote! {
                #doc
                pub fn upload(mut self, data: impl Into<crate::runtime::bytes::Bytes>, content_type: &str) -> Self {
                    self.call.upload(&#spec, data.into(), content_type);
                    self
                }
            });
        }
        if media.resumable_path.is_some() {
            let doc = prose_attrs(&format!(
                " Attaches `source` as the media of this call, sent by `send` with the resumable protocol: in chunks, resuming from what the server has after a failure. Accepted: {accept}{limit}."
            ));
            out.extend(quote! {
                #doc
                pub fn upload_resumable(mut self, source: crate::runtime::UploadSource, content_type: &str) -> Self {
                    self.call.upload_resumable(&#spec, source, content_type);
                    self
                }

                /// Calls `callback` as an upload makes progress.
                pub fn on_upload_progress(mut self, callback: impl Fn(crate::runtime::UploadProgress) + Send + Sync + 'static) -> Self {
                    self.call.on_progress(callback);
                    self
                }
            });
        }
    }
    if m.supports_media_download {
        out.extend(quote! {
            /// Downloads the media itself (`alt=media`) instead of its metadata, as a stream of
            /// bytes. Redirects are followed, and a body that breaks off is resumed where it
            /// stopped.
            #[inline]
            pub async fn download(self) -> Result<crate::runtime::Download, crate::runtime::Error> {
                self.call.download().await
            }
            /// Downloads only part of the media, in bytes (`.range(0..1024)`, `.range(4096..)`).
            pub fn range(mut self, range: impl std::ops::RangeBounds<u64>) -> Self {
                self.call.range(range);
                self
            }
        });
    }
    out
}

/// `impl Batchable`, for APIs with a batch endpoint.
pub fn batchable_impl(api: &Api, m: &MethodDef) -> TokenStream {
    if api.batch_path.is_none() || m.media_upload.is_some() {
        return quote!();
    }
    let call_type = ident(&m.call_type);
    let response = match &m.response {
        Some(ty) => rust_type(ty),
        None => quote!(()),
    };
    quote! {
        impl crate::runtime::batch::Batchable for #call_type {
            type Response = #response;
            fn into_call(self) -> crate::runtime::Call {
                self.call
            }
        }
    }
}
