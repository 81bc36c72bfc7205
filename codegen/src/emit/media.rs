//! Media (the runtime's `media`): the `MediaUpload` static of a method that takes uploads, and
//! `.upload()`, `.upload_resumable()`, `.download()` and their options on its builder.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::code;
use super::tokens::{ident, lines_to_attrs};
use crate::model::{MediaUploadDef, MethodDef};

/// The `static` describing the method's uploads, beside its builder; nothing for a method
/// without uploads.
pub fn upload_static(m: &MethodDef) -> TokenStream {
    let Some(media) = &m.media_upload else {
        return quote!();
    };
    let name = ident(&upload_static_name(m));
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

fn upload_static_name(m: &MethodDef) -> String {
    format!("{}_UPLOAD", m.static_name.trim_end_matches("_METHOD"))
}

/// What the method accepts, as a phrase: "`image/*`, at most 10485760 bytes".
fn accepted(media: &MediaUploadDef) -> String {
    let types = if media.accept.is_empty() {
        "any type".to_owned()
    } else {
        let types: Vec<String> = media.accept.iter().map(|a| code(a)).collect();
        types.join(", ")
    };
    match media.max_size {
        Some(n) => format!("{types}, at most {n} bytes"),
        None => types,
    }
}

/// The builder methods for uploads and downloads.
pub fn builder_methods(m: &MethodDef) -> TokenStream {
    let mut out = TokenStream::new();
    if let Some(media) = &m.media_upload {
        let spec = ident(&upload_static_name(m));
        let accepted = accepted(media);
        let with_body = if m.request.is_some() {
            "as `multipart/related`: the request body as metadata, then the media"
        } else {
            "as the media alone"
        };
        if media.simple_path.is_some() {
            let larger = if media.resumable_path.is_some() {
                "; for larger media use [`upload_resumable`](Self::upload_resumable)"
            } else {
                ""
            };
            let doc = lines_to_attrs(&[
                format!("Attaches `data` as the media of this call, sent whole in one request by `send`, {with_body}. Suits media small enough to hold in memory and to send again if the request fails{larger}."),
                String::new(),
                format!("Accepted: {accepted}. A `content_type` or size outside that makes `send` return [`Error::InvalidArgument`](crate::runtime::Error::InvalidArgument) before anything is sent."),
            ]);
            out.extend(quote! {
                #doc
                pub fn upload(mut self, data: impl Into<crate::runtime::bytes::Bytes>, content_type: &str) -> Self {
                    self.call.upload(&#spec, data.into(), content_type);
                    self
                }
            });
        }
        if media.resumable_path.is_some() {
            let doc = lines_to_attrs(&[
                "Attaches `source` as the media of this call, sent by `send` with Google's resumable protocol: `send` opens an upload session, then sends the media in chunks (8 MiB unless [`upload_chunk_size`](Self::upload_chunk_size) says otherwise), reading one chunk of the source at a time, so media larger than memory can be uploaded.".to_owned(),
                String::new(),
                "After a failed chunk (429 or 5xx, a dropped connection) it asks the server how much it has and goes on from exactly there, as often as the client's retry policy allows. A session the server forgot (404, 410) starts over once when the source can be read again (bytes or a file). A source that holds more or fewer bytes than its declared size fails the upload before the last chunk, so the server never completes the wrong media.".to_owned(),
                String::new(),
                format!("`source` is an [`UploadSource`](crate::runtime::UploadSource): bytes, a file, a stream or any `AsyncRead`. Accepted: {accepted}; anything else is refused before sending. Progress is reported to [`on_upload_progress`](Self::on_upload_progress)."),
            ]);
            out.extend(quote! {
                #doc
                pub fn upload_resumable(mut self, source: crate::runtime::UploadSource, content_type: &str) -> Self {
                    self.call.upload_resumable(&#spec, source, content_type);
                    self
                }

                /// The size of each chunk of a resumable upload, rounded up to a multiple of 256 KiB
                /// (the protocol's unit); 8 MiB by default. Larger chunks mean fewer requests,
                /// smaller ones less memory and less to send again after a failure.
                pub fn upload_chunk_size(mut self, size: usize) -> Self {
                    self.call.upload_chunk_size(size);
                    self
                }

                /// Calls `callback` as an upload makes progress: after each chunk the server
                /// confirms, and once when a simple upload has succeeded. The values never
                /// decrease; the last one of a successful upload counts every byte of the media.
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
