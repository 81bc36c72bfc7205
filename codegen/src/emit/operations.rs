//! `src/operations.rs` of a crate whose document has long-running operations: for each
//! operation schema, the `runtime::operation::Shape` its pollers follow and the `MethodInfo` of
//! the methods they ask with. Its own copies of those statics, so that a poller works whichever
//! resource features are on. A `google.longrunning` operation whose document has an
//! `operations.cancel` addressed by the operation's `name` also gets `cancel(&client)` here,
//! gated as its schema file is.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::features::gate;
use super::resources::method_info_static;
use super::tokens::ident;
use crate::model::{Api, OperationDef, OperationShape, PollDef, PollMethod};

/// The module's tokens, or `None` when the API has no operation the crate can poll.
pub fn module(api: &Api) -> Option<TokenStream> {
    if api.operations.is_empty() {
        return None;
    }
    // By name: two shapes may poll with the same method.
    let mut statics = BTreeMap::new();
    let mut cancels = Vec::new();
    let shapes = api.operations.iter().map(|op| {
        let name = ident(&op.static_name);
        let shape = match &op.shape {
            OperationShape::LongRunning(poll) => {
                if let Some(cancel) = &poll.cancel {
                    cancels.push(cancel_method(api, op, cancel, poll.cancel_has_body));
                    insert_static(cancel, &mut statics);
                }
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
        #(#cancels)*
        #(#statics)*
    })
}

/// `impl Operation { pub async fn cancel(&self, client) }`, sending `cancel` with the
/// operation's `name` (and `{}` when the method takes a `CancelOperationRequest`, as Google's
/// Python clients send it).
fn cancel_method(api: &Api, op: &OperationDef, cancel: &PollMethod, has_body: bool) -> TokenStream {
    let ty = ident(&op.type_name);
    let method = ident(&cancel.static_name);
    let file = api.types.iter().find(|t| t.name == op.type_name);
    let gate = gate(
        file.and_then(|t| api.features.of_schema_file(&t.file))
            .into_iter()
            .flatten(),
    );
    let body = has_body.then(|| quote!(call.json_body(&serde_json::Map::new());));
    let doc = [
        " Asks the server to cancel this operation, with".to_owned(),
        format!(" `{}`.", cancel.id),
        " Best effort: a poller still following the operation then ends with".to_owned(),
        " [`Error::Operation`](crate::runtime::Error::Operation) whose `code` is 1 (`CANCELLED`)"
            .to_owned(),
        " when the server stopped it, or as usual when it was too late. An operation without a"
            .to_owned(),
        " `name` is refused before anything is sent.".to_owned(),
    ];
    quote! {
        #gate
        impl crate::schemas::#ty {
            #(#[doc = #doc])*
            pub async fn cancel(&self, client: &crate::Client) -> Result<(), crate::runtime::Error> {
                let mut call = crate::runtime::Call::new(&client.client, &#method);
                call.path_param("name", self.name.clone().unwrap_or_default());
                #body
                call.send_empty().await
            }
        }
    }
}

/// Adds the `MethodInfo` static of `method` to `statics`.
fn insert_static(method: &PollMethod, statics: &mut BTreeMap<String, TokenStream>) {
    let info = method_info_static(
        &method.static_name,
        &method.id,
        &method.http_method,
        &method.path,
        &method.scopes,
        method.api_version.as_deref(),
    );
    statics.insert(
        method.static_name.clone(),
        quote!(#[allow(dead_code)] #info),
    );
}

/// `PollMethods { .. }` for `poll`, adding the `MethodInfo` statics it names to `statics`.
fn poll_methods(poll: &PollDef, statics: &mut BTreeMap<String, TokenStream>) -> TokenStream {
    let mut reference = |method: &Option<PollMethod>| match method {
        Some(m) => {
            insert_static(m, statics);
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
