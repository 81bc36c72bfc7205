//! Batches (the runtime's `batch`): `Client::batch()` and the `Batchable` impl of each builder of
//! an API with a batch endpoint.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::code;
use super::tokens::{ident, lines_to_attrs, rust_type};
use crate::model::{Api, MethodDef};

/// `Client::batch()`, for an API with a batch endpoint.
pub fn client_method(api: &Api) -> TokenStream {
    let Some(path) = &api.batch_path else {
        return quote!();
    };
    let doc = lines_to_attrs(&[
        format!("A batch: several calls of this API sent as one HTTP request to {}, each answer handed back to its own call, typed.", code(path)),
        String::new(),
        "`batch.add(call)` takes any call builder of this crate (set its parameters first) and returns a handle; `batch.send().await?` sends them all, and `answers.take(handle)` gives one call's `Result`, as its own `send` would have. One call failing fails only its own answer.".to_owned(),
        String::new(),
        "A batch holds up to 1,000 calls (some APIs take fewer and refuse a larger batch with an error); calls with media attached cannot join one. The credential goes on the batch request, with the scopes of all its calls.".to_owned(),
    ]);
    quote! {
        #doc
        pub fn batch(&self) -> runtime::Batch {
            runtime::Batch::new(&self.client)
        }
    }
}

/// `impl Batchable` for the builder of `m`, when its API has a batch endpoint and the method
/// takes no media (which a batch cannot carry).
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
