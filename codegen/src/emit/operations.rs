//! `src/operations.rs` of a crate whose document has long-running operations: for each
//! operation schema, the `runtime::operation::Shape` its pollers follow and the `MethodInfo` of
//! the methods they ask with. Its own copies of those statics, so that a poller works whichever
//! resource features are on.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::resources::method_info_static;
use super::tokens::ident;
use crate::model::{Api, OperationShape, PollDef};

/// The module's tokens, or `None` when the API has no operation the crate can poll.
pub fn module(api: &Api) -> Option<TokenStream> {
    if api.operations.is_empty() {
        return None;
    }
    // By name: two shapes may poll with the same method.
    let mut statics = BTreeMap::new();
    let shapes = api.operations.iter().map(|op| {
        let name = ident(&op.static_name);
        let shape = match &op.shape {
            OperationShape::LongRunning(poll) => {
                let poll = poll_methods(poll, &mut statics);
                quote!(crate::runtime::operation::Shape::LongRunning(#poll))
            }
            OperationShape::Compute {
                zonal,
                regional,
                global,
            } => {
                let zonal = poll_methods(zonal, &mut statics);
                let regional = poll_methods(regional, &mut statics);
                let global = poll_methods(global, &mut statics);
                quote!(crate::runtime::operation::Shape::Compute {
                    zonal: #zonal,
                    regional: #regional,
                    global: #global,
                })
            }
        };
        let doc = format!(
            " How a poller follows a [`crate::schemas::{}`].",
            op.type_name
        );
        quote! {
            #[doc = #doc]
            // Used by the builders of the methods that answer an operation, which the crate's
            // features may leave out.
            #[allow(dead_code)]
            pub(crate) static #name: crate::runtime::operation::Shape = #shape;
        }
    });
    let shapes: Vec<TokenStream> = shapes.collect();
    let statics = statics.values();
    Some(quote! {
        //! How the long-running operations of this API are polled: plumbing for the call
        //! builders' `poller()`.
        #(#shapes)*
        #(#statics)*
    })
}

/// `PollMethods { .. }` for `poll`, adding the `MethodInfo` statics it names to `statics`.
fn poll_methods(poll: &PollDef, statics: &mut BTreeMap<String, TokenStream>) -> TokenStream {
    let mut reference = |method: &Option<crate::model::PollMethod>| match method {
        Some(m) => {
            let info = method_info_static(
                &m.static_name,
                &m.id,
                &m.http_method,
                &m.path,
                &m.scopes,
                m.api_version.as_deref(),
            );
            statics.insert(m.static_name.clone(), quote!(#[allow(dead_code)] #info));
            let name = ident(&m.static_name);
            quote!(Some(&#name))
        }
        None => quote!(None),
    };
    let get = reference(&poll.get);
    let wait = reference(&poll.wait);
    let wait_has_body = poll.wait_has_body;
    quote! {
        crate::runtime::operation::PollMethods {
            get: #get,
            wait: #wait,
            wait_has_body: #wait_has_body,
        }
    }
}
